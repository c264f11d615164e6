#pragma once

#include <QDialog>
#include <QStringList>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Esi::Ui {

// The list editor of one path or query parameter: one call per value. Values are pasted one a line or
// comma-separated (one array value a line for array parameters), taken from a column of the current
// result, or, for character_id, "every signed-in character with the scope".
class ListValuesDialog : public QDialog
{
    Q_OBJECT

public:
    // Distinct values of one column of the current result, in row order.
    using ColumnValues = std::function<QStringList(const QString &column)>;

    ListValuesDialog(const QString &parameter, bool arrayParameter, QWidget *parent = nullptr);

    void setValues(const QStringList &values);
    QStringList values() const; // as the list will run: split, trimmed, without repeats

    // The current result's columns; empty hides "take a column".
    void setColumns(const QStringList &columns, ColumnValues columnValues);

    // character_id of an authed operation: the characters that qualify now, and whether the choice is on.
    void setCharacterChoice(const QList<qint64> &characters, bool chosen);
    bool allCharactersChosen() const;
    // The same box for a corporation_id or alliance_id list: `text` names the group ("Corporations of the
    // signed-in characters"), checking it fills in `ids`; disabled while `ids` is empty (still being learnt).
    void setMemberChoice(const QString &text, const QList<qint64> &ids);

private:
    void updateCount();
    void applyCharacterChoice(bool on);
    void takeColumn();

    QString m_parameter;
    bool m_array = false;
    bool m_characterChoice = false;
    QList<qint64> m_characters;
    ColumnValues m_columnValues;
    QPlainTextEdit *m_text;
    QLabel *m_count;
    QComboBox *m_columns;
    QPushButton *m_takeColumn;
    QWidget *m_columnRow;
    QCheckBox *m_allCharacters;
    QPushButton *m_ok = nullptr;
};

} // namespace Esi::Ui
