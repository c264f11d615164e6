#include "core/export/exportwriter.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

// Large enough that 300k rows cost a few dozen device writes, small enough to stay in cache.
constexpr qsizetype flushThreshold = 256 * 1024;

} // namespace

ExportWriter::~ExportWriter() = default;

bool ExportWriter::begin(QIODevice *device)
{
    if (m_state == State::Writing) {
        m_error = u"export already started; call finish() before beginning another"_s;
        return false;
    }
    m_device = device;
    m_buffer.clear();
    m_error.clear();
    if (!device) {
        m_error = QCoreApplication::translate("Esi::Core::ExportWriter", "no output device to export to");
        return false;
    }
    if (!device->isWritable()) {
        m_error = device->errorString().isEmpty() || device->errorString() == u"Unknown error"
                      ? QCoreApplication::translate("Esi::Core::ExportWriter",
                                                    "cannot export to %1: it is not open for writing")
                            .arg(deviceName())
                      : QCoreApplication::translate("Esi::Core::ExportWriter",
                                                    "cannot export to %1: it is not open for writing (%2)")
                            .arg(deviceName(), device->errorString());
        return false;
    }
    m_buffer.reserve(flushThreshold + 64 * 1024);
    m_state = State::Writing;
    writeStart();
    flushIfFull();
    return !hasError();
}

bool ExportWriter::writeRows(const QJsonArray &rows)
{
    if (hasError()) {
        return false;
    }
    if (m_state != State::Writing) {
        m_error = u"writeRows() called outside begin() ... finish()"_s;
        return false;
    }
    writePage(rows);
    flushIfFull();
    return !hasError();
}

bool ExportWriter::writeArrayText(QByteArrayView arrayText, bool *handled)
{
    *handled = false;
    if (hasError()) {
        return false;
    }
    if (m_state != State::Writing) {
        m_error = u"writeArrayText() called outside begin() ... finish()"_s;
        return false;
    }
    const std::optional<JsonRowText::Rows> rows = JsonRowText::items(arrayText);
    if (!rows) {
        return true;
    }
    *handled = true;
    if (!writeRowText(*rows)) {
        writePage(QJsonDocument::fromJson(arrayText.toByteArray()).array());
    }
    flushIfFull();
    return !hasError();
}

bool ExportWriter::finish()
{
    if (hasError()) {
        m_state = State::Finished;
        return false;
    }
    if (m_state != State::Writing) {
        m_error = u"finish() called without begin()"_s;
        return false;
    }
    writeEnd();
    m_state = State::Finished;
    if (!flush()) {
        return false;
    }
    // A QFile keeps its own buffer; a full disk often shows only when it is flushed.
    if (auto *file = qobject_cast<QFileDevice *>(m_device); file && !file->flush()) {
        m_error = QCoreApplication::translate("Esi::Core::ExportWriter", "could not write the export to %1: %2")
                      .arg(deviceName(), file->errorString());
        return false;
    }
    return true;
}

void ExportWriter::flushIfFull()
{
    if (m_buffer.size() >= flushThreshold) {
        flush();
    }
}

bool ExportWriter::flush()
{
    if (hasError()) {
        m_buffer.clear(); // nothing more reaches the device after a failure
        return false;
    }
    if (m_buffer.isEmpty()) {
        return true;
    }
    const qint64 written = m_device->write(m_buffer);
    if (written != m_buffer.size()) {
        m_error = QCoreApplication::translate("Esi::Core::ExportWriter", "could not write the export to %1: %2")
                      .arg(deviceName(), m_device->errorString());
        m_buffer.clear();
        return false;
    }
    m_buffer.resize(0); // keeps the capacity for the next chunk
    return true;
}

QString ExportWriter::deviceName() const
{
    if (auto *file = qobject_cast<QFileDevice *>(m_device); file && !file->fileName().isEmpty()) {
        return file->fileName();
    }
    return QCoreApplication::translate("Esi::Core::ExportWriter", "the output device");
}

} // namespace Esi::Core
