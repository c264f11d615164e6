#pragma once

#include "core/http/ratelimittracker.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace Esi::Ui {

// Every rate-limit bucket seen (group x character, or public) with its remaining tokens, window, when
// the next token comes back and whether it is blocked. setNow() moves the countdowns along.
class RateLimitBucketModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { GroupColumn, OwnerColumn, TokensColumn, WindowColumn, RefillColumn, StateColumn, ColumnCount };

    enum Role {
        RemainingRole = Qt::UserRole + 1, // int
        LimitRole,                        // int
        FractionRole,                     // double: remaining / limit
        BlockedRole,                      // bool
    };

    explicit RateLimitBucketModel(QObject *parent = nullptr);

    void setBuckets(const QList<Core::RateLimitBucket> &buckets);
    void updateBucket(const Core::RateLimitBucket &bucket); // inserts a bucket not seen before
    void setNow(const QDateTime &now);
    void setCharacterNames(const QHash<qint64, QString> &names);

    const QList<Core::RateLimitBucket> &buckets() const { return m_buckets; }

    int rowOf(const QString &group, qint64 characterId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString ownerText(qint64 characterId) const;
    QString stateText(const Core::RateLimitBucket &bucket) const;
    bool isBlocked(const Core::RateLimitBucket &bucket) const;

    QList<Core::RateLimitBucket> m_buckets; // by group, then character
    QHash<qint64, QString> m_names;
    QDateTime m_now;
};

} // namespace Esi::Ui
