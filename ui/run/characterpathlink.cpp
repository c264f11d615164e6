#include "ui/run/characterpathlink.h"

#include "core/auth/characterforcall.h"
#include "core/http/parametervalues.h"
#include "ui/run/characterpicker.h"
#include "ui/run/parametereditor.h"
#include "ui/run/parameterform.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

const QString characterParameter = u"character_id"_s;

} // namespace

CharacterPathLink::CharacterPathLink(ParameterForm *form, CharacterPicker *picker, QObject *parent)
    : QObject(parent)
    , m_form(form)
    , m_picker(picker)
{
    connect(m_picker, &CharacterPicker::characterPicked, this, &CharacterPathLink::handlePicked);
    // While typing an empty field stays empty; the picker follows what is typed.
    connect(m_form, &ParameterForm::valuesEdited, this, [this] { follow(false); });
}

void CharacterPathLink::setTokens(const QList<Core::TokenRecord> &tokens)
{
    m_tokens = tokens;
    syncFromField();
}

void CharacterPathLink::handlePicked(qint64 characterId)
{
    const Core::Operation *op = m_form->operation();
    ParameterEditor *editor = m_form->editor(characterParameter);
    if (m_syncing || !op || !editor || characterId == 0 ||
        Core::CharacterForCall::pathOwner(*op, m_form->values()).kind == Core::CharacterForCall::Owner::None) {
        return;
    }
    if (editor->text().trimmed() != QString::number(characterId)) {
        m_syncing = true;
        editor->setText(QString::number(characterId)); // emits edited: the form validates as after typing
        m_syncing = false;
    }
    setProblem(QString());
}

void CharacterPathLink::syncFromField()
{
    follow(true);
}

void CharacterPathLink::follow(bool fillEmpty)
{
    const Core::Operation *op = m_form->operation();
    if (m_syncing || !op) {
        setProblem(QString());
        return;
    }
    const Core::ParameterValues values = m_form->values();
    const Core::CharacterForCall::PathOwner owner = Core::CharacterForCall::pathOwner(*op, values);
    if (owner.kind == Core::CharacterForCall::Owner::Character && owner.id == 0 && fillEmpty &&
        m_picker->currentCharacterId() != 0 && values.value(characterParameter).isEmpty()) {
        handlePicked(m_picker->currentCharacterId());
        return;
    }
    if (owner.kind != Core::CharacterForCall::Owner::Character || owner.id == 0) {
        setProblem(QString());
        return;
    }
    const Core::CallCharacter chosen = Core::CharacterForCall::choose(*op, values, 0, knownTokens());
    m_syncing = true;
    const bool offered = chosen.isOk() && m_picker->setCurrentCharacter(chosen.characterId);
    m_syncing = false;
    setProblem(offered || chosen.isOk() ? QString() : chosen.message);
}

QList<Core::TokenRecord> CharacterPathLink::knownTokens() const
{
    // The picker's characters count even when the stored tokens were not handed over (they are usable ones).
    QList<Core::TokenRecord> tokens = m_tokens;
    for (const CharacterChoice &choice : m_picker->characters()) {
        const bool known = std::any_of(tokens.cbegin(), tokens.cend(), [&choice](const Core::TokenRecord &token) {
            return token.characterId == choice.id;
        });
        if (!known) {
            Core::TokenRecord token;
            token.characterId = choice.id;
            token.characterName = choice.name;
            token.scopes = choice.scopes;
            tokens.append(token);
        }
    }
    return tokens;
}

void CharacterPathLink::setProblem(const QString &problem)
{
    m_form->setParameterProblem(characterParameter, problem);
    if (problem != m_problem) {
        m_problem = problem;
        Q_EMIT problemChanged(m_problem);
    }
}

} // namespace Esi::Ui
