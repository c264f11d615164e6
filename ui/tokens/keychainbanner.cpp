#include "ui/tokens/keychainbanner.h"

#include "ui/widgets/messagebanner.h"

#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

KeychainBanner::KeychainBanner(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_checkAgain(new QPushButton(tr("Check the &Keychain Again"), this))
{
    m_banner->setObjectName(u"keychainBanner"_s);
    m_banner->hide();
    m_checkAgain->setObjectName(u"checkKeychainButton"_s);
    m_checkAgain->setAccessibleName(tr("Check the keychain again"));
    m_checkAgain->hide();
    connect(m_checkAgain, &QPushButton::clicked, this, &KeychainBanner::checkRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner, 1);
    layout->addWidget(m_checkAgain, 0, Qt::AlignTop);
}

void KeychainBanner::showWaiting()
{
    m_banner->showMessage(MessageBanner::Kind::Information, tr("Waiting for the system keychain"),
                          tr("If your desktop asks for the keyring password, unlock the login keyring; the "
                             "character manager continues as soon as the keychain answers."));
    m_banner->show();
}

void KeychainBanner::showResult(bool available, const QString &error)
{
    if (available) {
        m_banner->dismiss();
        m_banner->hide();
    } else {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("The system keychain cannot be used"),
                              tr("%1\nUnlock the login keyring (for example in Passwords and Keys), or start a "
                                 "Secret Service such as GNOME Keyring or KWallet, then check again. Signing in, "
                                 "refreshing and revoking need the keychain; nothing is stored anywhere else.")
                                  .arg(error));
        m_banner->show();
    }
    m_checkAgain->setVisible(!available);
}

} // namespace Esi::Ui
