#include "core/result/resultdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

const QList<QJsonValue> noRows;

} // namespace

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
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QList<QJsonValue> &rows = data->m_languages[data->languageIndex(pages.at(i).language)].rows;
        for (const QJsonValue &row : decoded.at(i)) {
            rows.append(row);
            data->m_flattener.add(row);
        }
    }
    return data;
}

ResultDataPtr ResultData::fromRows(const QString &language, const QJsonArray &rows)
{
    auto data = std::make_shared<ResultData>();
    Language entry{language, {}};
    entry.rows.reserve(rows.size());
    for (const QJsonValue &row : rows) {
        entry.rows.append(row);
        data->m_flattener.add(row);
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
    return m_flattener.columnIndex(name);
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
    return RowFlattener::cell(row, column);
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
