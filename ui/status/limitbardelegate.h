#pragma once

#include <QStyledItemDelegate>

namespace Esi::Ui {

// Paints a "tokens left" cell as a bar filled to remaining / limit (green, amber under a third, red
// when empty or blocked) with the numbers on top, so a draining bucket is seen at a glance.
class LimitBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LimitBarDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor barColor(double fraction, bool blocked);
};

} // namespace Esi::Ui
