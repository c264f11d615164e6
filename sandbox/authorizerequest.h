#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace Esi::Sandbox {

// The parameters of /v2/oauth/authorize (the query of the GET that shows the login page, and the hidden
// fields the page posts back), and whether they make a valid PKCE sign-in request.
struct AuthorizeRequest
{
    QString responseType;
    QString clientId;
    QString redirectUri;
    QStringList scopes; // space-separated in `scope`; duplicates dropped, order kept
    QString state;
    QString codeChallenge;
    QString codeChallengeMethod;

    // `field` gives a decoded parameter by name (query item or form field).
    static AuthorizeRequest from(const std::function<QString(const QString &)> &field);

    // The fields in the order the page repeats them as hidden inputs.
    QList<QPair<QString, QString>> fields() const;

    struct Problem
    {
        bool redirect = false; // true: tell the client through redirect_uri; false: show an error page
        QString error;         // OAuth error code (invalid_request, invalid_scope, ...)
        QString description;

        bool isProblem() const { return !error.isEmpty(); }
    };

    // What is wrong, if anything. `clientProblem` is the SSO's verdict on client_id; `knownScopes` (when not
    // empty) are the scopes the served spec names. Without a trustworthy redirect_uri or client the user sees
    // the error (OAuth must not redirect there); other problems go back to the client.
    Problem check(const QString &clientProblem, const QStringList &knownScopes) const;

    // redirect_uri with `items` and `state` added to its query, every value percent-encoded.
    QUrl redirectWith(const QList<QPair<QString, QString>> &items) const;
};

} // namespace Esi::Sandbox
