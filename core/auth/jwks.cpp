#include "core/auth/jwks.h"

#include "core/auth/authlogging.h"
#include "core/clock.h"
#include "core/http/redirectguard.h"
#include "core/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

bool parseKeys(const QByteArray &json, QJsonArray *keys, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue array = document.object().value("keys"_L1);
    if (!document.isObject() || !array.isArray()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? QCoreApplication::translate("Esi::Core::Jwks", "not JSON (%1)").arg(parseError.errorString())
                     : QCoreApplication::translate("Esi::Core::Jwks", "no \"keys\" array");
        return false;
    }
    *keys = QJsonArray();
    const QJsonArray all = array.toArray();
    for (const QJsonValue &key : all) {
        if (key.isObject() && !key.toObject().value("kid"_L1).toString().isEmpty()) {
            keys->append(key);
        }
    }
    return true;
}

} // namespace

Jwks::Jwks(QNetworkAccessManager *network, const Clock &clock, QString cacheFile, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_cacheFile(std::move(cacheFile))
{}

void Jwks::setUrl(const QUrl &url)
{
    if (url == m_url) {
        return;
    }
    m_url = url;
    m_keys = {};
    m_fetchedAt = {};
    m_lastAttemptAt = {};
    loadCache();
}

bool Jwks::hasKey(const QString &keyId) const
{
    for (const QJsonValue &key : m_keys) {
        if (key.toObject().value("kid"_L1).toString() == keyId) {
            return true;
        }
    }
    return false;
}

bool Jwks::setDocument(const QByteArray &json, QString *error)
{
    QJsonArray keys;
    if (!parseKeys(json, &keys, error)) {
        return false;
    }
    m_keys = keys;
    m_fetchedAt = m_clock.now();
    saveCache();
    Q_EMIT keysUpdated();
    return true;
}

void Jwks::ensureKey(const QString &keyId, QObject *context, std::function<void(const QString &)> done)
{
    Waiter waiter{keyId, QPointer<QObject>(context), context != nullptr, std::move(done)};
    const QDateTime now = m_clock.now();
    const bool stale = !m_fetchedAt.isValid() || m_fetchedAt.secsTo(now) > maxCacheAgeSecs;
    const bool known = hasKey(keyId);
    if (known && !stale) {
        answer(waiter, {});
        return;
    }
    const bool mayFetch = !m_lastAttemptAt.isValid() || m_lastAttemptAt.secsTo(now) >= refetchIntervalSecs ||
                          m_keys.isEmpty() || m_fetching;
    if (!mayFetch) {
        if (known) {
            answer(waiter, {});
            return;
        }
        answer(waiter, QCoreApplication::translate(
                           "Esi::Core::Jwks",
                           "The SSO does not publish signing key '%1', and its keys were fetched less than a minute "
                           "ago, so they are not fetched again yet.")
                           .arg(keyId));
        return;
    }
    m_waiters.append(std::move(waiter));
    if (!m_fetching) {
        fetch();
    }
}

void Jwks::fetch()
{
    if (!m_url.isValid() || m_url.isEmpty()) {
        handleFetched({}, QCoreApplication::translate("Esi::Core::Jwks", "no JWKS URL is known"));
        return;
    }
    m_fetching = true;
    ++m_fetchCount;
    m_lastAttemptAt = m_clock.now();
    QNetworkRequest request(m_url);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(30000);
    RedirectGuard::prepare(request);
    QNetworkReply *reply = m_network->get(request);
    RedirectGuard::watch(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString error = RedirectGuard::refusal(reply); // keys from another server are never taken
        if (error.isEmpty() && reply->error() != QNetworkReply::NoError) {
            error = reply->errorString();
        } else if (error.isEmpty() && status != 200) {
            error = u"HTTP %1"_s.arg(status);
        }
        handleFetched(reply->readAll(), error);
    });
}

void Jwks::handleFetched(const QByteArray &body, const QString &networkError)
{
    m_fetching = false;
    QString error = networkError;
    if (error.isEmpty()) {
        QString parseError;
        if (!setDocument(body, &parseError)) {
            error = QCoreApplication::translate("Esi::Core::Jwks", "the answer is not a JWKS: %1").arg(parseError);
        }
    }
    if (!error.isEmpty()) {
        qCWarning(lcEsiAuth) << "Fetching the SSO signing keys from" << m_url.toString() << "failed:" << error;
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (hasKey(waiter.keyId)) {
            answer(waiter, {});
        } else if (!error.isEmpty()) {
            answer(waiter,
                   QCoreApplication::translate("Esi::Core::Jwks", "Cannot fetch the SSO's signing keys from %1: %2.")
                       .arg(m_url.toString(), error));
        } else {
            answer(waiter, QCoreApplication::translate("Esi::Core::Jwks", "The SSO does not publish signing key '%1'.")
                               .arg(waiter.keyId));
        }
    }
}

void Jwks::answer(const Waiter &waiter, const QString &error) const
{
    if (waiter.hasContext && !waiter.context) {
        return;
    }
    waiter.done(error);
}

void Jwks::loadCache()
{
    QFile file(m_cacheFile);
    if (m_cacheFile.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return;
    }
    const QJsonObject cache = QJsonDocument::fromJson(file.readAll()).object();
    if (QUrl(cache.value("url"_L1).toString()) != m_url) {
        return;
    }
    QJsonArray keys;
    QString error;
    if (!parseKeys(QJsonDocument(cache).toJson(QJsonDocument::Compact), &keys, &error)) {
        qCWarning(lcEsiAuth) << "Ignoring the damaged signing key cache" << m_cacheFile << ":" << error;
        return;
    }
    m_keys = keys;
    m_fetchedAt = QDateTime::fromString(cache.value("fetched_at"_L1).toString(), Qt::ISODate);
}

void Jwks::saveCache() const
{
    if (m_cacheFile.isEmpty()) {
        return;
    }
    PrivateFiles::makePrivateDir(QFileInfo(m_cacheFile).absolutePath());
    QSaveFile file(m_cacheFile);
    const QJsonObject cache{
        {u"url"_s, m_url.toString()}, {u"fetched_at"_s, m_fetchedAt.toString(Qt::ISODate)}, {u"keys"_s, m_keys}};
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictToUser(file) ||
        file.write(QJsonDocument(cache).toJson()) < 0 || !file.commit()) {
        qCWarning(lcEsiAuth) << "Cannot cache the SSO signing keys in" << m_cacheFile << ":" << file.errorString();
    }
}

} // namespace Esi::Core
