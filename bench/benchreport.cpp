#include "bench/benchreport.h"

#include <QFile>
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>
#include <malloc.h>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Bench {

void report(const QString &caseName, QJsonObject figures)
{
    figures.insert(u"case"_s, caseName);
    const QByteArray line = QJsonDocument(figures).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
}

double median(QList<double> samples)
{
    if (samples.isEmpty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const qsizetype middle = samples.size() / 2;
    return samples.size() % 2 ? samples.at(middle) : (samples.at(middle - 1) + samples.at(middle)) / 2;
}

qint64 residentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return 0;
}

qint64 heapInUseKb()
{
    return qint64(mallinfo2().uordblks / 1024);
}

} // namespace Esi::Bench
