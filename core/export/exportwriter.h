#pragma once

#include "core/export/jsonrowtext.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

class QIODevice;

namespace Esi::Core {

// Writes the rows of one result (every page of a call, in order) to a device in one format.
//
//     writer->begin(&file);
//     for (const QJsonArray &page : pages) writer->writeRows(page);
//     writer->finish();
//
// Output is collected in a buffer and handed to the device in large chunks. Every step returns false
// once anything failed; errorString() then says what, including the device's own errorString().
class ExportWriter
{
public:
    virtual ~ExportWriter();

    ExportWriter(const ExportWriter &) = delete;
    ExportWriter &operator=(const ExportWriter &) = delete;

    virtual QString formatName() const = 0; // "json", "ndjson", "csv", "sqlite"
    virtual QString mimeType() const = 0;

    bool begin(QIODevice *device);
    bool writeRows(const QJsonArray &rows);
    // The same from a page body: when `arrayText` is a JSON array its items are written (NDJSON and JSON copy
    // each item's compact text without building QJsonValues, see JsonRowText) and `*handled` is true; for
    // anything else nothing is written, `*handled` is false, and the caller decides what the rows are.
    bool writeArrayText(QByteArrayView arrayText, bool *handled);
    bool finish();

    bool hasError() const { return !m_error.isEmpty(); }

    QString errorString() const { return m_error; }

protected:
    ExportWriter() = default;

    // Subclasses append to buffer() and call flushIfFull() now and then while writing many rows.
    virtual void writeStart() {}

    virtual void writePage(const QJsonArray &rows) = 0;

    // Writes rows already in compact text; false when the format needs QJsonValues (then writePage gets them).
    virtual bool writeRowText(const JsonRowText::Rows &rows)
    {
        Q_UNUSED(rows);
        return false;
    }

    virtual void writeEnd() {}

    QByteArray &buffer() { return m_buffer; }

    QIODevice *device() const { return m_device; }

    // Marks the export failed with `error` (what, where, how to fix); every later step returns false.
    void fail(const QString &error)
    {
        if (m_error.isEmpty()) {
            m_error = error;
        }
    }

    void flushIfFull();

private:
    bool flush();
    QString deviceName() const;

    enum class State { Idle, Writing, Finished };

    QIODevice *m_device = nullptr;
    QByteArray m_buffer;
    QString m_error;
    State m_state = State::Idle;
};

} // namespace Esi::Core
