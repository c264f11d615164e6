#include "app/serverurl.h"

#include "core/auth/servertrust.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::App {

std::optional<QUrl> ServerUrl::parse(const QString &text, const QString &origin, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty() &&
        !url.hasQuery() && !url.hasFragment()) {
        if (url.scheme() == u"http" && !Core::ServerTrust::isLoopbackHost(url.host())) {
            *error = tr("%1 \u201c%2\u201d uses plain http to %3, which is not this computer; use https, "
                        "or http only with a loopback address (127.0.0.1, ::1, localhost)")
                         .arg(origin, text, url.host());
            return std::nullopt;
        }
        return url;
    }
    *error = tr("%1 \u201c%2\u201d is not a server address; give an http(s) URL such as "
                "https://esi.evetech.net")
                 .arg(origin, text);
    return std::nullopt;
}

} // namespace Esi::App
