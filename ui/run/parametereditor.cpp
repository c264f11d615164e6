#include "ui/run/parametereditor.h"

#include "core/spec/spec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

QString jsonScalarText(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble() || value.isBool()) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    }
    if (value.isArray() || value.isObject()) {
        return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// Line and column of a byte offset in UTF-8 text, both 1-based, as editors count them.
QPair<int, int> lineAndColumn(const QByteArray &text, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(text.at(i)) & 0xc0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

ParameterEditor::ParameterEditor(const Core::Spec &spec, const QString &name, const QJsonObject &schema, bool required,
                                 bool isBody, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_required(required)
{
    setObjectName(u"parameterEditor_"_s + name);
    setAccessibleName(tr("Parameter %1").arg(name));
    const Core::SchemaFacts facts = Core::SchemaFacts::of(spec.resolveSchema(schema).schema);
    const Core::SchemaFacts itemFacts =
        facts.type == u"array" ? Core::SchemaFacts::of(spec.resolveSchema(facts.items).schema) : Core::SchemaFacts();
    m_hint = facts.summary();
    if (required && (facts.defaultValue.isString() || facts.defaultValue.isBool() || facts.defaultValue.isDouble())) {
        m_default = jsonScalarText(facts.defaultValue);
    }
    if (isBody) {
        m_kind = Kind::Json;
    } else if (!facts.enumValues.isEmpty()) {
        m_kind = Kind::Enum;
    } else if (facts.type == u"boolean") {
        m_kind = Kind::Boolean;
    } else if (facts.type == u"integer") {
        m_kind = Kind::Integer;
    } else if (facts.type == u"number") {
        m_kind = Kind::Number;
    } else if (facts.type == u"string" && facts.format == u"date") {
        m_kind = Kind::Date;
    } else if (facts.type == u"string" && facts.format == u"date-time") {
        m_kind = Kind::DateTime;
    } else if (facts.type == u"array") {
        m_kind = Kind::Array;
    }
    createInput(facts, itemFacts);
    if (!m_default.isEmpty() && (m_kind == Kind::Enum || m_kind == Kind::Boolean)) {
        setText(m_default);
    }
}

QString ParameterEditor::notSetText()
{
    return tr("(not set)");
}

void ParameterEditor::createInput(const Core::SchemaFacts &facts, const Core::SchemaFacts &itemFacts)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    QString placeholder;
    if (!facts.defaultValue.isUndefined() && !facts.defaultValue.isNull()) {
        placeholder = tr("default %1").arg(jsonScalarText(facts.defaultValue));
    } else if (!facts.example.isUndefined() && !facts.example.isNull()) {
        placeholder = tr("e.g. %1").arg(jsonScalarText(facts.example));
    } else {
        placeholder = m_hint;
    }

    switch (m_kind) {
    case Kind::Text:
    case Kind::DateTime:
        createLineEdit(m_kind == Kind::DateTime && placeholder == m_hint ? tr("e.g. 2026-07-21T11:00:00Z")
                                                                         : placeholder);
        break;
    case Kind::Integer:
        createLineEdit(placeholder)
            ->setValidator(new QRegularExpressionValidator(QRegularExpression(u"-?[0-9]*"_s), m_line));
        break;
    case Kind::Number:
        createLineEdit(placeholder)
            ->setValidator(new QRegularExpressionValidator(
                QRegularExpression(u"-?[0-9]*([.][0-9]*)?([eE][-+]?[0-9]*)?"_s), m_line));
        break;
    case Kind::Array: {
        QString itemText = itemFacts.enumValues.isEmpty() ? itemFacts.summary() : tr("values");
        createLineEdit(placeholder == m_hint ? tr("comma-separated %1").arg(itemText) : placeholder);
        if (!itemFacts.enumValues.isEmpty()) {
            QStringList names;
            for (const QJsonValue &value : itemFacts.enumValues) {
                names << jsonScalarText(value);
            }
            m_line->setToolTip(tr("Any of: %1").arg(names.join(u", "_s)));
        }
        break;
    }
    case Kind::Enum:
        createCombo(facts.enumValues, facts.enumDescriptions);
        break;
    case Kind::Boolean:
        createCombo(QJsonArray{true, false}, {});
        break;
    case Kind::Date: {
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        if (!m_required) {
            m_dateSet = new QCheckBox(this);
            m_dateSet->setObjectName(u"dateSet_"_s + m_name);
            m_dateSet->setAccessibleName(tr("Send %1").arg(m_name));
            m_dateSet->setToolTip(tr("Send this date; unchecked, the parameter is left out"));
            row->addWidget(m_dateSet);
            connect(m_dateSet, &QCheckBox::toggled, this, [this](bool on) {
                m_date->setEnabled(on);
                Q_EMIT edited();
            });
        }
        m_date = new QDateEdit(QDateTime::currentDateTimeUtc().date(), this);
        m_date->setObjectName(u"input_"_s + m_name);
        m_date->setAccessibleName(m_name);
        m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
        m_date->setCalendarPopup(true);
        m_date->setEnabled(m_required);
        connect(m_date, &QDateEdit::dateChanged, this, &ParameterEditor::edited);
        row->addWidget(m_date, 1);
        layout->addLayout(row);
        m_input = m_date;
        break;
    }
    case Kind::Json: {
        m_body = new QPlainTextEdit(this);
        m_body->setObjectName(u"input_"_s + m_name);
        m_body->setAccessibleName(tr("Request body (JSON)"));
        m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_body->setPlaceholderText(tr("JSON: %1").arg(m_hint));
        m_body->setTabChangesFocus(true);
        m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * 5);
        m_bodyStatus = new QLabel(this);
        m_bodyStatus->setObjectName(u"bodyStatus"_s);
        m_bodyStatus->setAccessibleName(tr("Request body syntax"));
        m_bodyStatus->setTextFormat(Qt::PlainText);
        m_bodyStatus->setWordWrap(true);
        connect(m_body, &QPlainTextEdit::textChanged, this, &ParameterEditor::handleBodyChanged);
        layout->addWidget(m_body);
        layout->addWidget(m_bodyStatus);
        m_input = m_body;
        handleBodyChanged();
        return;
    }
    }
    if (m_line) {
        layout->addWidget(m_line);
    } else if (m_combo) {
        layout->addWidget(m_combo);
    }
}

QLineEdit *ParameterEditor::createLineEdit(const QString &placeholder)
{
    m_line = new QLineEdit(this);
    m_line->setObjectName(u"input_"_s + m_name);
    m_line->setAccessibleName(m_name);
    m_line->setPlaceholderText(placeholder);
    m_line->setClearButtonEnabled(true);
    connect(m_line, &QLineEdit::textEdited, this, &ParameterEditor::edited);
    connect(m_line, &QLineEdit::returnPressed, this, &ParameterEditor::submitted);
    m_input = m_line;
    return m_line;
}

QComboBox *ParameterEditor::createCombo(const QJsonArray &values, const QStringList &descriptions)
{
    m_combo = new QComboBox(this);
    m_combo->setObjectName(u"input_"_s + m_name);
    m_combo->setAccessibleName(m_name);
    m_combo->addItem(m_required ? tr("(choose a value)") : notSetText(), QString());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString text = jsonScalarText(values.at(i));
        const QString description = descriptions.value(i);
        m_combo->addItem(description.isEmpty() || description == text ? text : text + u" \u2014 "_s + description,
                         text);
        if (!description.isEmpty()) {
            m_combo->setItemData(m_combo->count() - 1, description, Qt::ToolTipRole);
        }
    }
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12);
    connect(m_combo, &QComboBox::activated, this, &ParameterEditor::edited);
    m_input = m_combo;
    return m_combo;
}

void ParameterEditor::handleBodyChanged()
{
    const QString problem = syntaxProblem();
    QPalette palette = m_bodyStatus->parentWidget()->palette();
    if (m_body->toPlainText().trimmed().isEmpty()) {
        m_bodyStatus->setText(m_required ? tr("Required: enter the request body as JSON.")
                                         : tr("Optional: leave empty to send no body."));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    } else if (problem.isEmpty()) {
        m_bodyStatus->setText(tr("Valid JSON."));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    } else {
        m_bodyStatus->setText(problem);
        palette.setColor(QPalette::WindowText, QColor(0xd0, 0x39, 0x3e));
    }
    m_bodyStatus->setPalette(palette);
    Q_EMIT edited();
}

QString ParameterEditor::syntaxProblem() const
{
    if (!m_body) {
        return {};
    }
    const QByteArray text = m_body->toPlainText().toUtf8();
    if (text.trimmed().isEmpty()) {
        return {};
    }
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError) {
        return {};
    }
    const auto [line, column] = lineAndColumn(text, error.offset);
    return tr("Not valid JSON at line %1, column %2: %3.").arg(line).arg(column).arg(error.errorString());
}

QString ParameterEditor::text() const
{
    switch (m_kind) {
    case Kind::Enum:
    case Kind::Boolean:
        return m_combo->currentData().toString();
    case Kind::Date:
        if (m_dateSet && !m_dateSet->isChecked()) {
            return {};
        }
        return m_date->date().toString(Qt::ISODate);
    case Kind::Json:
        return m_body->toPlainText().trimmed().isEmpty() ? QString() : m_body->toPlainText();
    default:
        return m_line->text().trimmed();
    }
}

void ParameterEditor::setText(const QString &text)
{
    switch (m_kind) {
    case Kind::Enum:
    case Kind::Boolean: {
        const int index = m_combo->findData(text.isEmpty() ? m_default : text);
        m_combo->setCurrentIndex(index >= 0 ? index : 0);
        break;
    }
    case Kind::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (m_dateSet) {
            m_dateSet->setChecked(date.isValid());
        }
        if (date.isValid()) {
            m_date->setDate(date);
        }
        break;
    }
    case Kind::Json:
        m_body->setPlainText(text);
        break;
    default:
        m_line->setText(text);
        break;
    }
}

} // namespace Esi::Ui
