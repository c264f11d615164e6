#include "core/result/resultchunk.h"

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

QString integerText(double number)
{
    return QString::number(qint64(number));
}

QString numberText(double number)
{
    // ESI ids reach 2^53 territory; print integers in full, never as 1.0e+12.
    if (std::trunc(number) == number && std::fabs(number) < exactIntegerLimit) {
        return integerText(number);
    }
    return QString::number(number, 'g', 15);
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

// Decodes rows member by member into per-column cell lists, adding a column the first time a name shows up.
class ResultChunk::Builder
{
public:
    explicit Builder(ResultChunk &chunk)
        : m_chunk(chunk)
    {}

    void add(const QJsonValue &row, qsizetype rowIndex)
    {
        m_row = rowIndex;
        if (!row.isObject()) {
            set(column(u"value"_s, QStringList()), row);
            return;
        }
        addMembers(row.toObject(), QString(), QStringList());
    }

    void finish(qsizetype rowCount)
    {
        m_chunk.m_rowCount = rowCount;
        m_chunk.m_cells.reserve(size_t(rowCount) * m_columns.size());
        for (std::vector<quint64> &cells : m_columns) {
            cells.resize(size_t(rowCount), box(Missing));
            m_chunk.m_cells.insert(m_chunk.m_cells.end(), cells.begin(), cells.end());
            std::vector<quint64>().swap(cells);
        }
        fillObjectsUnderLateLeaves();
        m_chunk.m_text.squeeze();
    }

private:
    // A name that is a leaf in one row and an object in an earlier one: those earlier rows show the object
    // (the leaf's column did not exist yet when they were read).
    void fillObjectsUnderLateLeaves()
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
                        m_chunk.m_cells[size_t(column) * size_t(rows) + size_t(row)] = encode(object);
                    }
                }
            }
        }
    }

    static constexpr qsizetype maxSharedTextBytes = 32; // short texts repeat (range, "buy"); long ones rarely
    static constexpr qsizetype maxSharedTexts = 4096;

    void addMembers(const QJsonObject &object, const QString &prefix, const QStringList &path)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            const QString name = prefix.isEmpty() ? key : prefix + u'.' + key;
            const QStringList keyPath = path + QStringList{key};
            const QJsonValue value = it.value();
            if (value.isObject() && !value.toObject().isEmpty()) {
                // A column exists here when another row held a leaf: it shows the object as JSON.
                if (const int existing = m_chunk.columnAt(keyPath); existing >= 0) {
                    set(existing, value);
                }
                addMembers(value.toObject(), name, keyPath);
                continue;
            }
            set(column(name, keyPath), value);
        }
    }

    int column(const QString &name, const QStringList &path)
    {
        const QString key = pathKey(path);
        if (const auto it = m_chunk.m_columnIndex.constFind(key); it != m_chunk.m_columnIndex.constEnd()) {
            return *it;
        }
        const int index = int(m_chunk.m_columns.size());
        m_chunk.m_columnIndex.insert(key, index);
        m_chunk.m_columns.append(Column{name, path});
        m_columns.emplace_back();
        return index;
    }

    void set(int column, const QJsonValue &value)
    {
        std::vector<quint64> &cells = m_columns[size_t(column)];
        cells.resize(size_t(m_row), box(Missing));
        cells.push_back(encode(value));
    }

    quint64 encode(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Double: {
            const double number = value.toDouble();
            if (std::isnan(number)) {
                return box(Null);
            }
            if (std::fabs(number) >= exactIntegerLimit) {
                if (const qint64 integer = value.toInteger(0); integer != 0) {
                    return box(BigInteger, text(QByteArray::number(integer)));
                }
            }
            return bitsOf(number);
        }
        case QJsonValue::String:
            return box(String, text(value.toString().toUtf8()));
        case QJsonValue::Bool:
            return box(value.toBool() ? True : False);
        case QJsonValue::Null:
            return box(Null);
        case QJsonValue::Undefined:
            return box(Missing);
        case QJsonValue::Array:
            return box(Json, text(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
        case QJsonValue::Object:
            if (value.toObject().isEmpty()) {
                return box(EmptyObject);
            }
            return box(Json, text(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
        }
        return box(Missing);
    }

    quint64 text(const QByteArray &utf8)
    {
        const bool shareable = utf8.size() <= maxSharedTextBytes;
        if (shareable) {
            if (const auto it = m_shared.constFind(utf8); it != m_shared.constEnd()) {
                return *it;
            }
        }
        m_chunk.m_text.append(utf8);
        const quint64 index = m_chunk.m_textEnds.size();
        m_chunk.m_textEnds.push_back(quint32(m_chunk.m_text.size()));
        if (shareable && m_shared.size() < maxSharedTexts) {
            m_shared.insert(utf8, index);
        }
        return index;
    }

    ResultChunk &m_chunk;
    qsizetype m_row = 0;
    std::vector<std::vector<quint64>> m_columns; // row-major while building
    QHash<QByteArray, quint64> m_shared;
};

ResultChunkPtr ResultChunk::fromPage(const PageResult &page)
{
    return fromRows(page.language, page.page, pageRows(page));
}

ResultChunkPtr ResultChunk::fromRows(const QString &language, int page, const QJsonArray &rows)
{
    auto chunk = std::make_shared<ResultChunk>();
    chunk->m_language = language;
    chunk->m_page = page;
    Builder builder(*chunk);
    qsizetype index = 0;
    for (const QJsonValue &row : rows) {
        builder.add(row, index++);
    }
    builder.finish(rows.size());
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

QString ResultChunk::text(qsizetype row, int column) const
{
    if (row < 0 || row >= m_rowCount || column < 0 || column >= m_columns.size()) {
        return {};
    }
    const quint64 value = rawCell(row, column);
    if (!isBoxed(value)) {
        return numberText(numberOf(value));
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
    if (const int scalar = columnAt({}); scalar >= 0 && !isMissing(row, scalar)) {
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
           m_text.capacity();
}

QString ResultChunk::displayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        // Integers past 2^53 (a double cannot hold them) in full, as they came.
        if (std::fabs(value.toDouble()) >= exactIntegerLimit) {
            if (const qint64 integer = value.toInteger(0); integer != 0) {
                return QString::number(integer);
            }
        }
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    }
    return {};
}

QJsonValue ResultChunk::cellOf(const QJsonValue &row, const Column &column)
{
    QJsonValue value = row;
    for (const QString &key : column.path) {
        if (!value.isObject()) {
            return QJsonValue(QJsonValue::Undefined);
        }
        value = value.toObject().value(key);
    }
    if (column.path.isEmpty() && row.isObject()) {
        return QJsonValue(QJsonValue::Undefined); // the "value" column of a result that mixes objects and scalars
    }
    return value;
}

} // namespace Esi::Core
