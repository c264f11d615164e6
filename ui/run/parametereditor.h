#pragma once

#include "core/spec/schema.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Esi::Core {
class Spec;
}

namespace Esi::Ui {

// One typed editor for a parameter or the request body, chosen from its schema: integers and numbers
// in a line edit that only takes digits (the range in the placeholder), enums and booleans as combos,
// dates with a calendar, arrays as comma-separated text, the body as JSON checked while typing.
// It speaks text both ways because ParameterValues does; empty text means "not set".
class ParameterEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Text, Integer, Number, Boolean, Enum, Date, DateTime, Array, Json };

    ParameterEditor(const Core::Spec &spec, const QString &name, const QJsonObject &schema, bool required, bool isBody,
                    QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }

    QString name() const { return m_name; }

    bool isRequired() const { return m_required; }

    QString text() const;
    void setText(const QString &text);

    QString hint() const { return m_hint; } // "integer (int32) >= 1", shown under the field

    QWidget *input() const { return m_input; }

    // The body's own syntax check ("line 3, column 5: missing value"); empty when fine or not a body.
    QString syntaxProblem() const;

    static QString notSetText();

Q_SIGNALS:
    void edited();
    void submitted(); // Return pressed in a line edit

private:
    void createInput(const Core::SchemaFacts &facts, const Core::SchemaFacts &itemFacts);
    QLineEdit *createLineEdit(const QString &placeholder);
    QComboBox *createCombo(const QJsonArray &values, const QStringList &descriptions);
    void handleBodyChanged();

    Kind m_kind = Kind::Text;
    QString m_name;
    bool m_required = false;
    QString m_hint;
    QString m_default; // a required enum or boolean starts on it, and returns to it when cleared
    QWidget *m_input = nullptr;
    QLineEdit *m_line = nullptr;
    QComboBox *m_combo = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_dateSet = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_bodyStatus = nullptr;
};

} // namespace Esi::Ui
