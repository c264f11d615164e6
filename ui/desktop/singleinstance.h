#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;
class QProcessEnvironment;

namespace Esi::Ui {

// One ESI Studio per user and data directory: the first launch listens on a local socket; a later launch
// hands over (the spec file it was asked to open and the run it was asked for) and exits, and the first raises
// its window.
// Runs with their own ESI_STUDIO_DATA_DIR (tests, a second profile) get their own socket and never meet.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary,     // this process listens; activationRequested arrives when another launch hands over
        Secondary,   // another process runs and acknowledged the hand-over; this one should exit
        Unreachable, // another process holds the socket but did not answer; see error()
    };

    static constexpr int connectTimeoutMs = 1000;
    static constexpr int replyTimeoutMs = 5000;

    // A name per user and (cleaned, absolute) data directory, short enough for any socket path. `userName`:
    // userNameIn() of the environment main() read once.
    static QString serverNameFor(const QString &dataDirectory, const QString &userName);
    // $USER, else $LOGNAME, else $USERNAME of `environment`, else the home folder.
    static QString userNameIn(const QProcessEnvironment &environment);

    explicit SingleInstance(QString serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Becomes the primary, or hands `specFile` (absolute, may be empty) and `run` (the words of --run, may be
    // empty) to the primary already running. A socket left behind by a crashed process is removed and taken over.
    Role claim(const QString &specFile = {}, const QStringList &run = {});

    QString serverName() const { return m_serverName; }

    QString error() const { return m_error; }

    // As the secondary: how many hand-overs the primary has received, this one included.
    int activations() const { return m_activations; }

    // As the primary: hand-overs are answered at once but held until the app can act on them (its window
    // exists and activationRequested is connected); start-up runs nested event loops (first-run assistant,
    // offline sandbox) during which a later launch may already hand over. Delivers the held ones, in order.
    void setReady();

    bool isReady() const { return m_ready; }

Q_SIGNALS:
    // Only once ready.
    void activationRequested(const QString &specFile);
    // Right after activationRequested, when the launch asked for a run (esi-studio --run ...).
    void runRequested(const QStringList &words);

private:
    enum class HandOver { Done, NoPrimary, NoAnswer };

    struct Activation
    {
        QString specFile;
        QStringList run;
    };

    HandOver handOver(const QString &specFile, const QStringList &run);
    void deliver(const Activation &activation);
    bool listen();
    void handleNewConnection();
    void handleRequest(QLocalSocket *socket);

    QString m_serverName;
    QString m_error;
    QLocalServer *m_server = nullptr;
    int m_activations = 0;
    bool m_ready = false;
    QList<Activation> m_pending; // hand-overs received before setReady()
};

} // namespace Esi::Ui
