#include "cli/historyreport.h"

#include "core/result/parametervaluesjson.h"

#include <QJsonValue>
#include <QStringList>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : u"-"_s;
}

// Cells are one line each, whatever the server or the user put into a message or a value.
QString oneLine(const QString &text, qsizetype maxLength)
{
    QString line = text.simplified();
    if (line.size() > maxLength) {
        line = line.left(maxLength - 1) + u'\u2026';
    }
    return line;
}

} // namespace

QJsonObject HistoryReport::toJson(const Core::HistoryEntry &entry)
{
    return {{u"id"_s, entry.id},
            {u"started_at"_s, timeValue(entry.startedAt)},
            {u"finished_at"_s, timeValue(entry.finishedAt)},
            {u"operation_id"_s, entry.operationId},
            {u"method"_s, entry.method},
            {u"path"_s, entry.path},
            {u"compatibility_date"_s, entry.compatibilityDate},
            {u"server"_s, entry.server},
            {u"parameters"_s, Core::ParameterValuesJson::toJson(entry.values)},
            {u"all_pages"_s, entry.options.mode == Core::CallMode::AllPages},
            {u"language"_s, entry.options.language},
            {u"all_languages"_s, entry.options.allLanguages},
            {u"character_id"_s, entry.options.characterId},
            {u"character_name"_s, entry.characterName},
            {u"ok"_s, entry.ok},
            {u"outcome"_s, entry.outcome},
            {u"http_status"_s, entry.httpStatus},
            {u"message"_s, entry.message},
            {u"pages"_s, entry.pages},
            {u"rows"_s, entry.rows},
            {u"requests"_s, entry.requests},
            {u"from_cache"_s, entry.fromCache},
            {u"not_modified"_s, entry.notModified},
            {u"bytes"_s, entry.bytes},
            {u"elapsed_ms"_s, entry.elapsedMs},
            {u"etag"_s, entry.etag},
            {u"last_modified"_s, entry.lastModified},
            {u"x_pages"_s, entry.xPages},
            {u"body_sha256"_s, QString::fromLatin1(entry.bodyHash.toHex())}};
}

QString HistoryReport::table(const QList<Core::HistoryEntry> &entries)
{
    QList<QStringList> rows{
        {u"ID"_s, u"STARTED (UTC)"_s, u"OPERATION"_s, u"CHARACTER"_s, u"OUTCOME"_s, u"ROWS"_s, u"PARAMETERS"_s}};
    for (const Core::HistoryEntry &entry : entries) {
        QString outcome = entry.ok ? u"ok"_s : oneLine(entry.outcome, 24);
        if (entry.httpStatus > 0) {
            outcome += u" (%1)"_s.arg(entry.httpStatus);
        }
        rows.append({QString::number(entry.id), timeText(entry.startedAt), oneLine(entry.operationId, 60),
                     entry.characterName.isEmpty() ? u"-"_s : oneLine(entry.characterName, 40), outcome,
                     QString::number(entry.rows), oneLine(entry.parametersText(), 120)});
    }
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            widths[column] = std::max(widths.at(column), row.at(column).size());
        }
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            // The last column is not padded: parameter lists are long.
            line += column + 1 < row.size() ? row.at(column).leftJustified(widths.at(column) + 2) : row.at(column);
        }
        text += line + u'\n';
    }
    return text;
}

} // namespace Esi::Cli
