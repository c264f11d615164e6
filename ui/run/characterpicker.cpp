#include "ui/run/characterpicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

bool CharacterChoice::hasScopes(const QStringList &wanted) const
{
    for (const QString &scope : wanted) {
        if (!scopes.contains(scope)) {
            return false;
        }
    }
    return true;
}

QList<CharacterChoice> CharacterChoice::fromRecords(const QList<Core::TokenRecord> &records)
{
    QList<CharacterChoice> choices;
    for (const Core::TokenRecord &record : records) {
        if (record.status == Core::TokenStatus::Valid) {
            choices.append({record.characterId, record.characterName, record.scopes});
        }
    }
    std::sort(choices.begin(), choices.end(), [](const CharacterChoice &a, const CharacterChoice &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return choices;
}

CharacterPicker::CharacterPicker(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_signIn(new QPushButton(this))
{
    setObjectName(u"characterPicker"_s);
    setAccessibleName(tr("Character"));

    m_combo->setObjectName(u"characterCombo"_s);
    m_combo->setAccessibleName(tr("Character whose token is used"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_combo, &QComboBox::activated, this, [this] {
        m_preferred = currentCharacterId();
        Q_EMIT currentCharacterChanged(m_preferred);
        Q_EMIT characterPicked(m_preferred);
    });

    m_note->setObjectName(u"characterNote"_s);
    m_note->setAccessibleName(tr("Character requirement"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);

    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setAccessibleName(tr("Sign in with the needed scope"));
    connect(m_signIn, &QPushButton::clicked, this, [this] { Q_EMIT signInRequested(m_scopes); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_signIn);
    rebuild();
}

void CharacterPicker::setCharacters(const QList<CharacterChoice> &characters)
{
    m_characters = characters;
    rebuild();
}

void CharacterPicker::setRequirement(bool authed, const QStringList &scopes)
{
    m_authed = authed;
    m_scopes = scopes;
    rebuild();
}

void CharacterPicker::setSignInAvailable(bool available)
{
    m_signInAvailable = available;
    rebuild();
}

void CharacterPicker::rebuild()
{
    const qint64 before = currentCharacterId();
    m_combo->clear();
    if (!m_authed) {
        m_combo->hide();
        m_signIn->hide();
        m_note->setText(tr("Public route: no character needed."));
        m_note->setForegroundRole(QPalette::PlaceholderText);
        m_note->show();
        if (before != 0) {
            Q_EMIT currentCharacterChanged(0);
        }
        return;
    }
    for (const CharacterChoice &character : std::as_const(m_characters)) {
        if (character.hasScopes(m_scopes)) {
            m_combo->addItem(tr("%1 (%2)").arg(character.name).arg(character.id), character.id);
        }
    }
    const QString scopeText = m_scopes.isEmpty() ? tr("any scope") : m_scopes.join(u", "_s);
    if (m_combo->count() == 0) {
        m_combo->hide();
        m_note->setText(m_characters.isEmpty() ? tr("Needs a signed-in character with %1.").arg(scopeText)
                                               : tr("No signed-in character has %1.").arg(scopeText));
        m_note->setForegroundRole(QPalette::WindowText);
        m_note->show();
        m_signIn->setText(tr("Sign in with %1\u2026").arg(scopeText));
        m_signIn->setToolTip(tr("Opens EVE SSO asking for %1").arg(scopeText));
        m_signIn->setVisible(m_signInAvailable);
    } else {
        m_combo->show();
        m_signIn->hide();
        m_note->setText(tr("needs %1").arg(scopeText));
        m_note->setForegroundRole(QPalette::PlaceholderText);
        m_note->show();
        const int preferred = m_combo->findData(m_preferred);
        m_combo->setCurrentIndex(preferred >= 0 ? preferred : 0);
    }
    if (currentCharacterId() != before) {
        Q_EMIT currentCharacterChanged(currentCharacterId());
    }
}

qint64 CharacterPicker::currentCharacterId() const
{
    return m_authed && m_combo->count() > 0 ? m_combo->currentData().toLongLong() : 0;
}

QString CharacterPicker::currentCharacterName() const
{
    const qint64 id = currentCharacterId();
    for (const CharacterChoice &character : m_characters) {
        if (character.id == id) {
            return character.name;
        }
    }
    return {};
}

bool CharacterPicker::setCurrentCharacter(qint64 characterId)
{
    const int index = m_combo->findData(characterId);
    if (index < 0) {
        return false;
    }
    m_preferred = characterId;
    m_combo->setCurrentIndex(index);
    Q_EMIT currentCharacterChanged(characterId);
    return true;
}

bool CharacterPicker::isBlocking() const
{
    return m_authed && currentCharacterId() == 0;
}

} // namespace Esi::Ui
