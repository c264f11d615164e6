#include "core/export/exportrun.h"

#include "core/result/parametervaluesjson.h"

namespace Esi::Core {

ExportRun ExportRun::describe(SpecPtr spec, const QString &operationId, const ParameterValues &values,
                              const QUrl &server, const QDateTime &fetchedAt)
{
    ExportRun run;
    run.compatibilityDate = spec ? spec->version() : QString();
    run.spec = std::move(spec);
    run.operationId = operationId;
    run.parametersJson = ParameterValuesJson::toText(values);
    run.server = server.toString(QUrl::RemoveUserInfo);
    run.fetchedAt = fetchedAt.toUTC();
    return run;
}

void ExportRun::takePages(const QList<PageResult> &received)
{
    pages = int(received.size());
    languages.clear();
    for (const PageResult &page : received) {
        if (!page.language.isEmpty() && !languages.contains(page.language)) {
            languages.append(page.language);
        }
    }
    if (!received.isEmpty()) {
        etag = QString::fromLatin1(headerValue(received.first().headers, "ETag"));
        lastModified = QString::fromLatin1(headerValue(received.first().headers, "Last-Modified"));
    }
}

} // namespace Esi::Core
