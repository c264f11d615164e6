#include "ui/run/parameterform.h"

#include "core/http/esiclient.h"
#include "ui/run/parametereditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr int validateDelayMs = 250;
const QColor errorColor(0xd0, 0x39, 0x3e);

int locationOrder(Core::ParameterLocation location)
{
    switch (location) {
    case Core::ParameterLocation::Path:
        return 0;
    case Core::ParameterLocation::Query:
        return 1;
    case Core::ParameterLocation::Header:
        return 2;
    case Core::ParameterLocation::Cookie:
        return 3;
    }
    return 4;
}

} // namespace

ParameterForm::ParameterForm(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_emptyLabel(new QLabel(this))
    , m_generalMessage(new QLabel(this))
    , m_validateTimer(new QTimer(this))
{
    setObjectName(u"parameterForm"_s);
    setAccessibleName(tr("Parameters"));

    m_scroll->setObjectName(u"parameterScroll"_s);
    m_scroll->setAccessibleName(tr("Parameter fields"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_emptyLabel->setObjectName(u"parameterFormEmpty"_s);
    m_emptyLabel->setAccessibleName(tr("No parameters"));
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setWordWrap(true);

    m_generalMessage->setObjectName(u"parameterFormMessage"_s);
    m_generalMessage->setAccessibleName(tr("Parameter problems"));
    m_generalMessage->setWordWrap(true);
    m_generalMessage->setTextFormat(Qt::PlainText);
    QPalette palette = m_generalMessage->palette();
    palette.setColor(QPalette::WindowText, errorColor);
    m_generalMessage->setPalette(palette);
    m_generalMessage->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_generalMessage);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_scroll, 1);

    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(validateDelayMs);
    connect(m_validateTimer, &QTimer::timeout, this, [this] { validate(false); });

    setOperation(nullptr, -1);
}

const Core::Operation *ParameterForm::operation() const
{
    if (!m_spec || m_operationIndex < 0 || m_operationIndex >= m_spec->operations().size()) {
        return nullptr;
    }
    return &m_spec->operations().at(m_operationIndex);
}

void ParameterForm::clearFields()
{
    m_validateTimer->stop();
    m_fields.clear();
    m_extraProblems.clear();
    m_order.clear();
    delete m_content; // owned by the scroll area until here
    m_content = new QWidget;
    m_content->setObjectName(u"parameterFields"_s);
    m_content->setAccessibleName(tr("Parameter fields"));
    m_layout = new QFormLayout(m_content);
    m_layout->setContentsMargins(2, 2, 8, 2);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_layout->setVerticalSpacing(6);
    m_scroll->setWidget(m_content);
    m_generalMessage->hide();
}

void ParameterForm::setOperation(Core::SpecPtr spec, int operationIndex)
{
    m_spec = std::move(spec);
    m_operationIndex = operationIndex;
    clearFields();
    const Core::Operation *op = operation();
    if (!op) {
        m_emptyLabel->setText(tr("Pick an operation to fill in its parameters."));
        m_emptyLabel->show();
        m_scroll->hide();
        return;
    }
    const QStringList userNames = Core::ParameterValidator::userParameterNames(*op);
    QList<const Core::Parameter *> parameters;
    for (const Core::Parameter &parameter : op->parameters) {
        if (userNames.contains(parameter.name)) {
            parameters.append(&parameter);
        }
    }
    std::stable_sort(parameters.begin(), parameters.end(), [](const Core::Parameter *a, const Core::Parameter *b) {
        return locationOrder(a->location) < locationOrder(b->location);
    });
    for (const Core::Parameter *parameter : std::as_const(parameters)) {
        QString description = parameter->description;
        if (description.isEmpty()) {
            description = Core::SchemaFacts::of(m_spec->resolveSchema(parameter->schema).schema).description;
        }
        addField(parameter->name, parameter->name, description, parameter->schema, parameter->required, false,
                 parameter->deprecated);
        if (parameter->location == Core::ParameterLocation::Path ||
            parameter->location == Core::ParameterLocation::Query) {
            addListButton(parameter->name);
        }
    }
    if (!op->requestBodySchema.isEmpty()) {
        addField(u"body"_s, tr("body"), tr("The request body, as JSON."), op->requestBodySchema,
                 op->requestBodyRequired, true, false);
    }
    // The fields are created after the rest of the window, so Tab would reach them last; chain them in where
    // the form sits, in form order. setTabOrder ignores widgets without focus, hence the scroll area's focus
    // policy only while chaining: afterwards Tab goes straight to the first field.
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    QWidget *previous = m_scroll;
    const QList<QWidget *> children = m_content->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->focusPolicy() & Qt::TabFocus) {
            QWidget::setTabOrder(previous, child);
            previous = child;
        }
    }
    m_scroll->setFocusPolicy(Qt::NoFocus);
    const bool empty = m_order.isEmpty();
    m_emptyLabel->setText(tr("%1 takes no parameters: press Run.").arg(op->operationId));
    m_emptyLabel->setVisible(empty);
    m_scroll->setVisible(!empty);
}

void ParameterForm::addField(const QString &name, const QString &label, const QString &description,
                             const QJsonObject &schema, bool required, bool isBody, bool deprecated)
{
    auto *editor = new ParameterEditor(*m_spec, name, schema, required, isBody, m_content);
    auto *labelWidget =
        new QLabel(required ? u"<b>%1</b>&nbsp;*"_s.arg(label.toHtmlEscaped()) : label.toHtmlEscaped(), m_content);
    labelWidget->setObjectName(u"label_"_s + name);
    labelWidget->setAccessibleName(tr("Label of %1").arg(name));
    labelWidget->setTextFormat(Qt::RichText);
    labelWidget->setBuddy(editor->input());
    QString tip = description;
    if (required) {
        tip += (tip.isEmpty() ? QString() : u"\n"_s) + tr("Required.");
    }
    if (deprecated) {
        tip += (tip.isEmpty() ? QString() : u"\n"_s) + tr("Deprecated.");
    }
    labelWidget->setToolTip(tip);
    editor->input()->setToolTip(editor->input()->toolTip().isEmpty() ? tip : editor->input()->toolTip());

    auto *message = new QLabel(m_content);
    message->setObjectName(u"message_"_s + name);
    message->setAccessibleName(tr("Message for %1").arg(name));
    message->setTextFormat(Qt::PlainText);
    message->setWordWrap(true);

    auto *cell = new QWidget(m_content);
    cell->setObjectName(u"field_"_s + name);
    cell->setAccessibleName(tr("Field %1").arg(name));
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(1);
    cellLayout->addWidget(editor);
    cellLayout->addWidget(message);
    m_layout->addRow(labelWidget, cell);

    Field field;
    field.editor = editor;
    field.message = message;
    m_fields.insert(name, field);
    m_order.append(name);
    showMessage(m_fields[name], QString());

    connect(editor, &ParameterEditor::edited, this, [this, name] { handleEdited(name); });
    connect(editor, &ParameterEditor::submitted, this, &ParameterForm::submitted);
}

void ParameterForm::addListButton(const QString &name)
{
    Field &field = m_fields[name];
    auto *button = new QToolButton(m_content);
    button->setObjectName(u"listButton_"_s + name);
    button->setText(tr("List\u2026"));
    button->setAccessibleName(tr("List of values for %1").arg(name));
    button->setToolTip(tr("Run once per value: paste IDs, take a column of the current result%1.")
                           .arg(name == u"character_id"_s ? tr(" or every signed-in character") : QString()));
    connect(button, &QToolButton::clicked, this, [this, name] { Q_EMIT listRequested(name); });
    // The button sits beside the editor, in the editor's row of the field.
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    auto *cellLayout = static_cast<QVBoxLayout *>(field.editor->parentWidget()->layout());
    cellLayout->removeWidget(field.editor);
    row->addWidget(field.editor, 1);
    row->addWidget(button, 0, Qt::AlignTop);
    cellLayout->insertLayout(0, row);
    field.listButton = button;
}

bool ParameterForm::canTakeList(const QString &name) const
{
    const auto it = m_fields.constFind(name);
    return it != m_fields.constEnd() && it->listButton;
}

void ParameterForm::setList(const QString &name, const QStringList &values, bool allCharacters)
{
    auto it = m_fields.find(name);
    if (it == m_fields.end() || !it->listButton) {
        return;
    }
    it->list = values;
    it->allCharacters = !values.isEmpty() && allCharacters && name == u"character_id"_s;
    it->editor->setEnabled(values.isEmpty() && it->disabledReason.isEmpty());
    it->listButton->setText(values.isEmpty() ? tr("List\u2026") : tr("List (%1)\u2026").arg(values.size()));
    it->touched = true;
    showMessage(*it, QString());
    validate(false);
    Q_EMIT valuesEdited();
}

QStringList ParameterForm::list(const QString &name) const
{
    return m_fields.value(name).list;
}

bool ParameterForm::isAllCharacters() const
{
    return m_fields.value(u"character_id"_s).allCharacters;
}

bool ParameterForm::hasLists() const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(), [](const Field &field) { return !field.list.isEmpty(); });
}

void ParameterForm::clearLists()
{
    for (const QString &name : std::as_const(m_order)) {
        if (!m_fields.value(name).list.isEmpty()) {
            setList(name, {});
        }
    }
}

Core::FanOutPlan ParameterForm::plan() const
{
    Core::FanOutPlan plan(values());
    for (const QString &name : m_order) {
        const Field &field = m_fields.value(name);
        if (!field.list.isEmpty() && field.disabledReason.isEmpty()) {
            QString ignored; // the dialog keeps lists within bounds
            plan.addList(name, field.list, &ignored);
        }
    }
    return plan;
}

void ParameterForm::showMessage(Field &field, const QString &problem)
{
    QPalette palette = m_content->palette();
    field.hasProblem = !problem.isEmpty();
    if (!field.list.isEmpty() && !field.hasProblem && field.disabledReason.isEmpty()) {
        const QStringList shown = field.list.mid(0, 3);
        field.message->setText(
            (field.allCharacters
                 ? tr("Every signed-in character with the scope (%n): one call each.", nullptr, int(field.list.size()))
                 : tr("A list of %n value(s), one call each: ", nullptr, int(field.list.size())) + shown.join(u", "_s) +
                       (field.list.size() > 3 ? u", \u2026"_s : QString())));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    } else if (!field.disabledReason.isEmpty()) {
        field.message->setText(field.disabledReason);
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    } else if (field.hasProblem) {
        field.message->setText(problem);
        palette.setColor(QPalette::WindowText, errorColor);
    } else {
        field.message->setText(field.editor->hint());
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    }
    field.message->setPalette(palette);
    field.message->setVisible(!field.message->text().isEmpty());
    field.editor->input()->setProperty("invalid", field.hasProblem);
}

void ParameterForm::handleEdited(const QString &name)
{
    if (m_settingValues) {
        return;
    }
    auto it = m_fields.find(name);
    if (it != m_fields.end()) {
        it->touched = true;
    }
    m_validateTimer->start();
    Q_EMIT valuesEdited();
}

Core::ParameterValues ParameterForm::values() const
{
    Core::ParameterValues values;
    for (const QString &name : m_order) {
        const Field &field = m_fields.value(name);
        if (!field.disabledReason.isEmpty()) {
            continue;
        }
        const QString text = field.editor->text();
        if (text.isEmpty() || !field.list.isEmpty()) {
            continue;
        }
        if (field.editor->kind() == ParameterEditor::Kind::Json) {
            values.setBody(text);
        } else {
            values.set(name, text);
        }
    }
    return values;
}

void ParameterForm::setValues(const Core::ParameterValues &values)
{
    m_settingValues = true;
    for (const QString &name : std::as_const(m_order)) {
        Field &field = m_fields[name];
        if (field.editor->kind() == ParameterEditor::Kind::Json) {
            field.editor->setText(values.body());
        } else {
            field.editor->setText(values.value(name));
        }
        field.touched = false;
        showMessage(field, QString());
    }
    m_settingValues = false;
    m_generalMessage->hide();
}

QString ParameterForm::fieldNameOf(const QString &issueParameter)
{
    if (issueParameter == u"body" || issueParameter.startsWith(u"body.") || issueParameter.startsWith(u"body[")) {
        return u"body"_s;
    }
    return issueParameter;
}

QList<Core::ValidationIssue> ParameterForm::validate(bool showAll)
{
    m_validateTimer->stop();
    const Core::Operation *op = operation();
    if (!op) {
        return {};
    }
    QList<Core::ValidationIssue> issues = hasLists() ? plan().validate(*m_spec, op->operationId)
                                                     : Core::EsiClient::validate(*m_spec, op->operationId, values());
    for (auto it = m_extraProblems.cbegin(); it != m_extraProblems.cend(); ++it) {
        issues.append({it.key(), it.value()});
    }
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const Core::ValidationIssue &issue : issues) {
        const QString name = fieldNameOf(issue.parameter);
        if (m_fields.contains(name)) {
            byField[name].append(issue.message);
        } else {
            general.append(issue.message);
        }
    }
    for (const QString &name : std::as_const(m_order)) {
        Field &field = m_fields[name];
        if (showAll) {
            field.touched = true;
        }
        QString problem = field.touched ? byField.value(name).join(u'\n') : QString();
        if (problem.isEmpty() && field.touched) {
            problem = field.editor->syntaxProblem();
        }
        showMessage(field, problem);
    }
    m_generalMessage->setText(general.join(u'\n'));
    m_generalMessage->setVisible(showAll && !general.isEmpty());
    return issues;
}

void ParameterForm::setParameterProblem(const QString &name, const QString &problem)
{
    const auto field = m_fields.find(name);
    if (field == m_fields.end() || m_extraProblems.value(name) == problem) {
        return;
    }
    if (problem.isEmpty()) {
        m_extraProblems.remove(name);
    } else {
        m_extraProblems.insert(name, problem);
        field->touched = true; // shown at once, not only after the next edit
    }
    validate(false);
}

ParameterEditor *ParameterForm::editor(QStringView name) const
{
    const auto it = m_fields.constFind(name.toString());
    return it == m_fields.constEnd() ? nullptr : it->editor;
}

QStringList ParameterForm::parameterNames() const
{
    return m_order;
}

void ParameterForm::setParameterDisabled(const QString &name, const QString &reason)
{
    auto it = m_fields.find(name);
    if (it == m_fields.end()) {
        return;
    }
    it->disabledReason = reason;
    it->editor->setEnabled(reason.isEmpty() && it->list.isEmpty());
    if (it->listButton) {
        it->listButton->setEnabled(reason.isEmpty());
    }
    showMessage(*it, QString());
}

bool ParameterForm::focusFirstProblem()
{
    for (const QString &name : std::as_const(m_order)) {
        const Field &field = m_fields.value(name);
        if (field.hasProblem) {
            m_scroll->ensureWidgetVisible(field.editor);
            field.editor->input()->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace Esi::Ui
