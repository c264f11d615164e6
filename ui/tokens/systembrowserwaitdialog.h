#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QPushButton;

namespace Esi::Ui {

// Shown while a sign-in waits for the user's web browser: says where the sign-in continues and for how long
// ESI Studio waits, opens the login page again if the browser tab was lost, and lets the user give up (Cancel,
// Esc or the close button all end the sign-in).
class SystemBrowserWaitDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SystemBrowserWaitDialog(QWidget *parent = nullptr);

    // The login page the browser was sent to, and how long the sign-in waits for its answer.
    void showWaiting(const QUrl &authorizationUrl, int timeoutMs);

    QUrl authorizationUrl() const { return m_authorizationUrl; }

Q_SIGNALS:
    void cancelRequested();
    void openAgainRequested(const QUrl &authorizationUrl);

protected:
    void reject() override;

private:
    QLabel *m_message;
    QPushButton *m_openAgainButton;
    QPushButton *m_cancelButton;
    QUrl m_authorizationUrl;
};

} // namespace Esi::Ui
