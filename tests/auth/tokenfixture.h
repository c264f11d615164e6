#pragma once

#include "core/auth/memorysecretstore.h"
#include "core/auth/ssoclient.h"
#include "core/auth/ssoflow.h"
#include "core/auth/tokendatabase.h"
#include "core/auth/tokenstore.h"
#include "core/clock.h"
#include "fakessoserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

// Everything a token store test needs: an in-test SSO, the client, a database in a temporary folder, a
// secret store (in memory unless a test passes the real keychain) and a store on top.
struct TokenFixture
{
    static constexpr auto clientId = "store-test-client";

    TokenFixture(const TestKeys &keys, Esi::Core::SecretStore &secrets, const QString &folder)
        : clock(QDateTime::currentDateTimeUtc())
        , server(keys, clock, QString::fromLatin1(clientId))
        , secretStore(secrets)
        , databasePath(folder + QStringLiteral("/tokens.sqlite"))
    {
        server.start();
        Esi::Core::SsoSettings settings;
        settings.clientId = QString::fromLatin1(clientId);
        settings.baseUrl = server.baseUrl();
        settings.scopes = {QStringLiteral("esi-skills.read_skills.v1")};
        client.emplace(settings, &network, clock, folder + QStringLiteral("/jwks.json"));
        database.emplace(databasePath);
        QString error;
        opened = database->open(&error);
        openError = error;
        store.emplace(*database, secretStore, *client, clock);
    }

    // A complete sign-in through SsoFlow; empty tokens when it failed.
    Esi::Core::SsoTokens signInFlow(const FakeSsoServer::Character &character, const QStringList &scopes)
    {
        server.setCharacter(character);
        Esi::Core::SsoFlow flow(*client);
        flow.setScopes(scopes);
        QSignalSpy ready(&flow, &Esi::Core::SsoFlow::authorizationUrlReady);
        QSignalSpy signedIn(&flow, &Esi::Core::SsoFlow::signedIn);
        flow.start();
        if (ready.isEmpty() && !ready.wait(5000)) {
            return {};
        }
        flow.handleCallback(server.approve(ready.first().first().toUrl()));
        if (!signedIn.wait(5000)) {
            return {};
        }
        return signedIn.first().first().value<Esi::Core::SsoTokens>();
    }

    // Sign-in and store; the store's verdict.
    Esi::Core::SignInStoreResult signIn(const FakeSsoServer::Character &character, const QStringList &scopes)
    {
        const Esi::Core::SsoTokens tokens = signInFlow(character, scopes);
        std::optional<Esi::Core::SignInStoreResult> stored;
        store->addFromSignIn(tokens, nullptr, [&](const Esi::Core::SignInStoreResult &result) { stored = result; });
        (void)QTest::qWaitFor([&] { return stored.has_value(); }, 5000);
        if (!stored) {
            Esi::Core::SignInStoreResult timedOut;
            timedOut.error = QStringLiteral("timed out");
            return timedOut;
        }
        return *stored;
    }

    Esi::Core::AccessTokenResult accessToken(qint64 characterId, const QStringList &scopes = {})
    {
        std::optional<Esi::Core::AccessTokenResult> answer;
        store->validAccessToken(characterId, scopes, nullptr,
                                [&](const Esi::Core::AccessTokenResult &result) { answer = result; });
        (void)QTest::qWaitFor([&] { return answer.has_value(); }, 5000);
        if (!answer) {
            return {{}, QStringLiteral("timed out"), {}};
        }
        return *answer;
    }

    Esi::Core::ManualClock clock;
    QNetworkAccessManager network;
    FakeSsoServer server;
    Esi::Core::SecretStore &secretStore;
    QString databasePath;
    std::optional<Esi::Core::SsoClient> client;
    std::optional<Esi::Core::TokenDatabase> database;
    std::optional<Esi::Core::TokenStore> store;
    bool opened = false;
    QString openError;
};
