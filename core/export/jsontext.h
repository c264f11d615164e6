#pragma once

#include <QByteArray>
#include <QCborValue>
#include <QJsonValue>
#include <QStringConverter>

namespace Esi::Core {

// Compact JSON for export rows, written straight into an output buffer (QJsonDocument::toJson builds
// a document and a QByteArray per row, several times slower). Scalars are allowed; integral numbers
// come out as integers (1000000000000, never 1e+12 or 1.0e12); text is UTF-8, escaped per RFC 8259.
class JsonText
{
public:
    void append(QByteArray &out, const QJsonValue &value);
    void append(QByteArray &out, const QCborValue &value);

    static void appendNumber(QByteArray &out, double value);
    static void appendNumber(QByteArray &out, qint64 value);

private:
    void appendString(QByteArray &out, QStringView text);

    QStringEncoder m_utf8{QStringEncoder::Utf8};
};

} // namespace Esi::Core
