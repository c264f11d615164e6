// Parameter validation and request building for the real operations of tests/data/openapi-2026-07-21.json.
// Input: the first line names the operation (an operationId, or any text: its bytes pick one), every
// further line is a `name=value` word as `esi call` takes it (`body=<json>` sets the request body).
// Values that pass ParameterValidator go on to RequestBuilder, as EsiClient does before sending.
#include "core/http/parametervalidator.h"
#include "core/http/parametervalues.h"
#include "core/http/requestbuilder.h"
#include "core/spec/spec.h"
#include "fuzzsupport.h"

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

SpecPtr spec;
const ParameterValidator *validator = nullptr;

const Operation &pickOperation(const QByteArray &line)
{
    const QString name = QString::fromUtf8(line);
    if (const Operation *named = spec->operation(name)) {
        return *named;
    }
    quint32 sum = 0;
    for (const char byte : line) {
        sum = sum * 31 + quint8(byte);
    }
    return spec->operations().at(qsizetype(sum % quint32(spec->operations().size())));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Esi::Fuzz::ensureApplication(argc, argv);
    const SpecLoadResult loaded = Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
    if (!loaded) {
        qFatal("fuzz_params: %s", qPrintable(loaded.error.toString()));
    }
    spec = loaded.spec;
    validator = new ParameterValidator(*spec); // lives for the whole run, like the spec
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> lines = Esi::Fuzz::lines(Esi::Fuzz::bytes(data, size));
    const Operation &operation = pickOperation(lines.value(0));

    QStringList words;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        words.append(QString::fromUtf8(lines.at(i)));
    }
    ParameterValues values;
    QString error;
    if (!values.setAssignments(words, &error)) {
        return 0;
    }
    for (const QString &name : values.names()) {
        QStringList items;
        (void)ParameterValues::splitArray(values.value(name), &items, &error);
        (void)RequestBuilder::wireValue(values.value(name));
    }
    (void)ParameterValidator::userParameterNames(operation);
    if (!validator->validate(operation, values).isEmpty()) {
        return 0;
    }

    RequestContext context;
    context.baseUrl = QUrl(u"http://127.0.0.1:8080/latest"_s);
    context.compatibilityDate = spec->version();
    context.accessToken = u"fuzz-token"_s;
    context.ifNoneMatch = "\"etag\"";
    const BuiltRequest built = RequestBuilder::build(operation, values, context);
    if (!built.request.url().isValid() || built.method != operation.method.toLatin1()) {
        qFatal("fuzz_params: %s built an invalid request: %s %s", qPrintable(operation.operationId),
               built.method.constData(), qPrintable(built.request.url().toString()));
    }
    // What the validator let through must stay on the base URL and inside one header line each.
    const QUrl url = built.request.url();
    if (url.host() != context.baseUrl.host() || url.port() != context.baseUrl.port() ||
        !url.path().startsWith(context.baseUrl.path() + u'/')) {
        qFatal("fuzz_params: %s left the base URL: %s", qPrintable(operation.operationId), qPrintable(url.toString()));
    }
    for (const QString &segment : url.path(QUrl::FullyEncoded).split(u'/')) {
        if (segment == u"."_s || segment == u".."_s) {
            qFatal("fuzz_params: %s sent a dot segment: %s", qPrintable(operation.operationId),
                   qPrintable(url.toString()));
        }
    }
    for (const QByteArray &name : built.request.rawHeaderList()) {
        const QByteArray value = built.request.rawHeader(name);
        if (value.contains('\r') || value.contains('\n') || value.contains('\0')) {
            qFatal("fuzz_params: %s sent a control character in header %s", qPrintable(operation.operationId),
                   name.constData());
        }
    }
    (void)RequestBuilder::url(operation, values, context.baseUrl);
    return 0;
}
