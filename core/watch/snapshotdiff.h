#pragma once

#include "core/result/resultdata.h"
#include "core/watch/rowidentity.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Esi::Core {

// One column of a row that changed between two snapshots.
struct CellChange
{
    QString column; // flattened name, as the table shows it ("position.x")
    QJsonValue before;
    QJsonValue after; // Undefined when the column is gone
};

// One row added, removed or changed between two snapshots of a result.
struct RowChange
{
    enum class Kind { Added, Removed, Changed };

    Kind kind = Kind::Added;
    QString key; // the identity column's text, or the whole row's JSON
    int language = 0;
    qsizetype beforeRow = -1; // in the earlier snapshot (removed, changed)
    qsizetype afterRow = -1;  // in the later snapshot (added, changed)
    QJsonValue row;           // the row as it is now (added, changed) or was (removed)
    QList<CellChange> cells;  // changed: the columns whose value differs

    static QString kindName(Kind kind); // "added", "removed", "changed"

    // A row or cell for people: objects as compact JSON, null as "null", past `maxChars` cut with an ellipsis.
    static QString text(const QJsonValue &value, int maxChars);
};

// What changed between two snapshots of one result: rows matched by a RowIdentity (the whole row when there is no
// identity column; equal rows then pair up one by one, so a duplicated row that goes away once is one removal).
// Every row counts; the changes themselves are listed up to `maxListed` (the rest only counted), while the later
// snapshot's added and changed rows are all known by position (kindOfAfterRow) for highlighting.
class SnapshotDiff
{
public:
    static constexpr qsizetype DefaultMaxListed = 100000;

    static SnapshotDiff compare(const ResultData &before, const ResultData &after, const RowIdentity &identity,
                                qsizetype maxListed = DefaultMaxListed);
    // No comparison: a first snapshot, or one ESI answered 304 to.
    static SnapshotDiff none(const RowIdentity &identity);

    qsizetype added() const { return m_added; }

    qsizetype removed() const { return m_removed; }

    qsizetype changed() const { return m_changed; }

    bool isEmpty() const { return m_added == 0 && m_removed == 0 && m_changed == 0; }

    bool isTruncated() const { return qsizetype(m_changes.size()) < m_added + m_removed + m_changed; }

    const QList<RowChange> &changes() const { return m_changes; }

    const RowIdentity &identity() const { return m_identity; }

    // Added or Changed for a row of the later snapshot; nullopt-like -1 when it did not change.
    int kindOfAfterRow(int language, qsizetype row) const;

    // "3 added, 1 changed, 2 removed" / "no change" (translated).
    QString summary() const;

private:
    void list(RowChange change, qsizetype maxListed);

    RowIdentity m_identity;
    qsizetype m_added = 0;
    qsizetype m_removed = 0;
    qsizetype m_changed = 0;
    QList<RowChange> m_changes;
    QHash<quint64, int> m_afterKinds; // (language << 48 | row) -> RowChange::Kind
};

} // namespace Esi::Core
