#include "core/auth/characteraffiliations.h"

#include "core/http/esicall.h"
#include "core/http/esiclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

CharacterAffiliations::CharacterAffiliations(EsiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void CharacterAffiliations::setSpec(SpecPtr spec)
{
    m_spec = std::move(spec);
    m_failed.clear(); // a newly loaded spec may have the routes the old one lacked
}

std::optional<CharacterAffiliations::Affiliation> CharacterAffiliations::affiliation(qint64 characterId)
{
    if (const auto known = m_known.constFind(characterId); known != m_known.cend()) {
        return *known;
    }
    if (!m_pending.contains(characterId) && !m_failed.contains(characterId)) {
        lookUp(characterId);
    }
    return std::nullopt;
}

std::optional<CharacterMembership> CharacterAffiliations::membership(qint64 characterId) const
{
    if (const auto known = m_memberships.constFind(characterId); known != m_memberships.cend()) {
        return *known;
    }
    return std::nullopt;
}

void CharacterAffiliations::remember(qint64 characterId, const QJsonObject &character)
{
    const qint64 corporationId = character.value("corporation_id"_L1).toInteger();
    if (corporationId <= 0) {
        return;
    }
    m_memberships.insert(characterId,
                         {corporationId, std::max<qint64>(0, character.value("alliance_id"_L1).toInteger())});
    m_membershipErrors.remove(characterId);
    Q_EMIT membershipLearnt(characterId);
}

void CharacterAffiliations::learnMemberships(const QList<qint64> &characterIds, std::function<void()> done)
{
    QList<qint64> wanted;
    for (const qint64 id : characterIds) {
        if (!m_memberships.contains(id) && !wanted.contains(id)) {
            wanted.append(id);
        }
    }
    if (wanted.isEmpty()) {
        done();
        return;
    }
    auto left = std::make_shared<qsizetype>(wanted.size());
    auto finish = std::make_shared<std::function<void()>>(std::move(done));
    for (const qint64 id : std::as_const(wanted)) {
        get(u"/characters/{character_id}"_s, u"character_id"_s, id,
            [this, id, left, finish](const QJsonObject &character, const QString &error) {
                remember(id, character);
                if (!m_memberships.contains(id)) {
                    m_membershipErrors.insert(id, error.isEmpty() ? tr("the character has no corporation_id") : error);
                }
                if (--*left == 0) {
                    (*finish)();
                }
            });
    }
}

QString CharacterAffiliations::operationFor(const QString &path) const
{
    if (!m_spec) {
        return {};
    }
    for (const Operation &operation : m_spec->operations()) {
        QString candidate = operation.path;
        if (candidate.endsWith(u'/')) {
            candidate.chop(1);
        }
        if (operation.method == "GET"_L1 && candidate == path && !operation.authed) {
            return operation.operationId;
        }
    }
    return {};
}

void CharacterAffiliations::get(const QString &path, const QString &parameter, qint64 id, JsonDone done)
{
    const QString operationId = operationFor(path);
    if (operationId.isEmpty()) {
        // Queued, like a real answer: lookUp() runs inside TokenListModel::data(), which must not be told of
        // the failure (and emit dataChanged) before it has returned.
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done), reason = tr("the loaded spec has no public GET %1").arg(path)] {
                done({}, reason);
            },
            Qt::QueuedConnection);
        return;
    }
    ParameterValues values;
    values.set(parameter, QString::number(id));
    CallOptions options;
    options.mode = CallMode::SinglePage;
    EsiCall *call = m_client->call(m_spec, operationId, values, options);
    connect(call, &EsiCall::finished, this, [call, done = std::move(done)] {
        call->deleteLater();
        const CallResult &result = call->result();
        if (!result.isOk() || result.pages.isEmpty()) {
            done({}, result.message.isEmpty() ? callErrorName(result.error) : result.message);
            return;
        }
        done(QJsonDocument::fromJson(result.pages.constFirst().body).object(), QString());
    });
}

void CharacterAffiliations::fail(qint64 characterId, const QString &reason)
{
    m_pending.remove(characterId);
    m_failed.insert(characterId);
    Q_EMIT affiliationFailed(characterId, reason);
}

void CharacterAffiliations::lookUp(qint64 characterId)
{
    if (!m_client || !m_spec) {
        m_failed.insert(characterId);
        return;
    }
    m_pending.insert(characterId);
    get(u"/characters/{character_id}"_s, u"character_id"_s, characterId,
        [this, characterId](const QJsonObject &character, const QString &error) {
            const qint64 corporationId = character.value("corporation_id"_L1).toInteger();
            if (error.isEmpty()) {
                remember(characterId, character);
            }
            if (!error.isEmpty() || corporationId <= 0) {
                fail(characterId, error.isEmpty() ? tr("the character has no corporation_id") : error);
                return;
            }
            const qint64 allianceId = character.value("alliance_id"_L1).toInteger();
            get(u"/corporations/{corporation_id}"_s, u"corporation_id"_s, corporationId,
                [this, characterId, allianceId](const QJsonObject &corporation, const QString &corpError) {
                    if (!corpError.isEmpty()) {
                        fail(characterId, corpError);
                        return;
                    }
                    Affiliation found{corporation.value("name"_L1).toString(), QString()};
                    if (allianceId <= 0) {
                        m_pending.remove(characterId);
                        m_known.insert(characterId, found);
                        Q_EMIT affiliationReady(characterId);
                        return;
                    }
                    get(u"/alliances/{alliance_id}"_s, u"alliance_id"_s, allianceId,
                        [this, characterId, found](const QJsonObject &alliance, const QString &allianceError) {
                            Affiliation complete = found;
                            // Without the alliance's name the corporation is still worth showing.
                            if (allianceError.isEmpty()) {
                                complete.allianceName = alliance.value("name"_L1).toString();
                            }
                            m_pending.remove(characterId);
                            m_known.insert(characterId, complete);
                            Q_EMIT affiliationReady(characterId);
                        });
                });
        });
}

} // namespace Esi::Core
