#include "ui/run/curlcommand.h"

#include "core/snippets/snippetrequest.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

QString CurlCommand::shellQuoted(const QString &text)
{
    return Core::SnippetRequest::shellWord(text, true);
}

QString CurlCommand::build(const Core::Operation &operation, const Core::ParameterValues &values,
                           const Core::RequestContext &context, bool includeToken)
{
    Core::RequestContext effective = context;
    if (operation.authed && (!includeToken || effective.accessToken.isEmpty())) {
        effective.accessToken = QString::fromLatin1(redactedToken);
    }
    const Core::BuiltRequest built = Core::RequestBuilder::build(operation, values, effective);
    QStringList lines;
    QString first = u"curl"_s;
    if (built.method != "GET") {
        first += u" -X "_s + QString::fromLatin1(built.method);
    }
    first += u' ' + shellQuoted(built.request.url().toString(QUrl::FullyEncoded));
    lines.append(first);
    const QList<QByteArray> names = built.request.rawHeaderList();
    for (const QByteArray &name : names) {
        lines.append(u"  -H "_s + shellQuoted(QString::fromLatin1(name) + u": "_s +
                                              QString::fromUtf8(built.request.rawHeader(name))));
    }
    if (!built.body.isEmpty()) {
        lines.append(u"  --data-raw "_s + shellQuoted(QString::fromUtf8(built.body)));
    }
    return lines.join(u" \\\n"_s);
}

} // namespace Esi::Ui
