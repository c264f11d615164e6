#pragma once

#include "core/spec/spec.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Esi::Core {

// Where specs come from: the bundled one (works offline on first start), local files, and ESI's
// /meta endpoints for a chosen compatibility date, cached on disk per date so a date once fetched
// keeps working offline.
class SpecRepository : public QObject
{
    Q_OBJECT

public:
    static constexpr auto defaultBaseUrl = "https://esi.evetech.net";

    SpecRepository(QNetworkAccessManager *network, QString cacheDirectory, QUrl baseUrl, QObject *parent = nullptr);

    static QString bundledResource();
    static SpecLoadResult loadBundled();
    static bool isCompatibilityDate(const QString &text); // YYYY-MM-DD and a real calendar date

    QUrl baseUrl() const { return m_baseUrl; }

    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }

    QString cacheDirectory() const { return m_cacheDirectory; }

    QString cachedSpecPath(const QString &date) const;
    QStringList cachedDates() const;              // newest first
    QStringList cachedCompatibilityDates() const; // last list fetched from ESI, newest first
    SpecLoadResult loadCached(const QString &date) const;

    // Answers with compatibilityDatesReady or compatibilityDatesFailed (the cached list is still offered).
    void fetchCompatibilityDates();
    // Answers with specReady or specFailed. A cached date is served from disk unless `refresh`.
    void fetchSpec(const QString &date, bool refresh = false);

Q_SIGNALS:
    void compatibilityDatesReady(const QStringList &dates);
    void compatibilityDatesFailed(const Esi::Core::SpecError &error, const QStringList &cachedDates);
    void specReady(const QString &date, Esi::Core::SpecPtr spec, bool fromCache);
    void specFailed(const QString &date, const Esi::Core::SpecError &error);

private:
    QNetworkReply *get(const QUrl &url);
    void handleDatesReply(QNetworkReply *reply);
    void handleSpecReply(const QString &date, QNetworkReply *reply);
    static SpecError networkError(QNetworkReply *reply, const QString &what);
    bool store(const QString &fileName, const QByteArray &data, QString *error) const;

    QNetworkAccessManager *m_network;
    QString m_cacheDirectory;
    QUrl m_baseUrl;
    QByteArray m_userAgent;
};

} // namespace Esi::Core
