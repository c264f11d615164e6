// Many processes refreshing one character at once, the way the GUI's keep-alive and scripts running `esi`
// do every day: esi-sandbox as the SSO (it rotates refresh tokens and answers invalid_grant for a used one),
// the tokens in a real GNOME Keyring, four `esi tokens refresh` processes plus a keep-alive in this process
// at once, three rounds: every one must succeed and the character must stay signed in. Also: a token never
// goes to a server other than its issuer's (checked on that server's side), and plain http to a host that
// is not this computer is refused.
#include "core/auth/keychainsecretstore.h"
#include "core/auth/ssoclient.h"
#include "core/auth/tokendatabase.h"
#include "core/auth/tokenkeepalive.h"
#include "core/auth/tokenstore.h"
#include "core/clock.h"
#include "sandboxlogin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString esiProgram = QStringLiteral(ESI_BINARY_DIR "/cli/esi");
const QString sandboxProgram = QStringLiteral(ESI_BINARY_DIR "/sandbox/esi-sandbox");
const QString assetsScope = u"esi-assets.read_assets.v1"_s;
constexpr qint64 pilot = 2112000001;
constexpr int processTimeoutMs = 60000;
constexpr int processesPerRound = 4;
constexpr int rounds = 3;

} // namespace

class TstConcurrentRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void fourEsiRefreshesAndAKeepAlive_threeRounds_everyOneSucceeds();
    void tokenForAnotherServer_isNeverSent();
    void plainHttpToAnotherHost_isRefusedBeforeAnythingIsSent_data();
    void plainHttpToAnotherHost_isRefusedBeforeAnythingIsSent();

private:
    QProcessEnvironment environment() const;
    std::unique_ptr<QProcess> startEsi(const QStringList &arguments);
    QString finish(QProcess &process, int *exitCode);

    QTemporaryDir m_root;
    QString m_data;
    QString m_cache;
    QString m_config;
    QProcess m_sandbox;
    QString m_sandboxUrl;
    QNetworkAccessManager m_browser;
};

void TstConcurrentRefresh::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(esiProgram), qPrintable(esiProgram));
    QVERIFY2(QFile::exists(sandboxProgram), qPrintable(sandboxProgram));
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run this test through ctest (KEYRING), which starts one with a keyring");
    QVERIFY(m_root.isValid());
    m_data = m_root.filePath(u"data"_s);
    m_cache = m_root.filePath(u"cache"_s);
    m_config = m_root.filePath(u"config"_s);
    for (const QString &folder : {m_data, m_cache, m_config}) {
        QVERIFY(QDir().mkpath(folder));
    }
    m_sandbox.setProcessEnvironment(environment());
    m_sandbox.start(sandboxProgram, {u"--port"_s, u"0"_s});
    QVERIFY(m_sandbox.waitForStarted(10000));
    while (!m_sandbox.canReadLine() && m_sandbox.waitForReadyRead(10000)) {
    }
    const QString line = QString::fromUtf8(m_sandbox.readLine()).trimmed();
    QVERIFY2(line.startsWith(u"listening on http://127.0.0.1:"_s), qPrintable(line));
    m_sandboxUrl = line.mid(u"listening on "_s.size());

    // `esi login`, the browser part played here.
    auto login = startEsi({u"login"_s, u"--callback"_s, u"http://127.0.0.1:0/callback"_s, u"--scopes"_s, assetsScope,
                           u"--json"_s, u"--timeout"_s, u"60"_s});
    while (!login->canReadLine() && login->waitForReadyRead(20000)) {
    }
    const QUrl url(QJsonDocument::fromJson(login->readLine()).object().value("authorization_url"_L1).toString());
    QVERIFY2(url.isValid() && !url.isEmpty(), "esi login printed no authorization URL");
    const QString browsed = SandboxLogin::approve(m_browser, url, pilot);
    QVERIFY2(browsed.isEmpty(), qPrintable(browsed));
    int exitCode = -1;
    const QString err = finish(*login, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(err));
}

void TstConcurrentRefresh::cleanupTestCase()
{
    if (m_sandbox.state() != QProcess::NotRunning) {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(10000);
    }
}

QProcessEnvironment TstConcurrentRefresh::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ESI_STUDIO_DATA_DIR"_s, m_data);
    env.insert(u"ESI_STUDIO_CACHE_DIR"_s, m_cache);
    env.insert(u"XDG_CONFIG_HOME"_s, m_config);
    for (const QString &name :
         {u"ESI_BASE_URL"_s, u"ESI_CONTACT_EMAIL"_s, u"QT_LOGGING_RULES"_s, u"ESI_TRUSTED_ESI_URL"_s}) {
        env.remove(name);
    }
    if (!m_sandboxUrl.isEmpty()) {
        env.insert(u"ESI_SSO_URL"_s, m_sandboxUrl);
        env.insert(u"ESI_CLIENT_ID"_s, u"test"_s);
    }
    return env;
}

std::unique_ptr<QProcess> TstConcurrentRefresh::startEsi(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment());
    process->start(esiProgram, arguments);
    return process;
}

QString TstConcurrentRefresh::finish(QProcess &process, int *exitCode)
{
    // waitForFinished() says false for a process that already finished while the event loop ran.
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(processTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return u"esi did not finish"_s;
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardError());
}

void TstConcurrentRefresh::fourEsiRefreshesAndAKeepAlive_threeRounds_everyOneSucceeds()
{
    // The GUI's side: its own token store on the same database and keychain, and its keep-alive, whose
    // clock says two days have passed so the character is due.
    SystemClock clock;
    ManualClock later(QDateTime::currentDateTimeUtc().addDays(2));
    QNetworkAccessManager network;
    SsoSettings settings;
    settings.clientId = u"test"_s;
    settings.baseUrl = QUrl(m_sandboxUrl);
    SsoClient sso(settings, &network, clock, m_cache + u"/gui-jwks.json"_s);
    TokenDatabase database(m_data + u"/tokens.sqlite"_s);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    KeychainSecretStore keychain;
    TokenStore store(database, keychain, sso, clock);
    TokenKeepAlive keepAlive(store, later);
    keepAlive.setIntervalDays(1);

    int tried = 0;
    int succeeded = 0;
    for (int round = 1; round <= rounds; ++round) {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < processesPerRound; ++i) {
            processes.push_back(startEsi({u"tokens"_s, u"refresh"_s, QString::number(pilot), u"--json"_s}));
        }
        std::optional<bool> keptAlive;
        QString keepAliveError;
        const auto ok = connect(&keepAlive, &TokenKeepAlive::refreshed, this, [&](qint64) { keptAlive = true; });
        const auto failed = connect(&keepAlive, &TokenKeepAlive::refreshFailed, this, [&](qint64, const QString &why) {
            keptAlive = false;
            keepAliveError = why;
        });
        QCOMPARE(keepAlive.checkNow(), 1);
        tried += processesPerRound + 1;
        QTRY_VERIFY_WITH_TIMEOUT(keptAlive.has_value(), processTimeoutMs);
        disconnect(ok);
        disconnect(failed);
        QVERIFY2(*keptAlive, qPrintable(keepAliveError));
        ++succeeded;
        for (const auto &process : processes) {
            int exitCode = -1;
            const QString err = finish(*process, &exitCode);
            QVERIFY2(exitCode == 0, qPrintable(u"round %1: %2"_s.arg(round).arg(err)));
            const QJsonObject record = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
            QCOMPARE(record.value("status"_L1).toString(), u"valid"_s);
            ++succeeded;
        }
        QCOMPARE(store.token(pilot)->status, TokenStatus::Valid);
        qInfo("round %d: %d refreshes at once (%d esi processes + the keep-alive), all succeeded", round,
              processesPerRound + 1, processesPerRound);
    }
    qInfo("%d refreshes tried, %d succeeded", tried, succeeded);
    QCOMPARE(succeeded, tried);

    // And the chain still works afterwards: a refresh through the SSO with what the keychain holds now.
    auto after = startEsi({u"tokens"_s, u"refresh"_s, QString::number(pilot)});
    int exitCode = -1;
    const QString err = finish(*after, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(err));
}

void TstConcurrentRefresh::tokenForAnotherServer_isNeverSent()
{
    QTcpServer other; // a second loopback address: it must see no connection at all
    QVERIFY(other.listen(QHostAddress(u"127.0.0.2"_s)));
    const QString otherUrl = u"http://127.0.0.2:%1"_s.arg(other.serverPort());

    auto call = startEsi({u"call"_s, u"GetCharactersCharacterIdAssets"_s, u"character_id=%1"_s.arg(pilot),
                          u"--character"_s, QString::number(pilot), u"--base-url"_s, otherUrl});
    int exitCode = -1;
    QString err = finish(*call, &exitCode);
    QCOMPARE(exitCode, 1);
    QVERIFY2(err.contains(u"127.0.0.1"_s) && err.contains(u"127.0.0.2"_s), qPrintable(err));

    auto refresh = startEsi({u"tokens"_s, u"refresh"_s, QString::number(pilot), u"--sso-url"_s, otherUrl});
    err = finish(*refresh, &exitCode);
    QCOMPARE(exitCode, 1);
    QVERIFY2(err.contains(u"127.0.0.2"_s) && err.contains(u"nothing was sent"_s), qPrintable(err));

    auto revoke = startEsi({u"tokens"_s, u"revoke"_s, QString::number(pilot), u"--sso-url"_s, otherUrl});
    err = finish(*revoke, &exitCode);
    QCOMPARE(exitCode, 1);

    QTest::qWait(100);
    QVERIFY(!other.hasPendingConnections());
    // The character is untouched and still works with its own server.
    auto own = startEsi({u"call"_s, u"GetCharactersCharacterIdAssets"_s, u"character_id=%1"_s.arg(pilot),
                         u"--character"_s, QString::number(pilot), u"--base-url"_s, m_sandboxUrl});
    err = finish(*own, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(err));
}

void TstConcurrentRefresh::plainHttpToAnotherHost_isRefusedBeforeAnythingIsSent_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    // 192.0.2.1 is TEST-NET-1: nothing answers there, and nothing must try.
    QTest::newRow("esi call --base-url") << QStringList{u"call"_s, u"GetStatus"_s, u"--base-url"_s,
                                                        u"http://192.0.2.1"_s}
                                         << QString() << QString();
    QTest::newRow("ESI_BASE_URL") << QStringList{u"call"_s, u"GetStatus"_s} << u"ESI_BASE_URL"_s
                                  << u"http://192.0.2.1"_s;
    QTest::newRow("esi tokens refresh --sso-url")
        << QStringList{u"tokens"_s, u"refresh"_s, QString::number(pilot), u"--sso-url"_s, u"http://192.0.2.1"_s}
        << QString() << QString();
    QTest::newRow("ESI_SSO_URL") << QStringList{u"tokens"_s, u"refresh"_s, QString::number(pilot)} << u"ESI_SSO_URL"_s
                                 << u"http://192.0.2.1"_s;
    QTest::newRow("--trust-esi-url") << QStringList{u"tokens"_s, u"list"_s, u"--trust-esi-url"_s, u"http://192.0.2.1"_s}
                                     << QString() << QString();
}

void TstConcurrentRefresh::plainHttpToAnotherHost_isRefusedBeforeAnythingIsSent()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QProcess process;
    QProcessEnvironment env = environment();
    if (!variable.isEmpty()) {
        env.insert(variable, value);
    }
    process.setProcessEnvironment(env);
    process.start(esiProgram, arguments);
    int exitCode = -1;
    const QString err = finish(process, &exitCode);
    QCOMPARE(exitCode, 2);
    QVERIFY2(err.contains(u"plain http"_s) && err.contains(u"192.0.2.1"_s), qPrintable(err));
}

QTEST_GUILESS_MAIN(TstConcurrentRefresh)
#include "tst_concurrentrefresh.moc"
