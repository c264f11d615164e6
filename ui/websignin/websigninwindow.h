#pragma once

#include <QString>
#include <QUrl>
#include <functional>

class QDialog;

namespace Esi::Ui {

// What the embedded browser reports to the sign-in that drives it. Plain callbacks rather than signals, so
// this header carries no moc code and the app can include it without linking QtWebEngine.
struct WebSignInHandlers
{
    std::function<void(const QUrl &url)> callbackReached;   // the SSO sent the browser to the callback
    std::function<void(const QString &message)> pageFailed; // the login page did not load (shown already)
    std::function<void()> retryRequested;                   // "Try again" after a failure
    std::function<void()> systemBrowserRequested;           // "Use my system browser instead"
    std::function<void()> cancelled;                        // Cancel, Esc or the window's close button
    // A link or redirect leaving the SSO's origin: not loaded in the view, handed here to open in the system
    // browser (empty: the desktop's default browser).
    std::function<void(const QUrl &url)> externalLinkRequested;
};

// The sign-in window with an embedded browser on an off-the-record profile, implemented by the
// esi_websignin plugin. The window never talks to the SSO's token endpoint or the token store: the
// SignInLauncher does, and tells the window what to show.
class WebSignInWindow
{
public:
    virtual ~WebSignInWindow() = default;

    // The window itself; owned by the caller, who deletes it with deleteLater().
    virtual QDialog *dialog() = 0;

    virtual void setHandlers(WebSignInHandlers handlers) = 0;

    // Shows the SSO's login page. Each attempt brings a fresh URL (new state and PKCE challenge). Any request
    // to `callbackUrl` (same scheme, host, port and path) is blocked and handed to callbackReached instead;
    // the view loads only pages of the authorization URL's origin (others go to externalLinkRequested).
    virtual void openLoginPage(const QUrl &authorizationUrl, const QUrl &callbackUrl) = 0;

    // A step after the callback (code exchange, keychain write); Cancel is refused while !cancellable.
    virtual void showProgress(const QString &message, bool cancellable) = 0;

    // The attempt failed; the window explains `message` and offers "Try again".
    virtual void showFailure(const QString &message) = 0;
};

} // namespace Esi::Ui
