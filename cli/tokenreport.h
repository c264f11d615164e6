#pragma once

#include "core/auth/tokenrecord.h"

#include <QJsonObject>

namespace Esi::Cli {

// How `esi login` and `esi tokens` show a signed-in character: metadata only, never a token.
class TokenReport
{
public:
    // {"character_id", "character_name", "status", "status_reason", "scopes", "owner_hash", "owner_changed",
    //  "access_token_expires_at", "access_token_expired", "added_at", "last_refreshed_at", "last_used_at"}
    static QJsonObject toJson(const Core::TokenRecord &record, const QDateTime &now);

    // "Sandbox Pilot (2112000001)".
    static QString who(const Core::TokenRecord &record);

    // The table of `esi tokens list`: one line per character under a header line.
    static QString table(const QList<Core::TokenRecord> &records, const QDateTime &now);

private:
    static QString timeText(const QDateTime &time);
};

} // namespace Esi::Cli
