#pragma once

#include <QCoreApplication>
#include <QUrl>
#include <optional>

namespace Esi::App {

// An ESI or SSO root given on the command line or in the environment: an absolute http(s) URL without query
// or fragment, plain http only to this computer. Anything else would fail much later and less clearly.
class ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(Esi::App::ServerUrl)

public:
    // `origin` names where `text` came from (--base-url, ESI_SSO_URL) for the message in `error`.
    static std::optional<QUrl> parse(const QString &text, const QString &origin, QString *error);
};

} // namespace Esi::App
