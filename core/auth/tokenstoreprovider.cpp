#include "core/auth/tokenstoreprovider.h"

#include "core/auth/tokenstore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QString TokenStoreProvider::whyNoCharacter(const QStringList &scopes) const
{
    const QList<TokenRecord> all = m_store.tokens();
    if (all.isEmpty()) {
        return QCoreApplication::translate("Esi::Core::TokenStoreProvider",
                                           "no character is signed in; sign one in with scope %1")
            .arg(scopes.join(u", "_s));
    }
    QStringList missing = scopes;
    QStringList waiting; // characters that have the scopes but cannot be used right now
    for (const TokenRecord &record : all) {
        if (record.hasScopes(scopes)) {
            waiting.append(record.characterName.isEmpty() ? QString::number(record.characterId) : record.characterName);
        } else if (record.status == TokenStatus::Valid) {
            missing.removeIf([&](const QString &scope) { return record.scopes.contains(scope); });
        }
    }
    if (!waiting.isEmpty()) {
        return QCoreApplication::translate("Esi::Core::TokenStoreProvider",
                                           "the characters with scope %1 (%2) need a new sign-in")
            .arg(scopes.join(u", "_s), waiting.join(u", "_s));
    }
    if (missing.isEmpty()) {
        missing = scopes; // each scope is held by some character, but no single one holds them all
    }
    return (missing.size() == 1 ? QCoreApplication::translate(
                                      "Esi::Core::TokenStoreProvider",
                                      "no signed-in character has the scope %1; sign a character in and grant it")
                                : QCoreApplication::translate(
                                      "Esi::Core::TokenStoreProvider",
                                      "no signed-in character has the scopes %1; sign a character in and grant them"))
        .arg(missing.join(u", "_s));
}

TokenStoreProvider::TokenStoreProvider(TokenStore &store)
    : m_store(store)
{}

void TokenStoreProvider::requestAccessToken(qint64 characterId, const QStringList &scopes, const QUrl &target,
                                            std::function<void(const TokenResult &)> done)
{
    if (characterId == 0) {
        const std::optional<TokenRecord> chosen = m_store.characterWithScopes(scopes);
        if (!chosen) {
            done({{}, whyNoCharacter(scopes)});
            return;
        }
        characterId = chosen->characterId;
    }
    if (const QString problem = m_store.accessTokenProblem(characterId, target); !problem.isEmpty()) {
        done({{}, problem});
        return;
    }
    m_store.validAccessToken(characterId, scopes, nullptr, [done](const AccessTokenResult &result) {
        done({result.accessToken, result.error});
    });
}

} // namespace Esi::Core
