#include "ui/browse/operationitemdelegate.h"

#include "ui/browse/operationtreemodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr int badgeGap = 4;     // between text and first pill, and between pills
constexpr int badgePadding = 5; // inside a pill, left and right

} // namespace

OperationItemDelegate::OperationItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QList<OperationItemDelegate::Badge> OperationItemDelegate::badges(const QModelIndex &index)
{
    using Model = OperationTreeModel;
    if (index.column() != Model::OperationColumn ||
        index.data(Model::NodeKindRole).toInt() != int(Model::NodeKind::Operation)) {
        return {};
    }
    QList<Badge> result;
    if (index.data(Model::AuthedRole).toBool()) {
        result.append({tr("auth"), QColor(0xb0, 0x7a, 0x10)});
    }
    const QString paging = index.data(Model::PagingRole).toString();
    if (paging == u"page") {
        result.append({tr("paged"), QColor(0x2b, 0x7b, 0xd6)});
    } else if (paging == u"cursor") {
        result.append({tr("cursor"), QColor(0x2b, 0x7b, 0xd6)});
    } else if (paging == u"from_id") {
        result.append({tr("from_id"), QColor(0x2b, 0x7b, 0xd6)});
    }
    if (index.data(Model::LocalizedRole).toBool()) {
        result.append({tr("localized"), QColor(0x2e, 0x9d, 0x4f)});
    }
    if (!index.data(Model::RequiredRolesRole).toStringList().isEmpty()) {
        result.append({tr("roles"), QColor(0x8e, 0x5b, 0xc8)});
    }
    if (index.data(Model::DeprecatedRole).toBool()) {
        result.append({tr("deprecated"), QColor(0xd0, 0x39, 0x3e)});
    }
    // Last: the bucket's name is the longest pill and the first to go when the column is narrow.
    const QString group = index.data(Model::RateLimitGroupRole).toString();
    if (!group.isEmpty()) {
        result.append({group, QColor(0x7a, 0x7a, 0x7a)});
    }
    return result;
}

QFont OperationItemDelegate::badgeFont(const QFont &base)
{
    QFont font = base;
    font.setStrikeOut(false);
    font.setBold(false);
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * 0.8);
    } else {
        font.setPixelSize(qMax(8, font.pixelSize() * 4 / 5));
    }
    return font;
}

int OperationItemDelegate::badgesWidth(const QList<Badge> &badges, const QFontMetrics &metrics)
{
    int width = 0;
    for (const Badge &badge : badges) {
        width += badgeGap + metrics.horizontalAdvance(badge.text) + 2 * badgePadding;
    }
    return width;
}

void OperationItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QList<Badge> pills = badges(index);
    if (pills.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    const QFont pillFont = badgeFont(opt.font);
    const QFontMetrics pillMetrics(pillFont);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int pillsWidth = badgesWidth(pills, pillMetrics);
    const QString fullText = opt.text;
    // The id gets the room it needs first; pills that do not fit are dropped rather than squeezing it.
    const int textRoom = qMax(textRect.width() - pillsWidth, opt.fontMetrics.horizontalAdvance(fullText) + 4);
    opt.text = opt.fontMetrics.elidedText(fullText, opt.textElideMode, textRoom);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(pillFont);
    const int textMargin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    int x = textRect.left() + textMargin + opt.fontMetrics.horizontalAdvance(opt.text) + badgeGap;
    const int pillHeight = pillMetrics.height() + 2;
    const int y = textRect.top() + (textRect.height() - pillHeight) / 2;
    const bool selected = opt.state & QStyle::State_Selected;
    for (const Badge &badge : pills) {
        const int width = pillMetrics.horizontalAdvance(badge.text) + 2 * badgePadding;
        if (x + width > textRect.right()) {
            break;
        }
        const QRectF pill(x + 0.5, y + 0.5, width - 1, pillHeight - 1);
        QColor fill = badge.color;
        fill.setAlpha(selected ? 90 : 38);
        painter->setPen(QPen(selected ? opt.palette.color(QPalette::HighlightedText) : badge.color, 1));
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, pillHeight / 2.0, pillHeight / 2.0);
        painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Text));
        painter->drawText(pill, Qt::AlignCenter, badge.text);
        x += width + badgeGap;
    }
    painter->restore();
}

QSize OperationItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QList<Badge> pills = badges(index);
    if (!pills.isEmpty()) {
        const QFontMetrics metrics(badgeFont(option.font));
        size.rwidth() += badgesWidth(pills, metrics) + badgeGap;
        size.setHeight(qMax(size.height(), metrics.height() + 6));
    }
    return size;
}

} // namespace Esi::Ui
