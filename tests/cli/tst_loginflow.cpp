// The whole sign-in story the way a user runs it: esi-sandbox as the SSO and ESI, `esi login` printing the
// authorization URL, this test acting as the browser (login page, form, redirect to the loopback callback),
// the tokens in the real keychain (GNOME Keyring in a private D-Bus session), `esi tokens`, authed paged
// `esi call`s, missing scopes, refresh, revocation, an unavailable keychain, and no token string anywhere
// on disk or in any output afterwards.
#include "core/auth/keychainsecretstore.h"
#include "core/auth/tokenstore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString esiProgram = QStringLiteral(ESI_BINARY_DIR "/cli/esi");
const QString sandboxProgram = QStringLiteral(ESI_BINARY_DIR "/sandbox/esi-sandbox");
const QString assetsScope = u"esi-assets.read_assets.v1"_s;
const QString skillsScope = u"esi-skills.read_skills.v1"_s;
constexpr qint64 pilot = 2112000001;  // the sandbox's first character, chosen on its login page by default
constexpr qint64 trader = 2112000002; // the second one
constexpr int processTimeoutMs = 60000;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

struct Browsed
{
    int callbackStatus = 0; // what the loopback receiver answered the "browser"
    QString error;          // set when the browser part itself went wrong
};

} // namespace

class TestLoginFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void login_printsTheUrlAndSignsInThroughTheBrowser();
    void tokensList_showsTheCharacterWithItsScopes();
    void call_withCharacter_fetchesEveryPage();
    void call_refreshesAnExpiringTokenAndKeepsTheRotatedOne();
    void call_withoutCharacter_usesTheSignedInOne();
    void call_tokenWithoutTheScope_namesTheMissingScope();
    void call_forAnotherCharactersPath_isRefusedBeforeSending();
    void tokensRefresh_rotatesTheRefreshToken();
    void keychainUnavailable_failsWithTheKeychainsMessage();
    void revoke_thenCall_asksForANewSignIn();
    void badInput_exitsTwoWithAMessage_data();
    void badInput_exitsTwoWithAMessage();
    void remove_forgetsTheCharacters();
    void noTokenString_leftOnDiskOrInAnyOutput();

private:
    QProcessEnvironment environment() const;
    Run esi(const QStringList &arguments, const QProcessEnvironment &env = {});
    // `esi login --json` with the browser part played here; `characterId` is picked on the login page.
    Run login(const QStringList &scopes, qint64 characterId, Browsed *browsed);
    Browsed browse(const QUrl &authorizationUrl, qint64 characterId);
    // Both tokens of a character as the keychain holds them; they become needles for the leak scan.
    // Returns the refresh token.
    QString collectSecrets(qint64 characterId);

    QTemporaryDir m_root;
    QString m_data;
    QString m_cache;
    QString m_config;
    QProcess m_sandbox;
    QString m_sandboxUrl;
    QNetworkAccessManager m_browser;
    QList<QByteArray> m_outputs; // everything every process printed
    QSet<QString> m_secrets;     // every access and refresh token seen in the keychain
};

void TestLoginFlow::initTestCase()
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
    // Access tokens live 30 s, less than the token store's 60 s refresh margin: every authed call refreshes
    // first, so the rotation through the keychain across processes is part of the story.
    m_sandbox.start(sandboxProgram, {u"--port"_s, u"0"_s, u"--sso-token-lifetime"_s, u"30"_s});
    QVERIFY(m_sandbox.waitForStarted(10000));
    while (!m_sandbox.canReadLine() && m_sandbox.waitForReadyRead(10000)) {
    }
    const QString line = QString::fromUtf8(m_sandbox.readLine()).trimmed();
    const QRegularExpressionMatch match =
        QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:\\d+)$"_s).match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    m_sandboxUrl = match.captured(1);
}

void TestLoginFlow::cleanupTestCase()
{
    if (m_sandbox.state() != QProcess::NotRunning) {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(10000);
    }
}

QProcessEnvironment TestLoginFlow::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Nothing of the user's: state in the temporary folders, no settings file, no inherited SSO or ESI choice.
    env.insert(u"ESI_STUDIO_DATA_DIR"_s, m_data);
    env.insert(u"ESI_STUDIO_CACHE_DIR"_s, m_cache);
    env.insert(u"XDG_CONFIG_HOME"_s, m_config);
    for (const QString &name : {u"ESI_CLIENT_ID"_s, u"ESI_BASE_URL"_s, u"ESI_CONTACT_EMAIL"_s, u"QT_LOGGING_RULES"_s}) {
        env.remove(name);
    }
    if (!m_sandboxUrl.isEmpty()) {
        // As a user who exported both once: `esi call` refreshes expiring tokens with them.
        env.insert(u"ESI_SSO_URL"_s, m_sandboxUrl);
        env.insert(u"ESI_CLIENT_ID"_s, u"test"_s);
    }
    return env;
}

Run TestLoginFlow::esi(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env.isEmpty() ? environment() : env);
    process.start(esiProgram, arguments);
    Run run;
    if (!process.waitForFinished(processTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = u"esi did not finish: "_s + arguments.join(u' ');
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    run.err = QString::fromUtf8(err);
    m_outputs.append(run.out);
    m_outputs.append(err);
    return run;
}

Browsed TestLoginFlow::browse(const QUrl &authorizationUrl, qint64 characterId)
{
    Browsed result;
    const auto fetch = [this](QNetworkRequest request, const QByteArray &verb, const QByteArray &body) {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_browser.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            finished.wait(20000);
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray content = reply->readAll();
        const QByteArray location = reply->rawHeader("Location");
        reply->deleteLater();
        return std::make_pair(status, std::make_pair(content, location));
    };
    const auto [pageStatus, page] = fetch(QNetworkRequest(authorizationUrl), "GET", {});
    if (pageStatus != 200) {
        result.error = u"the login page answered %1"_s.arg(pageStatus);
        return result;
    }
    // Submit the form as a browser does: its hidden fields, the chosen character, the #sign-in button.
    const QString html = QString::fromUtf8(page.first);
    static const QRegularExpression hidden(u"<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"_s);
    QByteArray form;
    const auto add = [&form](const QString &name, const QString &value) {
        form += (form.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    };
    for (auto fields = hidden.globalMatch(html); fields.hasNext();) {
        const QRegularExpressionMatch field = fields.next();
        QString value = field.captured(2);
        value.replace(u"&quot;"_s, u"\""_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
        add(field.captured(1), value.replace(u"&amp;"_s, u"&"_s));
    }
    if (!html.contains(u"name=\"character_id\" value=\"%1\""_s.arg(characterId)) ||
        !html.contains(u"id=\"sign-in\""_s)) {
        result.error = u"the login page offers no character %1 or no sign-in button"_s.arg(characterId);
        return result;
    }
    add(u"character_id"_s, QString::number(characterId));
    add(u"action"_s, u"approve"_s);
    QNetworkRequest submit(authorizationUrl.adjusted(QUrl::RemoveQuery));
    submit.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    const auto [submitStatus, submitted] = fetch(submit, "POST", form);
    if (submitStatus != 302) {
        result.error = u"the login form answered %1 instead of a redirect"_s.arg(submitStatus);
        return result;
    }
    const auto [callbackStatus, callback] = fetch(QNetworkRequest(QUrl::fromEncoded(submitted.second)), "GET", {});
    result.callbackStatus = callbackStatus;
    return result;
}

Run TestLoginFlow::login(const QStringList &scopes, qint64 characterId, Browsed *browsed)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(esiProgram, {u"login"_s, u"--client-id"_s, u"test"_s, u"--sso-url"_s, m_sandboxUrl, u"--callback"_s,
                               u"http://127.0.0.1:0/callback"_s, u"--scopes"_s, scopes.join(u','), u"--json"_s,
                               u"--timeout"_s, u"60"_s});
    Run run;
    while (!process.canReadLine() && process.waitForReadyRead(20000)) {
    }
    const QByteArray first = process.readLine();
    run.out = first;
    const QUrl url(QJsonDocument::fromJson(first).object().value("authorization_url"_L1).toString());
    if (url.isValid() && !url.isEmpty()) {
        *browsed = browse(url, characterId);
    } else {
        browsed->error = u"no authorization URL on the first line: "_s + QString::fromUtf8(first);
    }
    if (!process.waitForFinished(processTimeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out += process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    run.err = QString::fromUtf8(err);
    m_outputs.append(run.out);
    m_outputs.append(err);
    return run;
}

QString TestLoginFlow::collectSecrets(qint64 characterId)
{
    Esi::Core::KeychainSecretStore keychain; // the service `esi` uses
    std::optional<Esi::Core::SecretResult> read;
    keychain.read(Esi::Core::TokenStore::secretKey(characterId), this,
                  [&read](const Esi::Core::SecretResult &result) { read = result; });
    if (!QTest::qWaitFor([&read] { return read.has_value(); }, 20000) || !read->isOk()) {
        qWarning("the keychain holds no token for character %lld: %s", characterId,
                 read ? qPrintable(read->error) : "timed out");
        return {};
    }
    const QJsonObject secrets = QJsonDocument::fromJson(read->data).object();
    const QString access = secrets.value("access_token"_L1).toString();
    const QString refresh = secrets.value("refresh_token"_L1).toString();
    if (access.count(u'.') != 2 || refresh.size() < 32) {
        qWarning("the keychain entry of character %lld is not an access token (JWT) and a refresh token", characterId);
        return {};
    }
    m_secrets.insert(access);
    m_secrets.insert(refresh);
    return refresh;
}

void TestLoginFlow::login_printsTheUrlAndSignsInThroughTheBrowser()
{
    Browsed browsed;
    const Run run = login({assetsScope, skillsScope}, pilot, &browsed);
    QVERIFY2(browsed.error.isEmpty(), qPrintable(browsed.error));
    QCOMPARE(browsed.callbackStatus, 200);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QUrl url(QJsonDocument::fromJson(lines.at(0)).object().value("authorization_url"_L1).toString());
    QCOMPARE(url.adjusted(QUrl::RemoveQuery).toString(), m_sandboxUrl + u"/v2/oauth/authorize"_s);
    QCOMPARE(QUrlQuery(url).queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    const QJsonObject character = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(character.value("character_id"_L1).toInteger(), pilot);
    QCOMPARE(character.value("character_name"_L1).toString(), u"Sandbox Pilot"_s);
    QCOMPARE(character.value("scopes"_L1).toArray(), (QJsonArray{assetsScope, skillsScope}));
    QCOMPARE(character.value("status"_L1).toString(), u"valid"_s);
    QCOMPARE(character.value("replaced"_L1).toBool(), false);
    QVERIFY(!collectSecrets(pilot).isEmpty());
}

void TestLoginFlow::tokensList_showsTheCharacterWithItsScopes()
{
    const Run json = esi({u"tokens"_s, u"list"_s, u"--json"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonArray tokens = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(tokens.size(), 1);
    const QJsonObject record = tokens.first().toObject();
    QCOMPARE(record.value("character_id"_L1).toInteger(), pilot);
    QCOMPARE(record.value("scopes"_L1).toArray(), (QJsonArray{assetsScope, skillsScope}));
    QCOMPARE(record.value("access_token_expired"_L1).toBool(), false);

    const Run table = esi({u"tokens"_s, u"list"_s});
    QCOMPARE(table.exitCode, 0);
    const QString text = QString::fromUtf8(table.out);
    QVERIFY(text.startsWith(u"ID"_s));
    QVERIFY(text.contains(u"Sandbox Pilot"_s));
    QVERIFY(text.contains(assetsScope));
}

void TestLoginFlow::call_withCharacter_fetchesEveryPage()
{
    const Run run =
        esi({u"call"_s, u"GetCharactersCharacterIdAssets"_s, u"character_id=%1"_s.arg(pilot), u"--character"_s,
             QString::number(pilot), u"--all-pages"_s, u"--base-url"_s, m_sandboxUrl, u"--stats"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray assets = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(assets.size(), 3 * 50); // the sandbox's default X-Pages times items per page
    QSet<qint64> itemIds;
    for (const QJsonValue &asset : assets) {
        itemIds.insert(asset.toObject().value("item_id"_L1).toInteger());
    }
    QCOMPARE(itemIds.size(), assets.size()); // every page once
    const QJsonObject stats = QJsonDocument::fromJson(run.err.section(u'\n', -2, -2).toUtf8()).object();
    QCOMPARE(stats.value("pages"_L1).toInt(), 3);
}

void TestLoginFlow::call_refreshesAnExpiringTokenAndKeepsTheRotatedOne()
{
    const QString before = collectSecrets(pilot);
    QVERIFY(!before.isEmpty());
    const Run run = esi({u"call"_s, u"GetCharactersCharacterIdAssets"_s, u"character_id=%1"_s.arg(pilot),
                         u"--character"_s, QString::number(pilot), u"--base-url"_s, m_sandboxUrl, u"--no-cache"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString after = collectSecrets(pilot);
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before); // refreshed (the 30 s token was inside the refresh margin) and stored rotated
    const QJsonObject record =
        QJsonDocument::fromJson(esi({u"tokens"_s, u"list"_s, u"--json"_s}).out).array().first().toObject();
    QVERIFY(!record.value("last_used_at"_L1).isNull());
}

void TestLoginFlow::call_withoutCharacter_usesTheSignedInOne()
{
    const Run run = esi({u"call"_s, u"GetCharactersCharacterIdSkills"_s, u"character_id=%1"_s.arg(pilot),
                         u"--base-url"_s, m_sandboxUrl});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QJsonDocument::fromJson(run.out).isArray());
    const Run wallet = esi({u"call"_s, u"GetCharactersCharacterIdWallet"_s, u"character_id=%1"_s.arg(pilot),
                            u"--base-url"_s, m_sandboxUrl});
    // The path's character lacks the scope: nothing is sent (exit 2), and the fix names the character.
    QCOMPARE(wallet.exitCode, 2);
    QVERIFY2(
        wallet.err.contains(u"Sandbox Pilot (%1) lacks the scope esi-wallet.read_character_wallet.v1"_s.arg(pilot)),
        qPrintable(wallet.err));
    QVERIFY(wallet.err.contains(u"esi login --character %1 --scopes esi-wallet.read_character_wallet.v1"_s.arg(pilot)));
}

void TestLoginFlow::call_tokenWithoutTheScope_namesTheMissingScope()
{
    Browsed browsed;
    const Run signedIn = login({skillsScope}, trader, &browsed);
    QVERIFY2(browsed.error.isEmpty(), qPrintable(browsed.error));
    QVERIFY2(signedIn.exitCode == 0, qPrintable(signedIn.err));
    QCOMPARE(QJsonDocument::fromJson(signedIn.out.trimmed().split('\n').last())
                 .object()
                 .value("character_id"_L1)
                 .toInteger(),
             trader);
    QVERIFY(!collectSecrets(trader).isEmpty());

    const Run run = esi({u"call"_s, u"GetCharactersCharacterIdAssets"_s, u"character_id=%1"_s.arg(trader),
                         u"--character"_s, QString::number(trader), u"--all-pages"_s, u"--base-url"_s, m_sandboxUrl});
    QCOMPARE(run.exitCode, 2); // refused before anything is sent
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"Sandbox Trader (%1) lacks the scope %2"_s.arg(trader).arg(assetsScope)),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"esi login --character %1 --scopes %2"_s.arg(trader).arg(assetsScope)),
             qPrintable(run.err));
}

void TestLoginFlow::call_forAnotherCharactersPath_isRefusedBeforeSending()
{
    // The pilot's token has the scope, but the path names the trader: esi sends nothing (ESI would answer 403).
    const Run run = esi({u"call"_s, u"GetCharactersCharacterIdAssets"_s, u"character_id=%1"_s.arg(trader),
                         u"--character"_s, QString::number(pilot), u"--base-url"_s, m_sandboxUrl});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"the path names character_id=%1"_s.arg(trader)), qPrintable(run.err));
}

void TestLoginFlow::tokensRefresh_rotatesTheRefreshToken()
{
    const QSet<QString> before = m_secrets;
    QProcessEnvironment noClient = environment();
    noClient.remove(u"ESI_CLIENT_ID"_s);
    const Run missingClient = esi({u"tokens"_s, u"refresh"_s, QString::number(pilot)}, noClient);
    QCOMPARE(missingClient.exitCode, 2);
    QVERIFY2(missingClient.err.contains(u"client ID"_s), qPrintable(missingClient.err));

    const Run run = esi({u"tokens"_s, u"refresh"_s, QString::number(pilot), u"--client-id"_s, u"test"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value("character_id"_L1).toInteger(), pilot);
    QVERIFY(!collectSecrets(pilot).isEmpty());
    QCOMPARE(m_secrets.size(), before.size() + 2); // a new access token and a rotated refresh token

    const Run call = esi({u"call"_s, u"GetCharactersCharacterIdAssets"_s, u"character_id=%1"_s.arg(pilot),
                          u"--character"_s, QString::number(pilot), u"--base-url"_s, m_sandboxUrl, u"--no-cache"_s});
    QVERIFY2(call.exitCode == 0, qPrintable(call.err));
}

void TestLoginFlow::keychainUnavailable_failsWithTheKeychainsMessage()
{
    QProcessEnvironment deadBus = environment();
    deadBus.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_root.filePath(u"no-such-bus"_s));
    const Run run = esi({u"call"_s, u"GetCharactersCharacterIdSkills"_s, u"character_id=%1"_s.arg(trader),
                         u"--character"_s, QString::number(trader), u"--base-url"_s, m_sandboxUrl, u"--no-cache"_s},
                        deadBus);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"system keychain is not available"_s), qPrintable(run.err));
    const Run remove = esi({u"tokens"_s, u"remove"_s, QString::number(trader)}, deadBus);
    QCOMPARE(remove.exitCode, 1);
    QVERIFY2(remove.err.contains(u"system keychain"_s), qPrintable(remove.err));
    // Nothing was lost on the way.
    QCOMPARE(QJsonDocument::fromJson(esi({u"tokens"_s, u"list"_s, u"--json"_s}).out).array().size(), 2);
}

void TestLoginFlow::revoke_thenCall_asksForANewSignIn()
{
    const Run revoke = esi({u"tokens"_s, u"revoke"_s, QString::number(pilot), u"--client-id"_s, u"test"_s});
    QVERIFY2(revoke.exitCode == 0, qPrintable(revoke.err));
    QVERIFY(QString::fromUtf8(revoke.out).contains(u"Revoked"_s));

    const QJsonArray tokens = QJsonDocument::fromJson(esi({u"tokens"_s, u"list"_s, u"--json"_s}).out).array();
    QCOMPARE(tokens.size(), 2);
    for (const QJsonValue &token : tokens) {
        if (token.toObject().value("character_id"_L1).toInteger() == pilot) {
            QCOMPARE(token.toObject().value("status"_L1).toString(), u"revoked"_s);
        }
    }
    const Run call = esi({u"call"_s, u"GetCharactersCharacterIdAssets"_s, u"character_id=%1"_s.arg(pilot),
                          u"--character"_s, QString::number(pilot), u"--base-url"_s, m_sandboxUrl, u"--no-cache"_s});
    QCOMPARE(call.exitCode, 2);
    QVERIFY2(call.err.contains(u"its token was revoked"_s), qPrintable(call.err));
    QVERIFY2(call.err.contains(u"esi login --character %1"_s.arg(pilot)), qPrintable(call.err));
    // Refreshing is refused as well, without asking the SSO.
    const Run refresh = esi({u"tokens"_s, u"refresh"_s, QString::number(pilot), u"--client-id"_s, u"test"_s});
    QCOMPARE(refresh.exitCode, 1);
    QVERIFY(refresh.err.contains(u"revoked"_s));
}

void TestLoginFlow::badInput_exitsTwoWithAMessage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("login without client id") << QStringList{u"login"_s} << u"client ID"_s;
    QTest::newRow("login with a remote callback")
        << QStringList{u"login"_s, u"--client-id"_s, u"x"_s, u"--callback"_s, u"https://example.com/cb"_s}
        << u"https://example.com/cb"_s;
    QTest::newRow("login with a bad sso url")
        << QStringList{u"login"_s, u"--client-id"_s, u"x"_s, u"--sso-url"_s, u"ftp://x"_s} << u"--sso-url"_s;
    QTest::newRow("login with a zero timeout")
        << QStringList{u"login"_s, u"--client-id"_s, u"x"_s, u"--timeout"_s, u"0"_s} << u"--timeout"_s;
    QTest::newRow("refresh of a name") << QStringList{u"tokens"_s, u"refresh"_s, u"pilot"_s, u"--client-id"_s, u"x"_s}
                                       << u"not a character ID"_s;
    QTest::newRow("remove of a stranger")
        << QStringList{u"tokens"_s, u"remove"_s, u"999"_s} << u"no token is stored for character 999"_s;
    QTest::newRow("unknown tokens command") << QStringList{u"tokens"_s, u"show"_s} << u"show"_s;
    QTest::newRow("call with a bad character")
        << QStringList{u"call"_s, u"GetCharactersCharacterIdAssets"_s, u"character_id=1"_s, u"--character"_s, u"me"_s}
        << u"--character"_s;
}

void TestLoginFlow::badInput_exitsTwoWithAMessage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QProcessEnvironment env = environment();
    env.remove(u"ESI_SSO_URL"_s); // nothing here may reach a server
    env.remove(u"ESI_CLIENT_ID"_s);
    const Run run = esi(arguments, env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY(run.err.startsWith(u"esi: "_s));
}

void TestLoginFlow::remove_forgetsTheCharacters()
{
    for (const qint64 character : {pilot, trader}) {
        const Run run = esi({u"tokens"_s, u"remove"_s, QString::number(character), u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("status"_L1).toString(), u"removed"_s);
    }
    QCOMPARE(QJsonDocument::fromJson(esi({u"tokens"_s, u"list"_s, u"--json"_s}).out).array(), QJsonArray());
    // The keychain entries went with them.
    Esi::Core::KeychainSecretStore keychain;
    std::optional<Esi::Core::SecretResult> read;
    keychain.read(Esi::Core::TokenStore::secretKey(trader), this,
                  [&read](const Esi::Core::SecretResult &result) { read = result; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
    QCOMPARE(read->status, Esi::Core::SecretResult::Status::NotFound);
}

void TestLoginFlow::noTokenString_leftOnDiskOrInAnyOutput()
{
    m_sandbox.terminate();
    QVERIFY(m_sandbox.waitForFinished(10000));
    m_outputs.append(m_sandbox.readAllStandardOutput());
    m_outputs.append(m_sandbox.readAllStandardError());

    QList<QByteArray> needles;
    for (const QString &secret : std::as_const(m_secrets)) {
        needles.append(secret.toLatin1());
        needles.append(QUrl::toPercentEncoding(secret)); // as it travels in a form body
        if (secret.count(u'.') == 2) {
            needles.append(secret.section(u'.', 2).toLatin1()); // a JWT's signature alone
        }
    }
    QVERIFY(m_secrets.size() >= 8); // two sign-ins and two refreshes, each an access and a refresh token

    int scanned = 0;
    const auto leaksIn = [&needles, &scanned](const QString &folder) {
        QStringList hits;
        QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            ++scanned;
            const QByteArray content = file.readAll();
            for (const QByteArray &needle : std::as_const(needles)) {
                if (content.contains(needle)) {
                    hits.append(file.fileName());
                    break;
                }
            }
        }
        return hits;
    };
    QStringList leaks;
    for (const QString &folder : {m_data, m_cache, m_config}) {
        leaks += leaksIn(folder);
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(u"a token was found in "_s + leaks.join(u", "_s)));
    QVERIFY(scanned >= 2); // the token database and the cached signing keys at least
    QVERIFY(m_outputs.size() > 30);
    for (const QByteArray &output : std::as_const(m_outputs)) {
        for (const QByteArray &needle : std::as_const(needles)) {
            QVERIFY2(!output.contains(needle), "a token appears in a process's output");
        }
    }
    // The scan finds a planted token, so the clean result above means something.
    QFile planted(m_cache + u"/planted.txt"_s);
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("x" + needles.first() + "y");
    planted.close();
    QCOMPARE(leaksIn(m_cache), QStringList{planted.fileName()});
}

QTEST_GUILESS_MAIN(TestLoginFlow)
#include "tst_loginflow.moc"
