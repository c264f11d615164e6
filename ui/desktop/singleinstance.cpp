#include "ui/desktop/singleinstance.h"

#include "core/result/runwords.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcessEnvironment>
#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr qint64 maxRequestBytes = 1024 * 1024; // a path, a command and a run's values; anything longer is not ours

} // namespace

QString SingleInstance::userNameIn(const QProcessEnvironment &environment)
{
    for (const QString &variable : {u"USER"_s, u"LOGNAME"_s, u"USERNAME"_s}) {
        if (const QString name = environment.value(variable); !name.isEmpty()) {
            return name;
        }
    }
    return QDir::homePath();
}

QString SingleInstance::serverNameFor(const QString &dataDirectory, const QString &userName)
{
    const QString key = userName + u'\n' + QDir::cleanPath(QDir(dataDirectory).absolutePath());
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return u"esi-studio-"_s + QString::fromLatin1(hash);
}

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(std::move(serverName))
{}

SingleInstance::~SingleInstance() = default;

SingleInstance::Role SingleInstance::claim(const QString &specFile, const QStringList &run)
{
    m_error.clear();
    // Twice: when two launches race, the loser of listen() finds the winner on its second try.
    for (int attempt = 0; attempt < 2; ++attempt) {
        switch (handOver(specFile, run)) {
        case HandOver::Done:
            return Role::Secondary;
        case HandOver::NoAnswer:
            return Role::Unreachable;
        case HandOver::NoPrimary:
            break;
        }
        if (listen()) {
            return Role::Primary;
        }
    }
    return Role::Unreachable;
}

SingleInstance::HandOver SingleInstance::handOver(const QString &specFile, const QStringList &run)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(connectTimeoutMs)) {
        if (socket.error() == QLocalSocket::SocketTimeoutError) {
            m_error = tr("the running ESI Studio (socket %1) did not accept a connection within %2 seconds")
                          .arg(m_serverName)
                          .arg(connectTimeoutMs / 1000);
            return HandOver::NoAnswer;
        }
        return HandOver::NoPrimary; // nobody listens; a socket file left by a crash refuses connections
    }
    QJsonObject request{{u"command"_s, u"activate"_s}};
    if (!specFile.isEmpty()) {
        request.insert(u"spec"_s, specFile);
    }
    if (!run.isEmpty()) {
        request.insert(u"run"_s, QJsonArray::fromStringList(run));
    }
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(replyTimeoutMs)) {
        m_error = tr("the running ESI Studio (socket %1) did not accept the request: %2")
                      .arg(m_serverName, socket.errorString());
        return HandOver::NoAnswer;
    }
    QByteArray reply;
    while (!reply.contains('\n')) {
        if (!socket.waitForReadyRead(replyTimeoutMs)) {
            m_error = tr("the running ESI Studio (socket %1) did not answer within %2 seconds; close it, or start "
                         "another window with --new-instance")
                          .arg(m_serverName)
                          .arg(replyTimeoutMs / 1000);
            return HandOver::NoAnswer;
        }
        reply += socket.readAll();
    }
    const QJsonObject answer = QJsonDocument::fromJson(reply.left(reply.indexOf('\n'))).object();
    if (!answer.value(u"activated"_s).toBool()) {
        m_error = tr("the running ESI Studio (socket %1) refused the request: %2")
                      .arg(m_serverName, answer.value(u"error"_s).toString(QString::fromUtf8(reply.trimmed())));
        return HandOver::NoAnswer;
    }
    m_activations = answer.value(u"activations"_s).toInt();
    return HandOver::Done;
}

bool SingleInstance::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption); // other users may not raise our window
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::handleNewConnection);
    }
    if (m_server->listen(m_serverName)) {
        return true;
    }
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // handOver() found no listener, so the socket file is a crashed process's leftover.
        QLocalServer::removeServer(m_serverName);
        if (m_server->listen(m_serverName)) {
            return true;
        }
    }
    m_error = tr("cannot listen on local socket %1: %2").arg(m_serverName, m_server->errorString());
    return false;
}

void SingleInstance::setReady()
{
    if (m_ready) {
        return;
    }
    m_ready = true;
    const QList<Activation> pending = std::exchange(m_pending, {});
    for (const Activation &activation : pending) {
        deliver(activation);
    }
}

void SingleInstance::deliver(const Activation &activation)
{
    Q_EMIT activationRequested(activation.specFile);
    if (!activation.run.isEmpty()) {
        Q_EMIT runRequested(activation.run);
    }
}

void SingleInstance::handleNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { handleRequest(socket); });
    }
}

void SingleInstance::handleRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxRequestBytes) {
            socket->abort();
        }
        return;
    }
    const QJsonObject request = QJsonDocument::fromJson(socket->readLine(maxRequestBytes)).object();
    QJsonObject reply;
    const QJsonArray run = request.value(u"run"_s).toArray();
    const bool runIsWords = run.size() <= Core::RunWords::maxWords &&
                            std::all_of(run.begin(), run.end(), [](const QJsonValue &word) { return word.isString(); });
    if (request.value(u"command"_s).toString() == u"activate" && runIsWords) {
        ++m_activations;
        Activation activation;
        activation.specFile = request.value(u"spec"_s).toString();
        for (const QJsonValue &word : run) {
            activation.run.append(word.toString());
        }
        if (m_ready) {
            deliver(activation);
        } else {
            m_pending.append(activation); // answered now, so the other launch exits; acted on once ready
        }
        reply = {{u"activated"_s, true}, {u"activations"_s, m_activations}};
    } else if (!runIsWords) {
        reply = {{u"activated"_s, false}, {u"error"_s, u"run must be at most 1000 words"_s}};
    } else {
        reply = {{u"activated"_s, false}, {u"error"_s, u"unknown command"_s}};
    }
    socket->write(QJsonDocument(reply).toJson(QJsonDocument::Compact) + '\n');
    socket->disconnectFromServer(); // after the reply is written
}

} // namespace Esi::Ui
