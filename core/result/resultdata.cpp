#include "core/result/resultdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

const QList<QJsonValue> noRows;

// One object shape: its keys in order, and for keys holding objects the shape below them.
struct Layout
{
    QStringList keys;
    QList<std::shared_ptr<Layout>> nested; // parallel to keys; null for leaves
};

} // namespace

// Discovers columns while remembering recent row shapes: rows of one result almost always share a
// handful, and checking a row against a known shape costs key lookups only, no string building.
class ResultData::ColumnCollector
{
public:
    explicit ColumnCollector(ResultData &data)
        : m_data(data)
    {}

    void add(const QJsonValue &row)
    {
        if (!row.isObject()) {
            column(u"value"_s, {});
            return;
        }
        const QJsonObject object = row.toObject();
        for (qsizetype i = 0; i < m_layouts.size(); ++i) {
            if (matches(object, *m_layouts.at(i))) {
                if (i > 0) {
                    m_layouts.move(i, 0);
                }
                return;
            }
        }
        auto layout = std::make_shared<Layout>();
        learn(object, QStringList(), *layout);
        m_layouts.prepend(layout);
        if (m_layouts.size() > maxLayouts) {
            m_layouts.removeLast();
        }
    }

private:
    static constexpr qsizetype maxLayouts = 16;

    static bool matches(const QJsonObject &object, const Layout &layout)
    {
        if (object.size() != layout.keys.size()) {
            return false;
        }
        for (qsizetype i = 0; i < layout.keys.size(); ++i) {
            // A lookup through the iterator reads the element in place; value() would build a QJsonValue.
            const auto it = object.constFind(layout.keys.at(i));
            if (it == object.constEnd()) {
                return false;
            }
            const Layout *nested = layout.nested.at(i).get();
            const bool isObject = it->isObject();
            if (!isObject) {
                if (nested) {
                    return false;
                }
                continue;
            }
            const QJsonObject child = it->toObject();
            if ((nested != nullptr) != !child.isEmpty() || (nested && !matches(child, *nested))) {
                return false;
            }
        }
        return true;
    }

    void learn(const QJsonObject &object, const QStringList &prefix, Layout &layout)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            QStringList path = prefix;
            path.append(it.key());
            layout.keys.append(it.key());
            const QJsonValue value = it.value();
            if (value.isObject() && !value.toObject().isEmpty()) {
                auto nested = std::make_shared<Layout>();
                learn(value.toObject(), path, *nested);
                layout.nested.append(nested);
            } else {
                layout.nested.append(nullptr);
                column(path.join(u'.'), path);
            }
        }
    }

    void column(const QString &name, const QStringList &path)
    {
        if (m_data.m_columnIndex.contains(name)) {
            return;
        }
        m_data.m_columnIndex.insert(name, int(m_data.m_columns.size()));
        m_data.m_columns.append(Column{name, path});
    }

    ResultData &m_data;
    QList<std::shared_ptr<Layout>> m_layouts; // most recently matched first
};

ResultDataPtr ResultData::fromPages(const QList<PageResult> &pages)
{
    // Decoding dominates for large results and pages are independent: spread them over the cores.
    const QList<QJsonArray> decoded =
        QtConcurrent::blockingMapped<QList<QJsonArray>>(pages, [](const PageResult &page) { return pageRows(page); });

    auto data = std::make_shared<ResultData>();
    // Languages in the order their first page came, each sized once: growing 300k-row lists page by
    // page would copy them hundreds of times.
    QHash<QString, qsizetype> sizes;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString &language = pages.at(i).language;
        if (!sizes.contains(language)) {
            data->m_languages.append(Language{language, {}});
        }
        sizes[language] += decoded.at(i).size();
    }
    for (Language &language : data->m_languages) {
        language.rows.reserve(sizes.value(language.name));
    }
    ColumnCollector collector(*data);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QList<QJsonValue> &rows = data->m_languages[data->languageIndex(pages.at(i).language)].rows;
        for (const QJsonValue &row : decoded.at(i)) {
            rows.append(row);
            collector.add(row);
        }
    }
    return data;
}

ResultDataPtr ResultData::fromRows(const QString &language, const QJsonArray &rows)
{
    auto data = std::make_shared<ResultData>();
    ColumnCollector collector(*data);
    Language entry{language, {}};
    entry.rows.reserve(rows.size());
    for (const QJsonValue &row : rows) {
        entry.rows.append(row);
        collector.add(row);
    }
    data->m_languages.append(std::move(entry));
    return data;
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

const QList<QJsonValue> &ResultData::rows(int language) const
{
    if (language < 0 || language >= m_languages.size()) {
        return noRows;
    }
    return m_languages.at(language).rows;
}

qsizetype ResultData::totalRowCount() const
{
    qsizetype total = 0;
    for (const Language &language : m_languages) {
        total += language.rows.size();
    }
    return total;
}

int ResultData::columnIndex(QStringView name) const
{
    return m_columnIndex.value(name.toString(), -1);
}

QJsonArray ResultData::rowArray(int language) const
{
    QJsonArray array;
    for (qsizetype i = 0; i < m_languages.size(); ++i) {
        if (language < 0 || language == i) {
            for (const QJsonValue &row : m_languages.at(i).rows) {
                array.append(row);
            }
        }
    }
    return array;
}

QJsonValue ResultData::cell(const QJsonValue &row, const Column &column)
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

QString ResultData::displayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // ESI ids reach 2^53 territory; print integers in full, never as 1.0e+12.
        if (std::trunc(number) == number && std::fabs(number) < 9.007199254740992e15) {
            return QString::number(qint64(number));
        }
        return QString::number(number, 'g', 15);
    }
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

} // namespace Esi::Core
