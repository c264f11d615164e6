#include "core/settings/offlinesandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

constexpr int probeRetryMs = 100;
constexpr int stopGraceMs = 3000;

QString translated(const char *text)
{
    return QCoreApplication::translate("Esi::Core::OfflineSandbox", text);
}

} // namespace

OfflineSandbox::OfflineSandbox(QString program, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_network(network)
    , m_deadline(new QTimer(this))
    , m_killTimer(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    m_killTimer->setSingleShot(true);
    m_killTimer->setInterval(stopGraceMs);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
        }
    });
    connect(m_deadline, &QTimer::timeout, this, [this] {
        fail(translated("esi-sandbox (%1) did not answer within the time allowed. Run it by hand with "
                        "\u201c"
                        "esi-sandbox --port 0\u201d to see why.")
                 .arg(QDir::toNativeSeparators(m_program)));
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &OfflineSandbox::handleOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_errorOutput += m_process.readAllStandardError(); });
    connect(&m_process, &QProcess::errorOccurred, this, &OfflineSandbox::handleProcessError);
    connect(&m_process, &QProcess::finished, this, &OfflineSandbox::handleFinished);
#ifdef Q_OS_LINUX
    // Should the app be killed or crash, the kernel ends the sandbox too instead of leaving it listening.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

OfflineSandbox::~OfflineSandbox()
{
    stopAndWait();
}

QStringList OfflineSandbox::candidates(const QString &applicationDirectory)
{
    const QDir here(applicationDirectory);
    return {here.filePath(u"esi-sandbox"_s), QDir::cleanPath(here.filePath(u"../sandbox/esi-sandbox"_s))};
}

QString OfflineSandbox::locate(const QString &applicationDirectory)
{
    for (const QString &candidate : candidates(applicationDirectory)) {
        const QFileInfo file(candidate);
        if (file.isFile() && file.isExecutable()) {
            return file.absoluteFilePath();
        }
    }
    return {};
}

void OfflineSandbox::start(int timeoutMs)
{
    stopAndWait(); // one child at a time; QProcess cannot start while the last one still ends
    m_ready = false;
    m_reported = false;
    m_stopping = false;
    m_baseUrl.clear();
    m_errorOutput.clear();
    const QFileInfo file(m_program);
    if (m_program.isEmpty() || !file.isFile() || !file.isExecutable()) {
        const QString looked = m_program.isEmpty() ? translated("(no path)") : QDir::toNativeSeparators(m_program);
        // Queued, so a caller that connects after start() still hears it.
        QTimer::singleShot(0, this, [this, looked] {
            fail(translated("esi-sandbox was not found at %1. It is built with ESI Studio and installed next to "
                            "the esi-studio executable; reinstall ESI Studio or build the esi-sandbox target.")
                     .arg(looked));
        });
        return;
    }
    m_deadline->start(timeoutMs);
    // Port 0: the sandbox picks a free port and prints it; only this computer can reach it.
    m_process.start(
        m_program, {u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--client-id"_s, QString::fromLatin1(clientId)});
}

bool OfflineSandbox::startAndWait(QString *error, int timeoutMs)
{
    QEventLoop loop;
    QString message;
    const QMetaObject::Connection onReady = connect(this, &OfflineSandbox::ready, &loop, &QEventLoop::quit);
    const QMetaObject::Connection onFailed = connect(this, &OfflineSandbox::failed, &loop, [&](const QString &why) {
        message = why;
        loop.quit();
    });
    start(timeoutMs);
    loop.exec();
    disconnect(onReady);
    disconnect(onFailed);
    if (!m_ready && error) {
        *error = message;
    }
    return m_ready;
}

void OfflineSandbox::stop()
{
    m_deadline->stop();
    m_ready = false;
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_stopping = true;
    if (!m_killTimer->isActive()) {
        m_process.terminate();
        m_killTimer->start();
    }
}

void OfflineSandbox::stopAndWait()
{
    stop();
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_killTimer->stop();
    if (!m_process.waitForFinished(stopGraceMs)) {
        m_process.kill();
        m_process.waitForFinished(stopGraceMs);
    }
}

void OfflineSandbox::handleOutput()
{
    if (!m_baseUrl.isEmpty()) {
        m_process.readAllStandardOutput(); // only the first line matters
        return;
    }
    if (!m_process.canReadLine()) {
        return;
    }
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    static const QRegularExpression listening(u"^listening on (http://127\\.0\\.0\\.1:\\d+)$"_s);
    const QRegularExpressionMatch match = listening.match(line);
    if (!match.hasMatch()) {
        fail(translated("esi-sandbox printed \u201c%1\u201d instead of its address; it may be a different "
                        "version than this ESI Studio. Reinstall ESI Studio.")
                 .arg(line));
        return;
    }
    m_baseUrl = QUrl(match.captured(1));
    probe();
}

void OfflineSandbox::probe()
{
    if (m_reported || m_baseUrl.isEmpty()) {
        return;
    }
    QNetworkRequest request(m_baseUrl.resolved(QUrl(u"/meta/compatibility-dates"_s)));
    request.setTransferTimeout(2000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_reported) {
            return;
        }
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
            m_deadline->stop();
            m_ready = true;
            m_reported = true;
            Q_EMIT ready(m_baseUrl);
            return;
        }
        QTimer::singleShot(probeRetryMs, this, &OfflineSandbox::probe);
    });
}

void OfflineSandbox::handleProcessError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        fail(translated("esi-sandbox (%1) could not be started: %2. Check that the file is executable.")
                 .arg(QDir::toNativeSeparators(m_program), m_process.errorString()));
    }
}

void OfflineSandbox::handleFinished(int exitCode, QProcess::ExitStatus status)
{
    m_errorOutput += m_process.readAllStandardError();
    const QString why = status == QProcess::CrashExit
                            ? translated("esi-sandbox crashed.")
                            : translated("esi-sandbox stopped with exit code %1: %2")
                                  .arg(QString::number(exitCode), QString::fromUtf8(m_errorOutput).trimmed());
    if (m_stopping) {
        m_killTimer->stop();
        Q_EMIT stopped();
        return;
    }
    if (!m_reported) {
        fail(why);
    } else if (m_ready) {
        m_ready = false;
        Q_EMIT exitedUnexpectedly(why);
    }
}

void OfflineSandbox::fail(const QString &message)
{
    if (m_reported) {
        return;
    }
    m_reported = true;
    m_deadline->stop();
    Q_EMIT failed(message);
    if (m_process.state() != QProcess::NotRunning) {
        m_stopping = true;
        m_process.kill(); // the kernel ends it at once; handleFinished() reaps it without blocking here
    }
}

} // namespace Esi::Core
