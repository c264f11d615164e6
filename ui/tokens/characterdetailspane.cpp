#include "ui/tokens/characterdetailspane.h"

#include "core/auth/tokenstore.h"
#include "ui/tokens/tokenlistmodel.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

CharacterDetailsPane::CharacterDetailsPane(const Core::TokenStore &store, const TokenListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(model)
    , m_details(new QLabel(this))
    , m_scopes(new QListWidget(this))
{
    m_details->setObjectName(u"characterDetails"_s);
    m_details->setAccessibleName(tr("Character details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_scopes->setObjectName(u"characterScopes"_s);
    m_scopes->setAccessibleName(tr("Scopes of the selected character"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_details);
    layout->addWidget(m_scopes, 1);
}

void CharacterDetailsPane::showCharacter(qint64 characterId)
{
    const std::optional<Core::TokenRecord> record = characterId > 0 ? m_store.token(characterId) : std::nullopt;
    m_scopes->clear();
    if (!record) {
        m_details->setText(m_model.rowCount() == 0 ? tr("No character is signed in. Use \u201cSign In New "
                                                        "Character\u201d to add one.")
                                                   : tr("Select a character to see its token."));
        return;
    }
    const QLocale locale;
    QStringList lines;
    lines << tr("<b>%1</b> (character %2)").arg(record->characterName.toHtmlEscaped()).arg(record->characterId);
    const int row = m_model.rowOf(characterId);
    lines << tr("Corporation / alliance: %1")
                 .arg(m_model.index(row, TokenListModel::AffiliationColumn).data().toString().toHtmlEscaped());
    lines << tr("Status: %1").arg(TokenListModel::stateName(m_model.stateOf(*record)));
    if (!record->statusReason.isEmpty()) {
        lines << tr("Reason: %1").arg(record->statusReason.toHtmlEscaped());
    }
    if (record->ownerChanged()) {
        lines << tr("<b>Warning:</b> the character moved to another EVE account since it was first signed in "
                    "(owner hash changed). Check that this is still your character, then acknowledge.");
    }
    if (record->addedAt.isValid()) {
        lines << tr("Signed in: %1").arg(locale.toString(record->addedAt.toLocalTime(), QLocale::ShortFormat));
    }
    m_details->setText(lines.join(u"<br>"_s));
    for (const QString &scope : record->scopes) {
        m_scopes->addItem(scope);
    }
}

} // namespace Esi::Ui
