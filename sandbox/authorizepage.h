#pragma once

#include "sandbox/authorizerequest.h"
#include "sandbox/testcharacters.h"

#include <QByteArray>

namespace Esi::Sandbox {

// The HTML of the sandbox's login page: a plain form (no script) listing the test characters as radio
// buttons (the first one chosen), the requested scopes, and two buttons, #sign-in and #cancel. The form posts
// the authorize parameters back as hidden fields with `character_id` and `action` (approve or deny), so a
// browser, an embedded web view or a script can all fill it in.
class AuthorizePage
{
public:
    static QByteArray loginPage(const AuthorizeRequest &request, const QList<TestCharacter> &characters);

    // A page telling the user why the request cannot be served (never redirected: see AuthorizeRequest::check).
    static QByteArray errorPage(const QString &error, const QString &description);

private:
    static QByteArray document(const QString &title, const QString &body);
};

} // namespace Esi::Sandbox
