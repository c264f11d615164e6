#include "cli/tokenscommands.h"

#include "cli/authservices.h"
#include "cli/commandparser.h"
#include "cli/console.h"
#include "cli/tokenreport.h"
#include "core/auth/tokenstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

using namespace Core;

namespace {

struct Subcommand
{
    QString name;
    QString description;
};

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> list{
        {u"list"_s, u"The signed-in characters: status, access token expiry, scopes."_s},
        {u"refresh"_s, u"Get a new access token for the character now (the refresh token rotates)."_s},
        {u"revoke"_s, u"Revoke the character's refresh token at EVE SSO, delete its secrets; keep the row."_s},
        {u"remove"_s, u"Delete the character's secrets and row without asking EVE SSO (revoke first)."_s},
    };
    return list;
}

} // namespace

TokensCommands::TokensCommands(Console &console, const QProcessEnvironment &environment, Core::StateLocations locations)
    : m_console(console)
    , m_environment(environment)
    , m_locations(std::move(locations))
{}

QString TokensCommands::name() const
{
    return u"tokens"_s;
}

QString TokensCommands::description() const
{
    return u"List, refresh, revoke or remove signed-in characters."_s;
}

int TokensCommands::run(const QStringList &arguments)
{
    CommandParser parser(m_console, u"esi tokens"_s, description());
    parser.addPositionalArgument(u"command"_s, u"One of the commands below."_s, u"<command> [<args>...]"_s);
    parser.stopAtFirstPositional();
    QString epilogue = u"Commands:\n"_s;
    for (const Subcommand &subcommand : subcommands()) {
        epilogue += u"  "_s + subcommand.name.leftJustified(10) + subcommand.description + u'\n';
    }
    epilogue += u"\nRun 'esi tokens <command> --help' for its options.\n"
                u"Environment: ESI_STUDIO_DATA_DIR (token database, shared with the GUI), ESI_CLIENT_ID and\n"
                u"ESI_SSO_URL (for refresh and revoke).\n"
                u"Exit status: 0 success, 1 failure (SSO refused, keychain unavailable), 2 bad input.\n"_s;
    parser.setEpilogue(epilogue);
    if (const auto done = parser.parse(arguments, 1, -1)) {
        return *done;
    }
    const QStringList words = parser.positionalArguments();
    const QString command = words.constFirst();
    if (command == "list"_L1) {
        return list(words.mid(1));
    }
    if (command == "refresh"_L1) {
        return change(Action::Refresh, words.mid(1));
    }
    if (command == "revoke"_L1) {
        return change(Action::Revoke, words.mid(1));
    }
    if (command == "remove"_L1) {
        return change(Action::Remove, words.mid(1));
    }
    return parser.usageError(u"unknown command \""_s + command + u"\"; use list, refresh, revoke or remove"_s);
}

int TokensCommands::list(const QStringList &arguments)
{
    CommandParser parser(m_console, u"esi tokens list"_s, subcommands().at(0).description);
    AuthServices services(m_environment, m_locations);
    services.addOptions(parser);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON array instead of a table."_s);
    parser.addOption(jsonOption);
    if (const auto done = parser.parse(arguments, 0, 0)) {
        return *done;
    }
    QString error;
    const SsoSettings settings = services.settings(parser, &error);
    if (!error.isEmpty()) {
        return parser.usageError(error);
    }
    if (!services.open(settings, &error)) {
        return m_console.fail(ExitCode::Failure, error);
    }
    const QList<TokenRecord> records = services.store().tokens();
    const QDateTime now = services.clock().now();
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const TokenRecord &record : records) {
            array.append(TokenReport::toJson(record, now));
        }
        m_console.write(QJsonDocument(array).toJson(QJsonDocument::Compact) + '\n');
    } else if (records.isEmpty()) {
        m_console.writeError(u"esi: no character is signed in; sign one in with: esi login --scopes <scopes>\n"_s);
    } else {
        m_console.write(TokenReport::table(records, now));
    }
    return ExitCode::Success;
}

std::variant<qint64, int> TokensCommands::storedCharacter(AuthServices &services, const QString &text,
                                                          const QString &command)
{
    bool ok = false;
    const qint64 characterId = text.toLongLong(&ok);
    if (!ok || characterId <= 0) {
        return m_console.fail(ExitCode::BadInput,
                              u"\"%1\" is not a character ID; see '%2 --help'"_s.arg(text, command));
    }
    if (!services.store().token(characterId)) {
        QStringList stored;
        for (const TokenRecord &record : services.store().tokens()) {
            stored.append(TokenReport::who(record));
        }
        return m_console.fail(
            ExitCode::BadInput,
            u"no token is stored for character %1; %2"_s.arg(
                text, stored.isEmpty() ? u"no character is signed in"_s : u"signed in: "_s + stored.join(u", "_s)));
    }
    return characterId;
}

int TokensCommands::change(Action action, const QStringList &arguments)
{
    const int index = action == Action::Refresh ? 1 : action == Action::Revoke ? 2 : 3;
    const QString command = u"esi tokens "_s + subcommands().at(index).name;
    CommandParser parser(m_console, command, subcommands().at(index).description);
    AuthServices services(m_environment, m_locations);
    services.addOptions(parser);
    parser.addPositionalArgument(u"character"_s, u"The character's ID (see esi tokens list)."_s, u"<character>"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print the character's record as JSON."_s);
    parser.addOption(jsonOption);
    if (const auto done = parser.parse(arguments, 1, 1)) {
        return *done;
    }
    QString error;
    const SsoSettings settings = services.settings(parser, &error);
    if (!error.isEmpty()) {
        return parser.usageError(error);
    }
    // Removing needs no SSO; refreshing and revoking talk to it, so its settings must be complete.
    if (action != Action::Remove) {
        if (const QString invalid = settings.validate(); !invalid.isEmpty()) {
            return m_console.fail(ExitCode::BadInput, invalid + u" (or pass --client-id / set ESI_CLIENT_ID)"_s);
        }
    }
    if (!services.open(settings, &error)) {
        return m_console.fail(ExitCode::Failure, error);
    }
    const std::variant<qint64, int> found =
        storedCharacter(services, parser.positionalArguments().constFirst(), command);
    if (std::holds_alternative<int>(found)) {
        return std::get<int>(found);
    }
    const qint64 characterId = std::get<qint64>(found);
    TokenStore &store = services.store();
    const QString who = TokenReport::who(*store.token(characterId));

    std::optional<QString> failure;
    if (action == Action::Refresh) {
        store.refreshNow(characterId, nullptr, [&failure](const AccessTokenResult &result) {
            failure = result.isValid() ? QString() : result.error;
        });
    } else if (action == Action::Revoke) {
        store.revoke(characterId, nullptr, [&failure](const QString &result) { failure = result; });
    } else {
        store.remove(characterId, nullptr, [&failure](const QString &result) { failure = result; });
    }
    AuthServices::waitUntil([&failure] { return failure.has_value(); });
    if (!failure->isEmpty()) {
        m_console.fail(ExitCode::Failure, *failure);
        const std::optional<TokenRecord> record = store.token(characterId);
        if (action == Action::Refresh && record && record->status != TokenStatus::Valid) {
            m_console.writeError(u"esi: sign in again with: %1\n"_s.arg(AuthServices::signInHint(characterId, {})));
        }
        return ExitCode::Failure;
    }

    const std::optional<TokenRecord> record = store.token(characterId);
    if (parser.isSet(jsonOption)) {
        m_console.writeJson(record ? TokenReport::toJson(*record, services.clock().now())
                                   : QJsonObject{{u"character_id"_s, characterId}, {u"status"_s, u"removed"_s}});
    } else if (action == Action::Refresh) {
        m_console.writeLine(u"Refreshed the access token of %1; it is valid until %2."_s.arg(
            who, record->accessTokenExpiresAt.toUTC().toString(Qt::ISODate)));
    } else if (action == Action::Revoke) {
        m_console.writeLine(u"Revoked the token of %1 at EVE SSO and deleted its secrets; 'esi tokens remove %2' "
                            "forgets the character."_s.arg(who)
                                .arg(characterId));
    } else {
        m_console.writeLine(u"Removed %1."_s.arg(who));
    }
    return ExitCode::Success;
}

} // namespace Esi::Cli
