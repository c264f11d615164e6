#include "ui/result/responseheadersview.h"

#include "ui/result/pageselector.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

// Headers that explain caching, paging and limits: what people open this view for.
bool isNotable(const QByteArray &name)
{
    static const QList<QByteArray> notable{"expires",
                                           "etag",
                                           "last-modified",
                                           "cache-control",
                                           "x-pages",
                                           "warning",
                                           "content-language",
                                           "x-ratelimit-group",
                                           "x-ratelimit-limit",
                                           "x-ratelimit-remaining",
                                           "x-ratelimit-used",
                                           "x-esi-error-limit-remain",
                                           "x-esi-error-limit-reset",
                                           "retry-after"};
    return notable.contains(name.toLower());
}

} // namespace

ResponseHeadersView::ResponseHeadersView(QWidget *parent)
    : QWidget(parent)
    , m_pages(new PageSelector(this))
    , m_statusLine(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"responseHeadersView"_s);
    setAccessibleName(tr("Response headers"));
    m_pages->setObjectName(u"headersPageSelector"_s);

    m_statusLine->setObjectName(u"headersStatusLine"_s);
    m_statusLine->setAccessibleName(tr("Status line"));
    m_statusLine->setTextFormat(Qt::PlainText);
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree->setObjectName(u"headersTree"_s);
    m_tree->setAccessibleName(tr("Headers"));
    m_tree->setHeaderLabels({tr("Header"), tr("Value")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_pages);
    bar->addWidget(m_statusLine, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);

    connect(m_pages, &QComboBox::currentIndexChanged, this, [this](int index) {
        showPage(index);
        Q_EMIT currentPageChanged(index);
    });
    setOutcome(nullptr);
}

void ResponseHeadersView::setOutcome(const Core::CallOutcomePtr &outcome)
{
    m_outcome = outcome;
    const QSignalBlocker blocker(m_pages);
    m_pages->setPages(outcome ? outcome->result.pages : QList<Core::PageResult>());
    showPage(m_pages->currentIndex());
}

void ResponseHeadersView::setCurrentPage(int index)
{
    m_pages->setCurrentIndex(index);
}

int ResponseHeadersView::currentPage() const
{
    return m_pages->currentIndex();
}

void ResponseHeadersView::showPage(int index)
{
    m_tree->clear();
    if (!m_outcome || index < 0 || index >= m_outcome->result.pages.size()) {
        m_statusLine->setText(tr("No response yet."));
        return;
    }
    const Core::PageResult &page = m_outcome->result.pages.at(index);
    m_statusLine->setText(
        tr("HTTP %1 \u00b7 %2 \u00b7 %3")
            .arg(page.status)
            .arg(Core::servedFromName(page.servedFrom), page.url.toDisplayString(QUrl::RemoveUserInfo)));
    QList<QTreeWidgetItem *> notable;
    QList<QTreeWidgetItem *> others;
    for (const auto &[name, value] : page.headers) {
        auto *item = new QTreeWidgetItem({QString::fromLatin1(name), QString::fromUtf8(value)});
        item->setToolTip(1, QString::fromUtf8(value));
        if (isNotable(name)) {
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
            notable.append(item);
        } else {
            others.append(item);
        }
    }
    m_tree->addTopLevelItems(notable);
    m_tree->addTopLevelItems(others);
}

} // namespace Esi::Ui
