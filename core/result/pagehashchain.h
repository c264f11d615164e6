#pragma once

#include "core/http/callresult.h"
#include "core/result/bodyhash.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>
#include <optional>
#include <utility>

namespace Esi::Core {

// The BodyHash of a call's pages taken while they are decoded on the pool, so the end of a run does not read
// every body again. Pages come from any thread in any order; each is hashed once every page before it is in
// (the few that arrive early wait, shared, not copied). One language is followed: a snapshot restart of it
// starts over; pages of a second language, or too many waiting, give up, and result() then says nullopt.
class PageHashChain
{
public:
    static constexpr int maxWaiting = 64; // pages held for an earlier one; beyond that the chain gives up

    void restart(const QString &language, quint64 generation); // the language's pages come again
    void add(const QString &language, quint64 generation, int page, const QByteArray &body);

    // The BodyHash of `pages` when the chain hashed exactly them, in that order; nullopt otherwise (the caller
    // hashes them itself: BodyHash::of).
    std::optional<QByteArray> result(const QList<PageResult> &pages) const;

private:
    void hashWaiting();
    void startGeneration(quint64 generation); // with m_mutex held

    mutable QMutex m_mutex;
    QString m_language;
    bool m_started = false;
    bool m_givenUp = false;
    quint64 m_generation = 0;
    int m_next = 1;
    QMap<int, QByteArray> m_waiting;
    QList<std::pair<int, qsizetype>> m_hashed; // page and body size, in hash order
    BodyHash m_hash;
};

} // namespace Esi::Core
