#pragma once

#include "core/auth/tokenrecord.h"

#include <QList>
#include <QObject>

namespace Esi::Ui {

class CharacterPicker;
class ParameterForm;

// Keeps the character picker and a `character_id` path parameter saying the same, by the rule `esi` follows
// (Core::CharacterForCall): picking a character fills character_id; typing another character_id switches
// the picker to that character when it is signed in with the scopes, or puts esi's refusal (who, which
// scope, the `esi login` command) on the field, and the run panel disables Run until it is fixed.
class CharacterPathLink : public QObject
{
    Q_OBJECT

public:
    CharacterPathLink(ParameterForm *form, CharacterPicker *picker, QObject *parent = nullptr);

    // Every stored token, also those needing a new sign-in, for the same words as esi.
    void setTokens(const QList<Core::TokenRecord> &tokens);

    QList<Core::TokenRecord> tokens() const { return knownTokens(); }

    // Makes picker and field agree again after both were set from outside (new operation, remembered values,
    // history entry): the field decides; an empty field takes the picker's character.
    void syncFromField();

    // Why the call cannot carry the path character's token; empty when it can.
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void problemChanged(const QString &problem);

private:
    void handlePicked(qint64 characterId);
    void follow(bool fillEmpty);
    void setProblem(const QString &problem);
    QList<Core::TokenRecord> knownTokens() const;

    ParameterForm *m_form;
    CharacterPicker *m_picker;
    QList<Core::TokenRecord> m_tokens;
    QString m_problem;
    bool m_syncing = false;
};

} // namespace Esi::Ui
