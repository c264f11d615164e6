// Writes, for every GET operation of a spec that has a JSON success body, the response schema and the
// bodies esi-sandbox's DataGenerator makes for it, so an independent validator (validategenerated.py,
// python3-jsonschema) can check them. Usage: dumpgeneratedbodies <spec.json> <out.json>
#include "core/spec/spec.h"
#include "sandbox/datagenerator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        err << "usage: dumpgeneratedbodies <spec.json> <out.json>\n";
        return 2;
    }
    const Core::SpecLoadResult loaded = Core::Spec::fromFile(arguments.at(1));
    if (!loaded) {
        err << "cannot load " << arguments.at(1) << ": " << loaded.error.toString() << '\n';
        return 1;
    }
    const Core::Spec &spec = *loaded.spec;
    const Sandbox::DataGenerator generator(spec);
    QJsonArray cases;
    for (const Core::Operation &operation : spec.operations()) {
        const Core::Response *success = operation.successResponse();
        if (operation.method != u"GET"_s || !success || success->schema.isEmpty()) {
            continue;
        }
        QJsonArray bodies;
        auto add = [&](const Sandbox::GenerationRequest &request) {
            QString error;
            const QByteArray json = generator.generateJson(success->schema, request, &error);
            bodies.append(error.isEmpty() ? QString::fromUtf8(json) : u"error: "_s + error);
        };
        // Several seeds reach several oneOf branches, optional properties left out and nested sizes.
        for (quint64 seed = 1; seed <= 8; ++seed) {
            Sandbox::GenerationRequest request;
            request.seed = Sandbox::DataGenerator::mix(seed, Sandbox::DataGenerator::hash(operation.operationId));
            add(request);
        }
        // The main list as paged and cursor routes serve it, ids numbered from the ordinal.
        Sandbox::GenerationRequest listed;
        listed.seed = Sandbox::DataGenerator::hash(operation.operationId);
        listed.listCount = 5;
        listed.firstOrdinal = 10;
        listed.identityProperty = generator.identityProperty(success->schema, operation.path);
        listed.identity = [](qint64 ordinal) { return 1000000 + ordinal; };
        add(listed);
        cases.append(QJsonObject{
            {u"operation"_s, operation.operationId}, {u"schema"_s, success->schema}, {u"bodies"_s, bodies}});
    }
    QFile out(arguments.at(2));
    if (!out.open(QIODevice::WriteOnly)) {
        err << "cannot write " << arguments.at(2) << ": " << out.errorString() << '\n';
        return 1;
    }
    out.write(QJsonDocument(QJsonObject{{u"format"_s, Core::formatName(spec.format())}, {u"cases"_s, cases}})
                  .toJson(QJsonDocument::Compact));
    return 0;
}
