#include "bench/childrun.h"

#include <QElapsedTimer>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Bench {

namespace {

std::vector<char *> pointers(std::vector<QByteArray> &strings)
{
    std::vector<char *> result;
    result.reserve(strings.size() + 1);
    for (QByteArray &text : strings) {
        result.push_back(text.data());
    }
    result.push_back(nullptr);
    return result;
}

} // namespace

ChildRun runChild(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                  const QString &stdoutFile, const QString &stderrFile)
{
    ChildRun run;
    std::vector<QByteArray> argv{QFile::encodeName(program)};
    for (const QString &argument : arguments) {
        argv.push_back(argument.toLocal8Bit());
    }
    std::vector<QByteArray> envp;
    for (const QString &entry : environment.toStringList()) {
        envp.push_back(entry.toLocal8Bit());
    }
    std::vector<char *> argvPointers = pointers(argv);
    std::vector<char *> envPointers = pointers(envp);
    const QByteArray out = stdoutFile.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(stdoutFile);
    const QByteArray err = stderrFile.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(stderrFile);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned =
        posix_spawn(&pid, argv.front().constData(), &actions, nullptr, argvPointers.data(), envPointers.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        run.error = u"cannot start %1: %2"_s.arg(program, QString::fromLocal8Bit(std::strerror(spawned)));
        return run;
    }
    run.started = true;
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    run.peakRssKb = usage.ru_maxrss;
    run.cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
                double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (run.exitCode != 0) {
        QFile errors(QString::fromLocal8Bit(err));
        const QByteArray text = errors.open(QIODevice::ReadOnly) ? errors.readAll().right(400) : QByteArray();
        run.error =
            u"%1 exited with %2: %3"_s.arg(program, QString::number(run.exitCode), QString::fromUtf8(text).trimmed());
    }
    return run;
}

} // namespace Esi::Bench
