#include "ui/tokens/secretclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setObjectName(u"clipboardClearTimer"_s);
    m_timer.setParent(this); // findable, so tests wait for it instead of sleeping
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearNow);
}

SecretClipboard::~SecretClipboard()
{
    clearNow(); // a secret must not outlive its owner on the clipboard
}

void SecretClipboard::copy(const QString &secret)
{
    clearNow();
    // Marked secret: clipboard managers that honour the hint (Klipper, GPaste...) keep it out of history.
    auto *mime = new QMimeData;
    mime->setText(secret);
    mime->setData(u"x-kde-passwordManagerHint"_s, "secret"_ba);
    QGuiApplication::clipboard()->setMimeData(mime);
    m_secret = secret;
    m_timer.start(m_clearMs);
}

void SecretClipboard::clearNow()
{
    m_timer.stop();
    if (m_secret.isEmpty()) {
        return;
    }
    QClipboard *clipboard = QGuiApplication::clipboard();
    const bool stillThere = clipboard->text() == m_secret;
    m_secret.clear();
    if (stillThere) {
        clipboard->clear();
        Q_EMIT cleared();
    }
}

} // namespace Esi::Ui
