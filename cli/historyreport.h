#pragma once

#include "core/result/historyentry.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Esi::Cli {

// How `esi history` shows call history entries: one JSON object per call, or a table for people.
class HistoryReport
{
public:
    static QJsonObject toJson(const Core::HistoryEntry &entry);
    static QString table(const QList<Core::HistoryEntry> &entries);
};

} // namespace Esi::Cli
