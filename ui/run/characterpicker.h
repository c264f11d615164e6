#pragma once

#include "core/auth/tokenrecord.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace Esi::Ui {

// A signed-in character as the picker needs it; the token store fills these.
struct CharacterChoice
{
    qint64 id = 0;
    QString name;
    QStringList scopes; // what the character's token was granted

    bool hasScopes(const QStringList &wanted) const;

    // The token store's characters that can make calls now (a token needing a new sign-in or revoked
    // cannot), sorted by name.
    static QList<CharacterChoice> fromRecords(const QList<Core::TokenRecord> &records);
};

// Whose token an authed call uses. Lists only characters whose token carries every scope the operation
// needs; when none does, says which scope is missing and (if the window can sign in) offers to sign in
// with exactly that scope. Public operations need no character and the picker says so.
class CharacterPicker : public QWidget
{
    Q_OBJECT

public:
    explicit CharacterPicker(QWidget *parent = nullptr);

    void setCharacters(const QList<CharacterChoice> &characters);

    QList<CharacterChoice> characters() const { return m_characters; }

    // `authed` false: a public route, the picker only says no character is needed.
    void setRequirement(bool authed, const QStringList &scopes);
    void setSignInAvailable(bool available);

    qint64 currentCharacterId() const; // 0 when none (public route, or nobody has the scope)
    QString currentCharacterName() const;
    bool setCurrentCharacter(qint64 characterId); // false when that character is not offered

    // An authed route without a character that may call it.
    bool isBlocking() const;

Q_SIGNALS:
    void currentCharacterChanged(qint64 characterId);
    void characterPicked(qint64 characterId); // by the user, in the combo box
    void signInRequested(const QStringList &scopes);

private:
    void rebuild();

    QList<CharacterChoice> m_characters;
    QStringList m_scopes;
    bool m_authed = false;
    bool m_signInAvailable = false;
    qint64 m_preferred = 0; // the last character picked, kept across operations
    QComboBox *m_combo;
    QLabel *m_note;
    QPushButton *m_signIn;
};

} // namespace Esi::Ui
