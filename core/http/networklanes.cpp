#include "core/http/networklanes.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace Esi::Core {

NetworkLanes::NetworkLanes(QNetworkAccessManager *primary, QObject *parent)
    : QObject(parent)
{
    m_lanes.append(Lane{primary, 0});
}

QNetworkAccessManager *NetworkLanes::acquire()
{
    for (Lane &lane : m_lanes) {
        if (lane.busy < connectionsPerLane) {
            ++lane.busy;
            return lane.manager;
        }
    }
    QNetworkAccessManager *primary = m_lanes.constFirst().manager;
    auto *manager = new QNetworkAccessManager(this);
    manager->setProxy(primary->proxy());
    manager->setRedirectPolicy(primary->redirectPolicy());
    manager->setStrictTransportSecurityEnabled(primary->isStrictTransportSecurityEnabled());
    m_lanes.append(Lane{manager, 1});
    return manager;
}

void NetworkLanes::release(QNetworkAccessManager *lane)
{
    for (Lane &entry : m_lanes) {
        if (entry.manager == lane && entry.busy > 0) {
            --entry.busy;
            return;
        }
    }
}

} // namespace Esi::Core
