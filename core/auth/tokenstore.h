#pragma once

#include "core/auth/characterlock.h"
#include "core/auth/tokenrecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace Esi::Core {

class Clock;
class SecretStore;
class SsoClient;
class TokenDatabase;
struct SsoTokens;

struct AccessTokenResult
{
    QString accessToken;       // empty on failure
    QString error;             // why not, worded for the user; never contains a token
    QStringList missingScopes; // set when the character's token lacks scopes the caller needs

    bool isValid() const { return !accessToken.isEmpty() && error.isEmpty(); }
};

struct SignInStoreResult
{
    QString error;
    TokenRecord record;
    bool replaced = false;     // the character was already stored; its secrets were replaced
    bool ownerChanged = false; // ... and its owner hash differs: the character moved to another account
    QStringList lostScopes;    // scopes the old token had and the new one lacks

    bool isOk() const { return error.isEmpty(); }
};

// The signed-in characters, mirroring django-esi's token manager. Secrets (refresh and access token) live
// only in the SecretStore (the OS keychain), metadata in the TokenDatabase. Access tokens are refreshed when
// less than a minute is left; all callers waiting for the same character share ONE refresh, and across
// processes read -> refresh -> write (and a sign-in's write) run under the character's CharacterLock (a
// lock file in <database folder>/locks). Under the lock the keychain is read again: a token another process
// rotated meanwhile is used without a network call. A refresh result is written only while the keychain
// still holds the refresh token it started from (compare-and-swap on the secrets version), so a sign-in
// in between is never overwritten. A refused refresh (invalid_grant) of the token that is current under
// the lock marks it as needing a new sign-in and deletes nothing. Refresh and revoke go only to the SSO
// the character signed in with (ServerTrust).
class TokenStore : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 refreshMarginSecs = 60;

    using AccessDone = std::function<void(const AccessTokenResult &)>;
    using SignInDone = std::function<void(const SignInStoreResult &)>;
    using ErrorDone = std::function<void(const QString &error)>; // empty error = success

    // `database` must be open. All four must outlive the store.
    TokenStore(TokenDatabase &database, SecretStore &secrets, SsoClient &sso, const Clock &clock,
               QObject *parent = nullptr);

    static QString secretKey(qint64 characterId); // the keychain entry of one character

    // Queries (django-esi: require_scopes, require_scopes_exact, equivalent_to, get_expired). A
    // characterId of 0 means every character.
    QList<TokenRecord> tokens() const;
    std::optional<TokenRecord> token(qint64 characterId) const;
    QList<TokenRecord> withScopes(const QStringList &scopes, qint64 characterId = 0) const;
    QList<TokenRecord> withExactScopes(const QStringList &scopes, qint64 characterId = 0) const;
    QList<TokenRecord> equivalentTo(const TokenRecord &reference) const;
    QList<TokenRecord> expired() const; // access token expired (a refresh is due on next use)
    QList<TokenRecord> needingReSignIn() const;

    // The valid token with all `scopes` used most recently, for calls that did not name a character.
    std::optional<TokenRecord> characterWithScopes(const QStringList &scopes) const;

    // What to request when signing `characterId` in again so that no scope it has is lost (the new
    // refresh token replaces the old one and only carries what was granted in that sign-in).
    QStringList scopesForReSignIn(qint64 characterId, const QStringList &wanted) const;

    // Stores a finished sign-in: secrets first (no keychain, nothing stored), then metadata.
    void addFromSignIn(const SsoTokens &tokens, QObject *context, SignInDone done);

    // A usable access token for `characterId` holding `scopes`, refreshed first when needed.
    void validAccessToken(qint64 characterId, const QStringList &scopes, QObject *context, AccessDone done);

    // Refreshes the access token now, however long it still has (`esi tokens refresh`, a Refresh button).
    // Joins a resolve already running for the character instead of starting a second one.
    void refreshNow(qint64 characterId, QObject *context, AccessDone done);

    // Revokes the refresh token at the SSO, deletes the secrets and keeps the row as "revoked".
    void revoke(qint64 characterId, QObject *context, ErrorDone done);

    // Deletes the secrets and the row (no SSO request; revoke first to invalidate the token there too).
    void remove(qint64 characterId, QObject *context, ErrorDone done);

    bool acknowledgeOwnerChange(qint64 characterId, QString *error);

    // Empty when the access token of `characterId` may be sent to the ESI request URL `target`; otherwise
    // why not, naming both hosts (ServerTrust: the issuer's paired ESI, or the explicitly trusted one).
    QString accessTokenProblem(qint64 characterId, const QUrl &target) const;

    CharacterLocks &locks() { return m_locks; }

    int refreshesStarted() const { return m_refreshes; }

Q_SIGNALS:
    void tokensChanged();
    void tokenRefreshed(qint64 characterId);
    void reSignInNeeded(qint64 characterId, const QString &reason);
    void ownerHashChanged(qint64 characterId, const QString &previousOwnerHash, const QString &ownerHash);

private:
    struct Secrets
    {
        QString accessToken;
        QString refreshToken;
    };

    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        AccessDone done;
    };

    // Valid only while the database still names the same secrets version and issuer: another process that
    // signs the character in again (or with another SSO) changes them, and the cached token is dropped.
    struct CachedAccess
    {
        QString token;
        QDateTime expiresAt;
        qint64 secretsVersion = -1;
        QUrl issuer;
    };

    static QByteArray encodeSecrets(const Secrets &secrets);
    static std::optional<Secrets> decodeSecrets(const QByteArray &data);

    using WriteDone = std::function<void(const QString &error, bool stale)>;

    std::optional<AccessTokenResult> refusalFor(qint64 characterId, const QStringList &scopes) const;
    void resolve(qint64 characterId, bool forceRefresh);
    void resolveLocked(qint64 characterId, bool forceRefresh, qint64 versionSeen, const CharacterLockPtr &lock);
    void refreshWith(qint64 characterId, const Secrets &secrets, qint64 version, const CharacterLockPtr &lock,
                     bool mayRetry);
    void handleRefused(qint64 characterId, const Secrets &secrets, const CharacterLockPtr &lock, bool mayRetry,
                       const QString &message);
    void handleRefreshed(qint64 characterId, const Secrets &old, qint64 version, const SsoTokens &tokens,
                         const CharacterLockPtr &lock);
    void keepRotatedRefreshToken(qint64 characterId, const Secrets &old, qint64 version, const QString &refreshToken,
                                 const QString &message, const CharacterLockPtr &lock);
    // Writes `updated` only if the secrets are still at `version` and hold `old`'s refresh token.
    void compareAndWrite(qint64 characterId, const Secrets &old, qint64 version, const Secrets &updated,
                         const CharacterLockPtr &lock, WriteDone done);
    void storeSignIn(const SsoTokens &tokens, const CharacterLockPtr &lock, const SignInDone &finish);
    // `previous`: what the keychain held before (nullopt: nothing), put back if the database step fails.
    void writeSignIn(const SsoTokens &tokens, const std::optional<QByteArray> &previous, const CharacterLockPtr &lock,
                     const SignInDone &finish);
    void finishResolve(qint64 characterId, const AccessTokenResult &result);
    void markNeedsReSignIn(qint64 characterId, const QString &reason);
    bool usableAccess(qint64 characterId);
    // Caches `token` with the secrets version and issuer `record` (read under the character's lock) names.
    void cacheAccess(const TokenRecord &record, const QString &token, const QDateTime &expiresAt);

    TokenDatabase &m_database;
    SecretStore &m_secrets;
    SsoClient &m_sso;
    const Clock &m_clock;
    CharacterLocks m_locks;
    QHash<qint64, QList<Waiter>> m_resolving;
    QHash<qint64, CachedAccess> m_accessCache; // memory only, never written anywhere
    int m_refreshes = 0;
};

} // namespace Esi::Core
