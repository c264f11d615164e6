#include "core/auth/characterlock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QTimer>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

CharacterLock::CharacterLock(qint64 characterId, int fd)
    : m_characterId(characterId)
    , m_fd(fd)
{}

CharacterLock::~CharacterLock()
{
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
    }
}

CharacterLocks::CharacterLocks(QString folder, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(folder))
{}

QString CharacterLocks::lockFile(qint64 characterId) const
{
    return m_folder + u"/character-%1.lock"_s.arg(characterId);
}

CharacterLockPtr CharacterLocks::tryAcquire(qint64 characterId, QString *error) const
{
    if (!QDir(m_folder).exists()) {
        if (::mkdir(QFile::encodeName(m_folder).constData(), 0700) != 0 && errno != EEXIST) {
            *error =
                QCoreApplication::translate("Esi::Core::CharacterLock", "Cannot create the token lock folder %1: %2.")
                    .arg(QDir::toNativeSeparators(m_folder), QString::fromLocal8Bit(std::strerror(errno)));
            return nullptr;
        }
    }
    const QByteArray path = QFile::encodeName(lockFile(characterId));
    // O_CLOEXEC: a child process (esi-sandbox started by the GUI) must never inherit a held lock.
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        *error =
            QCoreApplication::translate("Esi::Core::CharacterLock",
                                        "Cannot open the token lock %1: %2. Check the folder's permissions.")
                .arg(QDir::toNativeSeparators(lockFile(characterId)), QString::fromLocal8Bit(std::strerror(errno)));
        return nullptr;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int failure = errno;
        ::close(fd);
        if (failure != EWOULDBLOCK && failure != EINTR) {
            *error = QCoreApplication::translate("Esi::Core::CharacterLock", "Cannot lock %1: %2.")
                         .arg(QDir::toNativeSeparators(lockFile(characterId)),
                              QString::fromLocal8Bit(std::strerror(failure)));
        }
        return nullptr;
    }
    return std::make_shared<CharacterLock>(characterId, fd);
}

void CharacterLocks::acquire(qint64 characterId, QObject *context, Acquired done)
{
    auto guardedDone =
        std::make_shared<Acquired>([alive = QPointer<QObject>(context), hadContext = context != nullptr,
                                    done = std::move(done)](CharacterLockPtr lock, const QString &error) {
            if (hadContext && !alive) {
                return;
            }
            done(std::move(lock), error);
        });
    const QDeadlineTimer deadline(m_timeoutMs);
    QTimer::singleShot(0, this,
                       [this, characterId, deadline, guardedDone] { attempt(characterId, deadline, guardedDone); });
}

void CharacterLocks::attempt(qint64 characterId, QDeadlineTimer deadline, std::shared_ptr<Acquired> done)
{
    QString error;
    if (CharacterLockPtr lock = tryAcquire(characterId, &error)) {
        (*done)(std::move(lock), {});
        return;
    }
    if (!error.isEmpty()) {
        (*done)(nullptr, error);
        return;
    }
    if (deadline.hasExpired()) {
        (*done)(nullptr, QCoreApplication::translate(
                             "Esi::Core::CharacterLock",
                             "Another ESI Studio process (the app or an esi command) has held the token of character "
                             "%1 for over %2 seconds (lock %3); try again when it has finished.")
                             .arg(characterId)
                             .arg(m_timeoutMs / 1000)
                             .arg(QDir::toNativeSeparators(lockFile(characterId))));
        return;
    }
    QTimer::singleShot(pollMs, this, [this, characterId, deadline, done] { attempt(characterId, deadline, done); });
}

} // namespace Esi::Core
