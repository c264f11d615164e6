#pragma once

#include <QObject>
#include <QTimer>

namespace Esi::Core {
class SecretStore;
}

namespace Esi::Ui {

// Whether the system keychain can be used now. GNOME Keyring answers "not found" to reads from a locked
// collection, so a check writes the keychain's own marker (no secret): a write fails, or brings up the
// desktop's unlock prompt, while it is locked. A check unanswered after a few seconds is reported as slow.
class KeychainCheck : public QObject
{
    Q_OBJECT

public:
    explicit KeychainCheck(Core::SecretStore *secrets, QObject *parent = nullptr);

    void start(); // a later check supersedes one still running

    bool isAvailable() const { return m_available; } // as of the last answer; true before any

    QString error() const { return m_error; }

Q_SIGNALS:
    void slow(); // no answer yet: the desktop may be asking to unlock
    void checked(bool available, const QString &error);

private:
    Core::SecretStore *m_secrets;
    QTimer m_slowTimer;
    int m_checks = 0;
    bool m_available = true;
    QString m_error;
};

} // namespace Esi::Ui
