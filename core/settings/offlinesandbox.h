#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;

namespace Esi::Core {

// "Try it offline": the bundled esi-sandbox as a child process on a free 127.0.0.1 port, an ESI and EVE SSO
// in one, so every feature (sign-in included) works without an EVE account. ready() comes once the
// sandbox answers an HTTP request, not merely once it printed its address. The child is stopped by stop()
// and at the latest by the destructor, so it never outlives the application; only the destructor (the
// application's exit) waits for it.
class OfflineSandbox : public QObject
{
    Q_OBJECT

public:
    // The only client_id the child's SSO accepts; the app signs in with it while offline.
    static constexpr auto clientId = "esi-studio-offline";

    // `program`: the esi-sandbox executable (see locate()). `network` asks the readiness probe.
    OfflineSandbox(QString program, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~OfflineSandbox() override;

    // Where esi-sandbox is looked for: next to the running executable (the install bindir, or a
    // packaged bundle), then the build tree's sandbox/ folder beside app/. The first that exists wins.
    static QStringList candidates(const QString &applicationDirectory);
    static QString locate(const QString &applicationDirectory); // empty when none exists

    QString program() const { return m_program; }

    // Answers with ready() or failed() (missing program, crash, no answer within `timeoutMs`). A child still
    // ending after stop() is waited for first.
    void start(int timeoutMs = 15000);
    // start() with a local event loop, for the application's start-up before any window exists.
    bool startAndWait(QString *error, int timeoutMs = 15000);
    // Asks the child to end and returns at once; should it still run after a grace period it is killed.
    // stopped() follows once it has gone.
    void stop();
    // stop(), then waits until the child has gone (a few seconds at most): for the application's exit.
    void stopAndWait();

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    bool isReady() const { return m_ready; }

    QUrl baseUrl() const { return m_baseUrl; } // ESI and SSO root, e.g. http://127.0.0.1:41234

    qint64 processId() const { return m_process.processId(); }

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    void failed(const QString &message);
    void exitedUnexpectedly(const QString &message); // after ready(): the sandbox went away
    void stopped();                                  // the child ended after stop() or failed()

private:
    void handleOutput();
    void handleProcessError(QProcess::ProcessError error);
    void handleFinished(int exitCode, QProcess::ExitStatus status);
    void probe();
    void fail(const QString &message);

    QString m_program;
    QNetworkAccessManager *m_network;
    QProcess m_process;
    QTimer *m_deadline = nullptr;
    QTimer *m_killTimer = nullptr; // after stop(): the child ignored the request to end
    QUrl m_baseUrl;
    QByteArray m_errorOutput;
    bool m_ready = false;
    bool m_stopping = false;
    bool m_reported = false; // ready() or failed() was emitted for this start
};

} // namespace Esi::Core
