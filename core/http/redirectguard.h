#pragma once

#include <QString>
#include <QUrl>

class QNetworkReply;
class QNetworkRequest;

namespace Esi::Core {

// Qt follows a redirect to any host and sends the request's headers along, Authorization included. Every
// ESI and SSO request is prepared here instead: a redirect within the request's own origin (scheme, host and
// port) is followed, at most maxRedirects times; a redirect to another origin is not, the reply is aborted
// before anything is sent there, and refusal() says which server tried to send the request where.
class RedirectGuard
{
public:
    static constexpr int maxRedirects = 5;

    // Every redirect waits for watch()'s verdict (UserVerifiedRedirectPolicy).
    static void prepare(QNetworkRequest &request);

    // Call right after sending a prepared request. Also ends the request after maxRedirects redirects.
    static void watch(QNetworkReply *reply);

    // Empty unless watch() refused a redirect of `reply` to another origin: then the message for the user
    // (status, from which host, to which URL), and the reply ended with OperationCanceledError.
    static QString refusal(const QNetworkReply *reply);

    // Same scheme, host and port (the scheme's default port when none is given).
    static bool sameOrigin(const QUrl &a, const QUrl &b);
};

} // namespace Esi::Core
