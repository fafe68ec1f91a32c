#pragma once
// What the benchmarks that run the real `palet` share: a sandbox of temporary HOME and XDG folders,
// timed runs of palet in it, and medians. A setup failure or a wrong output is thrown as Failure
// and ends the benchmark with exit status 2.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <vector>

namespace palet::bench {

struct Failure {
    QString message;
};

[[noreturn]] void fail(const QString& message);

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

struct Run {
    qint64 wallNs = 0;
    qint64 cpuNs = 0; // user + system time of the child
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Temporary HOME, XDG_DATA_HOME, XDG_CACHE_HOME, XDG_CONFIG_HOME, XDG_DATA_DIRS pointing at an empty
// folder, LANG=C.UTF-8 and no PALET_* variables: palet finds only its built-in methods and what a
// benchmark gives it.
class Sandbox {
public:
    Sandbox(QString palet, bool keep);

    QString path(const QString& relative) const { return root_.filePath(relative); }
    QString methods() const { return path("methods"); }
    QString cacheFile() const { return path("cache/palet/catalog.cache"); }
    QProcessEnvironment environment() const { return environment_; }

    // Wall time from starting palet until it has exited and its output has been read.
    Run run(const QStringList& arguments, const QProcessEnvironment* environment = nullptr) const;

private:
    QString palet_;
    QTemporaryDir root_;
    QProcessEnvironment environment_;
};

struct Series {
    std::vector<qint64> wall;
    std::vector<qint64> cpu;

    void add(const Run& run);
    static qint64 median(std::vector<qint64> values);
    qint64 medianWall() const { return median(wall); }
    qint64 minWall() const;
    qint64 medianCpu() const { return median(cpu); }
};

inline double ms(qint64 ns) { return double(ns) / 1e6; }

void printSeries(const char* label, const Series& series);

// The load average over the last minute, as /proc/loadavg gives it; negative when unknown.
double loadAverage();

} // namespace palet::bench
