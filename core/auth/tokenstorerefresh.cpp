// TokenStore, part two: getting a usable access token (cache, keychain, refresh) under the character's lock,
// and writing a refresh result with compare-and-swap. Part one (queries, sign-in, revoke) is tokenstore.cpp.
#include "core/auth/authlogging.h"
#include "core/auth/secretstore.h"
#include "core/auth/servertrust.h"
#include "core/auth/ssoclient.h"
#include "core/auth/ssotokens.h"
#include "core/auth/tokendatabase.h"
#include "core/auth/tokenstore.h"
#include "core/clock.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

bool TokenStore::usableAccess(qint64 characterId)
{
    const auto cached = m_accessCache.constFind(characterId);
    if (cached == m_accessCache.cend()) {
        return false;
    }
    const std::optional<TokenRecord> record = m_database.token(characterId);
    if (!record || record->secretsVersion != cached->secretsVersion || record->issuer != cached->issuer) {
        m_accessCache.remove(characterId); // signed in again, or removed, elsewhere
        return false;
    }
    return !cached->token.isEmpty() && cached->expiresAt > m_clock.now().addSecs(refreshMarginSecs);
}

void TokenStore::cacheAccess(const TokenRecord &record, const QString &token, const QDateTime &expiresAt)
{
    m_accessCache.insert(record.characterId, {token, expiresAt, record.secretsVersion, record.issuer});
}

void TokenStore::resolve(qint64 characterId, bool forceRefresh)
{
    if (!forceRefresh && usableAccess(characterId)) {
        finishResolve(characterId, {m_accessCache.value(characterId).token, {}, {}});
        return;
    }
    // The secrets version before waiting: if it moved by the time we hold the lock, another process rotated
    // the token meanwhile and its fresh access token serves this request too.
    const std::optional<TokenRecord> before = m_database.token(characterId);
    const qint64 versionSeen = before ? before->secretsVersion : -1;
    m_locks.acquire(characterId, this,
                    [this, characterId, forceRefresh, versionSeen](const CharacterLockPtr &lock, const QString &error) {
                        if (!lock) {
                            finishResolve(characterId, {{}, error, {}});
                            return;
                        }
                        resolveLocked(characterId, forceRefresh, versionSeen, lock);
                    });
}

void TokenStore::resolveLocked(qint64 characterId, bool forceRefresh, qint64 versionSeen, const CharacterLockPtr &lock)
{
    // Another process may have found the token dead, or the character removed, while we waited.
    if (const std::optional<AccessTokenResult> refusal = refusalFor(characterId, {})) {
        finishResolve(characterId, *refusal);
        return;
    }
    m_secrets.read(
        secretKey(characterId), this, [this, characterId, forceRefresh, versionSeen, lock](const SecretResult &read) {
            if (read.status == SecretResult::Status::Unavailable) {
                finishResolve(characterId, {{}, read.error, {}});
                return;
            }
            const std::optional<Secrets> secrets = read.isOk() ? decodeSecrets(read.data) : std::nullopt;
            if (!secrets) {
                const QString reason = u"its refresh token is missing from %1"_s.arg(m_secrets.description());
                markNeedsReSignIn(characterId, reason);
                finishResolve(characterId,
                              {{},
                               QCoreApplication::translate("Esi::Core::TokenStore",
                                                           "The token of character %1 needs a new sign-in: %2.")
                                   .arg(characterId)
                                   .arg(reason),
                               {}});
                return;
            }
            const std::optional<TokenRecord> record = m_database.token(characterId);
            if (!record) {
                finishResolve(characterId, {{},
                                            QCoreApplication::translate("Esi::Core::TokenStore",
                                                                        "Character %1 was removed meanwhile.")
                                                .arg(characterId),
                                            {}});
                return;
            }
            const bool rotatedMeanwhile = versionSeen >= 0 && record->secretsVersion != versionSeen;
            const bool fresh = !secrets->accessToken.isEmpty() &&
                               record->accessTokenExpiresAt > m_clock.now().addSecs(refreshMarginSecs);
            if (fresh && (!forceRefresh || rotatedMeanwhile)) {
                if (rotatedMeanwhile) {
                    qCInfo(lcEsiAuth) << "Character" << characterId
                                      << "was refreshed by another process meanwhile; using its token";
                }
                cacheAccess(*record, secrets->accessToken, record->accessTokenExpiresAt);
                finishResolve(characterId, {secrets->accessToken, {}, {}});
                return;
            }
            if (const QString problem = ServerTrust::refreshTokenProblem(record->issuer, m_sso.settings().baseUrl);
                !problem.isEmpty()) {
                finishResolve(characterId, {{}, problem, {}});
                return;
            }
            refreshWith(characterId, *secrets, record->secretsVersion, lock, true);
        });
}

void TokenStore::refreshWith(qint64 characterId, const Secrets &secrets, qint64 version, const CharacterLockPtr &lock,
                             bool mayRetry)
{
    ++m_refreshes;
    qCInfo(lcEsiAuth) << "Refreshing the access token of character" << characterId;
    m_sso.refresh(secrets.refreshToken, this,
                  [this, characterId, secrets, version, lock, mayRetry](const SsoTokenResult &result) {
                      if (!result.error.isError()) {
                          handleRefreshed(characterId, secrets, version, result.tokens, lock);
                      } else if (!result.keptRefreshToken.isEmpty()) {
                          keepRotatedRefreshToken(characterId, secrets, version, result.keptRefreshToken,
                                                  result.error.message, lock);
                      } else if (result.error.kind == SsoError::Kind::InvalidGrant) {
                          handleRefused(characterId, secrets, lock, mayRetry, result.error.message);
                      } else {
                          finishResolve(characterId, {{}, result.error.message, {}});
                      }
                  });
}

void TokenStore::handleRefused(qint64 characterId, const Secrets &secrets, const CharacterLockPtr &lock, bool mayRetry,
                               const QString &message)
{
    // Under the lock no ESI Studio rotates the token; a different one in the keychain now was written by
    // something that does not take the lock (an older version): try it once. Only the refusal of the token
    // that is current now makes the character need a new sign-in.
    m_secrets.read(secretKey(characterId), this,
                   [this, characterId, secrets, lock, mayRetry, message](const SecretResult &read) {
                       if (read.status == SecretResult::Status::Unavailable) {
                           finishResolve(characterId, {{}, message + u" "_s + read.error, {}});
                           return;
                       }
                       const std::optional<Secrets> now = read.isOk() ? decodeSecrets(read.data) : std::nullopt;
                       if (now && now->refreshToken != secrets.refreshToken) {
                           const std::optional<TokenRecord> record = m_database.token(characterId);
                           if (mayRetry && record) {
                               refreshWith(characterId, *now, record->secretsVersion, lock, false);
                           } else {
                               finishResolve(characterId, {{}, message, {}});
                           }
                           return;
                       }
                       markNeedsReSignIn(characterId, message);
                       finishResolve(characterId, {{}, message, {}});
                   });
}

void TokenStore::compareAndWrite(qint64 characterId, const Secrets &old, qint64 version, const Secrets &updated,
                                 const CharacterLockPtr &lock, WriteDone done)
{
    const std::optional<TokenRecord> record = m_database.token(characterId);
    if (!record || record->secretsVersion != version) {
        done({}, true);
        return;
    }
    m_secrets.read(secretKey(characterId), this,
                   [this, characterId, old, updated, lock, done = std::move(done)](const SecretResult &read) {
                       if (read.status == SecretResult::Status::Unavailable) {
                           done(read.error, false);
                           return;
                       }
                       const std::optional<Secrets> current = read.isOk() ? decodeSecrets(read.data) : std::nullopt;
                       // A removed character is stale too: its secrets are never written back.
                       if (!current || current->refreshToken != old.refreshToken || !m_database.token(characterId)) {
                           done({}, true);
                           return;
                       }
                       m_secrets.write(secretKey(characterId), encodeSecrets(updated), this,
                                       [this, characterId, lock, done](const SecretResult &written) {
                                           if (!written.isOk()) {
                                               done(written.error, false);
                                               return;
                                           }
                                           QString error;
                                           if (!m_database.recordSecretsWritten(characterId, {}, &error)) {
                                               qCWarning(lcEsiAuth).noquote() << error;
                                           }
                                           done({}, false);
                                       });
                   });
}

void TokenStore::handleRefreshed(qint64 characterId, const Secrets &old, qint64 version, const SsoTokens &tokens,
                                 const CharacterLockPtr &lock)
{
    if (tokens.claims.characterId != characterId) {
        finishResolve(characterId, {{},
                                    QCoreApplication::translate(
                                        "Esi::Core::TokenStore",
                                        "The SSO answered the refresh of character %1 with a token for character "
                                        "%2; it was not used.")
                                        .arg(characterId)
                                        .arg(tokens.claims.characterId),
                                    {}});
        return;
    }
    // The SSO may rotate the refresh token; the new one must be stored before the old one is forgotten.
    const Secrets updated{tokens.accessToken, tokens.refreshToken.isEmpty() ? old.refreshToken : tokens.refreshToken};
    compareAndWrite(
        characterId, old, version, updated, lock,
        [this, characterId, tokens, old, updated](const QString &writeError, bool stale) {
            if (stale) {
                qCWarning(lcEsiAuth) << "Dropped a stale refresh of character" << characterId;
                finishResolve(characterId, {{},
                                            QCoreApplication::translate(
                                                "Esi::Core::TokenStore",
                                                "Character %1 was signed in again while its token was being refreshed; "
                                                "the new sign-in was kept and this refresh dropped. Try again.")
                                                .arg(characterId),
                                            {}});
                return;
            }
            if (!writeError.isEmpty()) {
                if (updated.refreshToken != old.refreshToken) {
                    markNeedsReSignIn(characterId,
                                      u"the renewed refresh token could not be stored (%1)"_s.arg(writeError));
                }
                finishResolve(characterId, {{}, writeError, {}});
                return;
            }
            std::optional<TokenRecord> record = m_database.token(characterId);
            if (!record) {
                finishResolve(characterId,
                              {{},
                               QCoreApplication::translate("Esi::Core::TokenStore",
                                                           "Character %1 was removed while its token was being "
                                                           "refreshed.")
                                   .arg(characterId),
                               {}});
                return;
            }
            const JwtClaims &claims = tokens.claims;
            const bool ownerChanged = record->ownerHash != claims.ownerHash;
            if (ownerChanged) {
                record->previousOwnerHash = record->ownerHash;
                record->ownerHash = claims.ownerHash;
            }
            record->characterName = claims.characterName.isEmpty() ? record->characterName : claims.characterName;
            record->scopes = claims.scopes; // what the SSO says this token grants
            record->accessTokenExpiresAt = tokens.accessTokenExpiresAt;
            record->lastRefreshedAt = m_clock.now();
            QString error;
            if (!m_database.upsert(*record, &error)) {
                qCWarning(lcEsiAuth).noquote() << error;
            }
            cacheAccess(*record, tokens.accessToken, tokens.accessTokenExpiresAt);
            if (ownerChanged) {
                qCWarning(lcEsiAuth) << "The owner hash of character" << characterId
                                     << "changed: the character moved to another account";
                Q_EMIT ownerHashChanged(characterId, record->previousOwnerHash, record->ownerHash);
            }
            Q_EMIT tokenRefreshed(characterId);
            Q_EMIT tokensChanged();
            finishResolve(characterId, {tokens.accessToken, {}, {}});
        });
}

void TokenStore::keepRotatedRefreshToken(qint64 characterId, const Secrets &old, qint64 version,
                                         const QString &refreshToken, const QString &message,
                                         const CharacterLockPtr &lock)
{
    // The SSO used up the old refresh token and answered with a new one, but its access token failed
    // verification (this computer's clock, the SSO's keys): keep the new refresh token without an access token, so the
    // next use refreshes again instead of the character needing a new sign-in.
    m_accessCache.remove(characterId);
    compareAndWrite(
        characterId, old, version, Secrets{QString(), refreshToken}, lock,
        [this, characterId, message](const QString &writeError, bool stale) {
            if (!stale && writeError.isEmpty()) {
                if (std::optional<TokenRecord> record = m_database.token(characterId)) {
                    record->accessTokenExpiresAt = QDateTime();
                    record->lastRefreshedAt = m_clock.now();
                    QString error;
                    if (!m_database.upsert(*record, &error)) {
                        qCWarning(lcEsiAuth).noquote() << error;
                    }
                }
                Q_EMIT tokensChanged();
            }
            finishResolve(characterId, {{}, writeError.isEmpty() ? message : message + u" "_s + writeError, {}});
        });
}

void TokenStore::finishResolve(qint64 characterId, const AccessTokenResult &result)
{
    if (result.isValid()) {
        if (std::optional<TokenRecord> record = m_database.token(characterId)) {
            record->lastUsedAt = m_clock.now();
            QString error;
            if (!m_database.upsert(*record, &error)) {
                qCWarning(lcEsiAuth).noquote() << error;
            }
        }
    }
    const QList<Waiter> waiters = m_resolving.take(characterId);
    for (const Waiter &waiter : waiters) {
        if (waiter.hasContext && !waiter.context) {
            continue;
        }
        waiter.done(result);
    }
}

void TokenStore::markNeedsReSignIn(qint64 characterId, const QString &reason)
{
    m_accessCache.remove(characterId);
    std::optional<TokenRecord> record = m_database.token(characterId);
    if (!record) {
        return;
    }
    record->status = TokenStatus::NeedsReSignIn;
    record->statusReason = reason;
    QString error;
    if (!m_database.upsert(*record, &error)) {
        qCWarning(lcEsiAuth).noquote() << error;
    }
    qCWarning(lcEsiAuth) << "The token of character" << characterId << "needs a new sign-in";
    Q_EMIT reSignInNeeded(characterId, reason);
    Q_EMIT tokensChanged();
}

} // namespace Esi::Core
