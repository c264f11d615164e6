#include "bench/specbench.h"

#include "bench/benchreport.h"
#include "core/spec/specdiff.h"
#include "core/spec/specsearch.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Bench {

namespace {

constexpr int loadRuns = 30;
constexpr int keptSpecs = 10;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

void benchSpecLoad(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        report(u"spec_load/"_s + fileName, {{u"error"_s, file.errorString()}});
        return;
    }
    const QByteArray json = file.readAll();
    const QString name = QFileInfo(fileName).completeBaseName();
    // Growth per spec held in memory: load several and keep them alive.
    // Measured before the timing runs, whose freed memory would otherwise be reused and hide growth.
    const qint64 rssBefore = residentKb();
    const qint64 heapBefore = heapInUseKb();
    QList<Core::SpecPtr> kept;
    for (int i = 0; i < keptSpecs; ++i) {
        kept.append(Core::Spec::fromJson(json, name).spec);
    }
    const qint64 rssGrowth = (residentKb() - rssBefore) / keptSpecs;
    const qint64 heapGrowth = (heapInUseKb() - heapBefore) / keptSpecs;
    QList<double> samples;
    QList<double> parseSamples; // QJsonDocument alone, the floor any JSON-based loader stands on
    for (int i = 0; i < loadRuns; ++i) {
        QElapsedTimer parseTimer;
        parseTimer.start();
        const QJsonDocument parsed = QJsonDocument::fromJson(json);
        parseSamples.append(msSince(parseTimer));
        Q_UNUSED(parsed);
        QElapsedTimer timer;
        timer.start();
        const Core::SpecLoadResult result = Core::Spec::fromJson(json, name);
        samples.append(msSince(timer));
        if (!result) {
            report(u"spec_load/"_s + name, {{u"error"_s, result.error.toString()}});
            return;
        }
    }
    report(u"spec_load/"_s + name, {{u"median_ms"_s, median(samples)},
                                    {u"min_ms"_s, *std::min_element(samples.begin(), samples.end())},
                                    {u"json_parse_median_ms"_s, median(parseSamples)},
                                    {u"load_to_parse_ratio"_s, median(samples) / median(parseSamples)},
                                    {u"runs"_s, loadRuns},
                                    {u"bytes"_s, json.size()},
                                    {u"operations"_s, kept.first()->operations().size()},
                                    {u"rss_growth_kb"_s, rssGrowth},
                                    {u"heap_growth_kb"_s, heapGrowth}});
}

void benchSearch(const QString &fileName)
{
    const Core::SpecPtr spec = Core::Spec::fromFile(fileName).spec;
    if (!spec) {
        return;
    }
    const Core::SpecSearch search(spec);
    // Typing "characters assets" one key at a time, as the filter box sees it.
    const QString typed = u"characters assets"_s;
    QList<double> samples;
    for (int run = 0; run < 20; ++run) {
        for (qsizetype length = 1; length <= typed.size(); ++length) {
            QElapsedTimer timer;
            timer.start();
            const QList<int> found = search.find(QStringView(typed).left(length));
            samples.append(msSince(timer));
            Q_UNUSED(found);
        }
    }
    report(u"spec_search/keystroke"_s, {{u"median_ms"_s, median(samples)},
                                        {u"max_ms"_s, *std::max_element(samples.begin(), samples.end())},
                                        {u"queries"_s, samples.size()}});
}

void benchDiff(const QString &fromFile, const QString &toFile)
{
    const Core::SpecPtr from = Core::Spec::fromFile(fromFile).spec;
    const Core::SpecPtr to = Core::Spec::fromFile(toFile).spec;
    if (!from || !to) {
        return;
    }
    QList<double> samples;
    qsizetype changed = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        changed = Core::SpecDiff::compare(*from, *to).changed.size();
        samples.append(msSince(timer));
    }
    report(u"spec_diff/"_s + from->version() + u".."_s + to->version(),
           {{u"median_ms"_s, median(samples)}, {u"changed"_s, changed}});
}

void benchGuiStart(const QString &executable, int runs)
{
    if (!QFileInfo::exists(executable)) {
        report(u"gui_start/quit_after_ready"_s, {{u"error"_s, QString(u"not built: "_s + executable)}});
        return;
    }
    QList<double> samples;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(executable, {u"--quit-after-ready"_s});
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            report(u"gui_start/quit_after_ready"_s,
                   {{u"error"_s, QString::fromUtf8(process.readAllStandardError()).trimmed()}});
            return;
        }
        samples.append(msSince(timer));
    }
    report(u"gui_start/quit_after_ready"_s, {{u"median_ms"_s, median(samples)},
                                             {u"min_ms"_s, *std::min_element(samples.begin(), samples.end())},
                                             {u"runs"_s, runs}});
}

} // namespace Esi::Bench
