#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace Esi::Core {

struct TokenResult
{
    QString accessToken; // empty on failure
    QString error;       // why no token could be given, worded for the user

    bool isValid() const { return !accessToken.isEmpty() && error.isEmpty(); }
};

// Where authed calls get their access token (the SSO token store implements it). Asynchronous because
// a refresh may be needed first; `done` runs exactly once, possibly before requestAccessToken returns.
// `target` is the URL the token will be sent to: a provider refuses a server the token does not belong to
// (the token store binds each character's tokens to the ESI server paired with its SSO).
class TokenProvider
{
public:
    virtual ~TokenProvider() = default;

    virtual void requestAccessToken(qint64 characterId, const QStringList &scopes, const QUrl &target,
                                    std::function<void(const TokenResult &)> done) = 0;
};

} // namespace Esi::Core
