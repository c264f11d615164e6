#include "ui/result/provenance.h"

#include "esiversion.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

QJsonArray distinctHeader(const QList<Core::PageResult> &pages, QByteArrayView name)
{
    QJsonArray values;
    QStringList seen;
    for (const Core::PageResult &page : pages) {
        const QString value = QString::fromLatin1(Core::headerValue(page.headers, name));
        if (!value.isEmpty() && !seen.contains(value)) {
            seen.append(value);
            values.append(value);
        }
    }
    return values;
}

} // namespace

QJsonObject Provenance::of(const Core::CallOutcome &outcome, const ExportRequest &request, const QDateTime &writtenAt,
                           qint64 rowsWritten)
{
    const Core::CallRequest &call = outcome.request;
    QJsonObject operation{{u"operation_id"_s, call.operationId}};
    if (const Core::Operation *op = outcome.operation()) {
        operation.insert(u"method"_s, op->method);
        operation.insert(u"path"_s, op->path);
        operation.insert(u"tag"_s, op->tag);
    }

    QJsonObject parameters;
    const QStringList names = call.values.names();
    for (const QString &name : names) {
        parameters.insert(name, call.values.value(name));
    }

    QJsonArray languages;
    const QStringList fetched = outcome.data ? outcome.data->languages() : outcome.result.languages();
    for (qsizetype i = 0; i < fetched.size(); ++i) {
        if (request.language < 0 || request.language == i) {
            languages.append(fetched.at(i));
        }
    }

    QJsonObject object{
        {u"generator"_s, QString(u"ESI Studio "_s + QStringLiteral(ESI_STUDIO_VERSION))},
        {u"operation"_s, operation},
        {u"parameters"_s, parameters},
        {u"compatibility_date"_s, call.spec ? call.spec->version() : QString()},
        {u"server"_s, outcome.baseUrl.toString(QUrl::RemoveUserInfo)},
        {u"mode"_s, call.options.mode == Core::CallMode::AllPages ? u"all_pages"_s : u"single_page"_s},
        {u"languages"_s, languages},
        {u"pages"_s, qint64(outcome.result.pages.size())},
        {u"rows"_s, rowsWritten},
        {u"etag"_s, distinctHeader(outcome.result.pages, "ETag")},
        {u"last_modified"_s, distinctHeader(outcome.result.pages, "Last-Modified")},
        {u"fetched_at"_s, outcome.startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"finished_at"_s, outcome.finishedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"export"_s, QJsonObject{{u"format"_s, request.format},
                                  {u"file"_s, QFileInfo(request.filePath).fileName()},
                                  {u"written_at"_s, writtenAt.toUTC().toString(Qt::ISODateWithMs)}}},
    };
    if (call.values.hasBody()) {
        object.insert(u"body"_s, call.values.body());
    }
    if (call.options.characterId != 0) {
        object.insert(u"character"_s,
                      QJsonObject{{u"id"_s, call.options.characterId}, {u"name"_s, call.characterName}});
    } else {
        object.insert(u"character"_s, QJsonValue::Null);
    }
    if (!outcome.result.consistent) {
        object.insert(u"consistent"_s, false); // pages kept changing while fetched
    }
    return object;
}

} // namespace Esi::Ui
