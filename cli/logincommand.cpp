#include "cli/logincommand.h"

#include "cli/authservices.h"
#include "cli/commandparser.h"
#include "cli/console.h"
#include "cli/tokenreport.h"
#include "core/auth/loopbackreceiver.h"
#include "core/auth/ssoclient.h"
#include "core/auth/ssoflow.h"
#include "core/auth/tokenstore.h"
#include "core/spec/specrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

using namespace Core;

LoginCommand::LoginCommand(Console &console, const QProcessEnvironment &environment, Core::StateLocations locations)
    : m_console(console)
    , m_environment(environment)
    , m_locations(std::move(locations))
{}

QString LoginCommand::name() const
{
    return u"login"_s;
}

QString LoginCommand::description() const
{
    return u"Sign a character in with EVE SSO and keep its tokens in the OS keychain."_s;
}

void LoginCommand::openBrowser(const QUrl &url)
{
    if (m_environment.value(u"DISPLAY"_s).isEmpty() && m_environment.value(u"WAYLAND_DISPLAY"_s).isEmpty()) {
        m_console.writeError(u"esi: --browser: no desktop session (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                             "open the URL yourself\n"_s);
        return;
    }
    if (!QProcess::startDetached(u"xdg-open"_s, {url.toString(QUrl::FullyEncoded)})) {
        m_console.writeError(u"esi: --browser: xdg-open could not be started (package xdg-utils); open the URL "
                             "yourself\n"_s);
    }
}

int LoginCommand::run(const QStringList &arguments)
{
    CommandParser parser(m_console, u"esi login"_s, description());
    AuthServices services(m_environment, m_locations);
    services.addOptions(parser);
    const QCommandLineOption scopesOption(
        u"scopes"_s, u"Scopes to ask for, separated by commas or spaces (default: the GUI's setting, else none)."_s,
        u"scopes"_s);
    const QCommandLineOption characterOption(
        u"character"_s, u"Signing this character in again: also ask for every scope it has, so none is lost."_s,
        u"id"_s);
    const QCommandLineOption callbackOption(
        u"callback"_s,
        u"Callback URL registered with the application (default %1); port 0 picks a free port, which "
        "only esi-sandbox accepts."_s.arg(SsoSettings::defaultCallbackUrl().toString()),
        u"url"_s);
    const QCommandLineOption browserOption(u"browser"_s,
                                           u"Open the sign-in page in the system browser (xdg-open) as well."_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, u"Give up after <s> seconds (default 300)."_s, u"s"_s,
                                           u"300"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON lines instead of text."_s);
    for (const QCommandLineOption &option :
         {scopesOption, characterOption, callbackOption, browserOption, timeoutOption, jsonOption}) {
        parser.addOption(option);
    }
    parser.setEpilogue(
        u"The authorization URL is printed on stdout (with --json as {\"authorization_url\": ...}); open it, log\n"
        "in and approve. The browser then returns to the callback URL, where esi is listening, and the\n"
        "signed-in character is printed. The tokens go to the OS keychain only; without a working keychain\n"
        "nothing is stored.\n\n"
        "Environment: ESI_CLIENT_ID, ESI_SSO_URL (e.g. an esi-sandbox), ESI_STUDIO_DATA_DIR (token database),\n"
        "ESI_STUDIO_CACHE_DIR (the SSO's signing keys).\n"
        "Exit status: 0 signed in, 1 failure (refused, timed out, keychain unavailable), 2 bad input.\n"_s);
    if (const auto done = parser.parse(arguments, 0, 0)) {
        return *done;
    }
    const bool json = parser.isSet(jsonOption);

    QString problem;
    SsoSettings settings = services.settings(parser, &problem);
    if (!problem.isEmpty()) {
        return parser.usageError(problem);
    }
    if (parser.isSet(scopesOption)) {
        settings.scopes.clear();
        for (const QString &value : parser.values(scopesOption)) {
            settings.scopes += value.split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts);
        }
        settings.scopes.removeDuplicates();
    }
    if (parser.isSet(callbackOption)) {
        settings.callbackUrl = QUrl(parser.value(callbackOption), QUrl::StrictMode);
    }
    bool ok = false;
    const int timeoutSecs = parser.value(timeoutOption).toInt(&ok);
    if (!ok || timeoutSecs < 1 || timeoutSecs > 86400) {
        return parser.usageError(
            u"--timeout \"%1\" must be a number of seconds from 1 to 86400"_s.arg(parser.value(timeoutOption)));
    }
    qint64 characterId = 0;
    if (parser.isSet(characterOption)) {
        characterId = parser.value(characterOption).toLongLong(&ok);
        if (!ok || characterId <= 0) {
            return parser.usageError(u"--character \"%1\" is not a character ID"_s.arg(parser.value(characterOption)));
        }
    }
    if (const QString invalid = settings.validate(); !invalid.isEmpty()) {
        return m_console.fail(ExitCode::BadInput, invalid + u" (or pass --client-id / set ESI_CLIENT_ID)"_s);
    }
    const QString callbackHost = settings.callbackUrl.host().toLower();
    if (settings.callbackUrl.scheme() != "http"_L1 ||
        (callbackHost != "127.0.0.1"_L1 && callbackHost != "localhost"_L1)) {
        return m_console.fail(ExitCode::BadInput,
                              u"the callback URL %1 is not an http://127.0.0.1 or http://localhost address, so esi "
                              "cannot catch the browser's answer; register and pass one like %2"_s.arg(
                                  settings.callbackUrl.toString(), SsoSettings::defaultCallbackUrl().toString()));
    }
    // A scope this ESI does not know is most likely a typo; EVE SSO will refuse it, so say so now.
    if (const SpecLoadResult bundled = SpecRepository::loadBundled()) {
        for (const QString &scope : std::as_const(settings.scopes)) {
            if (!bundled.spec->scopes().contains(scope) && scope != "publicData"_L1) {
                m_console.writeError(u"esi: warning: %1 is not a scope of the bundled ESI spec (%2); EVE SSO may "
                                     "refuse it\n"_s.arg(scope, bundled.spec->version()));
            }
        }
    }

    QString error;
    if (!services.open(settings, &error)) {
        return m_console.fail(ExitCode::Failure, error);
    }
    TokenStore &store = services.store();
    QStringList scopes = settings.scopes;
    if (characterId > 0) {
        scopes = store.scopesForReSignIn(characterId, scopes);
    }

    LoopbackReceiver receiver;
    if (!receiver.listen(settings.callbackUrl, &error)) {
        return m_console.fail(ExitCode::Failure, error);
    }
    SsoFlow flow(services.sso());
    flow.setScopes(scopes);
    flow.setCallbackUrl(receiver.callbackUrl());

    std::optional<int> exitCode;
    bool timedOut = false;
    QObject::connect(&receiver, &LoopbackReceiver::callbackReceived, &flow, &SsoFlow::handleCallback);
    QObject::connect(&flow, &SsoFlow::authorizationUrlReady, &flow, [&](const QUrl &url) {
        receiver.setExpectedState(flow.state()); // a forged answer gets a 400 and the wait goes on
        const QString text = url.toString(QUrl::FullyEncoded);
        if (json) {
            m_console.writeJson({{u"authorization_url"_s, text}});
        } else {
            m_console.writeLine(text);
        }
        m_console.writeError(u"esi: open the URL above in a browser and log in; waiting up to %1 s for the answer "
                             "on %2\n"_s.arg(timeoutSecs)
                                 .arg(receiver.callbackUrl().toString()));
        if (parser.isSet(browserOption)) {
            openBrowser(url);
        }
    });
    QObject::connect(&flow, &SsoFlow::failed, &flow,
                     [&](const QString &reason) { exitCode = m_console.fail(ExitCode::Failure, reason); });
    QObject::connect(&flow, &SsoFlow::signedIn, &flow, [&](const SsoTokens &tokens) {
        receiver.close();
        store.addFromSignIn(tokens, &flow, [&](const SignInStoreResult &stored) {
            if (!stored.isOk()) {
                exitCode = m_console.fail(ExitCode::Failure, stored.error);
                return;
            }
            const TokenRecord &record = stored.record;
            if (stored.ownerChanged) {
                m_console.writeError(u"esi: warning: %1 moved to another account since its last sign-in (its owner "
                                     "hash changed)\n"_s.arg(TokenReport::who(record)));
            }
            if (!stored.lostScopes.isEmpty()) {
                m_console.writeError(
                    u"esi: warning: %1 no longer has %2; sign in again with them to get them "
                    "back: %3\n"_s.arg(TokenReport::who(record), stored.lostScopes.join(u", "_s),
                                       AuthServices::signInHint(record.characterId, stored.lostScopes)));
            }
            if (json) {
                QJsonObject report = TokenReport::toJson(record, services.clock().now());
                report.insert(u"replaced"_s, stored.replaced);
                report.insert(u"lost_scopes"_s, QJsonArray::fromStringList(stored.lostScopes));
                m_console.writeJson(report);
            } else {
                m_console.writeLine(u"Signed in %1 with %2."_s.arg(
                    TokenReport::who(record),
                    record.scopes.isEmpty() ? u"no scopes"_s : u"scopes "_s + record.scopes.join(u", "_s)));
            }
            exitCode = ExitCode::Success;
        });
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &timeout, [&timedOut] { timedOut = true; });
    timeout.start(std::chrono::seconds(timeoutSecs));
    flow.start();
    AuthServices::waitUntil([&] { return exitCode.has_value() || timedOut; });
    if (!exitCode) {
        return m_console.fail(ExitCode::Failure,
                              u"no sign-in answer arrived within %1 s; run esi login again (--timeout sets the "
                              "wait)"_s.arg(timeoutSecs));
    }
    return *exitCode;
}

} // namespace Esi::Cli
