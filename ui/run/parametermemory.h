#pragma once

#include "core/http/parametervalues.h"

#include <QString>

namespace Esi::Ui {

// The values last run for each operation, so coming back to an operation finds the form as it was left.
// Kept in one INI file (one JSON entry per operation); a missing or unreadable file just remembers nothing.
class ParameterMemory
{
public:
    explicit ParameterMemory(QString filePath);

    // <AppDataLocation>/remembered-values.ini
    static QString defaultFilePath();

    QString filePath() const { return m_filePath; }

    Core::ParameterValues recall(const QString &operationId) const;
    void remember(const QString &operationId, const Core::ParameterValues &values);
    void forget(const QString &operationId);

private:
    QString m_filePath;
};

} // namespace Esi::Ui
