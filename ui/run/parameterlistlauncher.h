#pragma once

#include "ui/run/listvaluesdialog.h"

#include <QObject>
#include <QPointer>

namespace Esi::Core {
class CharacterAffiliations;
struct Operation;
} // namespace Esi::Core

namespace Esi::Ui {

class ResultPanel;
class RunPanel;

// Opens the list editor when a parameter's List button is pressed: the current result's columns to take
// values from, for character_id of an authed operation the signed-in characters holding its scopes, and for
// corporation_id or alliance_id the corporations (alliances) of those characters (of every signed-in one for
// a public operation), learnt first through CharacterAffiliations when not known yet.
// The accepted list goes back into the form (an empty one clears it).
class ParameterListLauncher : public QObject
{
    Q_OBJECT

public:
    ParameterListLauncher(RunPanel *runPanel, ResultPanel *resultPanel, QWidget *window, QObject *parent = nullptr);

    void open(const QString &parameter);

    // Where the characters' corporations and alliances are known (the application's, shared with RunController).
    void setAffiliations(Core::CharacterAffiliations *affiliations) { m_affiliations = affiliations; }

    ListValuesDialog *dialog() const { return m_dialog; } // the one open now, if any

private:
    QStringList columnValues(const QString &column) const;
    void offerMemberships(ListValuesDialog *dialog, bool alliances, const Core::Operation &operation);

    RunPanel *m_runPanel;
    ResultPanel *m_resultPanel;
    QWidget *m_window;
    QPointer<ListValuesDialog> m_dialog;
    Core::CharacterAffiliations *m_affiliations = nullptr;
};

} // namespace Esi::Ui
