#include "ui/status/limitbardelegate.h"

#include "ui/status/ratelimitbucketmodel.h"

#include <QApplication>
#include <QPainter>

namespace Esi::Ui {

LimitBarDelegate::LimitBarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor LimitBarDelegate::barColor(double fraction, bool blocked)
{
    if (blocked || fraction <= 0.0) {
        return QColor(0xd0, 0x39, 0x3e);
    }
    if (fraction < 1.0 / 3.0) {
        return QColor(0xe0, 0x9a, 0x1a);
    }
    return QColor(0x2e, 0x9d, 0x4f);
}

void LimitBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const double fraction = qBound(0.0, index.data(RateLimitBucketModel::FractionRole).toDouble(), 1.0);
    const bool blocked = index.data(RateLimitBucketModel::BlockedRole).toBool();
    const QRect bar = opt.rect.adjusted(3, 3, -3, -3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor track = opt.palette.color(QPalette::Mid);
    track.setAlpha(70);
    painter->setPen(Qt::NoPen);
    painter->setBrush(track);
    painter->drawRoundedRect(bar, 3, 3);
    QColor fill = barColor(fraction, blocked);
    fill.setAlpha(150);
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * fraction, bar.height()), 3, 3);
    painter->setPen(opt.palette.color(QPalette::Text));
    painter->drawText(bar.adjusted(4, 0, -4, 0), Qt::AlignCenter, text);
    painter->restore();
}

QSize LimitBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Room for the numbers plus the bar's inner margins, whatever the font.
    size.setWidth(qMax(size.width(), option.fontMetrics.horizontalAdvance(index.data().toString()) + 22));
    return size;
}

} // namespace Esi::Ui
