#include "ui/run/listvaluesdialog.h"

#include "core/fanout/fanoutplan.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

ListValuesDialog::ListValuesDialog(const QString &parameter, bool arrayParameter, QWidget *parent)
    : QDialog(parent)
    , m_parameter(parameter)
    , m_array(arrayParameter)
    , m_text(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_columns(new QComboBox(this))
    , m_takeColumn(new QPushButton(tr("Use Column"), this))
    , m_columnRow(new QWidget(this))
    , m_allCharacters(new QCheckBox(this))
{
    setObjectName(u"listValuesDialog"_s);
    setWindowTitle(tr("Values for %1").arg(parameter));
    setAccessibleName(windowTitle());

    auto *intro = new QLabel(arrayParameter ? tr("One call per value. Write one array value a line (1,2,3).")
                                            : tr("One call per value. Paste the values one a line or comma-separated."),
                             this);
    intro->setObjectName(u"listValuesIntro"_s);
    intro->setWordWrap(true);

    m_text->setObjectName(u"listValuesText"_s);
    m_text->setAccessibleName(tr("Values of %1").arg(parameter));
    m_text->setPlaceholderText(arrayParameter ? u"1,2\n3,4"_s : u"34\n35\n36"_s);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ListValuesDialog::updateCount);

    m_count->setObjectName(u"listValuesCount"_s);
    m_count->setAccessibleName(tr("Number of values"));

    m_columns->setObjectName(u"listValuesColumn"_s);
    m_columns->setAccessibleName(tr("Column of the current result"));
    m_takeColumn->setObjectName(u"listValuesTakeColumn"_s);
    connect(m_takeColumn, &QPushButton::clicked, this, &ListValuesDialog::takeColumn);
    auto *columnLayout = new QHBoxLayout(m_columnRow);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    auto *columnLabel = new QLabel(tr("From the current result:"), m_columnRow);
    columnLabel->setBuddy(m_columns);
    columnLayout->addWidget(columnLabel);
    columnLayout->addWidget(m_columns, 1);
    columnLayout->addWidget(m_takeColumn);
    m_columnRow->hide();

    m_allCharacters->setObjectName(u"listValuesAllCharacters"_s);
    m_allCharacters->hide();
    connect(m_allCharacters, &QCheckBox::toggled, this, &ListValuesDialog::applyCharacterChoice);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"listValuesButtons"_s);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"listValuesOk"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_allCharacters);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_columnRow);
    layout->addWidget(buttons);
    resize(420, 360);
    updateCount();
}

void ListValuesDialog::setValues(const QStringList &values)
{
    m_text->setPlainText(values.join(u'\n'));
}

QStringList ListValuesDialog::values() const
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &value : Core::FanOutPlan::splitPasted(m_text->toPlainText(), m_array)) {
        if (!seen.contains(value)) {
            seen.insert(value);
            result.append(value);
        }
    }
    return result;
}

void ListValuesDialog::setColumns(const QStringList &columns, ColumnValues columnValues)
{
    m_columns->clear();
    m_columns->addItems(columns);
    m_columnValues = std::move(columnValues);
    m_columnRow->setVisible(!columns.isEmpty() && m_columnValues);
    const int same = int(columns.indexOf(m_parameter));
    if (same >= 0) {
        m_columns->setCurrentIndex(same); // the parameter's own name is the likely pick
    }
}

void ListValuesDialog::setCharacterChoice(const QList<qint64> &characters, bool chosen)
{
    m_characters = characters;
    m_characterChoice = true;
    m_allCharacters->setText(tr("Every signed-in character with the scope (%n now)", nullptr, int(characters.size())));
    m_allCharacters->setAccessibleName(m_allCharacters->text());
    m_allCharacters->show();
    m_allCharacters->setChecked(chosen);
}

void ListValuesDialog::applyCharacterChoice(bool on)
{
    m_text->setReadOnly(on);
    m_columnRow->setEnabled(!on);
    if (on) {
        QStringList ids;
        for (const qint64 id : std::as_const(m_characters)) {
            ids.append(QString::number(id));
        }
        m_text->setPlainText(ids.join(u'\n'));
    }
    updateCount();
}

void ListValuesDialog::setMemberChoice(const QString &text, const QList<qint64> &ids)
{
    m_characters = ids;
    m_characterChoice = false; // a list of IDs as it is now, not "whoever is signed in" at each run
    m_allCharacters->setText(text);
    m_allCharacters->setAccessibleName(text);
    m_allCharacters->setEnabled(!ids.isEmpty());
    m_allCharacters->show();
    if (m_allCharacters->isChecked()) {
        applyCharacterChoice(true); // the IDs learnt meanwhile go into the list
    }
}

bool ListValuesDialog::allCharactersChosen() const
{
    return m_characterChoice && m_allCharacters->isChecked();
}

void ListValuesDialog::takeColumn()
{
    if (!m_columnValues || m_columns->currentText().isEmpty()) {
        return;
    }
    m_text->setPlainText(m_columnValues(m_columns->currentText()).join(u'\n'));
}

void ListValuesDialog::updateCount()
{
    const qsizetype count = values().size();
    const bool tooMany = count > Core::FanOutPlan::MaxValues;
    m_count->setText(tooMany ? tr("%1 values: a list may hold at most %2.").arg(count).arg(Core::FanOutPlan::MaxValues)
                             : tr("%n value(s): one call each.", nullptr, int(count)));
    if (m_ok) {
        m_ok->setEnabled(!tooMany);
    }
}

} // namespace Esi::Ui
