#pragma once

#include "core/spec/spec.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
#include <optional>

namespace Esi::Core {
class EsiClient;
}

namespace Esi::Ui {

// Corporation and alliance names of signed-in characters, from the public routes /characters/{id},
// /corporations/{id} and /alliances/{id} through the EsiClient (so its response cache keeps them between
// sessions and its limits are respected). Names found are kept in memory for the session.
class CharacterAffiliations : public QObject
{
    Q_OBJECT

public:
    struct Affiliation
    {
        QString corporationName;
        QString allianceName; // empty: no alliance
    };

    explicit CharacterAffiliations(Core::EsiClient *client, QObject *parent = nullptr);

    // The routes are looked up by path in the spec, as their operation ids differ between spec versions.
    void setSpec(Core::SpecPtr spec);

    // Known affiliation, or nothing after starting a lookup (once per character and session).
    std::optional<Affiliation> affiliation(qint64 characterId);

    bool hasFailed(qint64 characterId) const { return m_failed.contains(characterId); }

Q_SIGNALS:
    void affiliationReady(qint64 characterId);
    void affiliationFailed(qint64 characterId, const QString &reason);

private:
    using JsonDone = std::function<void(const QJsonObject &body, const QString &error)>;

    QString operationFor(const QString &path) const;
    void get(const QString &path, const QString &parameter, qint64 id, JsonDone done);
    void lookUp(qint64 characterId);
    void fail(qint64 characterId, const QString &reason);

    Core::EsiClient *m_client;
    Core::SpecPtr m_spec;
    QHash<qint64, Affiliation> m_known;
    QSet<qint64> m_pending;
    QSet<qint64> m_failed;
};

} // namespace Esi::Ui
