#pragma once

#include <QWidget>

class QPushButton;

namespace Esi::Ui {

class MessageBanner;

// The character manager's word on the keychain: nothing while it works, a note while it is slow to
// answer, an error saying how to unlock it (with "Check the Keychain Again") when it cannot be used.
class KeychainBanner : public QWidget
{
    Q_OBJECT

public:
    explicit KeychainBanner(QWidget *parent = nullptr);

    void showWaiting();
    void showResult(bool available, const QString &error);

    MessageBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void checkRequested();

private:
    MessageBanner *m_banner;
    QPushButton *m_checkAgain;
};

} // namespace Esi::Ui
