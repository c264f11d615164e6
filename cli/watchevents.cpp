#include "cli/watchevents.h"

#include "core/watch/watchsnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

using namespace Core;

namespace {

// One JSON object with its keys in the order given (QJsonObject would sort them).
class Line
{
public:
    Line &add(const char *key, const QJsonValue &value)
    {
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        m_text += (m_text.isEmpty() ? "{\""_ba : ",\""_ba) + key + "\":"_ba + text.mid(1, text.size() - 2);
        return *this;
    }

    QByteArray text() const { return m_text + "}\n"_ba; }

private:
    QByteArray m_text;
};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue nextAt(const WatchSnapshot &snapshot)
{
    return snapshot.next.at.isValid() ? QJsonValue(timeText(snapshot.next.at)) : QJsonValue();
}

} // namespace

QList<QByteArray> WatchEvents::lines(const WatchSnapshot &snapshot)
{
    if (!snapshot.ok) {
        return {Line()
                    .add("event", u"error"_s)
                    .add("n", snapshot.number)
                    .add("fetched_at", timeText(snapshot.fetchedAt))
                    .add("status", snapshot.status)
                    .add("message", snapshot.error)
                    .add("next_at", nextAt(snapshot))
                    .text()};
    }
    const SnapshotDiff &diff = snapshot.diff;
    QList<QByteArray> out{Line()
                              .add("event", u"snapshot"_s)
                              .add("n", snapshot.number)
                              .add("fetched_at", timeText(snapshot.fetchedAt))
                              .add("rows", snapshot.rows)
                              .add("status", snapshot.status)
                              .add("served", snapshot.served)
                              .add("added", diff.added())
                              .add("removed", diff.removed())
                              .add("changed", diff.changed())
                              .add("identity", diff.identity().isWholeRow() ? QJsonValue() : diff.identity().column)
                              .add("next_at", nextAt(snapshot))
                              .add("next_reason", WatchSchedule::reasonName(snapshot.next.reason))
                              .text()};
    for (const RowChange &change : diff.changes()) {
        Line line;
        line.add("event", RowChange::kindName(change.kind)).add("n", snapshot.number).add("key", change.key);
        if (change.kind == RowChange::Kind::Changed) {
            QJsonObject before;
            QJsonObject after;
            for (const CellChange &cell : change.cells) {
                before.insert(cell.column, cell.before);
                after.insert(cell.column, cell.after);
            }
            line.add("old", before).add("new", after);
        } else {
            line.add("row", change.row);
        }
        out.append(line.text());
    }
    if (diff.isTruncated()) {
        out.append(Line()
                       .add("event", u"truncated"_s)
                       .add("n", snapshot.number)
                       .add("listed", qint64(diff.changes().size()))
                       .text());
    }
    return out;
}

} // namespace Esi::Cli
