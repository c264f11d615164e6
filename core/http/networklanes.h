#pragma once

#include <QList>
#include <QObject>

class QNetworkAccessManager;

namespace Esi::Core {

// Qt 6.4's QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host and queues the rest, so
// a call asking for 8 pages at once would really get 6 against an HTTP/1.1 server (HTTP/2, which ESI
// speaks, multiplexes and is unaffected). Lanes hand out the application's manager while it has a free
// connection slot and spill over into extra managers (same proxy) only beyond that.
class NetworkLanes : public QObject
{
    Q_OBJECT

public:
    static constexpr int connectionsPerLane = 6;

    explicit NetworkLanes(QNetworkAccessManager *primary, QObject *parent = nullptr);

    QNetworkAccessManager *acquire();          // the first lane with a free slot, the primary first
    void release(QNetworkAccessManager *lane); // once its request finished or was aborted

    int laneCount() const { return int(m_lanes.size()); }

private:
    struct Lane
    {
        QNetworkAccessManager *manager = nullptr;
        int busy = 0;
    };

    QList<Lane> m_lanes; // the primary first
};

} // namespace Esi::Core
