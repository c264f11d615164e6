#pragma once

// Test helper for the embedded sign-in: the token services the app opens (real keychain, SQLite under the
// test's folders) pointed at an in-process esi-sandbox SSO, and the few things a user does in the sign-in
// browser, done through the QWebEngineView itself (JavaScript in the page, real clicks on the dialog).
#include "core/auth/secretstore.h"
#include "core/auth/ssosettings.h"
#include "core/auth/tokenservices.h"
#include "core/auth/tokenstore.h"
#include "core/clock.h"
#include "core/statelocations.h"
#include "tests/sandbox/ssosandbox.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <optional>

// What the sign-in window looks like to a user, found by object name.
struct SignInWindowParts
{
    QDialog *dialog = nullptr;
    QWebEngineView *view = nullptr;

    explicit SignInWindowParts(QDialog *d)
        : dialog(d)
        , view(d ? d->findChild<QWebEngineView *>(QStringLiteral("signInView")) : nullptr)
    {}

    template <typename T> T *part(const char *name) const
    {
        return dialog ? dialog->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }

    // Runs `script` in the page and waits for its result.
    QVariant evaluate(const QString &script, int timeoutMs = 10000) const
    {
        std::optional<QVariant> result;
        view->page()->runJavaScript(script, [&result](const QVariant &value) { result = value; });
        for (QDeadlineTimer deadline(timeoutMs); !result && !deadline.hasExpired();) {
            QTest::qWait(20);
        }
        return result.value_or(QVariant());
    }

    // True once the sandbox's login form is in the view and can be used.
    bool waitForLoginForm(int timeoutMs = 20000) const
    {
        for (QDeadlineTimer deadline(timeoutMs); !deadline.hasExpired(); QTest::qWait(50)) {
            if (view && view->isVisible() &&
                evaluate(QStringLiteral("document.getElementById('sign-in') !== null && "
                                        "document.readyState === 'complete'"),
                         2000)
                    .toBool()) {
                return true;
            }
        }
        return false;
    }

    // What a user does on the login page: pick a character, press "Log in".
    bool approveAs(qint64 characterId) const
    {
        const QString script =
            QStringLiteral("(function() { const radio = document.querySelector("
                           "'input[name=character_id][value=\"%1\"]'); if (!radio) { return false; } radio.click(); "
                           "document.getElementById('sign-in').click(); return radio.checked; })()")
                .arg(characterId);
        return evaluate(script).toBool();
    }

    // The login page's own Cancel button (the SSO answers access_denied).
    bool deny() const
    {
        return evaluate(QStringLiteral("(function() { const b = document.getElementById('cancel'); "
                                       "if (!b) { return false; } b.click(); return true; })()"))
            .toBool();
    }
};

// The app's token services against the sandbox SSO: TokenServices::open exactly as Application does it, so
// the secrets go to the real keychain (the test's private gnome-keyring) and the metadata to tokens.sqlite.
struct SignInRig
{
    SignInRig(const QUrl &ssoUrl, const QUrl &callbackUrl, const QString &dataDirectory, const QString &cacheDirectory,
              QNetworkAccessManager *network, const QString &clientId = SsoSandbox::clientId)
        : services(clock, network)
    {
        Esi::Core::SsoSettings settings;
        settings.clientId = clientId;
        settings.baseUrl = ssoUrl;
        settings.callbackUrl = callbackUrl;
        opened = services.open(settings, Esi::Core::StateLocations(QString(), dataDirectory, cacheDirectory),
                               QByteArrayLiteral("EsiStudioTest/1"), &error);
    }

    // The keychain entry of `characterId` as the token store wrote it.
    Esi::Core::SecretResult keychainEntry(qint64 characterId)
    {
        std::optional<Esi::Core::SecretResult> answer;
        QObject context;
        services.secrets().read(Esi::Core::TokenStore::secretKey(characterId), &context,
                                [&answer](const Esi::Core::SecretResult &result) { answer = result; });
        for (QDeadlineTimer deadline(20000); !answer && !deadline.hasExpired();) {
            QTest::qWait(20);
        }
        if (!answer) {
            return {Esi::Core::SecretResult::Status::Unavailable, {}, QStringLiteral("no keychain answer in 20 s")};
        }
        return *answer;
    }

    // Removes the character again, so the keyring (kept in the build tree between runs) stays as it was.
    QString forget(qint64 characterId)
    {
        std::optional<QString> answer;
        services.store().remove(characterId, &services.store(),
                                [&answer](const QString &problem) { answer = problem; });
        for (QDeadlineTimer deadline(20000); !answer && !deadline.hasExpired();) {
            QTest::qWait(20);
        }
        return answer.value_or(QStringLiteral("no answer from the token store in 20 s"));
    }

    Esi::Core::SystemClock clock;
    Esi::Core::TokenServices services;
    QString error;
    bool opened = false;
};

// A listener on the callback address that must never be contacted: the embedded browser hands the callback
// over instead of loading it.
struct CallbackTrap
{
    CallbackTrap()
    {
        server.listen(QHostAddress::LocalHost);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++connections;
                socket->close();
                socket->deleteLater();
            }
        });
    }

    QUrl callbackUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(server.serverPort())); }

    QTcpServer server;
    int connections = 0;
};
