#include "bench/callbench.h"
#include "bench/forgebench.h"
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
        u"only"_s, u"Run only cases whose group starts with this (spec, call, result, gui, forge)."_s, u"group"_s);
    const QCommandLineOption baseUrlOption(
        u"base-url"_s, u"forge: the ESI server to measure against (default: start esi-mockesi)."_s, u"url"_s);
    const QCommandLineOption esiOption(u"esi"_s, u"forge: the esi executable."_s, u"file"_s,
                                       QStringLiteral(ESI_BENCH_ESI));
    const QCommandLineOption mockOption(u"mock"_s, u"forge: the esi-mockesi executable."_s, u"file"_s,
                                        QStringLiteral(ESI_BENCH_MOCK));
    const QCommandLineOption forgeRunsOption(u"forge-runs"_s, u"forge: runs of each contender (default 3)."_s, u"n"_s,
                                             u"3"_s);
    parser.addOptions(
        {dataOption, guiOption, runsOption, onlyOption, baseUrlOption, esiOption, mockOption, forgeRunsOption});
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
    if (only.isEmpty() || only == u"forge") {
        Esi::Bench::ForgeBenchOptions forge;
        forge.baseUrl = QUrl(parser.value(baseUrlOption));
        forge.mockProgram = parser.value(mockOption);
        forge.esiProgram = parser.value(esiOption);
        forge.guiProgram = parser.value(guiOption);
        forge.runs = std::max(1, parser.value(forgeRunsOption).toInt());
        Esi::Bench::benchForgeOrders(forge);
    }
    return 0;
}
