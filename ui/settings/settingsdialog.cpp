#include "ui/settings/settingsdialog.h"

#include "core/clock.h"
#include "core/http/responsecache.h"
#include "ui/settings/registrationguide.h"
#include "ui/widgets/humanformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

QLabel *noteLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAccessibleName(text);
    QFont small = label->font();
    small.setItalic(true);
    label->setFont(small);
    return label;
}

QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setClearButtonEnabled(true);
    return edit;
}

// The URL in `edit`, or `fallback` when it is empty.
QUrl urlOr(const QLineEdit *edit, const QUrl &fallback)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? fallback : QUrl(text, QUrl::StrictMode);
}

} // namespace

SettingsDialog::SettingsDialog(const Core::AppSettings &current, QSettings *store, const Core::Clock &clock,
                               Core::ResponseCache *cache, QWidget *parent)
    : QDialog(parent)
    , m_original(current)
    , m_store(store)
    , m_clock(clock)
    , m_cache(cache)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_tabs->addTab(createSignInPage(), tr("Sign-in"));
    m_tabs->addTab(createRequestsPage(), tr("Requests"));
    m_tabs->addTab(createCachePage(), tr("Cache"));
    m_tabs->addTab(createAppearancePage(), tr("Appearance"));

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"settingsProblemLabel"_s);
    m_problemLabel->setAccessibleName(tr("Problems with the settings"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setStyleSheet(u"color: #d9534f;"_s);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"settingsButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"settingsOkButton"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save settings"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"settingsCancelButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Discard changes"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    load(current);
    for (QLineEdit *edit : {m_clientId, m_callbackUrl, m_ssoUrl, m_contactEmail, m_appName, m_esiUrl,
                            m_compatibilityDate, m_cacheDirectory}) {
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::handleEdited);
    }
    for (QSpinBox *spin : {m_concurrency, m_maxPages, m_maxResponse, m_cacheSize}) {
        connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::handleEdited);
    }
    for (QComboBox *combo : {m_language, m_theme}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsDialog::handleEdited);
    }
    handleEdited();
    updateCacheSize();
    resize(sizeHint().expandedTo(QSize(640, 520)));
}

QWidget *SettingsDialog::createSignInPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"signInPage"_s);
    m_clientId = lineEdit(u"clientIdEdit"_s, tr("SSO client ID"), page);
    m_clientId->setPlaceholderText(tr("from developers.eveonline.com; empty: public operations only"));
    m_callbackUrl = lineEdit(u"callbackUrlEdit"_s, tr("SSO callback URL"), page);
    m_callbackUrl->setPlaceholderText(Core::SsoSettings::defaultCallbackUrl().toString());
    m_ssoUrl = lineEdit(u"ssoUrlEdit"_s, tr("SSO server"), page);
    m_ssoUrl->setPlaceholderText(Core::SsoSettings::defaultBaseUrl().toString());

    auto *intro = new QLabel(tr("To sign in characters, ESI Studio needs an application registered at the EVE "
                                "developers site. To register one:"),
                             page);
    intro->setWordWrap(true);
    m_steps = RegistrationGuide::createStepsLabel(m_original.sso.callbackUrl, page);

    auto *form = new QFormLayout;
    form->addRow(tr("Client &ID:"), m_clientId);
    form->addRow(tr("&Callback URL:"), m_callbackUrl);
    form->addRow(tr("SSO &server:"), m_ssoUrl);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_steps);
    layout->addLayout(form);
    layout->addWidget(
        noteLabel(tr("Changes on this page take effect after ESI Studio restarts. The esi command line uses "
                     "them too."),
                  u"signInRestartNote"_s, page));
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::createRequestsPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"requestsPage"_s);
    m_contactEmail = lineEdit(u"contactEmailEdit"_s, tr("Contact email"), page);
    m_contactEmail->setPlaceholderText(tr("you@example.com: lets CCP reach you about your traffic"));
    m_appName = lineEdit(u"appNameEdit"_s, tr("App name"), page);
    m_appName->setPlaceholderText(tr("optional: the tool these requests are for"));
    m_userAgent = new QLabel(page);
    m_userAgent->setObjectName(u"userAgentPreview"_s);
    m_userAgent->setAccessibleName(tr("User-Agent preview"));
    m_userAgent->setTextFormat(Qt::PlainText);
    m_userAgent->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_userAgent->setWordWrap(true);
    m_esiUrl = lineEdit(u"esiUrlEdit"_s, tr("ESI server"), page);
    m_esiUrl->setPlaceholderText(Core::AppSettings::defaultEsiBaseUrl().toString());
    m_compatibilityDate = lineEdit(u"compatibilityDateEdit"_s, tr("Default compatibility date"), page);
    m_compatibilityDate->setPlaceholderText(tr("YYYY-MM-DD; empty: the spec's own date"));
    m_concurrency = new QSpinBox(page);
    m_concurrency->setObjectName(u"concurrencySpin"_s);
    m_concurrency->setAccessibleName(tr("Requests at once"));
    m_concurrency->setRange(Core::AppSettings::minConcurrency, Core::AppSettings::maxConcurrency);
    m_maxPages = new QSpinBox(page);
    m_maxPages->setObjectName(u"maxPagesSpin"_s);
    m_maxPages->setAccessibleName(tr("Most pages per call"));
    m_maxPages->setRange(Core::AppSettings::minMaxPages, Core::AppSettings::maxMaxPages);
    m_maxPages->setGroupSeparatorShown(true);
    m_maxResponse = new QSpinBox(page);
    m_maxResponse->setObjectName(u"maxResponseSpin"_s);
    m_maxResponse->setAccessibleName(tr("Largest response"));
    m_maxResponse->setRange(Core::AppSettings::minResponseMiB, Core::AppSettings::maxResponseMiB);
    m_maxResponse->setSuffix(tr(" MiB"));

    auto *form = new QFormLayout(page);
    form->addRow(tr("Contact &email:"), m_contactEmail);
    form->addRow(tr("App &name:"), m_appName);
    form->addRow(tr("User-Agent:"), m_userAgent);
    form->addRow(tr("ESI ser&ver:"), m_esiUrl);
    form->addRow(QString(), noteLabel(tr("Takes effect after a restart. Use esi-sandbox's or a proxy's address to "
                                         "work elsewhere than EVE's servers."),
                                      u"esiUrlRestartNote"_s, page));
    form->addRow(tr("Default compatibility &date:"), m_compatibilityDate);
    form->addRow(tr("Requests at &once:"), m_concurrency);
    form->addRow(tr("Most &pages per call:"), m_maxPages);
    form->addRow(tr("Largest &response:"), m_maxResponse);
    form->addRow(QString(), noteLabel(tr("A call stops with an error when a server announces more pages or sends a "
                                         "larger answer, instead of fetching without end."),
                                      u"limitsNote"_s, page));
    return page;
}

QWidget *SettingsDialog::createCachePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"cachePage"_s);
    m_cacheSize = new QSpinBox(page);
    m_cacheSize->setObjectName(u"cacheSizeSpin"_s);
    m_cacheSize->setAccessibleName(tr("Cache size limit"));
    m_cacheSize->setRange(Core::AppSettings::minCacheMiB, Core::AppSettings::maxCacheMiB);
    m_cacheSize->setSuffix(tr(" MiB"));
    m_cacheDirectory = lineEdit(u"cacheDirectoryEdit"_s, tr("Cache location"), page);
    m_cacheDirectory->setPlaceholderText(tr("empty: the standard cache folder"));
    m_browseCache = new QPushButton(tr("&Browse\u2026"), page);
    m_browseCache->setObjectName(u"browseCacheButton"_s);
    m_browseCache->setAccessibleName(tr("Choose the cache folder"));
    connect(m_browseCache, &QPushButton::clicked, this, &SettingsDialog::handleBrowseCacheClicked);
    m_clearCache = new QPushButton(tr("C&lear Cache"), page);
    m_clearCache->setObjectName(u"clearCacheButton"_s);
    m_clearCache->setAccessibleName(tr("Clear the response cache"));
    connect(m_clearCache, &QPushButton::clicked, this, &SettingsDialog::handleClearCacheClicked);
    m_cacheStatus = new QLabel(page);
    m_cacheStatus->setObjectName(u"cacheStatusLabel"_s);
    m_cacheStatus->setAccessibleName(tr("Response cache size"));
    m_cacheStatus->setTextFormat(Qt::PlainText);

    auto *location = new QHBoxLayout;
    location->addWidget(m_cacheDirectory, 1);
    location->addWidget(m_browseCache);
    auto *clear = new QHBoxLayout;
    clear->addWidget(m_clearCache);
    clear->addWidget(m_cacheStatus, 1);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Size limit:"), m_cacheSize);
    auto *locationLabel = new QLabel(tr("Lo&cation:"), page);
    locationLabel->setBuddy(m_cacheDirectory); // a row holding a layout gets no buddy by itself
    form->addRow(locationLabel, location);
    form->addRow(QString(),
                 noteLabel(tr("A new location takes effect after a restart; the esi command line follows it too. The "
                              "size limit applies at once."),
                           u"cacheRestartNote"_s, page));
    form->addRow(QString(), clear);
    return page;
}

QWidget *SettingsDialog::createAppearancePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"appearancePage"_s);
    m_language = new QComboBox(page);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Follow the system"), QString());
    for (const QString &code : Core::AppSettings::languages()) {
        const QString native = QLocale(code).nativeLanguageName();
        m_language->addItem(u"%1 (%2)"_s.arg(native.isEmpty() ? code : native, code), code);
    }
    m_theme = new QComboBox(page);
    m_theme->setObjectName(u"themeCombo"_s);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), Core::AppSettings::themeName(Core::AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), Core::AppSettings::themeName(Core::AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), Core::AppSettings::themeName(Core::AppSettings::Theme::Dark));

    m_showNames = new QCheckBox(tr("Show &names for IDs"), page);
    m_showNames->setObjectName(u"showNamesCheck"_s);
    m_showNames->setAccessibleName(tr("Show names for IDs"));
    m_showNames->setToolTip(tr("A name column next to every column of EVE IDs in the result table (type_id \u2192 "
                               "type_name), from ESI's /universe/names; the table header's menu switches them too"));

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(),
                 noteLabel(tr("A new language takes effect after a restart."), u"languageRestartNote"_s, page));
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(QString(), m_showNames);
    return page;
}

void SettingsDialog::load(const Core::AppSettings &settings)
{
    m_clientId->setText(settings.sso.clientId);
    m_callbackUrl->setText(settings.sso.callbackUrl.toString());
    m_ssoUrl->setText(settings.sso.baseUrl.toString());
    m_contactEmail->setText(settings.contactEmail);
    m_appName->setText(settings.appName);
    m_esiUrl->setText(settings.esiBaseUrl.toString());
    m_compatibilityDate->setText(settings.compatibilityDate);
    m_concurrency->setValue(settings.concurrency);
    m_maxPages->setValue(settings.maxPages);
    m_maxResponse->setValue(settings.maxResponseSizeMiB);
    m_cacheSize->setValue(settings.cacheMaxSizeMiB);
    m_cacheDirectory->setText(settings.cacheDirectory);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Core::AppSettings::themeName(settings.theme))));
    m_showNames->setChecked(settings.showNames);
}

Core::AppSettings SettingsDialog::values() const
{
    Core::AppSettings form = m_original;
    applyForm(form);
    if (!m_store) {
        return form;
    }
    // Only what was edited here goes over the stored settings: a value changed elsewhere while the dialog was
    // open (the client ID by the first-run assistant, offline by File > Try It Offline) stays.
    Core::AppSettings result = Core::AppSettings::load(*m_store);
    const auto take = [](auto &stored, const auto &edited, const auto &opened) {
        if (edited != opened) {
            stored = edited;
        }
    };
    take(result.sso.clientId, form.sso.clientId, m_original.sso.clientId);
    take(result.sso.callbackUrl, form.sso.callbackUrl, m_original.sso.callbackUrl);
    take(result.sso.baseUrl, form.sso.baseUrl, m_original.sso.baseUrl);
    take(result.contactEmail, form.contactEmail, m_original.contactEmail);
    take(result.appName, form.appName, m_original.appName);
    take(result.esiBaseUrl, form.esiBaseUrl, m_original.esiBaseUrl);
    take(result.compatibilityDate, form.compatibilityDate, m_original.compatibilityDate);
    take(result.concurrency, form.concurrency, m_original.concurrency);
    take(result.maxPages, form.maxPages, m_original.maxPages);
    take(result.maxResponseSizeMiB, form.maxResponseSizeMiB, m_original.maxResponseSizeMiB);
    take(result.cacheMaxSizeMiB, form.cacheMaxSizeMiB, m_original.cacheMaxSizeMiB);
    take(result.cacheDirectory, form.cacheDirectory, m_original.cacheDirectory);
    take(result.language, form.language, m_original.language);
    take(result.theme, form.theme, m_original.theme);
    take(result.showNames, form.showNames, m_original.showNames);
    return result;
}

void SettingsDialog::applyForm(Core::AppSettings &result) const
{
    result.sso.clientId = m_clientId->text().trimmed();
    result.sso.callbackUrl = urlOr(m_callbackUrl, Core::SsoSettings::defaultCallbackUrl());
    result.sso.baseUrl = urlOr(m_ssoUrl, Core::SsoSettings::defaultBaseUrl());
    result.contactEmail = m_contactEmail->text().trimmed();
    result.appName = m_appName->text().trimmed();
    result.esiBaseUrl = urlOr(m_esiUrl, Core::AppSettings::defaultEsiBaseUrl());
    result.compatibilityDate = m_compatibilityDate->text().trimmed();
    result.concurrency = m_concurrency->value();
    result.maxPages = m_maxPages->value();
    result.maxResponseSizeMiB = m_maxResponse->value();
    result.cacheMaxSizeMiB = m_cacheSize->value();
    result.cacheDirectory = m_cacheDirectory->text().trimmed();
    result.language = m_language->currentData().toString();
    result.theme =
        Core::AppSettings::themeFromName(m_theme->currentData().toString()).value_or(Core::AppSettings::Theme::System);
    result.showNames = m_showNames->isChecked();
}

QString SettingsDialog::userAgentPreview() const
{
    return m_userAgent->text();
}

void SettingsDialog::handleEdited()
{
    const Core::AppSettings current = values();
    m_problems = current.validate(m_clock);

    const Core::UserAgent agent = current.userAgent();
    m_userAgent->setText(agent.isValid() ? agent.toString() : tr("(no valid header: %1)").arg(agent.error()));

    const QHash<QString, QLineEdit *> fields = {
        {u"sso/clientId"_s, m_clientId},
        {u"sso/callbackUrl"_s, m_callbackUrl},
        {u"sso/baseUrl"_s, m_ssoUrl},
        {QLatin1StringView(Core::AppSettings::contactEmailKey), m_contactEmail},
        {QLatin1StringView(Core::AppSettings::appNameKey), m_appName},
        {QLatin1StringView(Core::AppSettings::esiBaseUrlKey), m_esiUrl},
        {QLatin1StringView(Core::AppSettings::compatibilityDateKey), m_compatibilityDate},
        {QLatin1StringView(Core::AppSettings::cacheDirectoryKey), m_cacheDirectory},
    };
    for (QLineEdit *edit : fields) {
        edit->setStyleSheet(QString());
        edit->setToolTip(QString());
    }
    QStringList messages;
    for (const Core::SettingsProblem &problem : std::as_const(m_problems)) {
        messages.append(problem.message);
        if (QLineEdit *edit = fields.value(problem.key)) {
            edit->setStyleSheet(u"QLineEdit { border: 1px solid #d9534f; }"_s);
            edit->setToolTip(problem.message);
        }
    }
    m_problemLabel->setText(messages.join(u'\n'));
    m_problemLabel->setVisible(!messages.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
    m_steps->setText(RegistrationGuide::stepsHtml(urlOr(m_callbackUrl, Core::SsoSettings::defaultCallbackUrl())));
}

void SettingsDialog::accept()
{
    handleEdited();
    if (!m_problems.isEmpty()) {
        return; // OK is disabled meanwhile; Enter in a field must not save either
    }
    // Read at this moment: a change made elsewhere while the dialog was open is neither lost nor reported
    // as this dialog's.
    const Core::AppSettings previous = m_store ? Core::AppSettings::load(*m_store) : m_original;
    const Core::AppSettings saved = values();
    if (m_store) {
        saved.save(*m_store);
    }
    m_original = saved;
    // Closed first, so what reacts (e.g. the offer to restart, which may close the main window) does not
    // happen over, or from inside, a dialog that is still open.
    QDialog::accept();
    Q_EMIT settingsSaved(previous, saved);
}

void SettingsDialog::handleClearCacheClicked()
{
    if (!m_cache || !m_cache->isOpen()) {
        return;
    }
    const qint64 before = m_cache->sizeBytes();
    m_cache->clear();
    const qint64 freed = std::max<qint64>(0, before - m_cache->sizeBytes());
    updateCacheSize();
    m_cacheStatus->setText(tr("Freed %1 of cached responses.").arg(HumanFormat::bytes(freed)));
    Q_EMIT cacheCleared(freed);
}

void SettingsDialog::handleBrowseCacheClicked()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Cache Location"), m_cacheDirectory->text());
    if (!chosen.isEmpty()) {
        m_cacheDirectory->setText(QDir::toNativeSeparators(chosen));
    }
}

void SettingsDialog::updateCacheSize()
{
    const bool available = m_cache && m_cache->isOpen();
    m_clearCache->setEnabled(available);
    if (!available) {
        m_cacheStatus->setText(tr("The response cache is not open."));
        return;
    }
    m_cacheStatus->setText(tr("Cached responses: %1, size %2, in %3")
                               .arg(HumanFormat::count(m_cache->entryCount()), HumanFormat::bytes(m_cache->sizeBytes()),
                                    QDir::toNativeSeparators(m_cache->databasePath())));
}

} // namespace Esi::Ui
