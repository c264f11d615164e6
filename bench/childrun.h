#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Esi::Bench {

// One finished child process: wall time from spawn to exit and its own peak RSS (wait4's ru_maxrss),
// which QProcess cannot report.
struct ChildRun
{
    bool started = false;
    int exitCode = -1; // -1: killed by a signal or not started
    double wallMs = 0;
    double cpuMs = 0; // user + system, its threads included: comparable even on a busy machine
    qint64 peakRssKb = 0;
    QString error; // why it did not start, or the tail of its stderr when it failed

    bool isOk() const { return started && exitCode == 0; }
};

// Runs `program` to completion with stdout and stderr written to the given files (empty: /dev/null).
ChildRun runChild(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                  const QString &stdoutFile = QString(), const QString &stderrFile = QString());

} // namespace Esi::Bench
