#include "core/http/parametervalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

void ParameterValues::set(const QString &name, const QString &text)
{
    for (auto &entry : m_values) {
        if (entry.first == name) {
            entry.second = text;
            return;
        }
    }
    m_values.append({name, text});
}

void ParameterValues::remove(QStringView name)
{
    m_values.removeIf([name](const QPair<QString, QString> &entry) { return entry.first == name; });
}

bool ParameterValues::contains(QStringView name) const
{
    return std::any_of(m_values.cbegin(), m_values.cend(),
                       [name](const QPair<QString, QString> &entry) { return entry.first == name; });
}

QString ParameterValues::value(QStringView name) const
{
    for (const auto &[key, text] : m_values) {
        if (key == name) {
            return text;
        }
    }
    return {};
}

QStringList ParameterValues::names() const
{
    QStringList result;
    result.reserve(m_values.size());
    for (const auto &entry : m_values) {
        result.append(entry.first);
    }
    return result;
}

bool ParameterValues::setAssignments(const QStringList &assignments, QString *error)
{
    for (const QString &word : assignments) {
        const qsizetype equals = word.indexOf(u'=');
        if (equals <= 0) {
            if (error) {
                *error = QCoreApplication::translate(
                             "Esi::Core::ParameterValues",
                             "'%1' is not a parameter assignment; write name=value (e.g. region_id=10000002)")
                             .arg(word);
            }
            return false;
        }
        const QString name = word.left(equals).trimmed();
        const QString text = word.mid(equals + 1);
        if (name == u"body") {
            setBody(text);
        } else {
            set(name, text);
        }
    }
    return true;
}

bool ParameterValues::splitArray(const QString &text, QStringList *items, QString *error)
{
    items->clear();
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'[')) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
            if (error) {
                *error =
                    QCoreApplication::translate("Esi::Core::ParameterValues",
                                                "is not a valid JSON array (%1 at offset %2); write [1, 2, 3] or 1,2,3")
                        .arg(parseError.errorString(), QString::number(parseError.offset));
            }
            return false;
        }
        const QJsonArray array = document.array();
        for (const QJsonValue &value : array) {
            if (value.isString()) {
                items->append(value.toString());
            } else if (value.isArray() || value.isObject()) {
                items->append(QString::fromUtf8(value.isArray()
                                                    ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                    : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
            } else {
                items->append(QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                                  .mid(1)
                                  .chopped(1));
            }
        }
        return true;
    }
    if (trimmed.isEmpty()) {
        return true;
    }
    const QStringList parts = trimmed.split(u',');
    for (const QString &part : parts) {
        items->append(part.trimmed());
    }
    return true;
}

} // namespace Esi::Core
