#pragma once

// Test helper: plain HTTP calls against an in-process SandboxServer through QNetworkAccessManager.
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int readyReadCount = 0;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

class SandboxClient
{
public:
    explicit SandboxClient(QUrl baseUrl)
        : m_baseUrl(std::move(baseUrl))
    {}

    QNetworkRequest request(const QString &pathAndQuery, const QList<QPair<QByteArray, QByteArray>> &headers = {}) const
    {
        QNetworkRequest request(m_baseUrl.resolved(QUrl(pathAndQuery)));
        request.setRawHeader("Accept-Language", "en"); // QNAM would send the test machine's locale
        for (const auto &[name, value] : headers) {
            request.setRawHeader(name, value);
        }
        return request;
    }

    // Starts a request; collect it with wait().
    QNetworkReply *send(const QNetworkRequest &request, const QByteArray &verb = "GET", const QByteArray &body = {})
    {
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QObject::connect(reply, &QIODevice::readyRead, reply,
                         [reply] { reply->setProperty("readyReads", reply->property("readyReads").toInt() + 1); });
        return reply;
    }

    static HttpResult wait(QNetworkReply *reply, int timeoutMs = 15000)
    {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(timeoutMs);
        }
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.error = reply->error();
        result.readyReadCount = reply->property("readyReads").toInt();
        const auto pairs = reply->rawHeaderPairs();
        for (const auto &[name, value] : pairs) {
            result.headers.insert(name.toLower(), value);
        }
        reply->deleteLater();
        return result;
    }

    HttpResult get(const QString &pathAndQuery, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return wait(send(request(pathAndQuery, headers)));
    }

    QNetworkAccessManager &network() { return m_network; }

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};
