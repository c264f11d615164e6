#include "ui/tokens/tokenlistmodel.h"

#include "core/auth/characteraffiliations.h"
#include "core/auth/tokenstore.h"
#include "core/clock.h"
#include "ui/tokens/portraitcache.h"
#include "ui/widgets/humanformat.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

TokenListModel::TokenListModel(Core::TokenStore &store, const Core::Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock)
{
    connect(&m_store, &Core::TokenStore::tokensChanged, this, &TokenListModel::reload);
    reload();
}

void TokenListModel::setPortraits(PortraitCache *portraits)
{
    m_portraits = portraits;
    if (m_portraits) {
        connect(m_portraits, &PortraitCache::portraitReady, this, &TokenListModel::handleCharacterChanged);
    }
}

void TokenListModel::setAffiliations(Core::CharacterAffiliations *affiliations)
{
    m_affiliations = affiliations;
    if (m_affiliations) {
        connect(m_affiliations, &Core::CharacterAffiliations::affiliationReady, this,
                &TokenListModel::handleCharacterChanged);
        connect(m_affiliations, &Core::CharacterAffiliations::affiliationFailed, this,
                &TokenListModel::handleCharacterChanged);
    }
}

void TokenListModel::reload()
{
    beginResetModel();
    m_records = m_store.tokens();
    std::sort(m_records.begin(), m_records.end(), [](const Core::TokenRecord &a, const Core::TokenRecord &b) {
        return a.characterName.localeAwareCompare(b.characterName) < 0;
    });
    endResetModel();
}

int TokenListModel::rowOf(qint64 characterId) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).characterId == characterId) {
            return row;
        }
    }
    return -1;
}

void TokenListModel::handleCharacterChanged(qint64 characterId)
{
    if (const int row = rowOf(characterId); row >= 0) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void TokenListModel::updateCountdowns()
{
    if (!m_records.isEmpty()) {
        Q_EMIT dataChanged(index(0, StateColumn), index(int(m_records.size()) - 1, ExpiresColumn));
    }
}

int TokenListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int TokenListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

TokenListModel::State TokenListModel::stateOf(const Core::TokenRecord &record) const
{
    switch (record.status) {
    case Core::TokenStatus::NeedsReSignIn:
        return State::NeedsReSignIn;
    case Core::TokenStatus::Revoked:
        return State::Revoked;
    case Core::TokenStatus::Valid:
        break;
    }
    const QDateTime now = m_clock.now();
    if (!record.accessTokenExpiresAt.isValid() || record.accessTokenExpiresAt <= now) {
        return State::AccessExpired;
    }
    return now.secsTo(record.accessTokenExpiresAt) <= expiringWithinSecs ? State::Expiring : State::Valid;
}

QString TokenListModel::stateName(State state)
{
    switch (state) {
    case State::Valid:
        return tr("Valid");
    case State::Expiring:
        return tr("Expiring");
    case State::AccessExpired:
        return tr("Refreshes on next use");
    case State::NeedsReSignIn:
        return tr("Needs re-sign-in");
    case State::Revoked:
        return tr("Revoked");
    }
    return {};
}

QString TokenListModel::affiliationText(const Core::TokenRecord &record) const
{
    if (!m_affiliations) {
        return tr("unknown");
    }
    const std::optional<Core::CharacterAffiliations::Affiliation> found =
        m_affiliations->affiliation(record.characterId);
    if (!found || found->corporationName.isEmpty()) {
        return tr("unknown");
    }
    return found->allianceName.isEmpty() ? found->corporationName
                                         : tr("%1 / %2").arg(found->corporationName, found->allianceName);
}

QString TokenListModel::expiresText(const Core::TokenRecord &record) const
{
    switch (stateOf(record)) {
    case State::Valid:
    case State::Expiring:
        return HumanFormat::countdown(m_clock.now().msecsTo(record.accessTokenExpiresAt));
    case State::AccessExpired:
        return tr("expired");
    case State::NeedsReSignIn:
    case State::Revoked:
        break;
    }
    return tr("\u2014");
}

QString TokenListModel::agoText(const QDateTime &time) const
{
    if (!time.isValid()) {
        return tr("never");
    }
    const qint64 msecs = time.msecsTo(m_clock.now());
    return msecs < 1000 ? tr("just now") : tr("%1 ago").arg(HumanFormat::duration(msecs));
}

QVariant TokenListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Core::TokenRecord &record = m_records.at(index.row());
    switch (role) {
    case CharacterIdRole:
        return record.characterId;
    case StateRole:
        return int(stateOf(record));
    case ExpiresInMsRole:
        return m_clock.now().msecsTo(record.accessTokenExpiresAt);
    case OwnerChangedRole:
        return record.ownerChanged();
    case ScopesRole:
        return record.scopes;
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DecorationRole && column == CharacterColumn) {
        const QImage image = m_portraits ? m_portraits->portrait(record.characterId, record.characterName)
                                         : PortraitCache::placeholder(record.characterName);
        return QPixmap::fromImage(image.scaled(32, 32, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    if (role == Qt::ForegroundRole && column == StateColumn) {
        const State state = stateOf(record);
        if (state == State::NeedsReSignIn || state == State::Revoked || record.ownerChanged()) {
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        }
        if (state == State::Expiring) {
            return QBrush(QColor(0xb9, 0x77, 0x0e));
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == StateColumn) {
        QStringList lines{stateName(stateOf(record))};
        if (!record.statusReason.isEmpty()) {
            lines << record.statusReason;
        }
        if (record.ownerChanged()) {
            lines << tr("The character moved to another EVE account since it was signed in.");
        }
        return lines.join(u'\n');
    }
    if (role == Qt::ToolTipRole && column == ScopesColumn) {
        return record.scopes.join(u'\n');
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (column) {
    case CharacterColumn:
        return record.characterName.isEmpty() ? QString::number(record.characterId) : record.characterName;
    case AffiliationColumn:
        return affiliationText(record);
    case StateColumn:
        return record.ownerChanged() ? tr("%1 \u00b7 owner changed").arg(stateName(stateOf(record)))
                                     : stateName(stateOf(record));
    case ExpiresColumn:
        return expiresText(record);
    case ScopesColumn:
        return record.scopes.size();
    case RefreshedColumn:
        return agoText(record.lastRefreshedAt);
    case UsedColumn:
        return agoText(record.lastUsedAt);
    default:
        return {};
    }
}

QVariant TokenListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CharacterColumn:
        return tr("Character");
    case AffiliationColumn:
        return tr("Corporation / Alliance");
    case StateColumn:
        return tr("Status");
    case ExpiresColumn:
        return tr("Access token expires in");
    case ScopesColumn:
        return tr("Scopes");
    case RefreshedColumn:
        return tr("Last refreshed");
    case UsedColumn:
        return tr("Last used");
    default:
        return {};
    }
}

} // namespace Esi::Ui
