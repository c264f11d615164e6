#pragma once

#include "ui/run/listvaluesdialog.h"

#include <QObject>
#include <QPointer>

namespace Esi::Ui {

class ResultPanel;
class RunPanel;

// Opens the list editor when a parameter's List button is pressed: the current result's columns to take
// values from, and for character_id of an authed operation the signed-in characters holding its scopes.
// The accepted list goes back into the form (an empty one clears it).
class ParameterListLauncher : public QObject
{
    Q_OBJECT

public:
    ParameterListLauncher(RunPanel *runPanel, ResultPanel *resultPanel, QWidget *window, QObject *parent = nullptr);

    void open(const QString &parameter);

    ListValuesDialog *dialog() const { return m_dialog; } // the one open now, if any

private:
    QStringList columnValues(const QString &column) const;

    RunPanel *m_runPanel;
    ResultPanel *m_resultPanel;
    QWidget *m_window;
    QPointer<ListValuesDialog> m_dialog;
};

} // namespace Esi::Ui
