#pragma once

#include "core/http/callresult.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <memory>

namespace Esi::Core {

// The rows of one call, decoded once, per language, with the columns a table flattens them into.
// Immutable once built, so the table, the JSON tree and export threads share it without copies.
//
// Flattening follows the CSV export: nested objects become dotted columns ("position.x"), arrays stay
// one cell, rows that are not objects (a list of ids) fill a single "value" column. Columns are the
// union of every row's keys in first-seen order, so a key that only shows up on the last page still
// gets its column.
class ResultData
{
public:
    struct Column
    {
        QString name;     // "position.x"; "value" for rows that are not objects
        QStringList path; // keys from the row down to the cell; empty: the row itself
    };

    // Pages in the order the call delivered them (by language, then page). Pages are decoded in
    // parallel on the global thread pool; call it off the UI thread for large results.
    static std::shared_ptr<const ResultData> fromPages(const QList<PageResult> &pages);
    static std::shared_ptr<const ResultData> fromRows(const QString &language, const QJsonArray &rows);

    QStringList languages() const;

    int languageCount() const { return int(m_languages.size()); }

    int languageIndex(QStringView language) const; // -1 when absent

    const QList<QJsonValue> &rows(int language) const;

    qsizetype rowCount(int language) const { return rows(language).size(); }

    qsizetype totalRowCount() const;

    const QList<Column> &columns() const { return m_columns; }

    int columnIndex(QStringView name) const;

    // The rows of one language (every language when -1) as one array, for export and the JSON view.
    QJsonArray rowArray(int language) const;

    static QJsonValue cell(const QJsonValue &row, const Column &column);
    // What a table cell shows: strings as they are, integers without exponent, arrays and objects as
    // compact JSON, null and missing values empty.
    static QString displayText(const QJsonValue &value);

private:
    struct Language
    {
        QString name;
        QList<QJsonValue> rows;
    };

    class ColumnCollector;

    QList<Language> m_languages;
    QList<Column> m_columns;
    QHash<QString, int> m_columnIndex;
};

using ResultDataPtr = std::shared_ptr<const ResultData>;

} // namespace Esi::Core
