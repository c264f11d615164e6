#include "core/spec/specrepository.h"

#include "core/privatefiles.h"
#include "esiversion.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

constexpr auto datesFileName = "compatibility-dates.json";

QStringList datesFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonArray dates = document.object().value(u"compatibility_dates"_s).toArray();
    if (parseError.error != QJsonParseError::NoError || dates.isEmpty()) {
        *error = u"expected {\"compatibility_dates\": [\"YYYY-MM-DD\", ...]}"_s;
        return {};
    }
    QStringList result;
    for (const QJsonValue &date : dates) {
        if (SpecRepository::isCompatibilityDate(date.toString())) {
            result.append(date.toString());
        }
    }
    std::sort(result.begin(), result.end(), std::greater<>());
    return result;
}

} // namespace

SpecRepository::SpecRepository(QNetworkAccessManager *network, QString cacheDirectory, QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_cacheDirectory(std::move(cacheDirectory))
    , m_baseUrl(std::move(baseUrl))
    , m_userAgent(QByteArrayLiteral("EsiStudio/" ESI_STUDIO_VERSION))
{}

QString SpecRepository::bundledResource()
{
    return u":/esi/specs/bundled-openapi.json"_s;
}

SpecLoadResult SpecRepository::loadBundled()
{
    return Spec::fromFile(bundledResource());
}

bool SpecRepository::isCompatibilityDate(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return shape.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

QString SpecRepository::cachedSpecPath(const QString &date) const
{
    return m_cacheDirectory + u"/openapi-"_s + date + u".json"_s;
}

QStringList SpecRepository::cachedDates() const
{
    QStringList dates;
    const QStringList files = QDir(m_cacheDirectory).entryList({u"openapi-*.json"_s}, QDir::Files);
    for (const QString &file : files) {
        const QString date = file.mid(8, 10);
        if (isCompatibilityDate(date) && file.size() == 23) {
            dates.append(date);
        }
    }
    std::sort(dates.begin(), dates.end(), std::greater<>());
    return dates;
}

QStringList SpecRepository::cachedCompatibilityDates() const
{
    QFile file(m_cacheDirectory + u'/' + QLatin1StringView(datesFileName));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString ignored;
    return datesFromJson(file.readAll(), &ignored);
}

SpecLoadResult SpecRepository::loadCached(const QString &date) const
{
    return Spec::fromFile(cachedSpecPath(date));
}

QNetworkReply *SpecRepository::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(30000);
    return m_network->get(request);
}

void SpecRepository::fetchCompatibilityDates()
{
    QUrl url = m_baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/meta/compatibility-dates"_s);
    QNetworkReply *reply = get(url);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handleDatesReply(reply); });
}

void SpecRepository::handleDatesReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        Q_EMIT compatibilityDatesFailed(networkError(reply, tr("the list of compatibility dates")),
                                        cachedCompatibilityDates());
        return;
    }
    const QByteArray body = reply->readAll();
    QString problem;
    const QStringList dates = datesFromJson(body, &problem);
    if (dates.isEmpty()) {
        SpecError error;
        error.kind = SpecError::Kind::WrongDocument;
        error.source = reply->url().toString();
        error.message = tr("unexpected answer: %1").arg(problem);
        Q_EMIT compatibilityDatesFailed(error, cachedCompatibilityDates());
        return;
    }
    QString ignored; // a read-only cache must not hide a good answer
    store(m_cacheDirectory + u'/' + QLatin1StringView(datesFileName), body, &ignored);
    Q_EMIT compatibilityDatesReady(dates);
}

void SpecRepository::fetchSpec(const QString &date, bool refresh)
{
    if (!isCompatibilityDate(date)) {
        SpecError error;
        error.kind = SpecError::Kind::Invalid;
        error.source = date;
        error.message = tr("\"%1\" is not a compatibility date; use the form YYYY-MM-DD").arg(date);
        Q_EMIT specFailed(date, error);
        return;
    }
    if (!refresh && QFile::exists(cachedSpecPath(date))) {
        const SpecLoadResult cached = loadCached(date);
        if (cached) {
            Q_EMIT specReady(date, cached.spec, true);
            return;
        }
        // A damaged cache entry falls through to the network, which replaces it.
    }
    QUrl url = m_baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/meta/openapi.json"_s);
    url.setQuery(QUrlQuery{{u"compatibility_date"_s, date}});
    QNetworkReply *reply = get(url);
    connect(reply, &QNetworkReply::finished, this, [this, date, reply] { handleSpecReply(date, reply); });
}

void SpecRepository::handleSpecReply(const QString &date, QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        SpecError error = networkError(reply, tr("the spec for %1").arg(date));
        if (QFile::exists(cachedSpecPath(date))) {
            if (const SpecLoadResult cached = loadCached(date)) {
                Q_EMIT specReady(date, cached.spec, true); // offline: the copy on disk still answers
                return;
            }
        }
        Q_EMIT specFailed(date, error);
        return;
    }
    const QByteArray body = reply->readAll();
    const SpecLoadResult result = Spec::fromJson(body, reply->url().toString());
    if (!result) {
        Q_EMIT specFailed(date, result.error); // never cache a document we could not read
        return;
    }
    QString problem;
    if (!store(cachedSpecPath(date), body, &problem)) {
        qWarning("Spec cache not written: %s", qUtf8Printable(problem));
    }
    Q_EMIT specReady(date, result.spec, false);
}

SpecError SpecRepository::networkError(QNetworkReply *reply, const QString &what)
{
    SpecError error;
    error.kind = SpecError::Kind::Network;
    error.source = reply->url().toString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString detail = reply->errorString();
    if (status > 0) {
        const QString esiMessage = QJsonDocument::fromJson(reply->readAll()).object().value(u"error"_s).toString();
        detail = u"HTTP "_s + QString::number(status) + (esiMessage.isEmpty() ? QString() : u": "_s + esiMessage);
    }
    error.message = tr("could not fetch %1 (%2); check the ESI base URL and your connection").arg(what, detail);
    return error;
}

bool SpecRepository::store(const QString &fileName, const QByteArray &data, QString *error) const
{
    if (!PrivateFiles::makePrivateDir(m_cacheDirectory)) {
        *error = tr("cannot create %1").arg(m_cacheDirectory);
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictToUser(file) || file.write(data) != data.size() ||
        !file.commit()) {
        *error = fileName + u": "_s + file.errorString();
        return false;
    }
    return true;
}

} // namespace Esi::Core
