#pragma once

#include "core/auth/tokenrecord.h"

#include <QAbstractTableModel>

namespace Esi::Core {
class CharacterAffiliations;
class Clock;
class TokenStore;
} // namespace Esi::Core

namespace Esi::Ui {

class PortraitCache;

// The signed-in characters as the manager window lists them: portrait and name, corporation/alliance,
// what state the token is in, a live countdown to the access token's expiry, scopes and when the token
// was last refreshed and used. Follows the TokenStore; countdowns move when updateCountdowns() is called.
class TokenListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CharacterColumn,
        AffiliationColumn,
        StateColumn,
        ExpiresColumn,
        ScopesColumn,
        RefreshedColumn,
        UsedColumn,
        ColumnCount
    };

    // What the user needs to know about a token, finer than TokenStatus: a valid token's access token may
    // be about to expire or already expired (both fine: it is refreshed on the next call).
    enum class State { Valid, Expiring, AccessExpired, NeedsReSignIn, Revoked };

    enum Role {
        CharacterIdRole = Qt::UserRole + 1,
        StateRole,        // State as int
        ExpiresInMsRole,  // milliseconds until the access token expires (negative once passed)
        OwnerChangedRole, // bool
        ScopesRole,       // QStringList
    };

    static constexpr qint64 expiringWithinSecs = 5 * 60;

    TokenListModel(Core::TokenStore &store, const Core::Clock &clock, QObject *parent = nullptr);

    void setPortraits(PortraitCache *portraits);
    void setAffiliations(Core::CharacterAffiliations *affiliations);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Core::TokenRecord record(int row) const { return m_records.value(row); }

    int rowOf(qint64 characterId) const; // -1 when not listed

    State stateOf(const Core::TokenRecord &record) const;

    static QString stateName(State state); // "Valid", "Expiring", ... (translated)

    // Re-reads the clock for the countdown and state columns.
    void updateCountdowns();

    void reload();

private:
    void handleCharacterChanged(qint64 characterId);
    QString affiliationText(const Core::TokenRecord &record) const;
    QString expiresText(const Core::TokenRecord &record) const;
    QString agoText(const QDateTime &time) const;

    Core::TokenStore &m_store;
    const Core::Clock &m_clock;
    PortraitCache *m_portraits = nullptr;
    Core::CharacterAffiliations *m_affiliations = nullptr;
    QList<Core::TokenRecord> m_records;
};

} // namespace Esi::Ui
