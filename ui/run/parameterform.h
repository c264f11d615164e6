#pragma once

#include "core/fanout/fanoutplan.h"
#include "core/http/parametervalidator.h"
#include "core/spec/spec.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;
class QTimer;
class QToolButton;

namespace Esi::Ui {

class ParameterEditor;

// The form for one operation's parameters, generated from its schema: path parameters first, then
// query and header ones, then the request body. Parameters ESI Studio fills in itself (User-Agent,
// compatibility date, language, token...) are left out. Values are checked with the call engine's
// own validator, so the messages under each field are exactly what a run would refuse.
class ParameterForm : public QWidget
{
    Q_OBJECT

public:
    explicit ParameterForm(QWidget *parent = nullptr);

    void setOperation(Core::SpecPtr spec, int operationIndex); // -1 empties the form
    const Core::Operation *operation() const;

    Core::SpecPtr spec() const { return m_spec; }

    Core::ParameterValues values() const; // fields left empty (or holding a list) are not set
    void setValues(const Core::ParameterValues &values);

    // Lists (fan-out): a path or query parameter with a list runs once per value. An empty list clears it;
    // `allCharacters` marks character_id's list as "every signed-in character with the scope".
    void setList(const QString &name, const QStringList &values, bool allCharacters = false);
    QStringList list(const QString &name) const;
    bool isAllCharacters() const;
    bool hasLists() const;
    void clearLists();
    bool canTakeList(const QString &name) const; // a path or query field
    // values() with every list: what a run sends.
    Core::FanOutPlan plan() const;

    // Checks the current values. With `showAll` every problem is shown (before a run); otherwise only
    // under fields the user already edited, so an untouched required field does not shout at once.
    QList<Core::ValidationIssue> validate(bool showAll);

    ParameterEditor *editor(QStringView name) const;
    QStringList parameterNames() const; // in form order; the body is "body"

    // Greys out a field with the reason as its message (e.g. `page` while fetching all pages).
    void setParameterDisabled(const QString &name, const QString &reason);

    // A problem the form's own checks cannot see (e.g. character_id names a character who is not signed in):
    // shown under the field and reported by validate() until cleared with an empty text.
    void setParameterProblem(const QString &name, const QString &problem);

    bool focusFirstProblem();

Q_SIGNALS:
    void valuesEdited();
    void submitted();                        // Return pressed in a field
    void listRequested(const QString &name); // the field's List button

private:
    struct Field
    {
        ParameterEditor *editor = nullptr;
        QLabel *message = nullptr;
        QToolButton *listButton = nullptr; // path and query fields
        QStringList list;
        bool allCharacters = false;
        QString disabledReason;
        bool touched = false;
        bool hasProblem = false;
    };

    void clearFields();
    void addField(const QString &name, const QString &label, const QString &description, const QJsonObject &schema,
                  bool required, bool isBody, bool deprecated);
    void addListButton(const QString &name);
    void showMessage(Field &field, const QString &problem);
    void handleEdited(const QString &name);
    static QString fieldNameOf(const QString &issueParameter);

    Core::SpecPtr m_spec;
    int m_operationIndex = -1;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QFormLayout *m_layout = nullptr;
    QLabel *m_emptyLabel;
    QLabel *m_generalMessage;
    QList<QString> m_order;
    QHash<QString, Field> m_fields;
    QHash<QString, QString> m_extraProblems;
    QTimer *m_validateTimer;
    bool m_settingValues = false;
};

} // namespace Esi::Ui
