#include "ui/settings/restartoffer.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr int statusMessageMs = 8000;

} // namespace

RestartOffer::RestartOffer(QProcessEnvironment startEnvironment, QObject *parent)
    : QObject(parent)
    , m_startEnvironment(std::move(startEnvironment))
{}

QStringList RestartOffer::changesAtNextStart(const Core::AppSettings &previous, const Core::AppSettings &saved)
{
    QStringList later;
    if (previous.sso.clientId != saved.sso.clientId || previous.sso.callbackUrl != saved.sso.callbackUrl ||
        previous.sso.baseUrl != saved.sso.baseUrl) {
        later.append(tr("sign-in"));
    }
    if (previous.esiBaseUrl != saved.esiBaseUrl) {
        later.append(tr("ESI server"));
    }
    if (previous.language != saved.language) {
        later.append(tr("language"));
    }
    if (previous.cacheDirectory != saved.cacheDirectory) {
        later.append(tr("cache location"));
    }
    if (previous.offline != saved.offline) {
        later.append(saved.offline ? tr("offline sandbox") : tr("back online"));
    }
    return later;
}

void RestartOffer::offer(const QStringList &changes)
{
    if (changes.isEmpty() || !m_window) {
        return;
    }
    const QString reason = tr("These changes take effect when ESI Studio restarts: %1.").arg(changes.join(u", "_s));
    const QMessageBox::StandardButton answer =
        QMessageBox::question(m_window, tr("Restart ESI Studio?"), reason + u"\n\n"_s + tr("Restart now?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        m_window->statusBar()->showMessage(reason, statusMessageMs);
        return;
    }
    if (!m_restartRequested) {
        m_restartRequested = true;
        relaunchAfterQuit();
    }
    m_window->close();
}

void RestartOffer::relaunchAfterQuit()
{
    // Launched once this process is on its way out (its windows closed, settings synced); a new sandbox
    // child picks its own free port, so the two never compete.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        QProcess next;
        next.setProcessEnvironment(m_startEnvironment);
        const QStringList arguments = QCoreApplication::arguments().mid(1);
#ifdef Q_OS_UNIX
        // The new process starts once this one has gone, so the single-instance guard is free again and
        // it does not merely raise the window that is closing.
        next.setProgram(u"/bin/sh"_s);
        next.setArguments(QStringList{u"-c"_s,
                                      u"while kill -0 \"$1\" 2>/dev/null; do sleep 0.1; done; shift; exec \"$@\""_s,
                                      u"esi-studio-restart"_s, QString::number(QCoreApplication::applicationPid()),
                                      QCoreApplication::applicationFilePath()} +
                          arguments);
#else
        next.setProgram(QCoreApplication::applicationFilePath());
        next.setArguments(arguments + QStringList{u"--new-instance"_s});
#endif
        next.startDetached();
    });
}

} // namespace Esi::Ui
