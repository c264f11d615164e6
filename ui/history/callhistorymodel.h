#pragma once

#include "core/result/historyentry.h"

#include <QAbstractTableModel>

namespace Esi::Ui {

// The call history, newest first: when, what, with which parameters, as whom, how it went and how long
// it took.
class CallHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        OperationColumn,
        ParametersColumn,
        CharacterColumn,
        DateColumn,
        OutcomeColumn,
        PagesColumn,
        RowsColumn,
        DurationColumn,
        ServedColumn,
        ColumnCount
    };

    enum Role { EntryIdRole = Qt::UserRole + 1 };

    explicit CallHistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<Core::HistoryEntry> &entries);
    void prepend(const Core::HistoryEntry &entry);
    bool removeEntry(qint64 id);

    const Core::HistoryEntry &entry(int row) const { return m_entries.at(row); }

    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString servedText(const Core::HistoryEntry &entry) const;

    QList<Core::HistoryEntry> m_entries;
};

} // namespace Esi::Ui
