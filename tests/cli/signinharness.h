#pragma once

// Test helper: esi-sandbox as a child process (SSO and ESI, its --verbose log in a file) and `esi` runs in a
// private data/cache/config folder, with `esi login` completed by playing the browser on the sandbox's
// login page. Tokens land in the keychain of the test's D-Bus session (KEYRING tests).
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

struct EsiRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

class SignInHarness
{
public:
    static inline const QString esiProgram = QStringLiteral(ESI_BINARY_DIR "/cli/esi");
    static inline const QString sandboxProgram = QStringLiteral(ESI_BINARY_DIR "/sandbox/esi-sandbox");

    // Starts the sandbox (with `extraArguments`, e.g. {"--missing-ids", "999"}); empty on success, else what
    // went wrong.
    QString start(const QStringList &extraArguments = {})
    {
        if (!m_root.isValid()) {
            return QStringLiteral("no temporary folder");
        }
        for (const char *folder : {"data", "cache", "config"}) {
            QDir().mkpath(m_root.filePath(QLatin1StringView(folder)));
        }
        m_sandbox.setProcessEnvironment(environment());
        m_sandbox.setStandardErrorFile(logPath());
        m_sandbox.start(sandboxProgram,
                        QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--verbose")} +
                            extraArguments);
        if (!m_sandbox.waitForStarted(10000)) {
            return QStringLiteral("esi-sandbox did not start");
        }
        while (!m_sandbox.canReadLine() && m_sandbox.waitForReadyRead(10000)) {
        }
        const QString line = QString::fromUtf8(m_sandbox.readLine()).trimmed();
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$")).match(line);
        if (!match.hasMatch()) {
            return QStringLiteral("unexpected first line: ") + line;
        }
        m_url = match.captured(1);
        return {};
    }

    void stop()
    {
        if (m_sandbox.state() != QProcess::NotRunning) {
            m_sandbox.terminate();
            m_sandbox.waitForFinished(10000);
        }
    }

    QString url() const { return m_url; }

    QString logPath() const { return m_root.filePath(QStringLiteral("sandbox.log")); }

    // The sandbox's request log from `offset` on (the log of one run: pass the size before it).
    QString log(qint64 offset = 0) const
    {
        QFile file(logPath());
        if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
            return {};
        }
        return QString::fromUtf8(file.readAll());
    }

    qint64 logSize() const { return QFileInfo(logPath()).size(); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ESI_STUDIO_DATA_DIR"), m_root.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("ESI_STUDIO_CACHE_DIR"), m_root.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_root.filePath(QStringLiteral("config")));
        for (const char *name : {"ESI_CLIENT_ID", "ESI_BASE_URL", "ESI_CONTACT_EMAIL", "QT_LOGGING_RULES"}) {
            env.remove(QLatin1StringView(name));
        }
        if (!m_url.isEmpty()) {
            env.insert(QStringLiteral("ESI_SSO_URL"), m_url);
            env.insert(QStringLiteral("ESI_CLIENT_ID"), QStringLiteral("test"));
            env.insert(QStringLiteral("ESI_BASE_URL"), m_url);
        }
        return env;
    }

    EsiRun esi(const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(esiProgram, arguments);
        EsiRun run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            run.err = QStringLiteral("esi did not finish: ") + arguments.join(u' ');
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // `esi login` with `scopes`, `characterId` chosen on the login page; empty on success, else why not.
    QString login(qint64 characterId, const QStringList &scopes)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(esiProgram,
                      {QStringLiteral("login"), QStringLiteral("--callback"),
                       QStringLiteral("http://127.0.0.1:0/callback"), QStringLiteral("--scopes"), scopes.join(u','),
                       QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("60")});
        while (!process.canReadLine() && process.waitForReadyRead(20000)) {
        }
        const QUrl url(QJsonDocument::fromJson(process.readLine())
                           .object()
                           .value(QLatin1StringView("authorization_url"))
                           .toString());
        const QString browsed = browse(url, characterId);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
        }
        if (!browsed.isEmpty()) {
            return browsed;
        }
        if (process.exitCode() != 0) {
            return QStringLiteral("esi login failed: ") + QString::fromUtf8(process.readAllStandardError());
        }
        return {};
    }

private:
    std::pair<int, std::pair<QByteArray, QByteArray>> fetch(QNetworkRequest request, const QByteArray &verb,
                                                            const QByteArray &body)
    {
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
        return {status, {content, location}};
    }

    // The browser's part: the login page, its form with the chosen character, the redirect to the callback.
    QString browse(const QUrl &authorizationUrl, qint64 characterId)
    {
        if (!authorizationUrl.isValid() || authorizationUrl.isEmpty()) {
            return QStringLiteral("esi login printed no authorization URL");
        }
        const auto [pageStatus, page] = fetch(QNetworkRequest(authorizationUrl), "GET", {});
        if (pageStatus != 200) {
            return QStringLiteral("the login page answered %1").arg(pageStatus);
        }
        static const QRegularExpression hidden(
            QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
        QByteArray form;
        const auto add = [&form](const QString &name, const QString &value) {
            form += (form.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        };
        for (auto fields = hidden.globalMatch(QString::fromUtf8(page.first)); fields.hasNext();) {
            const QRegularExpressionMatch field = fields.next();
            QString value = field.captured(2);
            value.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                .replace(QStringLiteral("&gt;"), QStringLiteral(">"));
            add(field.captured(1), value.replace(QStringLiteral("&amp;"), QStringLiteral("&")));
        }
        add(QStringLiteral("character_id"), QString::number(characterId));
        add(QStringLiteral("action"), QStringLiteral("approve"));
        QNetworkRequest submit(authorizationUrl.adjusted(QUrl::RemoveQuery));
        submit.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        const auto [submitStatus, submitted] = fetch(submit, "POST", form);
        if (submitStatus != 302) {
            return QStringLiteral("the login form answered %1 instead of a redirect").arg(submitStatus);
        }
        const auto [callbackStatus, callback] = fetch(QNetworkRequest(QUrl::fromEncoded(submitted.second)), "GET", {});
        return callbackStatus == 200 ? QString() : QStringLiteral("the callback answered %1").arg(callbackStatus);
    }

    QTemporaryDir m_root;
    QProcess m_sandbox;
    QString m_url;
    QNetworkAccessManager m_browser;
};
