#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace Esi::Core {
class TokenStore;
}

namespace Esi::Ui {

class TokenListModel;

// The selected character's details under the character list: name and id, corporation / alliance, the
// token's state and why, an owner-hash warning, when it signed in, and its scopes.
class CharacterDetailsPane : public QWidget
{
    Q_OBJECT

public:
    CharacterDetailsPane(const Core::TokenStore &store, const TokenListModel &model, QWidget *parent = nullptr);

    void showCharacter(qint64 characterId); // 0: none selected

private:
    const Core::TokenStore &m_store;
    const TokenListModel &m_model;
    QLabel *m_details;
    QListWidget *m_scopes;
};

} // namespace Esi::Ui
