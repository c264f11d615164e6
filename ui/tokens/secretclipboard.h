#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace Esi::Ui {

// Puts a secret (an access token) on the clipboard for a while: marked so clipboard managers that honour
// the hint keep it out of their history, and cleared after the delay unless the user copied something
// else meanwhile. Destroying it clears a secret still on the clipboard.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultClearMs = 30000;

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    void copy(const QString &secret); // an older copy is cleared first
    void clearNow();

    void setClearDelay(int msecs) { m_clearMs = msecs; }

    int clearDelay() const { return m_clearMs; }

Q_SIGNALS:
    void cleared(); // the secret was still there and is now gone

private:
    QTimer m_timer;
    QString m_secret; // only until the clipboard is cleared
    int m_clearMs = defaultClearMs;
};

} // namespace Esi::Ui
