#pragma once

#include "ui/names/cellnames.h"

#include <Qt>

namespace Esi::Ui {

// A table model that sorts and filters on its own (the result table model, on worker threads) and can take
// the names of its ID columns into both. NameColumnsModel finds it as its source: it hands over the names it
// shows and asks for a sort by names when its name column (type_name) is clicked.
class NameSortable
{
public:
    virtual ~NameSortable() = default;

    // The names the filter matches besides each cell's own text, and a sort by names sorts with; null: none.
    virtual void setCellNames(CellNamesPtr names) = 0;

    // Sorts by the names of `column`'s IDs: named rows by name, the rest after them whichever the order.
    // sort() sorts by the cells again.
    virtual void sortByNames(int column, Qt::SortOrder order) = 0;

    virtual bool sortsByNames() const = 0;
};

} // namespace Esi::Ui
