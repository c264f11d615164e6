#pragma once

#include "core/result/calloutcome.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Esi::Ui {

class PageSelector;

// One page's body as received, pretty-printed, with a search bar (all matches highlighted, next and
// previous with Return / Shift+Return). Pages are shown one at a time: 300 pages of market orders are
// far more text than an editor should hold at once.
class RawResponseView : public QWidget
{
    Q_OBJECT

public:
    explicit RawResponseView(QWidget *parent = nullptr);

    void setOutcome(const Core::CallOutcomePtr &outcome);
    void setCurrentPage(int index);
    int currentPage() const;

    QPlainTextEdit *textView() const { return m_text; }

    void setSearchText(const QString &text);
    bool findNext(bool backwards = false);

    int matchCount() const { return m_matches; }

Q_SIGNALS:
    void currentPageChanged(int index);

private:
    void showPage(int index);
    void highlightMatches();

    Core::CallOutcomePtr m_outcome;
    PageSelector *m_pages;
    QLineEdit *m_search;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_matchLabel;
    QPlainTextEdit *m_text;
    int m_matches = 0;
};

} // namespace Esi::Ui
