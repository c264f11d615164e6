#include "core/result/resultchunk.h"

#include "core/result/pagescanner.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

// A cell is a double, or a quiet NaN with the sign bit set carrying a tag and a payload (a text index).
constexpr quint64 boxMask = 0xFFF8000000000000ULL;
constexpr int tagShift = 45;
constexpr quint64 payloadMask = (quint64(1) << tagShift) - 1;
constexpr double exactIntegerLimit = 9007199254740992.0; // 2^53: doubles hold every integer below it

enum Tag : quint64 { Missing, Null, False, True, String, BigInteger, Json, EmptyObject };

constexpr quint64 box(Tag tag, quint64 payload = 0)
{
    return boxMask | (quint64(tag) << tagShift) | (payload & payloadMask);
}

constexpr bool isBoxed(quint64 cell)
{
    return (cell & boxMask) == boxMask;
}

constexpr Tag tagOf(quint64 cell)
{
    return Tag((cell >> tagShift) & 0x7);
}

quint64 bitsOf(double number)
{
    quint64 bits = 0;
    std::memcpy(&bits, &number, sizeof bits);
    return bits;
}

double numberOf(quint64 bits)
{
    double number = 0;
    std::memcpy(&number, &bits, sizeof number);
    return number;
}

void insertAt(QJsonObject &object, const QStringList &path, qsizetype depth, const QJsonValue &value)
{
    const QString &key = path.at(depth);
    if (depth == path.size() - 1) {
        object.insert(key, value);
        return;
    }
    QJsonObject child = object.value(key).toObject();
    insertAt(child, path, depth + 1, value);
    object.insert(key, child);
}

} // namespace

// Flattens rows through RowFlattener (the one flattening) into per-column cell lists.
class ResultChunk::Builder
{
public:
    explicit Builder(ResultChunk &chunk)
        : m_chunk(chunk)
    {}

    void add(const QJsonValue &row, qsizetype rowIndex)
    {
        m_row = rowIndex;
        const QList<RowFlattener::Cell> &cells = m_flattener.flatten(row);
        if (rowIndex == 0) {
            // Rows of a page almost always share the first row's columns: the cells' room, allocated once.
            m_chunk.m_cells.reserve(size_t(m_chunk.m_rowCount) * size_t(m_flattener.columnCount()));
        }
        for (const RowFlattener::Cell &cell : cells) {
            set(cell.column, encode(cell.value));
        }
        if (!m_flattener.lastRowWhole()) {
            // Two keys flattened to one column: the row keeps its JSON so the JSON view shows it as it came.
            m_chunk.m_wholeRows.insert(rowIndex, text(QJsonDocument(row.toObject()).toJson(QJsonDocument::Compact)));
        }
    }

    // The rows PageScanner read (flat objects, values in column order): the cells add() would make.
    void addScanned(const PageScanner &scanner, QByteArrayView body)
    {
        const size_t rows = size_t(m_chunk.m_rowCount);
        m_chunk.m_cells.assign(rows * size_t(scanner.columns().size()), box(Missing));
        const std::vector<PageScanner::Value> &values = scanner.values();
        for (qsizetype row = 0; row < m_chunk.m_rowCount; ++row) {
            for (size_t i = scanner.rowStart(row); i < scanner.rowEnd(row); ++i) {
                const PageScanner::Value &value = values[i];
                m_chunk.m_cells[size_t(value.column) * rows + size_t(row)] = encode(value, body);
            }
        }
        QList<Column> columns;
        columns.reserve(scanner.columns().size());
        for (const QByteArray &key : scanner.columns()) {
            const QString name = QString::fromLatin1(key);
            columns.append(Column{name, QStringList{name}});
        }
        finish(columns);
    }

    void finish() { finish(m_flattener.columns()); }

    void finish(const QList<Column> &columns)
    {
        m_chunk.m_columns = columns;
        m_chunk.m_columnIndex.reserve(columns.size());
        for (int column = 0; column < columns.size(); ++column) {
            m_chunk.m_columnIndex.insert(RowFlattener::columnKey(columns.at(column)), column);
        }
        m_chunk.m_cells.resize(size_t(m_chunk.m_rowCount) * size_t(columns.size()), box(Missing));
        if (m_chunk.m_cells.capacity() > m_chunk.m_cells.size()) {
            m_chunk.m_cells.shrink_to_fit(); // columns that came after the first row
        }
        fillObjectsUnderLeaves();
        m_chunk.m_text.squeeze();
    }

private:
    // A name that is a leaf in one row and an object in another: the object's rows show it, as JSON, in the
    // leaf's column too (RowFlattener::cell walks the column's path).
    void fillObjectsUnderLeaves()
    {
        const qsizetype rows = m_chunk.m_rowCount;
        for (int column = 0; column < m_chunk.m_columns.size(); ++column) {
            const QStringList &path = m_chunk.m_columns.at(column).path;
            const bool hasBelow =
                !path.isEmpty() &&
                std::any_of(m_chunk.m_columns.begin(), m_chunk.m_columns.end(), [&path](const Column &other) {
                    return other.path.size() > path.size() && std::equal(path.begin(), path.end(), other.path.begin());
                });
            for (qsizetype row = 0; hasBelow && row < rows; ++row) {
                if (m_chunk.isMissing(row, column)) {
                    if (const QJsonValue object = m_chunk.objectAt(row, path); object.isObject()) {
                        m_chunk.m_cells[size_t(column) * size_t(rows) + size_t(row)] =
                            box(Json, text(QJsonDocument(object.toObject()).toJson(QJsonDocument::Compact)));
                    }
                }
            }
        }
    }

    static constexpr qsizetype maxSharedTextBytes = 32; // short texts repeat (range, "buy"); long ones rarely
    static constexpr qsizetype maxSharedTexts = 4096;

    // Cells go straight to their place (column-major); a new column adds its block of missing cells.
    void set(int column, quint64 cell)
    {
        const size_t rows = size_t(m_chunk.m_rowCount);
        if (m_chunk.m_cells.size() < (size_t(column) + 1) * rows) {
            m_chunk.m_cells.resize((size_t(column) + 1) * rows, box(Missing));
        }
        m_chunk.m_cells[size_t(column) * rows + size_t(m_row)] = cell;
    }

    quint64 encode(const QCborValue &value)
    {
        switch (value.type()) {
        case QCborValue::Integer: {
            const qint64 integer = value.toInteger();
            if (double(integer) >= exactIntegerLimit || double(integer) <= -exactIntegerLimit) {
                return box(BigInteger, text(QByteArray::number(integer)));
            }
            return bitsOf(double(integer));
        }
        case QCborValue::Double: {
            const double number = value.toDouble();
            return std::isnan(number) ? box(Null) : bitsOf(number);
        }
        case QCborValue::String:
            return box(String, text(value.toString().toUtf8()));
        case QCborValue::True:
            return box(True);
        case QCborValue::False:
            return box(False);
        case QCborValue::Null:
            return box(Null);
        case QCborValue::Array:
            return box(Json, text(QJsonDocument(value.toArray().toJsonArray()).toJson(QJsonDocument::Compact)));
        case QCborValue::Map:
            if (value.toMap().isEmpty()) {
                return box(EmptyObject);
            }
            return box(Json, text(QJsonDocument(value.toMap().toJsonObject()).toJson(QJsonDocument::Compact)));
        default:
            return box(Missing);
        }
    }

    // As encode(QCborValue) would encode the value QJsonDocument reads for it.
    quint64 encode(const PageScanner::Value &value, QByteArrayView body)
    {
        switch (value.kind) {
        case PageScanner::Kind::Integer:
            if (double(value.integer) >= exactIntegerLimit || double(value.integer) <= -exactIntegerLimit) {
                return box(BigInteger, text(QByteArray::number(value.integer)));
            }
            return bitsOf(double(value.integer));
        case PageScanner::Kind::Double:
            return bitsOf(value.number);
        case PageScanner::Kind::String:
            return box(String, scannedText(body.sliced(value.start, value.size)));
        case PageScanner::Kind::True:
            return box(True);
        case PageScanner::Kind::False:
            return box(False);
        case PageScanner::Kind::Null:
            return box(Null);
        }
        return box(Missing);
    }

    // text() for the scanned path, the same indices: short texts shared, the first maxSharedTexts of them
    // remembered. An open-addressing table of text indices (the bytes are already in the text block) instead
    // of a QHash that copies every key.
    quint64 scannedText(QByteArrayView utf8)
    {
        const bool shareable = utf8.size() <= maxSharedTextBytes;
        size_t slot = 0;
        if (shareable) {
            if (m_scannedShared.empty()) {
                m_scannedShared.assign(sharedSlots, 0);
            }
            slot = size_t(qHash(utf8)) & (sharedSlots - 1);
            while (const quint32 entry = m_scannedShared[slot]) {
                if (m_chunk.textAt(entry - 1) == utf8) {
                    return entry - 1;
                }
                slot = (slot + 1) & (sharedSlots - 1);
            }
        }
        m_chunk.m_text.append(utf8);
        const quint64 index = m_chunk.m_textEnds.size();
        m_chunk.m_textEnds.push_back(quint32(m_chunk.m_text.size()));
        if (shareable && m_scannedSharedCount < maxSharedTexts) {
            m_scannedShared[slot] = quint32(index + 1);
            ++m_scannedSharedCount;
        }
        return index;
    }

    quint64 text(QByteArrayView utf8)
    {
        const bool shareable = utf8.size() <= maxSharedTextBytes;
        if (shareable) {
            // A lookup key only: the bytes stay alive for the call.
            if (const auto it = m_shared.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
                it != m_shared.constEnd()) {
                return *it;
            }
        }
        m_chunk.m_text.append(utf8);
        const quint64 index = m_chunk.m_textEnds.size();
        m_chunk.m_textEnds.push_back(quint32(m_chunk.m_text.size()));
        if (shareable && m_shared.size() < maxSharedTexts) {
            m_shared.insert(utf8.toByteArray(), index);
        }
        return index;
    }

    ResultChunk &m_chunk;
    RowFlattener m_flattener;
    qsizetype m_row = 0;
    QHash<QByteArray, quint64> m_shared;
    static constexpr size_t sharedSlots = 2 * maxSharedTexts; // a power of two, at most half full
    std::vector<quint32> m_scannedShared;                     // text index + 1; 0: empty
    qsizetype m_scannedSharedCount = 0;
};

ResultChunkPtr ResultChunk::fromPage(const PageResult &page)
{
    // The common shape (an array of flat objects) read straight from the bytes; anything else, and anything
    // the scanner is not sure of, through QJsonDocument and RowFlattener. Both give the same chunk.
    const QByteArray body = page.bytes(); // a page kept packed is inflated for as long as it is read
    PageScanner scanner;
    if (scanner.scan(body)) {
        auto chunk = std::make_shared<ResultChunk>();
        chunk->m_language = page.language;
        chunk->m_page = page.page;
        chunk->m_rowCount = scanner.rowCount();
        Builder builder(*chunk);
        builder.addScanned(scanner, body);
        return chunk;
    }
    return fromPageSlowly(page);
}

ResultChunkPtr ResultChunk::fromPageSlowly(const PageResult &page)
{
    return fromRows(page.language, page.page, pageRows(page));
}

bool ResultChunk::identicalTo(const ResultChunk &other) const
{
    const auto sameColumn = [](const Column &a, const Column &b) { return a.name == b.name && a.path == b.path; };
    return m_language == other.m_language && m_page == other.m_page && m_rowCount == other.m_rowCount &&
           std::equal(m_columns.begin(), m_columns.end(), other.m_columns.begin(), other.m_columns.end(), sameColumn) &&
           m_columnIndex == other.m_columnIndex && m_cells == other.m_cells && m_text == other.m_text &&
           m_textEnds == other.m_textEnds && m_wholeRows == other.m_wholeRows;
}

ResultChunkPtr ResultChunk::fromRows(const QString &language, int page, const QJsonArray &rows)
{
    auto chunk = std::make_shared<ResultChunk>();
    chunk->m_language = language;
    chunk->m_page = page;
    chunk->m_rowCount = rows.size();
    Builder builder(*chunk);
    qsizetype index = 0;
    for (const QJsonValue &row : rows) {
        builder.add(row, index++);
    }
    builder.finish();
    return chunk;
}

QByteArrayView ResultChunk::textAt(quint64 index) const
{
    if (index >= m_textEnds.size()) {
        return {};
    }
    const quint32 start = index == 0 ? 0 : m_textEnds[size_t(index - 1)];
    return QByteArrayView(m_text.constData() + start, qsizetype(m_textEnds[size_t(index)] - start));
}

QJsonValue ResultChunk::decode(quint64 cell) const
{
    if (!isBoxed(cell)) {
        return QJsonValue(numberOf(cell));
    }
    switch (tagOf(cell)) {
    case Missing:
        return QJsonValue(QJsonValue::Undefined);
    case Null:
        return QJsonValue(QJsonValue::Null);
    case False:
        return QJsonValue(false);
    case True:
        return QJsonValue(true);
    case String:
        return QJsonValue(QString::fromUtf8(textAt(cell & payloadMask)));
    case BigInteger:
        return QJsonValue(textAt(cell & payloadMask).toByteArray().toLongLong());
    case Json: {
        const QJsonDocument document = QJsonDocument::fromJson(textAt(cell & payloadMask).toByteArray());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    case EmptyObject:
        return QJsonValue(QJsonObject());
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue ResultChunk::cell(qsizetype row, int column) const
{
    if (row < 0 || row >= m_rowCount || column < 0 || column >= m_columns.size()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    return decode(rawCell(row, column));
}

bool ResultChunk::isMissing(qsizetype row, int column) const
{
    if (row < 0 || row >= m_rowCount || column < 0 || column >= m_columns.size()) {
        return true;
    }
    const quint64 value = rawCell(row, column);
    return isBoxed(value) && tagOf(value) == Missing;
}

qint64 ResultChunk::integer(qsizetype row, int column) const
{
    if (row < 0 || row >= m_rowCount || column < 0 || column >= m_columns.size()) {
        return 0;
    }
    const quint64 value = rawCell(row, column);
    if (!isBoxed(value)) {
        const double number = numberOf(value);
        return std::trunc(number) == number && std::fabs(number) < exactIntegerLimit ? qint64(number) : 0;
    }
    return tagOf(value) == BigInteger ? textAt(value & payloadMask).toByteArray().toLongLong() : 0;
}

QString ResultChunk::text(qsizetype row, int column) const
{
    if (row < 0 || row >= m_rowCount || column < 0 || column >= m_columns.size()) {
        return {};
    }
    const quint64 value = rawCell(row, column);
    if (!isBoxed(value)) {
        return RowFlattener::numberText(numberOf(value));
    }
    switch (tagOf(value)) {
    case Missing:
    case Null:
        return {};
    case False:
        return u"false"_s;
    case True:
        return u"true"_s;
    case String:
    case BigInteger:
    case Json:
        return QString::fromUtf8(textAt(value & payloadMask)); // Json: already the compact text
    case EmptyObject:
        return u"{}"_s;
    }
    return {};
}

QJsonValue ResultChunk::objectAt(qsizetype row, const QStringList &prefix) const
{
    QJsonObject object;
    bool found = false;
    for (int column = 0; column < m_columns.size(); ++column) {
        const QStringList &path = m_columns.at(column).path;
        if (path.size() <= prefix.size() || !std::equal(prefix.begin(), prefix.end(), path.begin()) ||
            isMissing(row, column)) {
            continue;
        }
        insertAt(object, path.mid(prefix.size()), 0, cell(row, column));
        found = true;
    }
    return found ? QJsonValue(object) : QJsonValue(QJsonValue::Undefined);
}

int ResultChunk::columnIndex(const QString &name) const
{
    for (int column = 0; column < m_columns.size(); ++column) {
        if (m_columns.at(column).name == name) {
            return column;
        }
    }
    return -1;
}

QJsonValue ResultChunk::row(qsizetype row) const
{
    if (const auto whole = m_wholeRows.constFind(row); whole != m_wholeRows.constEnd()) {
        return QJsonDocument::fromJson(textAt(*whole).toByteArray()).object();
    }
    if (const int scalar = m_columnIndex.value(QString(), -1); scalar >= 0 && !isMissing(row, scalar)) {
        return cell(row, scalar);
    }
    QJsonObject object;
    for (int column = 0; column < m_columns.size(); ++column) {
        const QStringList &path = m_columns.at(column).path;
        if (path.isEmpty() || isMissing(row, column)) {
            continue;
        }
        const QJsonValue value = cell(row, column);
        if (value.isObject() && !value.toObject().isEmpty()) {
            continue; // an object under a name other rows hold a leaf at: its leaves are columns of their own
        }
        insertAt(object, path, 0, value);
    }
    return object;
}

qsizetype ResultChunk::memoryBytes() const
{
    return qsizetype(m_cells.capacity() * sizeof(quint64) + m_textEnds.capacity() * sizeof(quint32)) +
           m_text.capacity() + m_wholeRows.size() * qsizetype(sizeof(qsizetype) + sizeof(quint64));
}

} // namespace Esi::Core
