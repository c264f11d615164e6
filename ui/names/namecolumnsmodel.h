#pragma once

#include "core/names/idcolumns.h"
#include "core/names/resolvedname.h"
#include "ui/names/namesortable.h"

#include <QAbstractProxyModel>
#include <QSet>

namespace Esi::Ui {

// A result table with a name column next to every column of EVE IDs (type_id -> type_name), over any table
// model whose horizontal header names its columns and whose `valueRole` gives a cell's QJsonValue (the result
// table model). Names come from setNames(); an ID that has none keeps an empty name cell, and both cells say
// why in their tooltip (a structure, not known to ESI, not asked yet). Name columns can be switched off one
// by one (setNamesShown) or all at once (setEnabled, the "Show names" setting).
//
// Sorting a name column sorts by the names: a source that sorts and filters on its own (NameSortable, the
// result table model) is handed the names shown, so its filter matches them too and it sorts by them; any
// other source sorts a name column by its IDs.
class NameColumnsModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    NameColumnsModel(int valueRole, QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    void setEnabled(bool enabled);

    bool isEnabled() const { return m_enabled; }

    // The ID columns of the current source columns (names by path).
    const QList<Core::IdColumn> &idColumns() const { return m_idColumns; }

    void setNamesShown(const QString &idColumn, bool shown);
    bool namesShown(const QString &idColumn) const;

    void setNames(const Core::ResolvedNames &names);

    const Core::ResolvedNames &names() const { return m_names; }

    // The ID column a proxy column is, or the one whose names it holds; empty for other columns.
    QString idColumnAt(int proxyColumn) const;
    bool isNameColumn(int proxyColumn) const;
    int proxyColumnOfSource(int sourceColumn) const;
    // Where the sort indicator goes for the source's sort column: its name column while it sorts by names.
    int proxyColumnOfSort(int sourceColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void enabledChanged(bool enabled);

private:
    // One proxy column: a source column as it is, or the names of the ID column `idColumn`.
    struct Entry
    {
        int sourceColumn = -1;
        int idColumn = -1; // index into m_idColumns when the source column holds IDs
        bool names = false;
    };

    void rebuild();
    void shareNames(); // with a NameSortable source: the names of the ID columns shown
    Core::ResolvedName describe(const Entry &entry, int row) const;
    QString tooltip(const Core::ResolvedName &name) const;

    int m_valueRole;
    bool m_enabled = true;
    QList<Core::IdColumn> m_idColumns;
    QList<int> m_idSourceColumns; // parallel to m_idColumns
    QSet<QString> m_hidden;       // ID columns whose names are switched off
    QList<Entry> m_entries;
    Core::ResolvedNames m_names;
    QList<QMetaObject::Connection> m_connections;
    NameSortable *m_sortable = nullptr; // the source, when it sorts by names itself
};

} // namespace Esi::Ui
