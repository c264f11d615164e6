#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace Esi::Core {

// One character's token lock, held: read -> refresh -> write (and a sign-in's write) run under it, in
// whichever process (GUI, keep-alive, every `esi`) holds it. An flock(2) on a file beside the token
// database: the kernel drops it when the holder closes it or dies, so a crashed process never leaves a
// character locked. Released when the last copy of the shared pointer goes.
class CharacterLock
{
public:
    CharacterLock(qint64 characterId, int fd);
    ~CharacterLock();

    CharacterLock(const CharacterLock &) = delete;
    CharacterLock &operator=(const CharacterLock &) = delete;

    qint64 characterId() const { return m_characterId; }

private:
    qint64 m_characterId;
    int m_fd;
};

using CharacterLockPtr = std::shared_ptr<CharacterLock>;

// Hands out CharacterLocks for the lock files in one folder (<data>/locks/character-<id>.lock, folder
// 0700, files 0600). Waiting polls without blocking the event loop, because the keychain answers through it.
class CharacterLocks : public QObject
{
    Q_OBJECT

public:
    using Acquired = std::function<void(CharacterLockPtr lock, const QString &error)>;

    static constexpr int defaultTimeoutMs = 120000; // a refresh (30 s SSO timeout) plus keychain answers
    static constexpr int pollMs = 20;

    explicit CharacterLocks(QString folder, QObject *parent = nullptr);

    QString folder() const { return m_folder; }

    void setTimeoutMs(int msecs) { m_timeoutMs = msecs; }

    // `done` runs later (never inside the call) with the held lock, or with an error when the lock file
    // cannot be opened or another holder kept it past the timeout. Skipped when `context` dies first.
    void acquire(qint64 characterId, QObject *context, Acquired done);

    QString lockFile(qint64 characterId) const;

    // Tries once; null (with `error` set only for real failures, not for "held elsewhere") when not taken.
    CharacterLockPtr tryAcquire(qint64 characterId, QString *error) const;

private:
    void attempt(qint64 characterId, QDeadlineTimer deadline, std::shared_ptr<Acquired> done);

    QString m_folder;
    int m_timeoutMs = defaultTimeoutMs;
};

} // namespace Esi::Core
