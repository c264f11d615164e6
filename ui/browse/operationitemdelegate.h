#pragma once

#include <QStyledItemDelegate>

namespace Esi::Ui {

// Paints an operation row's facts (auth, paging, localized, roles, deprecated, rate-limit group) as small pills after
// its operationId, so the tree can be scanned without opening each operation.
class OperationItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit OperationItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    struct Badge
    {
        QString text;
        QColor color;
    };

    // The pills of one row, in display order; empty for tag rows and other columns.
    static QList<Badge> badges(const QModelIndex &index);

private:
    static QFont badgeFont(const QFont &base);
    static int badgesWidth(const QList<Badge> &badges, const QFontMetrics &metrics);
};

} // namespace Esi::Ui
