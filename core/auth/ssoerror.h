#pragma once

#include <QString>

namespace Esi::Core {

// Why an SSO request failed, worded for the user. Never contains a token.
struct SsoError
{
    enum class Kind {
        None,
        InvalidGrant,  // the code or refresh token is expired, used or revoked: sign in again
        OAuth,         // another OAuth error from the SSO (invalid_client, invalid_request, ...)
        Network,       // no answer, or an HTTP error without an OAuth error body
        Protocol,      // an answer that is not what OAuth promises
        InvalidToken,  // the access token failed verification
        Configuration, // settings make the request impossible
        Rejected,      // the callback was refused before any request (state mismatch, access denied)
    };

    Kind kind = Kind::None;
    QString message;
    QString oauthError; // the `error` code of an OAuth error answer

    bool isError() const { return kind != Kind::None; }
};

} // namespace Esi::Core
