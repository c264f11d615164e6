#pragma once

#include "core/result/calloutcome.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Esi::Ui {

class PageSelector;

// The response headers of one page in arrival order, with the status line, the URL asked and how the
// page was served (network, revalidated, cache). Limit and cache headers are listed first.
class ResponseHeadersView : public QWidget
{
    Q_OBJECT

public:
    explicit ResponseHeadersView(QWidget *parent = nullptr);

    void setOutcome(const Core::CallOutcomePtr &outcome);
    void setCurrentPage(int index);
    int currentPage() const;

    QTreeWidget *headerTree() const { return m_tree; }

Q_SIGNALS:
    void currentPageChanged(int index);

private:
    void showPage(int index);

    Core::CallOutcomePtr m_outcome;
    PageSelector *m_pages;
    QLabel *m_statusLine;
    QTreeWidget *m_tree;
};

} // namespace Esi::Ui
