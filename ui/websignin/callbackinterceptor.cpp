#include "ui/websignin/callbackinterceptor.h"

#include <QMutexLocker>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

CallbackInterceptor::CallbackInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{}

void CallbackInterceptor::setCallbackUrl(const QUrl &callbackUrl)
{
    const QMutexLocker lock(&m_mutex);
    m_callbackUrl = callbackUrl;
}

bool CallbackInterceptor::sameEndpoint(const QUrl &url, const QUrl &callbackUrl)
{
    const auto path = [](const QUrl &u) {
        const QString p = u.path();
        return p.isEmpty() ? u"/"_s : p;
    };
    // An explicit default port (http://127.0.0.1:80/callback) is the same endpoint as none.
    const auto port = [](const QUrl &u) {
        return u.port(u.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0 ? 443 : 80);
    };
    return callbackUrl.isValid() && !callbackUrl.isEmpty() &&
           url.scheme().compare(callbackUrl.scheme(), Qt::CaseInsensitive) == 0 &&
           url.host().compare(callbackUrl.host(), Qt::CaseInsensitive) == 0 && port(url) == port(callbackUrl) &&
           path(url) == path(callbackUrl);
}

void CallbackInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    QUrl callbackUrl;
    {
        const QMutexLocker lock(&m_mutex);
        callbackUrl = m_callbackUrl;
    }
    if (!sameEndpoint(info.requestUrl(), callbackUrl)) {
        return;
    }
    info.block(true);
    if (info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame) {
        Q_EMIT callbackBlocked(info.requestUrl());
    }
}

} // namespace Esi::Ui
