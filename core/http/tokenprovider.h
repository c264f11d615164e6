#pragma once

#include <QString>
#include <QStringList>
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
class TokenProvider
{
public:
    virtual ~TokenProvider() = default;

    virtual void requestAccessToken(qint64 characterId, const QStringList &scopes,
                                    std::function<void(const TokenResult &)> done) = 0;
};

} // namespace Esi::Core
