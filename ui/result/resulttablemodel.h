#pragma once

#include "core/result/resultdata.h"
#include "ui/names/namesortable.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QList>
#include <functional>

namespace Esi::Ui {

// The rows of one language of a result as a flat table (see ResultData for the columns). Sorting and
// filtering live in the model itself, as a permutation of row numbers computed on a worker thread,
// so 300k rows sort and filter without a proxy asking data() millions of times on the UI thread.
// While a permutation is being computed the previous one stays visible; `busyChanged` tells views.
class ResultTableModel : public QAbstractTableModel, public NameSortable
{
    Q_OBJECT

public:
    enum Role {
        SortValueRole = Qt::UserRole + 1, // the QJsonValue of the cell as a QVariant
        SourceRowRole,                    // the row's position in the result
        HighlightRole,                    // how the row changed since the last snapshot (watch); from the decoration
    };

    // Asked first for HighlightRole, Qt::BackgroundRole, Qt::FontRole and Qt::ToolTipRole with the row's position
    // in the result and the column; an invalid QVariant leaves the cell as it is. The watch marks changed rows so.
    using Decoration = std::function<QVariant(int sourceRow, int column, int role)>;
    void setDecoration(Decoration decoration); // empty: none

    explicit ResultTableModel(QObject *parent = nullptr);
    ~ResultTableModel() override;

    void setResult(Core::ResultDataPtr data, int language = 0);
    // A later snapshot of the same result (ResultData::streamId) with more rows or columns: they are inserted,
    // the rows shown keep their place, and a sort or filter takes the new rows in once recomputed. Anything
    // else (another result, fewer rows) resets like setResult.
    void appendResult(Core::ResultDataPtr data);
    void setLanguage(int language);
    void clear();

    Core::ResultDataPtr result() const { return m_data; }

    int language() const { return m_language; }

    // Case-insensitive text every visible row must contain, in one column or (column -1) any column.
    void setFilter(const QString &text, int column = -1);

    QString filterText() const { return m_filterText; }

    int filterColumn() const { return m_filterColumn; }

    int sortColumn() const { return m_sortColumn; } // -1: result order

    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    qsizetype totalRows() const; // rows of the language, filtered or not

    bool isBusy() const { return m_pending > 0; }

    // Blocks until the last sort/filter is applied (tests, export of the visible rows).
    void waitForIdle();

    int sourceRow(int row) const; // -1 when out of range
    QJsonValue cellValue(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Names of ID columns (ui/names): the filter matches them too, and a name column sorts by them.
    void setCellNames(CellNamesPtr names) override;
    void sortByNames(int column, Qt::SortOrder order) override;

    bool sortsByNames() const override { return m_sortByNames; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void visibleRowsChanged(qsizetype visible, qsizetype total);

private:
    struct Job
    {
        Core::ResultDataPtr data;
        int language = 0;
        QString filterText;
        int filterColumn = -1;
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        CellNamesPtr names;
        bool sortByNames = false;
    };

    struct Ordering
    {
        quint64 generation = 0;
        QList<int> rows; // empty + identity: every row in result order
        bool identity = true;
    };

    static Ordering computeOrdering(const Job &job, quint64 generation);
    void schedule();
    void startJob(bool announce = true);
    void collect(Ordering ordering);
    void handleOrderingReady();
    void applyOrdering(Ordering ordering);
    QJsonValue sourceCell(int sourceRow, int column) const;

    Core::ResultDataPtr m_data;
    int m_language = 0;
    QString m_filterText;
    int m_filterColumn = -1;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    CellNamesPtr m_cellNames;
    bool m_sortByNames = false;

    QList<int> m_order; // visible row -> source row, when not m_identity
    bool m_identity = true;
    quint64 m_generation = 0; // of the sort, filter, language and result; orderings of another are void
    int m_pending = 0;
    bool m_rowsAddedWhileBusy = false; // a job for the current settings runs again once the last one is in
    QList<QFutureWatcher<Ordering> *> m_watchers;
    Decoration m_decoration;
};

} // namespace Esi::Ui
