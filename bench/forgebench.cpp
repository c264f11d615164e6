#include "bench/forgebench.h"

#include "bench/benchreport.h"
#include "bench/childrun.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Bench {

namespace {

const QString caseName = u"call/forge_orders_vs_curl"_s;
const QString operation = u"GetMarketsRegionIdOrders"_s;
const QString region = u"10000002"_s;

QString ordersUrl(const QUrl &baseUrl, int page)
{
    QString base = baseUrl.toString(QUrl::StripTrailingSlash);
    const QString url = base + u"/markets/%1/orders?order_type=all"_s.arg(region);
    return page == 1 ? url : url + u"&page="_s + QString::number(page); // as esi asks: page 1 without `page`
}

// X-Pages of page 1, or nullopt with `error` set.
std::optional<int> pageCount(const QUrl &baseUrl, QString *error)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(ordersUrl(baseUrl, 1))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    bool ok = false;
    const int pages = reply->rawHeader("X-Pages").toInt(&ok);
    if (!reply->isFinished() || reply->error() != QNetworkReply::NoError || !ok || pages < 1) {
        *error = u"%1 gave no X-Pages (%2)"_s.arg(ordersUrl(baseUrl, 1), reply->errorString());
        return std::nullopt;
    }
    return pages;
}

qint64 lineCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    qint64 lines = 0;
    while (!file.atEnd()) {
        lines += file.read(1 << 20).count('\n');
    }
    return lines;
}

struct Contender
{
    QString name;
    QList<double> wallMs;
    QList<double> cpuMs;
    qint64 peakRssKb = 0;
    QString skipped; // non-empty: not measured, and why
    QString error;

    void add(const ChildRun &run)
    {
        if (!run.isOk()) {
            error = run.error;
            return;
        }
        wallMs.append(run.wallMs);
        cpuMs.append(run.cpuMs);
        peakRssKb = std::max(peakRssKb, run.peakRssKb);
    }
};

bool guiHasRun(const QString &program, const QProcessEnvironment &environment)
{
    QProcess help;
    help.setProcessEnvironment(environment);
    help.start(program, {u"--help"_s});
    if (!help.waitForFinished(30000)) {
        help.kill();
        help.waitForFinished();
        return false;
    }
    return help.readAllStandardOutput().contains("--run");
}

} // namespace

void benchForgeOrders(const ForgeBenchOptions &options)
{
    QTemporaryDir work;
    if (!work.isValid()) {
        report(caseName, {{u"error"_s, QString(u"no temporary folder: "_s + work.errorString())}});
        return;
    }
    QProcess mock;
    QUrl baseUrl = options.baseUrl;
    if (baseUrl.isEmpty()) {
        mock.start(options.mockProgram, {u"--port"_s, u"0"_s});
        QByteArray line;
        while (!line.contains('\n') && mock.waitForReadyRead(60000)) {
            line += mock.readAllStandardOutput();
        }
        if (!line.startsWith("listening on ")) {
            report(caseName, {{u"error"_s, u"%1 did not start: %2"_s.arg(options.mockProgram, mock.errorString())}});
            return;
        }
        baseUrl = QUrl(QString::fromLatin1(line.mid(13).trimmed()));
    }
    QString error;
    const std::optional<int> pages = pageCount(baseUrl, &error);
    if (!pages) {
        report(caseName, {{u"error"_s, error}});
        return;
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, work.filePath(u"config"_s)); // no stored settings of the user
    environment.insert(u"ESI_STUDIO_DATA_DIR"_s, work.filePath(u"data"_s));
    environment.insert(u"ESI_STUDIO_FIRST_RUN"_s, u"0"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.remove(u"ESI_BASE_URL"_s);

    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    QFile curlConfig(work.filePath(u"curl.conf"_s));
    QDir().mkpath(work.filePath(u"curl"_s));
    if (!curlConfig.open(QIODevice::WriteOnly)) {
        report(caseName, {{u"error"_s, curlConfig.errorString()}});
        return;
    }
    for (int page = 1; page <= *pages; ++page) {
        curlConfig.write(u"url = \"%1\"\noutput = \"%2\"\n"_s
                             .arg(ordersUrl(baseUrl, page), work.filePath(u"curl/page-%1.json"_s.arg(page)))
                             .toUtf8());
    }
    curlConfig.close();

    Contender curlRun{u"curl"_s, {}, {}, 0, curl.isEmpty() ? u"skipped: curl is not installed"_s : QString(), {}};
    Contender cold{u"esi_cache_cold"_s, {}, {}, 0, {}, {}};
    Contender warm{u"esi_cache_warm"_s, {}, {}, 0, {}, {}};
    Contender noCache{u"esi_no_cache"_s, {}, {}, 0, {}, {}};
    Contender gui{u"gui"_s, {}, {}, 0, {}, {}};
    if (!QFileInfo(options.guiProgram).isExecutable()) {
        gui.skipped = u"skipped: %1 is not built"_s.arg(options.guiProgram);
    } else if (!guiHasRun(options.guiProgram, environment)) {
        gui.skipped = u"skipped: esi-studio lacks --run"_s;
    }
    const QString out = work.filePath(u"orders.ndjson"_s);
    const QStringList esiCall{u"call"_s,           operation,         u"region_id="_s + region,
                              u"order_type=all"_s, u"--all-pages"_s,  u"--format"_s,
                              u"ndjson"_s,         u"--out"_s,        out,
                              u"--base-url"_s,     baseUrl.toString()};
    qint64 rows = -1;
    for (int run = 0; run < options.runs; ++run) {
        if (curlRun.skipped.isEmpty()) {
            curlRun.add(runChild(curl,
                                 {u"--parallel"_s, u"--parallel-max"_s, QString::number(options.parallelMax), u"-s"_s,
                                  u"-S"_s, u"--fail"_s, u"-K"_s, curlConfig.fileName()},
                                 environment, QString(), work.filePath(u"curl.err"_s)));
        }
        // A new cache folder per run: the first esi run is cold, the second (within Expires) warm.
        QProcessEnvironment esiEnvironment = environment;
        esiEnvironment.insert(u"ESI_STUDIO_CACHE_DIR"_s, work.filePath(u"cache-%1"_s.arg(run)));
        cold.add(runChild(options.esiProgram, esiCall, esiEnvironment, QString(), work.filePath(u"esi.err"_s)));
        rows = lineCount(out);
        QFile::remove(out);
        warm.add(runChild(options.esiProgram, esiCall, esiEnvironment, QString(), work.filePath(u"esi.err"_s)));
        QFile::remove(out);
        noCache.add(runChild(options.esiProgram, esiCall + QStringList{u"--no-cache"_s}, esiEnvironment, QString(),
                             work.filePath(u"esi.err"_s)));
        QFile::remove(out);
        if (gui.skipped.isEmpty()) {
            QProcessEnvironment guiEnvironment = environment;
            guiEnvironment.insert(u"ESI_STUDIO_CACHE_DIR"_s, work.filePath(u"gui-cache-%1"_s.arg(run)));
            gui.add(runChild(options.guiProgram,
                             {u"--new-instance"_s, u"--base-url"_s, baseUrl.toString(), u"--run"_s, operation,
                              u"region_id="_s + region, u"order_type=all"_s, u"--all-pages"_s, u"--quit-after-run"_s},
                             guiEnvironment, QString(), work.filePath(u"gui.err"_s)));
        }
    }

    QJsonObject figures{{u"base_url"_s, baseUrl.toString()},
                        {u"pages"_s, *pages},
                        {u"runs"_s, options.runs},
                        {u"parallel_max"_s, options.parallelMax},
                        {u"esi_rows"_s, rows}};
    const double curlMs = curlRun.wallMs.isEmpty() ? 0 : median(curlRun.wallMs);
    for (const Contender *contender : {&curlRun, &cold, &warm, &noCache, &gui}) {
        if (!contender->skipped.isEmpty()) {
            figures.insert(contender->name, contender->skipped);
            continue;
        }
        if (!contender->error.isEmpty()) {
            figures.insert(contender->name + u"_error"_s, contender->error);
        }
        if (contender->wallMs.isEmpty()) {
            continue;
        }
        const double ms = median(contender->wallMs);
        figures.insert(contender->name + u"_ms"_s, qRound(ms * 10) / 10.0);
        figures.insert(contender->name + u"_cpu_ms"_s, qRound(median(contender->cpuMs)));
        figures.insert(contender->name + u"_peak_rss_kb"_s, contender->peakRssKb);
        if (contender != &curlRun && curlMs > 0) {
            figures.insert(contender->name + u"_ratio"_s, qRound(ms / curlMs * 100) / 100.0);
        }
    }
    report(caseName, figures);
    if (mock.state() != QProcess::NotRunning) {
        mock.terminate();
        mock.waitForFinished(5000);
    }
}

} // namespace Esi::Bench
