#pragma once

#include "core/auth/characterforcall.h"
#include "core/spec/spec.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
#include <optional>

namespace Esi::Core {

class EsiClient;

// Which corporation and alliance signed-in characters belong to, from the public routes /characters/{id}
// (ids), /corporations/{id} and /alliances/{id} (names), through the EsiClient: its response cache keeps
// the answers between sessions and processes (the GUI and `esi` share it) and its limits are respected.
// What was learnt is kept in memory for the session. The Characters window shows the names;
// CharacterForCall uses the ids to pick a member's token for corporation and alliance routes.
class CharacterAffiliations : public QObject
{
    Q_OBJECT

public:
    struct Affiliation
    {
        QString corporationName;
        QString allianceName; // empty: no alliance
    };

    explicit CharacterAffiliations(EsiClient *client, QObject *parent = nullptr);

    // The routes are looked up by path in the spec, as their operation ids differ between spec versions.
    void setSpec(SpecPtr spec);

    // Known affiliation, or nothing after starting a lookup (once per character and session).
    std::optional<Affiliation> affiliation(qint64 characterId);

    bool hasFailed(qint64 characterId) const { return m_failed.contains(characterId); }

    // The corporation and alliance ids learnt so far; nothing when not (yet) known.
    std::optional<CharacterMembership> membership(qint64 characterId) const;

    // Learns the memberships of `characterIds` not known yet (one GET /characters/{id} each, answered from the
    // response cache while fresh); `done` runs once every one is known or failed (at once when none is needed).
    void learnMemberships(const QList<qint64> &characterIds, std::function<void()> done);

    // Why the membership of `characterId` could not be learnt; empty when it was or was not tried.
    QString membershipError(qint64 characterId) const { return m_membershipErrors.value(characterId); }

Q_SIGNALS:
    void affiliationReady(qint64 characterId);
    void affiliationFailed(qint64 characterId, const QString &reason);
    void membershipLearnt(qint64 characterId);

private:
    using JsonDone = std::function<void(const QJsonObject &body, const QString &error)>;

    QString operationFor(const QString &path) const;
    void get(const QString &path, const QString &parameter, qint64 id, JsonDone done);
    void lookUp(qint64 characterId);
    void fail(qint64 characterId, const QString &reason);
    void remember(qint64 characterId, const QJsonObject &character);

    EsiClient *m_client;
    SpecPtr m_spec;
    QHash<qint64, Affiliation> m_known;
    QHash<qint64, CharacterMembership> m_memberships;
    QHash<qint64, QString> m_membershipErrors;
    QSet<qint64> m_pending;
    QSet<qint64> m_failed;
};

} // namespace Esi::Core
