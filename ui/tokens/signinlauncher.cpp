#include "ui/tokens/signinlauncher.h"

#include "core/auth/ssoclient.h"
#include "core/auth/ssoflow.h"
#include "core/auth/tokenstore.h"
#include "ui/tokens/systembrowserwaitdialog.h"
#include "ui/websignin/websigninfactory.h"
#include "websigninlocation.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

SignInLauncher::SignInLauncher(Core::SsoClient &client, Core::TokenStore &store, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_options(std::move(options))
{
    if (m_options.pluginDirectories.isEmpty()) {
        m_options.pluginDirectories = defaultPluginDirectories();
    }
}

SignInLauncher::~SignInLauncher()
{
    closeWaitDialog();
    closeWindow();
    m_flow.reset();
}

QStringList SignInLauncher::defaultPluginDirectories()
{
    const QDir executableDirectory(QCoreApplication::applicationDirPath());
    return {executableDirectory.absolutePath(),
            QDir::cleanPath(executableDirectory.filePath(QStringLiteral(ESI_WEBSIGNIN_PLUGIN_FROM_BINDIR)))};
}

bool SignInLauncher::isRunning() const
{
    return m_window != nullptr || (m_systemBrowser && m_systemBrowser->isRunning());
}

QDialog *SignInLauncher::embeddedDialog() const
{
    return m_window ? m_dialog.data() : nullptr;
}

QDialog *SignInLauncher::systemBrowserWaitDialog() const
{
    return m_waitDialog.data();
}

void SignInLauncher::start(const QStringList &scopes)
{
    cancel();
    m_scopes = scopes;
    if (m_client.settings().clientId.isEmpty()) {
        Q_EMIT failed(tr("Signing in needs the client ID of an application registered at "
                         "developers.eveonline.com; enter it in File \u203a Settings\u2026 (SSO client ID), or set "
                         "the ESI_CLIENT_ID environment variable."));
        return;
    }
    if (!m_factory && !m_webEngineProblem) {
        m_webEngineProblem = WebEngineCheck(m_options.webEngine).problem();
    }
    if (!m_factory && !m_webEngineProblem->isEmpty()) {
        // Never load the plugin then: QtWebEngine would abort the whole process, not just the sign-in.
        m_pluginProblem = *m_webEngineProblem;
        Q_EMIT embeddedBrowserUnavailable(m_pluginProblem);
        startSystemBrowser();
        return;
    }
    if (!loadFactory()) {
        Q_EMIT embeddedBrowserUnavailable(m_pluginProblem);
        startSystemBrowser();
        return;
    }
    openEmbedded();
}

void SignInLauncher::cancel()
{
    const bool wasRunning = isRunning();
    closeWindow();
    discardFlow();
    closeWaitDialog();
    if (m_systemBrowser) {
        m_systemBrowser->cancel();
    }
    if (wasRunning) {
        Q_EMIT cancelled();
    }
}

WebSignInFactory *SignInLauncher::loadFactory()
{
    if (m_factory) {
        return m_factory;
    }
    const QString fileName = QStringLiteral(ESI_WEBSIGNIN_PLUGIN_FILE);
    QStringList searched;
    for (const QString &directory : std::as_const(m_options.pluginDirectories)) {
        const QString path = QDir(directory).absoluteFilePath(fileName);
        searched.append(QDir::toNativeSeparators(QDir(directory).absolutePath()));
        if (!QFileInfo::exists(path)) {
            continue;
        }
        auto loader = std::make_unique<QPluginLoader>(path);
        QObject *root = loader->instance();
        if (!root) {
            m_pluginProblem = tr("The embedded sign-in browser %1 could not be loaded: %2. Reinstall ESI Studio "
                                 "with its Qt WebEngine runtime.")
                                  .arg(QDir::toNativeSeparators(path), loader->errorString());
            return nullptr;
        }
        auto *factory = qobject_cast<WebSignInFactory *>(root);
        if (!factory) {
            m_pluginProblem = tr("%1 is not the embedded sign-in browser of this version of ESI Studio; "
                                 "reinstall ESI Studio.")
                                  .arg(QDir::toNativeSeparators(path));
            return nullptr;
        }
        m_loader = std::move(loader);
        m_factory = factory;
        m_pluginProblem.clear();
        return m_factory;
    }
    m_pluginProblem =
        tr("The embedded sign-in browser (%1) is not installed; looked in %2.").arg(fileName, searched.join(u", "_s));
    return nullptr;
}

void SignInLauncher::openEmbedded()
{
    m_window = m_factory->createWindow(m_dialogParent);
    m_dialog = m_window->dialog();
    // A late event from a window that was already closed must not touch the next sign-in.
    WebSignInWindow *window = m_window;
    // The dialog parent owns the window: destroyed with it (its window closed mid sign-in), the sign-in ends.
    connect(m_dialog, &QObject::destroyed, this, [this, window] {
        if (m_window == window) {
            handleWindowDestroyed();
        }
    });
    const auto current = [this, window] { return m_window == window; };
    WebSignInHandlers handlers;
    handlers.callbackReached = [this, current](const QUrl &url) {
        if (current()) {
            handleCallbackReached(url);
        }
    };
    handlers.pageFailed = [this, current](const QString &message) {
        if (current()) {
            m_lastFailure = message; // closing the window now reports this as the failure
        }
    };
    handlers.retryRequested = [this, current] {
        if (current() && !m_storing) {
            beginAttempt();
        }
    };
    handlers.systemBrowserRequested = [this, current] {
        if (current() && !m_storing) {
            switchToSystemBrowser();
        }
    };
    handlers.cancelled = [this, current] {
        if (current()) {
            handleWindowCancelled();
        }
    };
    handlers.externalLinkRequested = [this, current](const QUrl &url) {
        if (!current()) {
            return;
        }
        if (m_options.externalLinks) {
            m_options.externalLinks(url);
        } else {
            QDesktopServices::openUrl(url);
        }
    };
    m_window->setHandlers(std::move(handlers));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->show();
    beginAttempt();
}

void SignInLauncher::beginAttempt()
{
    discardFlow();
    m_lastFailure.clear();
    const quint64 attempt = ++m_attempt;
    // Fresh state and PKCE verifier per attempt. Nothing listens on the callback URL: the window catches the
    // SSO's redirect to it before it is loaded.
    m_flow = std::make_unique<Core::SsoFlow>(m_client);
    m_flow->setScopes(m_scopes);
    m_flow->setCallbackUrl(m_client.settings().callbackUrl);
    Core::SsoFlow *flow = m_flow.get();
    connect(flow, &Core::SsoFlow::authorizationUrlReady, this, [this, flow](const QUrl &url) {
        if (m_window) {
            m_window->openLoginPage(url, flow->callbackUrl());
        }
    });
    connect(flow, &Core::SsoFlow::failed, this, &SignInLauncher::handleFlowFailed);
    connect(flow, &Core::SsoFlow::signedIn, this,
            [this, attempt](const Core::SsoTokens &tokens) { handleFlowSignedIn(attempt, tokens); });
    m_window->showProgress(tr("Contacting the EVE SSO\u2026"), true);
    flow->start();
}

void SignInLauncher::handleCallbackReached(const QUrl &url)
{
    if (m_flow) {
        m_flow->handleCallback(url); // checks `state` first; a foreign callback fails the attempt
    }
}

void SignInLauncher::handleFlowFailed(const QString &reason)
{
    m_lastFailure = reason;
    if (m_window) {
        m_window->showFailure(reason);
    }
}

void SignInLauncher::handleFlowSignedIn(quint64 attempt, const Core::SsoTokens &tokens)
{
    if (!m_window || attempt != m_attempt) {
        revokeUnused(tokens); // the window is gone: nobody asked for these tokens any more
        return;
    }
    // From here the secrets go to the keychain; the window refuses Cancel until that ends either way.
    m_storing = true;
    m_window->showProgress(tr("Saving %1 in the keychain\u2026").arg(tokens.claims.characterName), false);
    m_store.addFromSignIn(tokens, this, [this, attempt](const Core::SignInStoreResult &result) {
        if (attempt != m_attempt) {
            return; // a sign-in started since (start() or cancel() from the app) replaced this one
        }
        m_storing = false;
        if (!result.isOk()) {
            handleFlowFailed(result.error);
            return;
        }
        const Core::TokenRecord record = result.record;
        const QStringList lost = result.lostScopes;
        closeWindow();
        discardFlow();
        Q_EMIT signedIn(record.characterId, record.characterName, lost);
    });
}

void SignInLauncher::handleWindowCancelled()
{
    const QString failure = m_lastFailure;
    closeWindow();
    discardFlow();
    if (failure.isEmpty()) {
        Q_EMIT cancelled();
    } else {
        Q_EMIT failed(failure);
    }
}

void SignInLauncher::handleWindowDestroyed()
{
    // Its owner deleted the window (not closeWindow()): forget it without touching it, and end the sign-in.
    m_window = nullptr;
    m_dialog.clear();
    ++m_attempt;
    m_storing = false;
    const QString failure = m_lastFailure;
    m_lastFailure.clear();
    discardFlow();
    // Queued: this runs inside the destruction of the window's parent, whose own slots must not run now.
    QMetaObject::invokeMethod(
        this,
        [this, failure] {
            if (failure.isEmpty()) {
                Q_EMIT cancelled();
            } else {
                Q_EMIT failed(failure);
            }
        },
        Qt::QueuedConnection);
}

void SignInLauncher::switchToSystemBrowser()
{
    closeWindow();
    discardFlow();
    startSystemBrowser();
}

void SignInLauncher::startSystemBrowser()
{
    if (!m_systemBrowser) {
        m_systemBrowser = std::make_unique<SystemBrowserSignIn>(m_client, m_store, m_options.systemBrowser);
        m_systemBrowser->setTimeout(m_options.systemBrowserTimeoutMs);
        connect(m_systemBrowser.get(), &SystemBrowserSignIn::signedIn, this,
                [this](qint64 characterId, const QString &characterName, const QStringList &lostScopes) {
                    closeWaitDialog();
                    Q_EMIT signedIn(characterId, characterName, lostScopes);
                });
        connect(m_systemBrowser.get(), &SystemBrowserSignIn::failed, this, [this](const QString &reason) {
            closeWaitDialog();
            Q_EMIT failed(reason);
        });
        connect(m_systemBrowser.get(), &SystemBrowserSignIn::browserOpened, this, [this](const QUrl &url) {
            showWaitDialog(url);
            Q_EMIT systemBrowserOpened(url);
        });
    }
    m_systemBrowser->start(m_scopes);
}

void SignInLauncher::closeWindow()
{
    if (!m_window) {
        return;
    }
    m_window->setHandlers({});
    m_window = nullptr;
    ++m_attempt;
    m_lastFailure.clear();
    m_storing = false;
    if (m_dialog) {
        // Later: this may run inside one of the window's own callbacks.
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    m_dialog.clear();
}

void SignInLauncher::showWaitDialog(const QUrl &authorizationUrl)
{
    if (!m_waitDialog) {
        m_waitDialog = new SystemBrowserWaitDialog(m_dialogParent);
        connect(m_waitDialog, &SystemBrowserWaitDialog::cancelRequested, this, &SignInLauncher::cancel);
        connect(m_waitDialog, &SystemBrowserWaitDialog::openAgainRequested, this, [this] {
            if (m_systemBrowser) {
                m_systemBrowser->reopenBrowser();
            }
        });
    }
    m_waitDialog->showWaiting(authorizationUrl, m_systemBrowser ? m_systemBrowser->timeout() : 0);
}

void SignInLauncher::closeWaitDialog()
{
    if (!m_waitDialog) {
        return;
    }
    m_waitDialog->disconnect(this);
    // Later: this may run inside the dialog's own Cancel.
    m_waitDialog->hide();
    m_waitDialog->deleteLater();
    m_waitDialog.clear();
}

void SignInLauncher::discardFlow()
{
    if (!m_flow) {
        return;
    }
    m_flow->disconnect(this);
    Core::SsoFlow *flow = m_flow.release();
    if (flow->stage() != Core::SsoFlow::Stage::Exchanging) {
        // Later, for the same reason; its pending SSO answers die with it, so its tokens are never stored.
        flow->deleteLater();
        return;
    }
    // The SSO already has the code and issues a refresh token whatever happens here: let the exchange end,
    // then revoke that token, so a cancelled sign-in leaves no live grant behind (and stores nothing).
    flow->setParent(this);
    connect(flow, &Core::SsoFlow::signedIn, this, [this, flow](const Core::SsoTokens &tokens) {
        revokeUnused(tokens);
        flow->deleteLater();
    });
    connect(flow, &Core::SsoFlow::failed, flow, &QObject::deleteLater);
}

void SignInLauncher::revokeUnused(const Core::SsoTokens &tokens)
{
    if (tokens.refreshToken.isEmpty()) {
        return;
    }
    m_client.revoke(tokens.refreshToken, this, [](const Core::SsoError &error) {
        if (error.isError()) {
            // Nothing else can be done: the grant stays valid at the SSO until it expires or is revoked there.
            qWarning("A cancelled sign-in's refresh token could not be revoked: %s", qUtf8Printable(error.message));
        }
    });
}

} // namespace Esi::Ui
