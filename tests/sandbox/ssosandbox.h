#pragma once

// Test helper: an in-process SandboxServer with its SSO installed, on a manual clock, and the requests a
// client application and a browser make to it (login page, form, code exchange).
#include "core/auth/pkce.h"
#include "core/clock.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/ssoarea.h"
#include "sandboxclient.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <memory>

struct SsoSandbox
{
    static inline const QString assetsScope = QStringLiteral("esi-assets.read_assets.v1");
    static inline const QString skillsScope = QStringLiteral("esi-skills.read_skills.v1");
    static inline const QString callback = QStringLiteral("http://127.0.0.1:9/callback");
    static inline const QString clientId = QStringLiteral("test-client");

    SsoSandbox(const Esi::Core::SpecPtr &spec, const Esi::Sandbox::SandboxOptions &options)
        : clock(QDateTime::currentDateTimeUtc())
        , server(std::make_unique<Esi::Sandbox::SandboxServer>(spec, QByteArray(), options, clock))
    {
        if (server->start() == 0) {
            error = server->errorString();
            return;
        }
        area = Esi::Sandbox::SsoArea::install(*server, clock, &error);
        client = std::make_unique<SandboxClient>(server->baseUrl());
    }

    static QByteArray formBody(const QList<QPair<QString, QString>> &fields)
    {
        QByteArray body;
        for (const auto &[name, value] : fields) {
            body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        }
        return body;
    }

    static QJsonObject payloadOf(const QString &jwt)
    {
        return QJsonDocument::fromJson(
                   QByteArray::fromBase64(jwt.section(u'.', 1, 1).toLatin1(), QByteArray::Base64UrlEncoding))
            .object();
    }

    // Every input of the login form a browser would submit: hidden fields and the checked radio button.
    static QList<QPair<QString, QString>> submittedFields(const QString &html)
    {
        static const QRegularExpression input(QStringLiteral("<input ([^>]*)>"));
        static const QRegularExpression attribute(QStringLiteral("(\\w+)=\"([^\"]*)\""));
        QList<QPair<QString, QString>> fields;
        for (auto inputs = input.globalMatch(html); inputs.hasNext();) {
            const QString tag = inputs.next().captured(1);
            QHash<QString, QString> attributes;
            for (auto pairs = attribute.globalMatch(tag); pairs.hasNext();) {
                const QRegularExpressionMatch pair = pairs.next();
                QString value = pair.captured(2);
                value.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                    .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                    .replace(QStringLiteral("&gt;"), QStringLiteral(">"));
                attributes.insert(pair.captured(1), value.replace(QStringLiteral("&amp;"), QStringLiteral("&")));
            }
            const QString type = attributes.value(QStringLiteral("type"));
            if (type == QLatin1StringView("hidden") ||
                (type == QLatin1StringView("radio") && tag.contains(QLatin1StringView(" checked")))) {
                fields.append({attributes.value(QStringLiteral("name")), attributes.value(QStringLiteral("value"))});
            }
        }
        return fields;
    }

    HttpResult get(const QString &pathAndQuery, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return client->get(pathAndQuery, headers);
    }

    HttpResult post(const QString &path, const QByteArray &body)
    {
        QNetworkRequest request = client->request(path);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return SandboxClient::wait(client->send(request, "POST", body));
    }

    HttpResult getNoRedirect(const QString &pathAndQuery)
    {
        QNetworkRequest request = client->request(pathAndQuery);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return SandboxClient::wait(client->send(request));
    }

    static QString authorizeQuery(const QString &application, const QStringList &scopes, const QString &state,
                                  const QByteArray &challenge, const QString &redirectUri = callback)
    {
        return QStringLiteral("/v2/oauth/authorize?") +
               QString::fromLatin1(formBody({{QStringLiteral("response_type"), QStringLiteral("code")},
                                             {QStringLiteral("client_id"), application},
                                             {QStringLiteral("redirect_uri"), redirectUri},
                                             {QStringLiteral("scope"), scopes.join(u' ')},
                                             {QStringLiteral("state"), state},
                                             {QStringLiteral("code_challenge"), QString::fromLatin1(challenge)},
                                             {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}}));
    }

    // The login form submitted for `characterId`; the code of the redirect (empty when there is none).
    QString approve(qint64 characterId, const QStringList &scopes, const QByteArray &challenge,
                    const QString &application = clientId)
    {
        const HttpResult page = get(authorizeQuery(application, scopes, QStringLiteral("state-1"), challenge));
        if (page.status != 200) {
            return {};
        }
        QList<QPair<QString, QString>> fields = submittedFields(QString::fromUtf8(page.body));
        for (auto &[name, value] : fields) {
            if (name == QLatin1StringView("character_id")) {
                value = QString::number(characterId);
            }
        }
        const HttpResult submitted = post(QStringLiteral("/v2/oauth/authorize"), formBody(fields));
        const QUrl location(QString::fromLatin1(submitted.header("location")));
        return submitted.status == 302 ? QUrlQuery(location).queryItemValue(QStringLiteral("code")) : QString();
    }

    QJsonObject exchange(const QString &code, const QByteArray &verifier, const QString &application, int *status)
    {
        const HttpResult answer = post(QStringLiteral("/v2/oauth/token"),
                                       formBody({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                                 {QStringLiteral("code"), code},
                                                 {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)},
                                                 {QStringLiteral("client_id"), application},
                                                 {QStringLiteral("redirect_uri"), callback}}));
        *status = answer.status;
        return answer.json().object();
    }

    // A whole sign-in: the token answer (empty when any step failed).
    QJsonObject signIn(qint64 characterId, const QStringList &scopes, const QString &application = clientId)
    {
        const Esi::Core::Pkce pkce = Esi::Core::Pkce::generate();
        const QString code = approve(characterId, scopes, pkce.challenge(), application);
        int status = 0;
        const QJsonObject answer = exchange(code, pkce.verifier(), application, &status);
        return status == 200 ? answer : QJsonObject();
    }

    QString accessToken(qint64 characterId, const QStringList &scopes)
    {
        return signIn(characterId, scopes).value(QLatin1StringView("access_token")).toString();
    }

    Esi::Core::ManualClock clock;
    std::unique_ptr<Esi::Sandbox::SandboxServer> server;
    Esi::Sandbox::SsoArea *area = nullptr;
    std::unique_ptr<SandboxClient> client;
    QString error;
};
