// Benchmark of a firm's palette at scale: `palet list` and `palet recommend` over N generated
// methods with a warm metadata cache, against `palet --version` in the same run, and the size of
// the cache for a palette of M methods. Run by hand; not a ctest test.
//
// The methods are derived from the built-in ones (tests/support/palette_generator.hpp): format 1
// and format 2 with counted holders, optional phases, counting and French and German texts,
// in nested team folders. Before timing anything it checks that every command prints the same
// with no cache, a cold cache and a warm one. Targets (issue 15, "At scale"):
//   warm list      <= 2 x palet --version   (N = 1000)
//   warm recommend <= 2 x palet --version   (N = 1000)
//   cache file     <= 10 MB                 (M = 10 000)
//
// Exit status: 0 all targets met, 1 a target missed, 2 wrong output or setup failure.

#include "bench_sandbox.hpp"
#include "../support/palette_generator.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cstdio>
#include <stdexcept>

namespace {

using namespace palet::bench;

constexpr double warmTargetRatio = 2.0;
constexpr double cacheTargetMb = 10.0;

struct Command {
    const char* label;
    QStringList arguments; // --methods DIR is added
};

// What a user of a large palette runs: the listing in both forms, and recommendations in both.
std::vector<Command> commands()
{
    return {{"list", {"list"}},
            {"list --json", {"list", "--json"}},
            {"recommend", {"recommend", "--group-size", "6", "--minutes", "60"}},
            {"recommend --json (all options)",
             {"recommend", "--json", "--group-size", "8", "--minutes", "90", "--styles", "dromer=2,denker=1", "--problem",
              "dilemma", "--experience", "experienced", "--trained-facilitator", "--lang", "en"}}};
}

QStringList withMethods(QStringList arguments, const QString& folder) { return arguments << "--methods" << folder; }

Run checked(const Sandbox& sandbox, const QStringList& arguments, const QProcessEnvironment* environment = nullptr)
{
    const Run run = sandbox.run(arguments, environment);
    if (run.exitCode != 0 || !run.err.isEmpty())
        fail(QString("palet %1 exited with %2: %3").arg(arguments.join(' ')).arg(run.exitCode).arg(QString::fromUtf8(run.err.left(2000))));
    return run;
}

qint64 fileSize(const QString& path)
{
    const QFileInfo info{path};
    if (!info.isFile()) fail(QString("no cache at %1").arg(path));
    return info.size();
}

// Generates `count` methods in `folder` and says so.
palet::test::GeneratedPalette generate(const QString& builtins, const QString& folder, int count)
{
    QElapsedTimer timer;
    timer.start();
    try {
        auto palette = palet::test::generatePalette(builtins, folder, count);
        palet::test::backdateTree(folder);
        std::printf("  generated  %d methods in %s (%.0f ms): %d in format 2, %d with texts in other languages, %d blocks\n",
                    count, qPrintable(folder), ms(timer.nsecsElapsed()), palette.formatTwo, palette.otherLanguages,
                    palette.blocks);
        return palette;
    } catch (const std::runtime_error& error) {
        fail(QString::fromStdString(error.what()));
    }
}

int benchmark(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription("Times palet list and palet recommend with a warm cache on N generated methods "
                                     "against palet --version, and measures the cache for M methods.");
    parser.addHelpOption();
    parser.addOption({{"n", "count"}, "Methods for the timings (default 1000).", "N", "1000"});
    parser.addOption({{"r", "repeat"}, "Timed runs of each command (default 9).", "R", "9"});
    parser.addOption({{"m", "size-count"}, "Methods for the cache's size (default 10000; 0 skips it).", "M", "10000"});
    parser.addOption({"palet", "The palet binary.", "PATH", PALET_BINARY});
    parser.addOption({"builtins", "The method scripts to derive from.", "DIR", PALET_SOURCE_DIR "/methods"});
    parser.addOption({"keep", "Keep the generated folders and print where they are."});
    parser.process(app);

    bool ok = false;
    const int count = parser.value("count").toInt(&ok);
    if (!ok || count < 1) fail("--count must be a whole number of at least 1");
    const int repeat = parser.value("repeat").toInt(&ok);
    if (!ok || repeat < 1) fail("--repeat must be a whole number of at least 1");
    const int sizeCount = parser.value("size-count").toInt(&ok);
    if (!ok || sizeCount < 0) fail("--size-count must be a whole number");
    const QString palet = parser.value("palet");
    if (!QFileInfo{palet}.isFile()) fail(QString("no such file: %1").arg(palet));

    Sandbox sandbox{palet, parser.isSet("keep")};
    std::printf("palet_bench_palette: %d methods for the timings, %d runs each; %d for the cache's size\n", count, repeat,
                sizeCount);
    std::printf("  machine    %d cores, load average %.2f at the start; palet built as %s\n", QThread::idealThreadCount(),
                loadAverage(), *PALET_BUILD_TYPE ? PALET_BUILD_TYPE : "(no build type)");
    const QString methods = sandbox.methods();
    generate(parser.value("builtins"), methods, count);

    // Correctness first: every command prints the same with no cache, a cold one and a warm one.
    QProcessEnvironment noCache = sandbox.environment();
    noCache.insert("PALET_NO_CACHE", "1");
    std::vector<QByteArray> expected;
    for (const Command& command : commands()) {
        const QStringList arguments = withMethods(command.arguments, methods);
        const Run reference = checked(sandbox, arguments, &noCache);
        QFile::remove(sandbox.cacheFile());
        const Run cold = checked(sandbox, arguments);
        const Run warm = checked(sandbox, arguments);
        const Run again = checked(sandbox, arguments);
        if (cold.out != reference.out || warm.out != reference.out || again.out != reference.out)
            fail(QString("palet %1 prints differently with a cold or warm cache than without one").arg(command.label));
        expected.push_back(reference.out);
    }
    std::printf("  output     identical with no cache, a cold cache and a warm one, for all %zu commands: OK\n",
                expected.size());
    std::fflush(stdout);

    // Timed rounds, interleaved so that a change in the machine's load affects all alike; a first
    // untimed round warms the page cache and the dynamic loader. The cache is warm throughout.
    Series version;
    std::vector<Series> warm(commands().size());
    const double loadBefore = loadAverage();
    for (int round = 0; round <= repeat; ++round) {
        const Run v = sandbox.run({"--version"});
        if (v.exitCode != 0 || !v.out.startsWith("palet ")) fail("palet --version failed");
        if (round > 0) version.add(v);
        for (std::size_t i = 0; i < commands().size(); ++i) {
            const Run run = checked(sandbox, withMethods(commands()[i].arguments, methods));
            if (run.out != expected[i]) fail(QString("a timed palet %1 printed something else").arg(commands()[i].label));
            if (round > 0) warm[i].add(run);
        }
    }
    const double loadAfter = loadAverage();

    std::printf("\nWall time, warm cache, N = %d (median and min of %d runs; cpu = user + system of palet):\n", count, repeat);
    printSeries("palet --version", version);
    bool allMet = true;
    std::vector<double> ratios;
    for (std::size_t i = 0; i < commands().size(); ++i) {
        printSeries(qPrintable(QString("palet %1").arg(commands()[i].label)), warm[i]);
        ratios.push_back(double(warm[i].medianWall()) / double(version.medianWall()));
    }
    std::printf("  load average %.2f before the timed runs, %.2f after\n", loadBefore, loadAfter);
    std::printf("\nTargets:\n");
    for (std::size_t i = 0; i < commands().size(); ++i) {
        const bool met = ratios[i] <= warmTargetRatio;
        allMet = allMet && met;
        std::printf("  warm %-32s / palet --version = %5.2f  (target <= %.0f)  %s\n", commands()[i].label, ratios[i],
                    warmTargetRatio, met ? "PASS" : "FAIL");
    }

    if (sizeCount > 0) {
        // A palette of its own, so that the cache holds exactly it and the built-in methods.
        const QString large = sandbox.path("large");
        std::printf("\nCache size, M = %d:\n", sizeCount);
        generate(parser.value("builtins"), large, sizeCount);
        QFile::remove(sandbox.cacheFile());
        QElapsedTimer timer;
        timer.start();
        qint64 largest = 0;
        for (const Command& command : commands()) {
            checked(sandbox, withMethods(command.arguments, large));
            largest = std::max(largest, fileSize(sandbox.cacheFile()));
        }
        const double mb = double(largest) / 1e6;
        const bool met = mb <= cacheTargetMb;
        allMet = allMet && met;
        std::printf("  after each of the %zu commands (cold, then from the cache), in %.1f s: largest %.2f MB "
                    "(%.0f bytes a method)\n",
                    commands().size(), ms(timer.nsecsElapsed()) / 1000, mb, double(largest) / sizeCount);
        std::printf("  cache for %d methods = %.2f MB  (target <= %.0f MB)  %s\n", sizeCount, mb, cacheTargetMb,
                    met ? "PASS" : "FAIL");
    }
    if (parser.isSet("keep")) std::printf("\nKept: %s\n", qPrintable(sandbox.path("")));
    return allMet ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app{argc, argv};
    QCoreApplication::setApplicationName("palet_bench_palette");
    try {
        return benchmark(app);
    } catch (const Failure& failure) {
        std::fflush(stdout);
        std::fprintf(stderr, "palet_bench_palette: FAILED: %s\n", qPrintable(failure.message));
        return 2;
    }
}
