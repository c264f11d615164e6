#include "core/auth/tokenstore.h"

#include "core/auth/authlogging.h"
#include "core/auth/secretstore.h"
#include "core/auth/servertrust.h"
#include "core/auth/ssoclient.h"
#include "core/auth/ssotokens.h"
#include "core/auth/tokendatabase.h"
#include "core/clock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

QString who(const TokenRecord &record)
{
    return record.characterName.isEmpty()
               ? QCoreApplication::translate("Esi::Core::TokenStore", "character %1").arg(record.characterId)
               : u"%1 (%2)"_s.arg(record.characterName).arg(record.characterId);
}

template <typename Fn> auto guarded(QObject *context, Fn fn)
{
    return [alive = QPointer<QObject>(context), hadContext = context != nullptr, fn = std::move(fn)](auto &&...args) {
        if (hadContext && !alive) {
            return;
        }
        fn(std::forward<decltype(args)>(args)...);
    };
}

} // namespace

TokenStore::TokenStore(TokenDatabase &database, SecretStore &secrets, SsoClient &sso, const Clock &clock,
                       QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_sso(sso)
    , m_clock(clock)
    , m_locks(QFileInfo(database.path()).absolutePath() + u"/locks"_s)
{}

QString TokenStore::secretKey(qint64 characterId)
{
    return u"character-%1"_s.arg(characterId);
}

QByteArray TokenStore::encodeSecrets(const Secrets &secrets)
{
    return QJsonDocument(
               QJsonObject{{u"access_token"_s, secrets.accessToken}, {u"refresh_token"_s, secrets.refreshToken}})
        .toJson(QJsonDocument::Compact);
}

std::optional<TokenStore::Secrets> TokenStore::decodeSecrets(const QByteArray &data)
{
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    Secrets secrets{object.value("access_token"_L1).toString(), object.value("refresh_token"_L1).toString()};
    if (secrets.refreshToken.isEmpty()) {
        return std::nullopt;
    }
    return secrets;
}

QList<TokenRecord> TokenStore::tokens() const
{
    return m_database.tokens();
}

std::optional<TokenRecord> TokenStore::token(qint64 characterId) const
{
    return m_database.token(characterId);
}

QList<TokenRecord> TokenStore::withScopes(const QStringList &scopes, qint64 characterId) const
{
    QList<TokenRecord> result;
    for (const TokenRecord &record : m_database.tokens()) {
        if ((characterId == 0 || record.characterId == characterId) && record.hasScopes(scopes)) {
            result.append(record);
        }
    }
    return result;
}

QList<TokenRecord> TokenStore::withExactScopes(const QStringList &scopes, qint64 characterId) const
{
    const QStringList wanted = TokenRecord::normalizedScopes(scopes);
    QList<TokenRecord> result;
    for (const TokenRecord &record : m_database.tokens()) {
        if ((characterId == 0 || record.characterId == characterId) && record.scopes == wanted) {
            result.append(record);
        }
    }
    return result;
}

QList<TokenRecord> TokenStore::equivalentTo(const TokenRecord &reference) const
{
    return withExactScopes(reference.scopes, reference.characterId);
}

QList<TokenRecord> TokenStore::expired() const
{
    const QDateTime now = m_clock.now();
    QList<TokenRecord> result;
    for (const TokenRecord &record : m_database.tokens()) {
        if (record.accessTokenExpired(now)) {
            result.append(record);
        }
    }
    return result;
}

QList<TokenRecord> TokenStore::needingReSignIn() const
{
    QList<TokenRecord> result;
    for (const TokenRecord &record : m_database.tokens()) {
        if (record.status == TokenStatus::NeedsReSignIn) {
            result.append(record);
        }
    }
    return result;
}

std::optional<TokenRecord> TokenStore::characterWithScopes(const QStringList &scopes) const
{
    std::optional<TokenRecord> best;
    for (const TokenRecord &record : withScopes(scopes)) {
        if (record.status == TokenStatus::Valid && (!best || record.lastUsedAt > best->lastUsedAt)) {
            best = record;
        }
    }
    return best;
}

QStringList TokenStore::scopesForReSignIn(qint64 characterId, const QStringList &wanted) const
{
    QStringList scopes = wanted;
    if (const auto record = m_database.token(characterId)) {
        scopes += record->scopes;
    }
    return TokenRecord::normalizedScopes(scopes);
}

void TokenStore::addFromSignIn(const SsoTokens &tokens, QObject *context, SignInDone done)
{
    auto finish = guarded(context, std::move(done));
    if (tokens.claims.characterId <= 0 || tokens.refreshToken.isEmpty() || tokens.accessToken.isEmpty()) {
        SignInStoreResult incomplete;
        incomplete.error = QCoreApplication::translate(
            "Esi::Core::TokenStore",
            "The sign-in result is incomplete (no character or no tokens); nothing was stored.");
        finish(incomplete);
        return;
    }
    // Under the character's lock: a refresh running elsewhere finishes first, and one starting later sees the
    // new secrets version, so the old chain is never written over the new one.
    m_locks.acquire(
        tokens.claims.characterId, this, [this, tokens, finish](const CharacterLockPtr &lock, const QString &error) {
            if (!lock) {
                SignInStoreResult failed;
                failed.error =
                    QCoreApplication::translate("Esi::Core::TokenStore", "The sign-in of %1 was not stored: %2")
                        .arg(tokens.claims.characterName, error);
                finish(failed);
                return;
            }
            storeSignIn(tokens, lock, finish);
        });
}

void TokenStore::storeSignIn(const SsoTokens &tokens, const CharacterLockPtr &lock, const SignInDone &finish)
{
    m_secrets.read(secretKey(tokens.claims.characterId), this, [this, tokens, finish, lock](const SecretResult &read) {
        if (read.status == SecretResult::Status::Unavailable) {
            SignInStoreResult failed;
            failed.error = QCoreApplication::translate("Esi::Core::TokenStore", "The sign-in of %1 was not stored: %2")
                               .arg(tokens.claims.characterName, read.error);
            finish(failed);
            return;
        }
        writeSignIn(tokens, read.isOk() ? std::optional<QByteArray>(read.data) : std::nullopt, lock, finish);
    });
}

void TokenStore::writeSignIn(const SsoTokens &tokens, const std::optional<QByteArray> &previous,
                             const CharacterLockPtr &lock, const SignInDone &finish)
{
    const Secrets secrets{tokens.accessToken, tokens.refreshToken};
    m_secrets.write(secretKey(tokens.claims.characterId), encodeSecrets(secrets), this,
                    [this, tokens, previous, finish, lock](const SecretResult &written) {
                        const JwtClaims &claims = tokens.claims;
                        SignInStoreResult result;
                        if (!written.isOk()) {
                            result.error = QCoreApplication::translate("Esi::Core::TokenStore",
                                                                       "The sign-in of %1 was not stored: %2")
                                               .arg(claims.characterName, written.error);
                            finish(result);
                            return;
                        }
                        const QDateTime now = m_clock.now();
                        const std::optional<TokenRecord> existing = m_database.token(claims.characterId);
                        TokenRecord record = existing.value_or(TokenRecord{});
                        result.replaced = existing.has_value();
                        if (existing) {
                            for (const QString &scope : existing->scopes) {
                                if (!claims.scopes.contains(scope)) {
                                    result.lostScopes.append(scope);
                                }
                            }
                            if (existing->ownerHash != claims.ownerHash) {
                                result.ownerChanged = true;
                                record.previousOwnerHash = existing->ownerHash;
                            }
                        } else {
                            record.addedAt = now;
                        }
                        record.characterId = claims.characterId;
                        record.characterName = claims.characterName;
                        record.ownerHash = claims.ownerHash;
                        record.scopes = claims.scopes;
                        record.accessTokenExpiresAt = tokens.accessTokenExpiresAt;
                        record.lastRefreshedAt = now;
                        record.status = TokenStatus::Valid;
                        record.statusReason.clear();
                        const QUrl issuer = tokens.issuer.isEmpty() ? m_sso.settings().baseUrl : tokens.issuer;
                        if (!m_database.upsert(record, &result.error) ||
                            !m_database.recordSecretsWritten(record.characterId, issuer, &result.error)) {
                            // The database still names the old issuer and secrets version: put the keychain
                            // back as it was, so the new tokens are never taken for the old issuer's.
                            const auto restored = [finish, result, lock](const SecretResult &undone) mutable {
                                if (!undone.isOk() && undone.status != SecretResult::Status::NotFound) {
                                    result.error +=
                                        QCoreApplication::translate("Esi::Core::TokenStore",
                                                                    " The keychain could not be restored either: %1")
                                            .arg(undone.error);
                                }
                                finish(result);
                            };
                            const QString key = secretKey(claims.characterId);
                            if (previous) {
                                m_secrets.write(key, *previous, this, restored);
                            } else {
                                m_secrets.remove(key, this, restored);
                            }
                            return;
                        }
                        record.issuer = issuer;
                        if (const std::optional<TokenRecord> stored = m_database.token(record.characterId)) {
                            record.secretsVersion = stored->secretsVersion;
                            cacheAccess(*stored, tokens.accessToken, tokens.accessTokenExpiresAt);
                        }
                        result.record = record;
                        qCInfo(lcEsiAuth) << "Stored the sign-in of character" << record.characterId
                                          << (result.replaced ? "(replaced)" : "(new)");
                        if (result.ownerChanged) {
                            Q_EMIT ownerHashChanged(record.characterId, record.previousOwnerHash, record.ownerHash);
                        }
                        Q_EMIT tokensChanged();
                        finish(result);
                    });
}

std::optional<AccessTokenResult> TokenStore::refusalFor(qint64 characterId, const QStringList &scopes) const
{
    const std::optional<TokenRecord> record = m_database.token(characterId);
    AccessTokenResult refusal;
    if (!record) {
        refusal.error = QCoreApplication::translate("Esi::Core::TokenStore",
                                                    "No token is stored for character %1; sign the character in first.")
                            .arg(characterId);
    } else if (record->status == TokenStatus::NeedsReSignIn) {
        refusal.error =
            record->statusReason.isEmpty()
                ? QCoreApplication::translate("Esi::Core::TokenStore", "The token of %1 needs a new sign-in.")
                      .arg(who(*record))
                : QCoreApplication::translate("Esi::Core::TokenStore", "The token of %1 needs a new sign-in: %2.")
                      .arg(who(*record), record->statusReason);
    } else if (record->status == TokenStatus::Revoked) {
        refusal.error =
            QCoreApplication::translate("Esi::Core::TokenStore",
                                        "The token of %1 was revoked; sign the character in again to use it.")
                .arg(who(*record));
    } else {
        refusal.missingScopes = record->missingScopes(scopes);
        if (!refusal.missingScopes.isEmpty()) {
            refusal.error =
                (refusal.missingScopes.size() == 1
                     ? QCoreApplication::translate(
                           "Esi::Core::TokenStore",
                           "The token of %1 lacks the scope %2; sign the character in again and grant it.")
                     : QCoreApplication::translate(
                           "Esi::Core::TokenStore",
                           "The token of %1 lacks the scopes %2; sign the character in again and grant them."))
                    .arg(who(*record), refusal.missingScopes.join(u", "_s));
        }
    }
    if (refusal.error.isEmpty()) {
        return std::nullopt;
    }
    return refusal;
}

void TokenStore::validAccessToken(qint64 characterId, const QStringList &scopes, QObject *context, AccessDone done)
{
    if (const std::optional<AccessTokenResult> refusal = refusalFor(characterId, scopes)) {
        done(*refusal);
        return;
    }
    QList<Waiter> &waiters = m_resolving[characterId];
    waiters.append(Waiter{QPointer<QObject>(context), context != nullptr, std::move(done)});
    if (waiters.size() == 1) {
        resolve(characterId, false); // the first caller starts the work; later ones only wait for it
    }
}

void TokenStore::refreshNow(qint64 characterId, QObject *context, AccessDone done)
{
    if (const std::optional<AccessTokenResult> refusal = refusalFor(characterId, {})) {
        done(*refusal);
        return;
    }
    QList<Waiter> &waiters = m_resolving[characterId];
    waiters.append(Waiter{QPointer<QObject>(context), context != nullptr, std::move(done)});
    if (waiters.size() == 1) {
        resolve(characterId, true);
    }
}

void TokenStore::revoke(qint64 characterId, QObject *context, ErrorDone done)
{
    auto finish = guarded(context, std::move(done));
    if (const std::optional<TokenRecord> record = m_database.token(characterId)) {
        if (const QString problem = ServerTrust::refreshTokenProblem(record->issuer, m_sso.settings().baseUrl);
            !problem.isEmpty()) {
            finish(QCoreApplication::translate("Esi::Core::TokenStore", "The token was not revoked: %1").arg(problem));
            return;
        }
    }
    // Under the lock, so the refresh token revoked is the current one and no refresh rotates it meanwhile.
    m_locks.acquire(
        characterId, this, [this, characterId, finish](const CharacterLockPtr &lock, const QString &lockError) {
            if (!lock) {
                finish(QCoreApplication::translate("Esi::Core::TokenStore", "The token was not revoked: %1")
                           .arg(lockError));
                return;
            }
            m_secrets.read(secretKey(characterId), this, [this, characterId, finish, lock](const SecretResult &read) {
                if (read.status == SecretResult::Status::Unavailable) {
                    finish(read.error);
                    return;
                }
                const auto markRevoked = [this, characterId, finish, lock]() {
                    m_secrets.remove(
                        secretKey(characterId), this, [this, characterId, finish](const SecretResult &removed) {
                            if (!removed.isOk()) {
                                finish(QCoreApplication::translate(
                                           "Esi::Core::TokenStore",
                                           "The token was revoked at the SSO, but its secrets could not be deleted: %1")
                                           .arg(removed.error));
                                return;
                            }
                            m_accessCache.remove(characterId);
                            if (std::optional<TokenRecord> record = m_database.token(characterId)) {
                                record->status = TokenStatus::Revoked;
                                record->statusReason = u"revoked on %1"_s.arg(m_clock.now().toString(Qt::ISODate));
                                QString error;
                                if (!m_database.upsert(*record, &error)) {
                                    finish(error);
                                    return;
                                }
                            }
                            Q_EMIT tokensChanged();
                            finish(QString());
                        });
                };
                const std::optional<Secrets> secrets = read.isOk() ? decodeSecrets(read.data) : std::nullopt;
                if (!secrets) {
                    markRevoked(); // nothing left to revoke at the SSO
                    return;
                }
                m_sso.revoke(secrets->refreshToken, this, [finish, markRevoked](const SsoError &error) {
                    if (error.isError()) {
                        finish(QCoreApplication::translate("Esi::Core::TokenStore",
                                                           "The token could not be revoked: %1 Nothing was changed.")
                                   .arg(error.message));
                        return;
                    }
                    markRevoked();
                });
            });
        });
}

void TokenStore::remove(qint64 characterId, QObject *context, ErrorDone done)
{
    auto finish = guarded(context, std::move(done));
    // Under the lock, like revoke(): a refresh in flight (here or in another process) finishes first and one
    // starting later finds the row gone, so none writes the secrets back after they were deleted.
    m_locks.acquire(
        characterId, this, [this, characterId, finish](const CharacterLockPtr &lock, const QString &lockError) {
            if (!lock) {
                finish(QCoreApplication::translate("Esi::Core::TokenStore", "Character %1 was not removed: %2")
                           .arg(characterId)
                           .arg(lockError));
                return;
            }
            m_secrets.remove(
                secretKey(characterId), this, [this, characterId, finish, lock](const SecretResult &removed) {
                    if (!removed.isOk()) {
                        finish(QCoreApplication::translate("Esi::Core::TokenStore", "Character %1 was not removed: %2")
                                   .arg(characterId)
                                   .arg(removed.error));
                        return;
                    }
                    m_accessCache.remove(characterId);
                    QString error;
                    if (!m_database.remove(characterId, &error)) {
                        finish(error);
                        return;
                    }
                    Q_EMIT tokensChanged();
                    finish(QString());
                });
        });
}

QString TokenStore::accessTokenProblem(qint64 characterId, const QUrl &target) const
{
    const std::optional<TokenRecord> record = m_database.token(characterId);
    if (!record) {
        return {}; // the token request itself says that no token is stored
    }
    return ServerTrust::accessTokenProblem(record->issuer, target, m_sso.settings().baseUrl,
                                           m_sso.settings().trustedEsiBaseUrl);
}

bool TokenStore::acknowledgeOwnerChange(qint64 characterId, QString *error)
{
    std::optional<TokenRecord> record = m_database.token(characterId);
    if (!record) {
        *error = QCoreApplication::translate("Esi::Core::TokenStore", "No token is stored for character %1.")
                     .arg(characterId);
        return false;
    }
    record->previousOwnerHash.clear();
    if (!m_database.upsert(*record, error)) {
        return false;
    }
    Q_EMIT tokensChanged();
    return true;
}

} // namespace Esi::Core
