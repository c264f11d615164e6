#include "ui/result/rawresponseview.h"

#include "ui/result/pageselector.h"
#include "ui/widgets/humanformat.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr int maxHighlights = 5000; // beyond this, highlighting costs more than it helps

} // namespace

RawResponseView::RawResponseView(QWidget *parent)
    : QWidget(parent)
    , m_pages(new PageSelector(this))
    , m_search(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_matchLabel(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(u"rawResponseView"_s);
    setAccessibleName(tr("Raw response"));
    m_pages->setObjectName(u"rawPageSelector"_s);

    m_search->setObjectName(u"rawSearch"_s);
    m_search->setAccessibleName(tr("Search the response"));
    m_search->setPlaceholderText(tr("Search this page (Return: next, Shift+Return: previous)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        highlightMatches();
        findNext(false);
    });
    connect(m_search, &QLineEdit::returnPressed, this,
            [this] { findNext(QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier)); });

    m_previous->setObjectName(u"rawFindPrevious"_s);
    m_previous->setAccessibleName(tr("Previous match"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match"));
    connect(m_previous, &QToolButton::clicked, this, [this] { findNext(true); });
    m_next->setObjectName(u"rawFindNext"_s);
    m_next->setAccessibleName(tr("Next match"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match"));
    connect(m_next, &QToolButton::clicked, this, [this] { findNext(false); });

    m_matchLabel->setObjectName(u"rawMatchLabel"_s);
    m_matchLabel->setAccessibleName(tr("Matches"));
    m_matchLabel->setForegroundRole(QPalette::PlaceholderText);

    m_text->setObjectName(u"rawText"_s);
    m_text->setAccessibleName(tr("Response body"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_pages);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_matchLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);

    connect(m_pages, &QComboBox::currentIndexChanged, this, [this](int index) {
        showPage(index);
        Q_EMIT currentPageChanged(index);
    });
    setOutcome(nullptr);
}

void RawResponseView::setOutcome(const Core::CallOutcomePtr &outcome)
{
    m_outcome = outcome;
    const QSignalBlocker blocker(m_pages);
    m_pages->setPages(outcome ? outcome->result.pages : QList<Core::PageResult>());
    showPage(m_pages->currentIndex());
}

void RawResponseView::setCurrentPage(int index)
{
    m_pages->setCurrentIndex(index);
}

int RawResponseView::currentPage() const
{
    return m_pages->currentIndex();
}

void RawResponseView::showPage(int index)
{
    if (!m_outcome || index < 0 || index >= m_outcome->result.pages.size()) {
        m_text->setPlainText(QString());
        m_text->setPlaceholderText(m_outcome && !m_outcome->result.isOk() ? m_outcome->result.message
                                                                          : tr("No response yet."));
        highlightMatches();
        return;
    }
    const QByteArray body = m_outcome->result.pages.at(index).bytes(); // the page may be kept packed
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        m_text->setPlainText(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    } else {
        m_text->setPlainText(QString::fromUtf8(body)); // not JSON: show exactly what came
    }
    m_text->setPlaceholderText(tr("The response had no body."));
    highlightMatches();
}

void RawResponseView::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void RawResponseView::highlightMatches()
{
    QList<QTextEdit::ExtraSelection> selections;
    m_matches = 0;
    const QString needle = m_search->text();
    if (!needle.isEmpty()) {
        const QString haystack = m_text->toPlainText();
        QTextCharFormat format;
        format.setBackground(QColor(0xff, 0xd8, 0x4d, 160));
        for (qsizetype at = haystack.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
             at = haystack.indexOf(needle, at + needle.size(), Qt::CaseInsensitive)) {
            ++m_matches;
            if (selections.size() < maxHighlights) {
                QTextCursor cursor(m_text->document());
                cursor.setPosition(int(at));
                cursor.setPosition(int(at + needle.size()), QTextCursor::KeepAnchor);
                selections.append({cursor, format});
            }
        }
    }
    m_text->setExtraSelections(selections);
    m_matchLabel->setText(needle.isEmpty() ? QString()
                          : m_matches == 0 ? tr("no match")
                          : m_matches == 1 ? tr("1 match")
                                           : tr("%1 matches").arg(HumanFormat::count(m_matches)));
}

bool RawResponseView::findNext(bool backwards)
{
    const QString needle = m_search->text();
    if (needle.isEmpty()) {
        return false;
    }
    QTextDocument::FindFlags flags;
    if (backwards) {
        flags |= QTextDocument::FindBackward;
    }
    if (m_text->find(needle, flags)) {
        return true;
    }
    // Wrap around once.
    QTextCursor cursor = m_text->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_text->setTextCursor(cursor);
    return m_text->find(needle, flags);
}

} // namespace Esi::Ui
