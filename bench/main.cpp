#include "bench/callbench.h"
#include "bench/resultbench.h"
#include "bench/specbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

// esi-bench: performance figures as one JSON line per case. Targets live in the issues and the
// README, never in tests.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"ESI Studio benchmarks: one JSON line per case on stdout."_s);
    parser.addHelpOption();
    const QCommandLineOption dataOption(u"data"_s, u"Folder with the real specs (default: tests/data)."_s, u"dir"_s,
                                        QStringLiteral(ESI_BENCH_DATA));
    const QCommandLineOption guiOption(u"gui"_s, u"esi-studio executable for the start-up case."_s, u"file"_s,
                                       QStringLiteral(ESI_BENCH_GUI));
    const QCommandLineOption runsOption(u"gui-runs"_s, u"Start-up runs (default 10)."_s, u"n"_s, u"10"_s);
    const QCommandLineOption onlyOption(
        u"only"_s, u"Run only cases whose group starts with this (spec, call, result, gui)."_s, u"group"_s);
    parser.addOptions({dataOption, guiOption, runsOption, onlyOption});
    parser.process(app);

    const QString only = parser.value(onlyOption);
    const QDir data(parser.value(dataOption));
    if (only.isEmpty() || only == u"spec") {
        for (const QString &name :
             {u"openapi-2026-07-21.json"_s, u"openapi-3.0-2026-06-09.json"_s, u"swagger-latest-1.36.json"_s}) {
            Esi::Bench::benchSpecLoad(data.filePath(name));
        }
        Esi::Bench::benchSearch(data.filePath(u"openapi-2026-07-21.json"_s));
        Esi::Bench::benchDiff(data.filePath(u"openapi-2026-06-09.json"_s), data.filePath(u"openapi-2026-07-21.json"_s));
    }
    if (only.isEmpty() || only == u"call") {
        Esi::Bench::benchCallAllPages(data.filePath(u"openapi-2026-07-21.json"_s));
        Esi::Bench::benchCallDecode(data.filePath(u"openapi-2026-07-21.json"_s));
    }
    if (only.isEmpty() || only == u"result") {
        Esi::Bench::benchResultTable(data.filePath(u"openapi-2026-07-21.json"_s));
        Esi::Bench::benchResultExport(data.filePath(u"openapi-2026-07-21.json"_s));
    }
    if (only.isEmpty() || only == u"gui") {
        Esi::Bench::benchGuiStart(parser.value(guiOption), parser.value(runsOption).toInt());
    }
    return 0;
}
