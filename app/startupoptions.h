#pragma once

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QUrl>
#include <optional>

namespace Esi::App {

class StartupOptionGroup;

// esi-studio's command line: --spec, --base-url (or ESI_BASE_URL), --sso-url (or ESI_SSO_URL),
// --quit-after-ready and --new-instance, plus the options of every StartupOptionGroup added before parse().
class StartupOptions
{
    Q_DECLARE_TR_FUNCTIONS(Esi::App::StartupOptions)

public:
    static constexpr int exitUsage = 2; // a bad command line

    // `environment`: the process environment main() read at start (ESI_BASE_URL, ESI_SSO_URL).
    explicit StartupOptions(QProcessEnvironment environment);

    void addGroup(StartupOptionGroup *group); // not owned; must outlive parse()

    // Reads `arguments` (the program name first). --help and --version print and exit the process. Returns
    // exitUsage after printing the problem to stderr when the command line is unusable.
    std::optional<int> parse(const QStringList &arguments);

    QString specFile; // --spec: a local document instead of the bundled spec
    QUrl baseUrl;     // --base-url or ESI_BASE_URL
    QUrl ssoUrl;      // --sso-url or ESI_SSO_URL; empty: EVE SSO's own
    bool quitAfterReady = false;
    bool newInstance = false; // --new-instance: do not hand over to an ESI Studio already running

    bool serversGiven() const { return !baseUrl.isEmpty() || !ssoUrl.isEmpty(); }

private:
    QProcessEnvironment m_environment;
    QList<StartupOptionGroup *> m_groups;
};

} // namespace Esi::App
