#include "bench/mockesiserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

// esi-mockesi: the market orders of a region as ESI serves them, for esi-bench and anyone comparing
// ESI Studio with curl against the same server. Prints "listening on <url>" once ready.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A small ESI look-alike serving /markets/<region>/orders/?page=N (also under /latest) on 127.0.0.1."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"Port (default 0: any free one)."_s, u"n"_s, u"0"_s);
    const QCommandLineOption pagesOption(u"pages"_s, u"X-Pages (default 300)."_s, u"n"_s, u"300"_s);
    const QCommandLineOption ordersOption(u"orders"_s, u"Orders per page (default 1000)."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption latencyOption(u"latency-ms"_s, u"Delay before each answer (default 50)."_s, u"ms"_s,
                                           u"50"_s);
    parser.addOptions({portOption, pagesOption, ordersOption, latencyOption});
    parser.process(app);

    const auto number = [&](const QCommandLineOption &option, int low, int high) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < low || value > high) {
            std::fprintf(stderr, "esi-mockesi: --%s must be a number from %d to %d\n",
                         qPrintable(option.names().constFirst()), low, high);
            std::exit(2);
        }
        return value;
    };
    Esi::Bench::MockEsiServer::Options options;
    const int port = number(portOption, 0, 65535);
    options.pages = number(pagesOption, 1, 10000);
    options.ordersPerPage = number(ordersOption, 0, 100000);
    options.latencyMs = number(latencyOption, 0, 60000);
    Esi::Bench::MockEsiServer server(options);
    if (!server.start(quint16(port))) {
        std::fprintf(stderr, "esi-mockesi: cannot listen on 127.0.0.1:%d: %s\n", port,
                     qPrintable(server.errorString()));
        return 1;
    }
    std::fprintf(stdout, "listening on http://127.0.0.1:%d\n", int(server.serverPort()));
    std::fflush(stdout);
    return app.exec();
}
