#include "ui/tokens/systembrowserwaitdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

SystemBrowserWaitDialog::SystemBrowserWaitDialog(QWidget *parent)
    : QDialog(parent)
    , m_message(new QLabel(this))
    , m_openAgainButton(new QPushButton(tr("Open the Login Page Again"), this))
    , m_cancelButton(new QPushButton(tr("Cancel Sign-In"), this))
{
    setObjectName(u"systemBrowserWaitDialog"_s);
    setWindowTitle(tr("Signing In"));
    setAccessibleName(tr("Waiting for the sign-in in your web browser"));
    m_message->setObjectName(u"systemBrowserWaitMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_openAgainButton->setObjectName(u"openLoginPageAgainButton"_s);
    m_openAgainButton->setAutoDefault(false);
    m_cancelButton->setObjectName(u"cancelSystemBrowserSignInButton"_s);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_openAgainButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    connect(m_openAgainButton, &QPushButton::clicked, this, [this] { Q_EMIT openAgainRequested(m_authorizationUrl); });
    connect(m_cancelButton, &QPushButton::clicked, this, &SystemBrowserWaitDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void SystemBrowserWaitDialog::showWaiting(const QUrl &authorizationUrl, int timeoutMs)
{
    m_authorizationUrl = authorizationUrl;
    const int minutes = std::max(1, (timeoutMs + 59999) / 60000);
    m_message->setText(tr("Finish signing in with the EVE SSO in your web browser. ESI Studio waits up to %n "
                          "minute(s) for the answer; Cancel stops waiting.",
                          nullptr, minutes));
    show();
    raise();
}

void SystemBrowserWaitDialog::reject()
{
    QDialog::reject();
    Q_EMIT cancelRequested();
}

} // namespace Esi::Ui
