#include "cli/tokenreport.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

QString TokenReport::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject TokenReport::toJson(const Core::TokenRecord &record, const QDateTime &now)
{
    const auto time = [](const QDateTime &value) {
        return value.isValid() ? QJsonValue(timeText(value)) : QJsonValue(QJsonValue::Null);
    };
    return {{u"character_id"_s, record.characterId},
            {u"character_name"_s, record.characterName},
            {u"status"_s, Core::TokenRecord::statusName(record.status)},
            {u"status_reason"_s, record.statusReason},
            {u"scopes"_s, QJsonArray::fromStringList(record.scopes)},
            {u"owner_hash"_s, record.ownerHash},
            {u"owner_changed"_s, record.ownerChanged()},
            {u"access_token_expires_at"_s, time(record.accessTokenExpiresAt)},
            {u"access_token_expired"_s, record.accessTokenExpired(now)},
            {u"added_at"_s, time(record.addedAt)},
            {u"last_refreshed_at"_s, time(record.lastRefreshedAt)},
            {u"last_used_at"_s, time(record.lastUsedAt)}};
}

QString TokenReport::who(const Core::TokenRecord &record)
{
    return record.characterName.isEmpty() ? u"character %1"_s.arg(record.characterId)
                                          : u"%1 (%2)"_s.arg(record.characterName).arg(record.characterId);
}

QString TokenReport::table(const QList<Core::TokenRecord> &records, const QDateTime &now)
{
    QList<QStringList> rows{{u"ID"_s, u"NAME"_s, u"STATUS"_s, u"ACCESS TOKEN"_s, u"SCOPES"_s}};
    for (const Core::TokenRecord &record : records) {
        QString access;
        if (record.status != Core::TokenStatus::Valid) {
            access = u"-"_s;
        } else if (record.accessTokenExpired(now)) {
            access = u"expired (refreshed on next use)"_s;
        } else {
            access = u"valid until "_s + timeText(record.accessTokenExpiresAt);
        }
        QString status = Core::TokenRecord::statusName(record.status);
        if (record.ownerChanged()) {
            status += u", owner changed"_s;
        }
        rows.append({QString::number(record.characterId), record.characterName, status, access,
                     record.scopes.isEmpty() ? u"(none)"_s : record.scopes.join(u", "_s)});
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
            // The last column is not padded: scope lists are long.
            line += column + 1 < row.size() ? row.at(column).leftJustified(widths.at(column) + 2) : row.at(column);
        }
        text += line + u'\n';
    }
    return text;
}

} // namespace Esi::Cli
