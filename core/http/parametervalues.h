#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace Esi::Core {

// The values of one call as the user typed them (CLI `name=value` or a form field): raw text, checked
// against the operation's schema by ParameterValidator before anything is sent.
//   scalars: the text itself ("10000002", "true", "2026-01-01")
//   arrays:  comma-separated ("1,2,3") or a JSON array ("[1, 2, 3]", needed for strings holding commas)
//   body:    JSON text
class ParameterValues
{
public:
    void set(const QString &name, const QString &text); // replaces an earlier value of `name`
    void remove(QStringView name);
    bool contains(QStringView name) const;
    QString value(QStringView name) const;
    QStringList names() const; // in the order they were first set

    void setBody(const QString &json) { m_body = json; }

    void clearBody() { m_body.reset(); }

    bool hasBody() const { return m_body.has_value(); }

    QString body() const { return m_body.value_or(QString()); }

    bool isEmpty() const { return m_values.isEmpty() && !m_body; }

    // Parses CLI words `name=value`; `body=<json>` sets the request body. On a malformed word returns
    // false and says which one in *error.
    bool setAssignments(const QStringList &assignments, QString *error);

    // The items of an array value: a JSON array's elements (strings unquoted, anything else as compact
    // JSON) or the comma-separated parts, trimmed. Returns false with *error when a JSON array is malformed.
    static bool splitArray(const QString &text, QStringList *items, QString *error);

    friend bool operator==(const ParameterValues &, const ParameterValues &) = default;

private:
    QList<QPair<QString, QString>> m_values;
    std::optional<QString> m_body;
};

} // namespace Esi::Core
