#pragma once

#include "core/http/calloptions.h"
#include "core/http/pagefetcher.h"
#include "core/http/parametervalidator.h"
#include "core/http/responselimits.h"
#include "core/http/useragent.h"
#include "core/spec/spec.h"

#include <QObject>
#include <QUrl>

namespace Esi::Core {

class EsiCall;
class TokenProvider;

struct EsiClientSettings
{
    QUrl baseUrl = QUrl(QStringLiteral("https://esi.evetech.net"));
    UserAgent userAgent;
    QString tenant = QStringLiteral("tranquility");
    int transferTimeoutMs = 30000;
    int defaultConcurrency = 8;
    RetryPolicy retry;
    ResponseLimits limits; // pages per call, bytes per response
};

// The call engine every GUI call and every export goes through. It owns nothing it is given: the
// QNetworkAccessManager, clock, response cache, limit trackers and token provider are shared with the
// rest of the application (only the manager and the clock are required).
//
//   EsiCall *call = client.call(spec, u"GetMarketsRegionIdOrders"_s, values, options);
//   connect(call, &EsiCall::pageReceived, ...);   // pages stream in as they arrive
//   connect(call, &EsiCall::finished, ...);       // then call->result(); call->deleteLater()
class EsiClient : public QObject
{
    Q_OBJECT

public:
    EsiClient(const FetchServices &services, EsiClientSettings settings, QObject *parent = nullptr);

    const EsiClientSettings &settings() const { return m_settings; }

    void setSettings(const EsiClientSettings &settings) { m_settings = settings; }

    // Used for authed operations; without one they fail with a "needs a character" message.
    void setTokenProvider(TokenProvider *provider) { m_tokens = provider; }

    const FetchServices &services() const { return m_services; }

    // Starts on the next event-loop turn, so connect first. The call is a child of the client; delete
    // it (deleteLater) once finished. Validation problems finish it with CallError::InvalidInput.
    EsiCall *call(SpecPtr spec, const QString &operationId, const ParameterValues &values,
                  const CallOptions &options = CallOptions());

    // Every problem with `values` for `operationId` (unknown operation included), before any call.
    static QList<ValidationIssue> validate(const Spec &spec, const QString &operationId, const ParameterValues &values);

    static const QStringList &languages(); // ESI's languages: EsiLanguages::codes()

private:
    FetchServices m_services;
    EsiClientSettings m_settings;
    TokenProvider *m_tokens = nullptr;
};

} // namespace Esi::Core
