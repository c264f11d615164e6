#include "core/result/resultdata.h"

#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

quint64 nextStreamId()
{
    static std::atomic<quint64> counter{0}; // ids only; no state is shared through it
    return ++counter;
}

} // namespace

qsizetype ResultData::Rows::size() const
{
    return m_data->rowCount(m_language);
}

QJsonValue ResultData::Rows::at(qsizetype row) const
{
    return m_data->row(m_language, row);
}

ResultDataPtr ResultData::empty()
{
    auto data = std::make_shared<ResultData>();
    data->m_streamId = nextStreamId();
    return data;
}

ResultDataPtr ResultData::fromPages(const QList<PageResult> &pages)
{
    // Decoding dominates for large results and pages are independent: spread them over the cores.
    const QList<ResultChunkPtr> chunks = QtConcurrent::blockingMapped<QList<ResultChunkPtr>>(
        pages, [](const PageResult &page) { return ResultChunk::fromPage(page); });
    auto data = std::make_shared<ResultData>();
    data->m_streamId = nextStreamId();
    for (const ResultChunkPtr &chunk : chunks) {
        data->append(chunk);
    }
    return data;
}

ResultDataPtr ResultData::fromRows(const QString &language, const QJsonArray &rows)
{
    auto data = std::make_shared<ResultData>();
    data->m_streamId = nextStreamId();
    data->append(ResultChunk::fromRows(language, 1, rows));
    return data;
}

ResultDataPtr ResultData::withChunk(const ResultChunkPtr &chunk) const
{
    auto data = std::make_shared<ResultData>(*this); // shares every chunk
    data->append(chunk);
    return data;
}

ResultDataPtr ResultData::withoutLanguage(const QString &language) const
{
    auto data = std::make_shared<ResultData>(*this);
    if (const int index = languageIndex(language); index >= 0) {
        data->m_languages[index].parts.clear();
    }
    return data;
}

ResultDataPtr ResultData::withLanguageOrder(const QStringList &order) const
{
    auto data = std::make_shared<ResultData>(*this);
    std::stable_sort(data->m_languages.begin(), data->m_languages.end(),
                     [&order](const Language &a, const Language &b) {
                         const auto rank = [&order](const QString &name) {
                             const qsizetype index = order.indexOf(name);
                             return index < 0 ? order.size() : index;
                         };
                         return rank(a.name) < rank(b.name);
                     });
    return data;
}

void ResultData::append(const ResultChunkPtr &chunk)
{
    if (!chunk) {
        return;
    }
    // New columns first, in the chunk's first-seen order; the chunks already in learn where they stand.
    const QList<Column> &chunkColumns = chunk->columns();
    const qsizetype before = m_columns.size();
    for (const Column &column : chunkColumns) {
        const QString key = RowFlattener::columnKey(column);
        if (!m_columnIndex.contains(key)) {
            m_columnIndex.insert(key, int(m_columns.size()));
            if (!m_nameIndex.contains(column.name)) {
                m_nameIndex.insert(column.name, int(m_columns.size()));
            }
            m_columns.append(column);
        }
    }
    if (m_columns.size() > before) {
        for (Language &language : m_languages) {
            for (Part &part : language.parts) {
                for (qsizetype i = before; i < m_columns.size(); ++i) {
                    part.columns.append(chunkColumn(*part.chunk, m_columns.at(i)));
                }
            }
        }
    }
    int index = languageIndex(chunk->language());
    if (index < 0) {
        index = int(m_languages.size());
        m_languages.append(Language{chunk->language(), {}});
    }
    Language &language = m_languages[index];
    Part part;
    part.chunk = chunk;
    part.end = (language.parts.isEmpty() ? 0 : language.parts.constLast().end) + chunk->rowCount();
    part.columns.reserve(m_columns.size());
    for (const Column &column : std::as_const(m_columns)) {
        part.columns.append(chunkColumn(*chunk, column));
    }
    language.parts.append(std::move(part));
}

int ResultData::chunkColumn(const ResultChunk &chunk, const Column &column) const
{
    if (const int local = chunk.columnOf(column); local >= 0) {
        return local;
    }
    if (column.path.isEmpty()) {
        return missingColumn;
    }
    // Rows of this chunk held an object where later rows hold a leaf: the cell shows that object.
    for (const Column &own : chunk.columns()) {
        if (own.path.size() > column.path.size() &&
            std::equal(column.path.begin(), column.path.end(), own.path.begin())) {
            return ancestorColumn;
        }
    }
    return missingColumn;
}

const ResultData::Part *ResultData::locate(int language, qsizetype row, qsizetype *local) const
{
    if (language < 0 || language >= m_languages.size() || row < 0) {
        return nullptr;
    }
    const QList<Part> &parts = m_languages.at(language).parts;
    const auto it = std::upper_bound(parts.begin(), parts.end(), row,
                                     [](qsizetype value, const Part &part) { return value < part.end; });
    if (it == parts.end()) {
        return nullptr;
    }
    *local = row - (it->end - it->chunk->rowCount());
    return &*it;
}

QJsonValue ResultData::partCell(const Part &part, qsizetype local, int column) const
{
    const int chunkColumn = part.columns.value(column, missingColumn);
    if (chunkColumn >= 0) {
        return part.chunk->cell(local, chunkColumn);
    }
    if (chunkColumn == ancestorColumn) {
        return part.chunk->objectAt(local, m_columns.at(column).path);
    }
    return QJsonValue(QJsonValue::Undefined);
}

QStringList ResultData::languages() const
{
    QStringList names;
    for (const Language &language : m_languages) {
        names.append(language.name);
    }
    return names;
}

int ResultData::languageIndex(QStringView language) const
{
    for (qsizetype i = 0; i < m_languages.size(); ++i) {
        if (m_languages.at(i).name == language) {
            return int(i);
        }
    }
    return -1;
}

qsizetype ResultData::rowCount(int language) const
{
    if (language < 0 || language >= m_languages.size() || m_languages.at(language).parts.isEmpty()) {
        return 0;
    }
    return m_languages.at(language).parts.constLast().end;
}

qsizetype ResultData::totalRowCount() const
{
    qsizetype total = 0;
    for (int language = 0; language < m_languages.size(); ++language) {
        total += rowCount(language);
    }
    return total;
}

int ResultData::columnIndex(QStringView name) const
{
    return m_nameIndex.value(name.toString(), -1);
}

QJsonValue ResultData::row(int language, qsizetype row) const
{
    qsizetype local = 0;
    const Part *part = locate(language, row, &local);
    return part ? part->chunk->row(local) : QJsonValue(QJsonValue::Undefined);
}

QJsonValue ResultData::cell(int language, qsizetype row, int column) const
{
    qsizetype local = 0;
    const Part *part = locate(language, row, &local);
    if (!part || column < 0 || column >= m_columns.size()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    return partCell(*part, local, column);
}

QString ResultData::text(int language, qsizetype row, int column) const
{
    qsizetype local = 0;
    const Part *part = locate(language, row, &local);
    if (!part || column < 0 || column >= m_columns.size()) {
        return {};
    }
    const int chunkColumn = part->columns.value(column, missingColumn);
    if (chunkColumn >= 0) {
        return part->chunk->text(local, chunkColumn);
    }
    return displayText(partCell(*part, local, column));
}

void ResultData::visitIntegers(int language, const QList<int> &columns,
                               const std::function<void(qint64, int)> &visit) const
{
    if (language < 0 || language >= m_languages.size()) {
        return;
    }
    QList<int> local(columns.size());
    for (const Part &part : m_languages.at(language).parts) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            // Objects under a name that is an integer elsewhere (ancestorColumn) hold no integer either.
            local[i] = columns.at(i) >= 0 ? part.columns.value(columns.at(i), missingColumn) : missingColumn;
        }
        for (qsizetype row = 0; row < part.chunk->rowCount(); ++row) {
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (local.at(i) >= 0) {
                    if (const qint64 value = part.chunk->integer(row, local.at(i)); value != 0) {
                        visit(value, int(i));
                    }
                }
            }
        }
    }
}

QJsonArray ResultData::rowArray(int language) const
{
    QJsonArray array;
    for (int index = 0; index < m_languages.size(); ++index) {
        if (language < 0 || language == index) {
            for (const Part &part : m_languages.at(index).parts) {
                for (qsizetype row = 0; row < part.chunk->rowCount(); ++row) {
                    array.append(part.chunk->row(row));
                }
            }
        }
    }
    return array;
}

qsizetype ResultData::memoryBytes() const
{
    qsizetype bytes = 0;
    for (const Language &language : m_languages) {
        for (const Part &part : language.parts) {
            bytes += part.chunk->memoryBytes();
        }
    }
    return bytes;
}

} // namespace Esi::Core
