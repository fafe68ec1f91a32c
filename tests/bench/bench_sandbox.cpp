#include "bench_sandbox.hpp"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace palet::bench {
namespace {

qint64 childrenCpuNs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ns = [](const timeval& t) { return qint64(t.tv_sec) * 1000000000 + qint64(t.tv_usec) * 1000; };
    return ns(usage.ru_utime) + ns(usage.ru_stime);
}

} // namespace

void fail(const QString& message) { throw Failure{message}; }

QByteArray readFile(const QString& path)
{
    QFile file{path};
    if (!file.open(QIODevice::ReadOnly)) fail(QString("cannot read %1").arg(path));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file{path};
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) fail(QString("cannot write %1").arg(path));
}

Sandbox::Sandbox(QString palet, bool keep) : palet_(std::move(palet)), root_(QDir::tempPath() + "/palet-bench-XXXXXX")
{
    if (!root_.isValid()) fail("cannot create a temporary folder");
    root_.setAutoRemove(!keep);
    for (const char* folder : {"home", "data", "system", "cache", "config", "methods"})
        if (!QDir{}.mkpath(path(folder))) fail(QString("cannot create %1").arg(path(folder)));
    environment_.insert("PATH", qEnvironmentVariable("PATH"));
    if (qEnvironmentVariableIsSet("LD_LIBRARY_PATH"))
        environment_.insert("LD_LIBRARY_PATH", qEnvironmentVariable("LD_LIBRARY_PATH"));
    environment_.insert("HOME", path("home"));
    environment_.insert("XDG_DATA_HOME", path("data"));
    environment_.insert("XDG_DATA_DIRS", path("system")); // empty
    environment_.insert("XDG_CACHE_HOME", path("cache"));
    environment_.insert("XDG_CONFIG_HOME", path("config"));
    environment_.insert("LANG", "C.UTF-8");
}

Run Sandbox::run(const QStringList& arguments, const QProcessEnvironment* environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment ? *environment : environment_);
    process.setWorkingDirectory(root_.path());
    Run run;
    const qint64 cpuBefore = childrenCpuNs();
    QElapsedTimer timer;
    timer.start();
    process.start(palet_, arguments);
    if (!process.waitForStarted()) fail(QString("cannot start %1: %2").arg(palet_, process.errorString()));
    process.closeWriteChannel();
    if (!process.waitForFinished(600000)) {
        process.kill();
        fail(QString("palet %1 did not finish in ten minutes").arg(arguments.join(' ')));
    }
    run.wallNs = timer.nsecsElapsed();
    run.cpuNs = childrenCpuNs() - cpuBefore;
    if (process.exitStatus() != QProcess::NormalExit) fail(QString("palet %1 crashed").arg(arguments.join(' ')));
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void Series::add(const Run& run)
{
    wall.push_back(run.wallNs);
    cpu.push_back(run.cpuNs);
}

qint64 Series::median(std::vector<qint64> values)
{
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

qint64 Series::minWall() const { return wall.empty() ? 0 : *std::min_element(wall.begin(), wall.end()); }

void printSeries(const char* label, const Series& series)
{
    std::printf("  %-34s median %9.2f ms   min %9.2f ms   cpu (median) %9.2f ms\n", label, ms(series.medianWall()),
                ms(series.minWall()), ms(series.medianCpu()));
}

double loadAverage()
{
    QFile file{"/proc/loadavg"};
    if (!file.open(QIODevice::ReadOnly)) return -1;
    bool ok = false;
    const double load = file.readLine().split(' ').value(0).toDouble(&ok);
    return ok ? load : -1;
}

} // namespace palet::bench
