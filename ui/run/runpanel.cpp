#include "ui/run/runpanel.h"

#include "core/fanout/fanoutmerge.h"
#include "core/http/esiclient.h"
#include "ui/run/characterpathlink.h"
#include "ui/run/characterpicker.h"
#include "ui/run/parameterform.h"
#include "ui/widgets/humanformat.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

const QString allLanguagesKey = u"*"_s;

QString languageName(const QString &code)
{
    // nativeLanguageName() of "en" is "American English"; ESI's en is plain English.
    const QString native = code == u"en" ? u"English"_s : QLocale(code).nativeLanguageName();
    return native.isEmpty() ? code : u"%1 \u2014 %2"_s.arg(code, native);
}

} // namespace

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_characters(new CharacterPicker(this))
    , m_language(new QComboBox(this))
    , m_thisPage(new QRadioButton(tr("This page"), this))
    , m_allPages(new QRadioButton(tr("All pages"), this))
    , m_modeGroup(new QButtonGroup(this))
    , m_estimate(new QLabel(this))
    , m_form(new ParameterForm(this))
    , m_run(new QPushButton(tr("Run"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_curl(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_runStatus(new QLabel(this))
{
    setObjectName(u"runPanel"_s);
    setAccessibleName(tr("Run operation"));

    m_title->setObjectName(u"runTitle"_s);
    m_title->setAccessibleName(tr("Operation to run"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    for (const QString &code : Core::EsiClient::languages()) {
        m_language->addItem(languageName(code), code);
    }
    m_language->addItem(tr("All languages"), allLanguagesKey);
    // "\u201c" ends its literal: lupdate would read \u201cA as one longer escape and never match the text.
    m_language->setToolTip(tr("Accept-Language of the request. \u201c"
                              "All languages\u201d runs the call once per "
                              "language and shows one tab per language."));
    connect(m_language, &QComboBox::activated, this, &RunPanel::handleModeChanged);

    m_thisPage->setObjectName(u"thisPageRadio"_s);
    m_thisPage->setAccessibleName(tr("Fetch this page only"));
    m_thisPage->setToolTip(tr("One request: page 1, or the page named by the page parameter"));
    m_allPages->setObjectName(u"allPagesRadio"_s);
    m_allPages->setAccessibleName(tr("Fetch all pages"));
    m_allPages->setToolTip(tr("Every page: by X-Pages, by cursor or by from_id, several at once"));
    m_modeGroup->addButton(m_thisPage);
    m_modeGroup->addButton(m_allPages);
    m_allPages->setChecked(true);
    connect(m_modeGroup, &QButtonGroup::buttonClicked, this, &RunPanel::handleModeChanged);

    m_estimate->setObjectName(u"estimateLabel"_s);
    m_estimate->setAccessibleName(tr("Run estimate"));
    m_estimate->setTextFormat(Qt::PlainText);
    m_estimate->setWordWrap(true);
    m_estimate->setForegroundRole(QPalette::PlaceholderText);

    m_run->setObjectName(u"runButton"_s);
    m_run->setAccessibleName(tr("Run"));
    m_run->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_run->setDefault(true);
    m_run->setToolTip(tr("Run the operation (Ctrl+Return)"));
    connect(m_run, &QPushButton::clicked, this, &RunPanel::runRequested);

    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setAccessibleName(tr("Cancel the run"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_cancel->setToolTip(tr("Stop the run; nothing more is sent"));
    connect(m_cancel, &QPushButton::clicked, this, &RunPanel::cancelRequested);

    m_curl->setObjectName(u"copyCurlButton"_s);
    m_curl->setAccessibleName(tr("Copy as curl"));
    m_curl->setText(tr("Copy as curl"));
    m_curl->setToolTip(tr("Copy the request as a curl command; the Authorization header is redacted"));
    m_curl->setPopupMode(QToolButton::MenuButtonPopup);
    auto *copyMenu = new CopyAsMenu(u"copy"_s, m_curl);
    m_curl->setMenu(copyMenu);
    connect(m_curl, &QToolButton::clicked, this, [this] { Q_EMIT copyAsRequested(CopyFormat::Curl, false); });
    connect(copyMenu, &CopyAsMenu::copyRequested, this, &RunPanel::copyAsRequested);

    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setAccessibleName(tr("Run progress"));
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(180);
    m_progress->hide(); // until the first run: an empty bar says nothing

    m_runStatus->setObjectName(u"runStatusLabel"_s);
    m_runStatus->setAccessibleName(tr("Run status"));
    m_runStatus->setTextFormat(Qt::PlainText);
    m_runStatus->setWordWrap(true);
    m_runStatus->setForegroundRole(QPalette::PlaceholderText);

    auto *options = new QGridLayout;
    options->setContentsMargins(0, 0, 0, 0);
    options->setHorizontalSpacing(8);
    options->setVerticalSpacing(4);
    auto *characterLabel = new QLabel(tr("Character"), this);
    characterLabel->setObjectName(u"characterLabel"_s);
    characterLabel->setAccessibleName(tr("Character"));
    characterLabel->setBuddy(m_characters);
    auto *languageLabel = new QLabel(tr("&Language"), this);
    languageLabel->setObjectName(u"languageLabel"_s);
    languageLabel->setAccessibleName(tr("Language"));
    languageLabel->setBuddy(m_language);
    auto *pagesLabel = new QLabel(tr("Pages"), this);
    pagesLabel->setObjectName(u"pagesLabel"_s);
    pagesLabel->setAccessibleName(tr("Pages"));
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_thisPage);
    modeRow->addWidget(m_allPages);
    modeRow->addStretch(1);
    options->addWidget(characterLabel, 0, 0, Qt::AlignRight);
    options->addWidget(m_characters, 0, 1);
    options->addWidget(languageLabel, 1, 0, Qt::AlignRight);
    options->addWidget(m_language, 1, 1, Qt::AlignLeft);
    options->addWidget(pagesLabel, 2, 0, Qt::AlignRight);
    options->addLayout(modeRow, 2, 1);
    options->addWidget(m_estimate, 3, 1);
    options->setColumnStretch(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_curl);
    buttons->addWidget(m_progress, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addLayout(options);
    layout->addWidget(m_form, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_runStatus);

    connect(m_characters, &CharacterPicker::currentCharacterChanged, this, &RunPanel::optionsChanged);
    m_pathLink = new CharacterPathLink(m_form, m_characters, this);
    connect(m_pathLink, &CharacterPathLink::problemChanged, this, &RunPanel::updateControls);
    setRunning(false);
    setOperation(nullptr, -1);
}

const Core::Operation *RunPanel::operation() const
{
    if (!m_spec || m_operationIndex < 0 || m_operationIndex >= m_spec->operations().size()) {
        return nullptr;
    }
    return &m_spec->operations().at(m_operationIndex);
}

void RunPanel::setOperation(Core::SpecPtr spec, int operationIndex)
{
    m_spec = std::move(spec);
    m_operationIndex = operationIndex;
    m_form->setOperation(m_spec, operationIndex);
    const Core::Operation *op = operation();
    m_paging =
        op ? Core::PagingStrategy::forOperation(*m_spec, *op) : Core::PagingStrategy::forStyle(Core::PagingStyle::None);
    if (op) {
        QString title =
            u"<b>%1</b>&nbsp;&nbsp;<code>%2</code>"_s.arg(op->method.toHtmlEscaped(), op->path.toHtmlEscaped());
        if (!op->summary.isEmpty()) {
            title += u"&nbsp;&nbsp;<span style=\"color:%1\">\u2014 %2</span>"_s.arg(
                palette().color(QPalette::PlaceholderText).name(), op->summary.toHtmlEscaped());
        }
        m_title->setText(title);
        m_title->setToolTip(op->operationId);
        m_characters->setRequirement(op->authed, op->scopes);
    } else {
        m_title->setText(tr("No operation selected"));
        m_title->setToolTip({});
        m_characters->setRequirement(false, {});
    }
    m_runStatus->setText(m_runAvailable ? QString() : m_unavailableReason);
    m_progress->reset();
    m_pathLink->syncFromField();
    handleModeChanged();
}

void RunPanel::setTokens(const QList<Core::TokenRecord> &tokens)
{
    m_pathLink->setTokens(tokens);
}

QList<Core::TokenRecord> RunPanel::tokens() const
{
    return m_pathLink->tokens();
}

void RunPanel::syncCharacterWithPath()
{
    m_pathLink->syncFromField();
}

QString RunPanel::characterProblem() const
{
    return m_pathLink ? m_pathLink->problem() : QString();
}

void RunPanel::handleModeChanged()
{
    const Core::Operation *op = operation();
    if (op && m_allPages->isChecked() && m_paging->hasPageNumbers()) {
        m_form->setParameterDisabled(u"page"_s, tr("All pages are fetched; choose \u201cThis page\u201d to ask for "
                                                   "one page."));
    } else {
        m_form->setParameterDisabled(u"page"_s, QString());
    }
    updateControls();
    Q_EMIT optionsChanged();
}

void RunPanel::updateControls()
{
    const Core::Operation *op = operation();
    const bool paged = op && m_paging->isPaged();
    m_thisPage->setEnabled(paged && !m_running);
    m_allPages->setEnabled(paged && !m_running);
    m_language->setEnabled(op && op->localized && !m_running);
    m_language->setToolTip(op && !op->localized ? tr("This route is not localized; it answers the same in every "
                                                     "language")
                                                : tr("Accept-Language of the request. \u201c"
                                                     "All languages\u201d "
                                                     "runs the call once per language."));
    m_form->setEnabled(!m_running);
    m_characters->setEnabled(!m_running);
    const QString characterProblem = this->characterProblem();
    m_run->setEnabled(op && m_runAvailable && !m_running && characterProblem.isEmpty());
    m_run->setToolTip(!m_runAvailable               ? m_unavailableReason
                      : !characterProblem.isEmpty() ? characterProblem
                                                    : tr("Run the operation (Ctrl+Return)"));
    m_cancel->setEnabled(m_running);
    m_curl->setEnabled(op != nullptr);
    m_estimate->setVisible(op != nullptr && !m_estimate->text().isEmpty());
}

Core::CallOptions RunPanel::options() const
{
    Core::CallOptions options;
    const Core::Operation *op = operation();
    const bool paged = op && m_paging->isPaged();
    options.mode = paged && m_allPages->isChecked() ? Core::CallMode::AllPages : Core::CallMode::SinglePage;
    const QString language = m_language->currentData().toString();
    const bool localized = op && op->localized;
    options.allLanguages = localized && language == allLanguagesKey;
    options.language = localized && language != allLanguagesKey ? language : u"en"_s;
    options.characterId = m_characters->currentCharacterId();
    return options;
}

void RunPanel::setOptions(const Core::CallOptions &options)
{
    (options.mode == Core::CallMode::AllPages ? m_allPages : m_thisPage)->setChecked(true);
    const int language = m_language->findData(options.allLanguages ? allLanguagesKey : options.language);
    if (language >= 0) {
        m_language->setCurrentIndex(language);
    }
    if (options.characterId != 0) {
        m_characters->setCurrentCharacter(options.characterId);
    }
    m_pathLink->syncFromField(); // a character_id in the values wins over the recorded character
    handleModeChanged();
}

void RunPanel::setDefaultLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    if (index >= 0) {
        m_language->setCurrentIndex(index);
    }
}

Core::CallRequest RunPanel::request() const
{
    Core::CallRequest request;
    request.spec = m_spec;
    if (const Core::Operation *op = operation()) {
        request.operationId = op->operationId;
    }
    request.values = m_form->values();
    request.options = options();
    request.characterName = m_characters->currentCharacterName();
    if (m_form->hasLists()) {
        request.fanOut = m_form->plan();
        request.allCharacters = m_form->isAllCharacters();
    }
    return request;
}

void RunPanel::setRunAvailable(bool available, const QString &reason)
{
    m_runAvailable = available;
    m_unavailableReason = reason;
    if (!available) {
        m_runStatus->setText(reason);
    }
    updateControls();
}

void RunPanel::setEstimate(const QString &text, bool large)
{
    m_estimate->setText(text);
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, large ? QColor(0xb0, 0x6a, 0x00) : palette.color(QPalette::PlaceholderText));
    m_estimate->setPalette(palette);
    updateControls();
}

void RunPanel::setRunning(bool running)
{
    m_running = running;
    if (running) {
        m_progress->show();
        m_progress->setRange(0, 0); // busy until the first page tells how many there are
        m_progress->setFormat(tr("Starting\u2026"));
        m_runStatus->setText(tr("Running\u2026"));
    }
    updateControls();
}

void RunPanel::showProgress(int pagesDone, int pagesTotal, qint64 bytes)
{
    if (pagesTotal <= 0) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("%1 \u00b7 waiting for page 1").arg(HumanFormat::bytes(bytes)));
        return;
    }
    m_progress->setRange(0, pagesTotal);
    m_progress->setValue(pagesDone);
    m_progress->setFormat(
        tr("Page %1 of %2 \u00b7 %3")
            .arg(HumanFormat::count(pagesDone), HumanFormat::count(pagesTotal), HumanFormat::bytes(bytes)));
    m_runStatus->setText(tr("Running\u2026"));
}

void RunPanel::showFanOutProgress(int done, int failed, int left)
{
    const int total = done + failed + left;
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done + failed);
    m_progress->setFormat(Core::FanOutMerge::progressText(done, failed, left));
    m_runStatus->setText(tr("Running\u2026"));
}

void RunPanel::showWaiting(qint64 msecs, const QString &reason)
{
    m_runStatus->setText(tr("Waiting %1: %2").arg(HumanFormat::duration(msecs), reason));
}

void RunPanel::showDecoding(int pages)
{
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Decoding the last %n page(s)\u2026", nullptr, pages));
}

void RunPanel::showFinished(const QString &summary)
{
    if (m_progress->maximum() == 0) {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
    }
    m_progress->setFormat(summary);
    m_runStatus->clear();
}

} // namespace Esi::Ui
