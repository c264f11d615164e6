#include "ui/status/ratelimitbucketmodel.h"

#include "ui/widgets/humanformat.h"

#include <QColor>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

bool bucketLess(const Core::RateLimitBucket &a, const Core::RateLimitBucket &b)
{
    return a.group != b.group ? a.group < b.group : a.characterId < b.characterId;
}

} // namespace

RateLimitBucketModel::RateLimitBucketModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RateLimitBucketModel::setBuckets(const QList<Core::RateLimitBucket> &buckets)
{
    beginResetModel();
    m_buckets = buckets;
    std::sort(m_buckets.begin(), m_buckets.end(), bucketLess);
    endResetModel();
}

int RateLimitBucketModel::rowOf(const QString &group, qint64 characterId) const
{
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        if (m_buckets.at(i).group == group && m_buckets.at(i).characterId == characterId) {
            return int(i);
        }
    }
    return -1;
}

void RateLimitBucketModel::updateBucket(const Core::RateLimitBucket &bucket)
{
    const int row = rowOf(bucket.group, bucket.characterId);
    if (row >= 0) {
        m_buckets[row] = bucket;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const auto at = std::lower_bound(m_buckets.begin(), m_buckets.end(), bucket, bucketLess);
    const int position = int(at - m_buckets.begin());
    beginInsertRows({}, position, position);
    m_buckets.insert(position, bucket);
    endInsertRows();
}

void RateLimitBucketModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_buckets.isEmpty()) {
        Q_EMIT dataChanged(index(0, RefillColumn), index(rowCount() - 1, StateColumn));
    }
}

void RateLimitBucketModel::setCharacterNames(const QHash<qint64, QString> &names)
{
    m_names = names;
    if (!m_buckets.isEmpty()) {
        Q_EMIT dataChanged(index(0, OwnerColumn), index(rowCount() - 1, OwnerColumn));
    }
}

int RateLimitBucketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_buckets.size());
}

int RateLimitBucketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RateLimitBucketModel::ownerText(qint64 characterId) const
{
    if (characterId == 0) {
        return tr("public");
    }
    const QString name = m_names.value(characterId);
    return name.isEmpty() ? QString::number(characterId) : name;
}

bool RateLimitBucketModel::isBlocked(const Core::RateLimitBucket &bucket) const
{
    return bucket.blockedUntil.isValid() && (!m_now.isValid() || bucket.blockedUntil > m_now);
}

QString RateLimitBucketModel::stateText(const Core::RateLimitBucket &bucket) const
{
    if (isBlocked(bucket)) {
        const QString until = m_now.isValid() ? HumanFormat::countdown(m_now.msecsTo(bucket.blockedUntil))
                                              : bucket.blockedUntil.toLocalTime().toString(Qt::ISODate);
        return bucket.blockReason.isEmpty() ? tr("blocked for %1").arg(until)
                                            : tr("blocked for %1: %2").arg(until, bucket.blockReason);
    }
    if (bucket.reserved > 0) {
        return tr("%1 tokens held by requests in flight").arg(bucket.reserved);
    }
    if (bucket.remaining <= 0) {
        return tr("empty");
    }
    return tr("ok");
}

QVariant RateLimitBucketModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Core::RateLimitBucket &bucket = m_buckets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case GroupColumn:
            return bucket.group;
        case OwnerColumn:
            return ownerText(bucket.characterId);
        case TokensColumn:
            if (isBlocked(bucket) && m_now.isValid()) {
                return tr("blocked %1").arg(HumanFormat::countdown(m_now.msecsTo(bucket.blockedUntil)));
            }
            return tr("%1 / %2").arg(HumanFormat::count(bucket.remaining), HumanFormat::count(bucket.limit));
        case WindowColumn:
            return HumanFormat::windowText(bucket.windowSeconds);
        case RefillColumn:
            if (!bucket.nextReleaseAt.isValid() || bucket.remaining >= bucket.limit) {
                return tr("full");
            }
            return m_now.isValid() ? HumanFormat::countdown(m_now.msecsTo(bucket.nextReleaseAt)) : QVariant();
        case StateColumn:
            return stateText(bucket);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == GroupColumn || index.column() == OwnerColumn) {
            return tr("Bucket %1 for %2: %3 tokens per %4 window. %5")
                .arg(bucket.group, ownerText(bucket.characterId), HumanFormat::count(bucket.limit),
                     HumanFormat::windowText(bucket.windowSeconds), stateText(bucket));
        }
        if (index.column() == RefillColumn) {
            return tr("Tokens spent leave the floating %1 window one by one; the next one comes back in this time.")
                .arg(HumanFormat::windowText(bucket.windowSeconds));
        }
        if (index.column() == TokensColumn) {
            return tr("%1 of %2 tokens left (%3 reserved by requests in flight). A 2xx answer costs 2 tokens, "
                      "3xx 1, 4xx 5.")
                .arg(bucket.remaining)
                .arg(bucket.limit)
                .arg(bucket.reserved);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && (isBlocked(bucket) || bucket.remaining <= 0)) {
            return QColor(0xd0, 0x39, 0x3e);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TokensColumn || index.column() == RefillColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case RemainingRole:
        return bucket.remaining;
    case LimitRole:
        return bucket.limit;
    case FractionRole:
        return bucket.limit > 0 ? double(bucket.remaining) / bucket.limit : 0.0;
    case BlockedRole:
        return isBlocked(bucket);
    default:
        return {};
    }
}

QVariant RateLimitBucketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case GroupColumn:
        return tr("Bucket");
    case OwnerColumn:
        return tr("For");
    case TokensColumn:
        return tr("Tokens left");
    case WindowColumn:
        return tr("Window");
    case RefillColumn:
        return tr("Refill");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace Esi::Ui
