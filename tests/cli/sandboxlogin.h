#pragma once

// Test helper: plays the browser of an `esi login` against esi-sandbox's login page (the page, its form with
// the chosen character, the redirect to the loopback callback), as tst_loginflow does.
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrl>

namespace SandboxLogin {

// Empty on success (the callback answered 200); otherwise what went wrong.
inline QString approve(QNetworkAccessManager &browser, const QUrl &authorizationUrl, qint64 characterId)
{
    const auto fetch = [&browser](QNetworkRequest request, const QByteArray &verb, const QByteArray &body) {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = browser.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            finished.wait(20000);
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray content = reply->readAll();
        const QByteArray location = reply->rawHeader("Location");
        reply->deleteLater();
        return std::make_pair(status, std::make_pair(content, location));
    };
    const auto [pageStatus, page] = fetch(QNetworkRequest(authorizationUrl), "GET", {});
    if (pageStatus != 200) {
        return QStringLiteral("the login page answered %1").arg(pageStatus);
    }
    const QString html = QString::fromUtf8(page.first);
    static const QRegularExpression hidden(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
    QByteArray form;
    const auto add = [&form](const QString &name, const QString &value) {
        form += (form.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    };
    for (auto fields = hidden.globalMatch(html); fields.hasNext();) {
        const QRegularExpressionMatch field = fields.next();
        QString value = field.captured(2);
        value.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        add(field.captured(1), value.replace(QStringLiteral("&amp;"), QStringLiteral("&")));
    }
    add(QStringLiteral("character_id"), QString::number(characterId));
    add(QStringLiteral("action"), QStringLiteral("approve"));
    QNetworkRequest submit(authorizationUrl.adjusted(QUrl::RemoveQuery));
    submit.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    const auto [submitStatus, submitted] = fetch(submit, "POST", form);
    if (submitStatus != 302) {
        return QStringLiteral("the login form answered %1 instead of a redirect").arg(submitStatus);
    }
    const auto [callbackStatus, callback] = fetch(QNetworkRequest(QUrl::fromEncoded(submitted.second)), "GET", {});
    return callbackStatus == 200 ? QString() : QStringLiteral("the callback answered %1").arg(callbackStatus);
}

} // namespace SandboxLogin
