#pragma once

// Test helper: a token store signed in against esi-sandbox's SSO (in-process, on 127.0.0.1), all on the
// sandbox's manual clock so expiry can be moved at will. Secrets go to memory unless a test passes the real
// keychain.
#include "core/auth/memorysecretstore.h"
#include "core/auth/pkce.h"
#include "core/auth/ssoclient.h"
#include "core/auth/ssosettings.h"
#include "core/auth/tokendatabase.h"
#include "core/auth/tokenstore.h"
#include "core/spec/specrepository.h"
#include "sandbox/refreshtokens.h"
#include "sandbox/ssoauthority.h"
#include "tests/sandbox/ssosandbox.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

struct TokenManagerFixture
{
    static constexpr qint64 pilot = 2112000001;
    static constexpr qint64 trader = 2112000002;
    static constexpr qint64 director = 2112000003;

    explicit TokenManagerFixture(Esi::Core::SecretStore *realSecrets = nullptr)
        : spec(Esi::Core::SpecRepository::loadBundled().spec)
        , sandbox(spec, {})
        , secrets(realSecrets ? *realSecrets : memorySecrets)
    {
        Esi::Core::SsoSettings settings;
        settings.clientId = SsoSandbox::clientId;
        settings.baseUrl = sandbox.server->baseUrl();
        settings.callbackUrl = QUrl(SsoSandbox::callback);
        sso.emplace(settings, &network, sandbox.clock, folder.filePath(QStringLiteral("jwks.json")));
        database.emplace(folder.filePath(QStringLiteral("tokens.sqlite")));
        QString error;
        if (!database->open(&error)) {
            problem = error;
        }
        store.emplace(*database, secrets, *sso, sandbox.clock);
        if (!sandbox.error.isEmpty()) {
            problem = sandbox.error;
        }
    }

    bool isReady() const { return problem.isEmpty(); }

    // A whole sign-in through the sandbox's login page and the SSO client; the store's verdict.
    Esi::Core::SignInStoreResult signIn(qint64 characterId, const QStringList &scopes)
    {
        const Esi::Core::Pkce pkce = Esi::Core::Pkce::generate();
        const QString code = sandbox.approve(characterId, scopes, pkce.challenge());
        std::optional<Esi::Core::SsoTokenResult> exchanged;
        sso->exchangeCode(code, pkce.verifier(), QUrl(SsoSandbox::callback), nullptr,
                          [&](const Esi::Core::SsoTokenResult &result) { exchanged = result; });
        Esi::Core::SignInStoreResult failed;
        if (!QTest::qWaitFor([&] { return exchanged.has_value(); }, 10000) || exchanged->error.isError()) {
            failed.error = exchanged ? exchanged->error.message : QStringLiteral("the code exchange timed out");
            return failed;
        }
        std::optional<Esi::Core::SignInStoreResult> stored;
        store->addFromSignIn(exchanged->tokens, nullptr,
                             [&](const Esi::Core::SignInStoreResult &result) { stored = result; });
        if (!QTest::qWaitFor([&] { return stored.has_value(); }, 10000)) {
            failed.error = QStringLiteral("storing the sign-in timed out");
            return failed;
        }
        return *stored;
    }

    // The refresh token the store keeps for `characterId` (read back from the secret store).
    QString refreshToken(qint64 characterId)
    {
        std::optional<Esi::Core::SecretResult> read;
        secrets.read(Esi::Core::TokenStore::secretKey(characterId), nullptr,
                     [&](const Esi::Core::SecretResult &result) { read = result; });
        if (!QTest::qWaitFor([&] { return read.has_value(); }, 10000) || !read->isOk()) {
            return {};
        }
        return QJsonDocument::fromJson(read->data).object().value(QLatin1StringView("refresh_token")).toString();
    }

    std::optional<Esi::Core::SecretResult> readSecret(qint64 characterId)
    {
        std::optional<Esi::Core::SecretResult> read;
        secrets.read(Esi::Core::TokenStore::secretKey(characterId), nullptr,
                     [&](const Esi::Core::SecretResult &result) { read = result; });
        (void)QTest::qWaitFor([&] { return read.has_value(); }, 10000);
        return read;
    }

    Esi::Core::AccessTokenResult accessToken(qint64 characterId, const QStringList &scopes = {})
    {
        std::optional<Esi::Core::AccessTokenResult> answer;
        store->validAccessToken(characterId, scopes, nullptr,
                                [&](const Esi::Core::AccessTokenResult &result) { answer = result; });
        (void)QTest::qWaitFor([&] { return answer.has_value(); }, 10000);
        return answer.value_or(Esi::Core::AccessTokenResult{{}, QStringLiteral("timed out"), {}});
    }

    // The sandbox SSO forgets the character's refresh token, as EVE does after long disuse.
    bool killRefreshToken(qint64 characterId)
    {
        return sandbox.area->authority().refreshTokens().revoke(refreshToken(characterId));
    }

    QTemporaryDir folder;
    Esi::Core::SpecPtr spec;
    SsoSandbox sandbox;
    QNetworkAccessManager network;
    Esi::Core::MemorySecretStore memorySecrets;
    Esi::Core::SecretStore &secrets;
    std::optional<Esi::Core::SsoClient> sso;
    std::optional<Esi::Core::TokenDatabase> database;
    std::optional<Esi::Core::TokenStore> store;
    QString problem;
};
