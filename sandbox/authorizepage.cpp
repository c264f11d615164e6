#include "sandbox/authorizepage.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QByteArray AuthorizePage::document(const QString &title, const QString &body)
{
    const QString html =
        u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%1</title>\n"
        "<style>\nbody { font-family: sans-serif; max-width: 36em; margin: 2em auto; padding: 0 1em; }\n"
        "fieldset { margin: 1em 0; } label { display: block; margin: 0.3em 0; }\n"
        "code { background: #eee; padding: 0 0.2em; } button { margin-right: 0.5em; padding: 0.4em 1.2em; }\n"
        "</style>\n</head>\n<body>\n%2</body>\n</html>\n"_s.arg(escaped(title), body);
    return html.toUtf8();
}

QByteArray AuthorizePage::loginPage(const AuthorizeRequest &request, const QList<TestCharacter> &characters)
{
    QString body =
        u"<h1>esi-sandbox SSO</h1>\n<p>The application <code>%1</code> asks you to log in with an EVE "
        "character. This is the local sandbox: pick a test character, there is no password.</p>\n"
        "<form id=\"login\" method=\"post\" action=\"/v2/oauth/authorize\">\n"_s.arg(escaped(request.clientId));
    for (const auto &[name, value] : request.fields()) {
        body += u"<input type=\"hidden\" name=\"%1\" value=\"%2\">\n"_s.arg(escaped(name), escaped(value));
    }
    body += u"<fieldset id=\"characters\">\n<legend>Character</legend>\n"_s;
    bool first = true;
    for (const TestCharacter &character : characters) {
        body += u"<label><input type=\"radio\" name=\"character_id\" value=\"%1\"%2> %3 (%1)</label>\n"_s.arg(
            QString::number(character.id), first ? u" checked"_s : QString(), escaped(character.name));
        first = false;
    }
    body += u"</fieldset>\n<h2>Requested scopes</h2>\n"_s;
    if (request.scopes.isEmpty()) {
        body += u"<p id=\"scopes\">None: the application only learns who the character is.</p>\n"_s;
    } else {
        body += u"<ul id=\"scopes\">\n"_s;
        for (const QString &scope : request.scopes) {
            body += u"<li><code>%1</code></li>\n"_s.arg(escaped(scope));
        }
        body += u"</ul>\n"_s;
    }
    body += u"<p>After the login the browser goes back to <code>%1</code>.</p>\n"
            "<button type=\"submit\" id=\"sign-in\" name=\"action\" value=\"approve\">Log in</button>\n"
            "<button type=\"submit\" id=\"cancel\" name=\"action\" value=\"deny\">Cancel</button>\n"
            "</form>\n"_s.arg(escaped(request.redirectUri));
    return document(u"esi-sandbox SSO – log in"_s, body);
}

QByteArray AuthorizePage::errorPage(const QString &error, const QString &description)
{
    return document(u"esi-sandbox SSO – error"_s,
                    u"<h1>The sign-in request cannot be served</h1>\n<p id=\"error\"><code>%1</code>: %2</p>\n"_s.arg(
                        escaped(error), escaped(description)));
}

} // namespace Esi::Sandbox
