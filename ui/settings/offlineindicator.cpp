#include "ui/settings/offlineindicator.h"

#include "core/settings/offlinesandbox.h"

#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

OfflineIndicator::OfflineIndicator(QMainWindow *window)
    : QObject(window)
    , m_label(new QLabel(window))
    , m_goOnline(new QToolButton(window))
{
    m_label->setObjectName(u"offlineIndicator"_s);
    m_label->setAccessibleName(tr("Offline sandbox"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setStyleSheet(u"QLabel { background: #f0ad4e; color: black; padding: 1px 6px; "
                           "border-radius: 3px; }"_s);
    m_goOnline->setObjectName(u"goOnlineButton"_s);
    m_goOnline->setAccessibleName(tr("Go back online"));
    m_goOnline->setText(tr("Go Back Online"));
    m_goOnline->setToolTip(tr("Use EVE's servers again (ESI Studio restarts)"));
    connect(m_goOnline, &QToolButton::clicked, this, &OfflineIndicator::goOnlineRequested);
    window->statusBar()->insertPermanentWidget(0, m_label);
    window->statusBar()->insertPermanentWidget(1, m_goOnline);
}

void OfflineIndicator::update(const Core::OfflineSandbox *sandbox)
{
    const bool offline = sandbox && sandbox->isReady();
    m_label->setText(
        offline ? tr("OFFLINE SANDBOX at %1: generated data, not EVE's servers").arg(sandbox->baseUrl().toString())
                : QString());
    m_label->setToolTip(offline ? tr("Calls and sign-ins go to the bundled esi-sandbox; its test "
                                     "characters need no EVE account.")
                                : QString());
    m_label->setVisible(offline);
    m_goOnline->setVisible(offline);
}

} // namespace Esi::Ui
