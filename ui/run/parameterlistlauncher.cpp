#include "ui/run/parameterlistlauncher.h"

#include "core/auth/characteraffiliations.h"
#include "core/fanout/fanoutcharacters.h"
#include "core/fanout/fanoutplan.h"
#include "core/spec/operation.h"
#include "ui/result/resultpanel.h"
#include "ui/run/listvaluesdialog.h"
#include "ui/run/parameterform.h"
#include "ui/run/runpanel.h"

#include <QSet>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

ParameterListLauncher::ParameterListLauncher(RunPanel *runPanel, ResultPanel *resultPanel, QWidget *window,
                                             QObject *parent)
    : QObject(parent)
    , m_runPanel(runPanel)
    , m_resultPanel(resultPanel)
    , m_window(window)
{
    connect(m_runPanel->form(), &ParameterForm::listRequested, this, &ParameterListLauncher::open);
}

void ParameterListLauncher::open(const QString &parameter)
{
    ParameterForm *form = m_runPanel->form();
    const Core::Operation *op = form->operation();
    if (!op || !form->canTakeList(parameter) || m_dialog) {
        return;
    }
    const bool array = Core::FanOutPlan::takesArray(*form->spec(), *op, parameter);
    auto *dialog = new ListValuesDialog(parameter, array, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setValues(form->list(parameter));
    if (const Core::CallOutcomePtr outcome = m_resultPanel->outcome(); outcome && outcome->data) {
        QStringList columns;
        for (const Core::ResultData::Column &column : outcome->data->columns()) {
            columns.append(column.name);
        }
        dialog->setColumns(columns, [this](const QString &column) { return columnValues(column); });
    }
    if (parameter == u"character_id"_s && op->authed) {
        dialog->setCharacterChoice(Core::FanOutCharacters::withScopes(m_runPanel->tokens(), *op),
                                   form->isAllCharacters());
    } else if (parameter == u"corporation_id"_s || parameter == u"alliance_id"_s) {
        offerMemberships(dialog, parameter == u"alliance_id"_s, *op);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, parameter] {
        m_runPanel->form()->setList(parameter, dialog->values(), dialog->allCharactersChosen());
    });
    m_dialog = dialog;
    dialog->open();
}

void ParameterListLauncher::offerMemberships(ListValuesDialog *dialog, bool alliances, const Core::Operation &operation)
{
    QList<qint64> characters;
    if (operation.authed) {
        characters = Core::FanOutCharacters::withScopes(m_runPanel->tokens(), operation);
    } else {
        for (const Core::TokenRecord &token : m_runPanel->tokens()) {
            characters.append(token.characterId);
        }
    }
    if (!m_affiliations || characters.isEmpty()) {
        return;
    }
    const auto offer = [affiliations = m_affiliations, dialog = QPointer<ListValuesDialog>(dialog), alliances,
                        characters] {
        if (!dialog) {
            return;
        }
        QList<qint64> ids;
        for (const qint64 character : characters) {
            if (const auto membership = affiliations->membership(character)) {
                const qint64 id = alliances ? membership->allianceId : membership->corporationId;
                if (id > 0 && !ids.contains(id)) {
                    ids.append(id);
                }
            }
        }
        const int count = int(ids.size());
        dialog->setMemberChoice(alliances ? tr("Alliances of the signed-in characters (%n)", nullptr, count)
                                          : tr("Corporations of the signed-in characters (%n)", nullptr, count),
                                ids);
    };
    const bool known = std::all_of(characters.begin(), characters.end(),
                                   [this](qint64 character) { return m_affiliations->membership(character); });
    if (known) {
        offer();
        return;
    }
    dialog->setMemberChoice(alliances ? tr("Alliances of the signed-in characters (looking them up\u2026)")
                                      : tr("Corporations of the signed-in characters (looking them up\u2026)"),
                            {});
    m_affiliations->setSpec(m_runPanel->form()->spec());
    m_affiliations->learnMemberships(characters, offer); // GET /characters/{id}, from the response cache while fresh
}

QStringList ParameterListLauncher::columnValues(const QString &column) const
{
    const Core::CallOutcomePtr outcome = m_resultPanel->outcome();
    if (!outcome || !outcome->data) {
        return {};
    }
    const Core::ResultData &data = *outcome->data;
    const int index = data.columnIndex(column);
    if (index < 0) {
        return {};
    }
    const Core::ResultData::Column &found = data.columns().at(index);
    QStringList values;
    QSet<QString> seen;
    const int language = std::max(0, m_resultPanel->currentLanguage());
    for (const QJsonValue &row : data.rows(language)) {
        const QString text = Core::ResultData::displayText(Core::ResultData::cell(row, found));
        if (!text.isEmpty() && !seen.contains(text)) {
            seen.insert(text);
            values.append(text);
            if (values.size() > Core::FanOutPlan::MaxValues) {
                break; // the dialog says the list is too long
            }
        }
    }
    return values;
}

} // namespace Esi::Ui
