#pragma once

#include "core/names/idcolumns.h"
#include "core/names/resolvedname.h"
#include "core/result/resultdata.h"
#include "core/spec/spec.h"

#include <QJsonArray>
#include <QObject>

namespace Esi::Core {
class Clock;
class EsiClient;
class NameCache;
class NameResolver;
} // namespace Esi::Core

namespace Esi::Ui {

// Names the EVE IDs of the result on screen: the ID columns from the operation's schema (else from the
// column names), then Core::NameResolver through the application's EsiClient (same limits as every call)
// and the shared name cache. What it learns stays for the session, so a re-run asks nothing. A new result
// cancels what is still being asked for the previous one.
class ResultNamer : public QObject
{
    Q_OBJECT

public:
    // Opens the shared name cache at `cacheFile` (<cache>/names.sqlite); without one (empty, or it cannot be
    // opened: cacheProblem() says why) names are kept for the session only.
    ResultNamer(Core::EsiClient &client, const QString &cacheFile, const Core::Clock &clock, QObject *parent = nullptr);
    ~ResultNamer() override;

    // Starts naming the IDs of `rows`, the result of `operationId` in `spec`.
    void nameRows(const Core::SpecPtr &spec, const QString &operationId, const Core::ResultData::Rows &rows,
                  const QString &language);

    const Core::ResolvedNames &names() const;

    const QList<Core::IdColumn> &idColumns() const { return m_columns; }

    bool isRunning() const;

    int requestsSent() const { return m_requests; } // POST /universe/names requests this session

    QString cacheProblem() const { return m_cacheProblem; }

Q_SIGNALS:
    void namesChanged();
    void finished(const QString &problem); // empty when every asked ID got an answer

private:
    Core::EsiClient &m_client;
    std::unique_ptr<Core::NameCache> m_cache;
    QString m_cacheProblem;
    Core::SpecPtr m_spec;
    QString m_language;
    Core::NameResolver *m_resolver = nullptr;
    QList<Core::IdColumn> m_columns;
    int m_requests = 0;
};

} // namespace Esi::Ui
