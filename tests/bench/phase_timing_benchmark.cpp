// Benchmark: how far the live runner's phase boundaries stray from the plan in real time, with
// the machine busy. Runs `palet run --auto --events json` on a generated method of N one-minute
// phases while busy loops keep every core occupied, and compares each boundary with the plan:
// as the runner's clock says (t), as the runner stamped it when writing the journal (boot_ms),
// and as it arrived here on the pipe. Prints the figures; see README.md in this folder.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <thread>
#include <vector>

#include <time.h>

namespace {

constexpr double targetMs = 50.0;     // largest deviation of a boundary
constexpr double growthTargetMs = 10; // last minutes against the first

struct Failure {
    QString message;
};

[[noreturn]] void fail(const QString& message) { throw Failure{message}; }

double bootMs()
{
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

QByteArray methodScript(int phases)
{
    QByteArray script = "format: 1\nid: bench-phase-timing\nversion: 1.0.0\nname: {en: Phase timing benchmark}\n"
                        "summary: {en: One-minute phases for the timing benchmark.}\n"
                        "styles: [doener]\nthemes: [work-problem]\ngroup_size: {min: 3, max: 8, ideal: 3}\n"
                        "roles:\n"
                        "  - {id: case-owner, name: {en: Case owner}, holders: one}\n"
                        "  - {id: adviser, name: {en: Adviser}, holders: everyone-else}\n"
                        "phases:\n";
    for (int phase = 1; phase <= phases; ++phase)
        script += QString("  - id: phase-%1\n    name: {en: Phase %1}\n    minutes: 1\n    instructions:\n"
                          "      case-owner: {en: Talk.}\n      adviser: {en: Listen.}\n")
                      .arg(phase)
                      .toUtf8();
    return script;
}

struct Boundary {
    int index = 0;       // 1 = the end of the first minute
    double runner = 0;   // deviations in real milliseconds
    double written = 0;
    double arrived = 0;
};

// Keeps a core busy until told to stop.
void spin(const std::atomic<bool>& stop)
{
    volatile std::uint64_t counter = 0;
    while (!stop.load(std::memory_order_relaxed)) counter = counter + 1;
}

double mean(const std::vector<Boundary>& boundaries, double Boundary::*field, size_t from, size_t to)
{
    double sum = 0;
    for (size_t i = from; i < to; ++i) sum += boundaries[i].*field;
    return sum / static_cast<double>(std::max<size_t>(to - from, 1));
}

int benchmark(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription("Measures the live runner's phase boundaries against the plan on a busy machine.");
    parser.addHelpOption();
    parser.addOption({{"m", "minutes"}, "One-minute phases to run (default 10).", "N", "10"});
    parser.addOption({{"s", "speed"}, "palet's --speed: 1 is real time; 10 runs the same plan ten times as fast.", "X", "1"});
    parser.addOption({"busy", "Busy loops to run meanwhile (default: one per core).", "K",
                      QString::number(QThread::idealThreadCount())});
    parser.addOption({"palet", "The palet binary.", "PATH", PALET_BINARY});
    parser.process(app);

    bool ok = false;
    const int minutes = parser.value("minutes").toInt(&ok);
    if (!ok || minutes < 2 || minutes > 240) fail("--minutes must be a whole number from 2 to 240");
    const double speed = parser.value("speed").toDouble(&ok);
    if (!ok || speed < 1 || speed > 100) fail("--speed must be a number from 1 to 100");
    const int busy = parser.value("busy").toInt(&ok);
    if (!ok || busy < 0 || busy > 64) fail("--busy must be a whole number from 0 to 64");

    QTemporaryDir root{QDir::tempPath() + "/palet-bench-XXXXXX"};
    if (!root.isValid()) fail("cannot make a temporary folder");
    for (const char* folder : {"home", "data", "system", "cache", "state", "methods"}) QDir{}.mkpath(root.filePath(folder));
    QFile method{root.filePath("methods/bench-phase-timing.yaml")};
    if (!method.open(QIODevice::WriteOnly) || method.write(methodScript(minutes)) < 0) fail("cannot write the method");
    method.close();

    QProcessEnvironment environment;
    environment.insert("PATH", qEnvironmentVariable("PATH"));
    environment.insert("HOME", root.filePath("home"));
    environment.insert("XDG_DATA_HOME", root.filePath("data"));
    environment.insert("XDG_DATA_DIRS", root.filePath("system"));
    environment.insert("XDG_CACHE_HOME", root.filePath("cache"));
    environment.insert("XDG_STATE_HOME", root.filePath("state"));
    environment.insert("LANG", "C.UTF-8");

    std::printf("palet_bench_phase_timing: %d one-minute phases at speed %g (%.1f real minutes), %d busy loop(s) on %d "
                "core(s)\n",
                minutes, speed, minutes / speed, busy, QThread::idealThreadCount());
    std::fflush(stdout);

    std::atomic<bool> stop{false};
    std::vector<std::thread> loops;
    for (int i = 0; i < busy; ++i) loops.emplace_back(spin, std::cref(stop));
    struct Stopper {
        std::atomic<bool>& stop;
        std::vector<std::thread>& loops;
        ~Stopper()
        {
            stop = true;
            for (auto& loop : loops) loop.join();
        }
    } stopper{stop, loops};

    QProcess palet;
    palet.setProcessEnvironment(environment);
    palet.setWorkingDirectory(root.path());
    palet.start(parser.value("palet"), {"run", "--method", "bench-phase-timing", "--members", "Ann,Bo,Cas", "--methods",
                                        root.filePath("methods"), "--auto", "--events", "json", "--seed", "1", "--speed",
                                        QString::number(speed), "--journal", root.filePath("journal.jsonl")});
    if (!palet.waitForStarted()) fail("cannot start palet: " + palet.errorString());
    palet.closeWriteChannel();

    // Read each line as it comes, noting when it came.
    std::vector<std::pair<QJsonObject, double>> events;
    QByteArray pending;
    const double deadline = bootMs() + (minutes / speed) * 60000.0 + 60000.0;
    while (bootMs() < deadline) {
        const bool more = palet.waitForReadyRead(200);
        const double now = bootMs();
        pending += palet.readAllStandardOutput();
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QJsonDocument document = QJsonDocument::fromJson(pending.left(end));
            pending.remove(0, end + 1);
            if (!document.isObject()) fail("palet printed a line that is not a JSON object");
            events.push_back({document.object(), now});
        }
        if (!more && palet.state() == QProcess::NotRunning) break;
    }
    if (palet.state() != QProcess::NotRunning) {
        palet.kill();
        fail("palet did not finish in time");
    }
    if (palet.exitCode() != 0) fail("palet failed: " + QString::fromUtf8(palet.readAllStandardError()));
    if (events.empty() || events.front().first["event"] != "session-started") fail("no session-started event");

    // The real moment the meeting's clock read 0, by the runner's own stamp of the first event.
    const QJsonObject& first = events.front().first;
    const double t0 = first["t"].toDouble();
    const double zero = first["boot_ms"].toDouble() - t0 / speed;
    std::vector<Boundary> boundaries;
    for (const auto& [event, arrived] : events) {
        const QString kind = event["event"].toString();
        int index = 0;
        if (kind == "phase-started") index = event["phase"]["index"].toInt();
        if (kind == "finished") index = minutes;
        if (index == 0) continue;
        const double planned = t0 + index * 60000.0;
        boundaries.push_back({index, (event["t"].toDouble() - planned) / speed,
                              event["boot_ms"].toDouble() - (zero + planned / speed), arrived - (zero + planned / speed)});
    }
    if (static_cast<int>(boundaries.size()) != minutes || events.back().first["reason"] != "completed")
        fail(QString("expected %1 boundaries and a completed session, found %2").arg(minutes).arg(boundaries.size()));

    std::printf("\n  boundary   planned    runner t    written    arrived   (deviation from the plan, real ms)\n");
    for (const Boundary& boundary : boundaries)
        std::printf("  %8d   %4d:00   %+9.1f  %+9.1f  %+9.1f\n", boundary.index, boundary.index, boundary.runner,
                    boundary.written, boundary.arrived);

    const auto largest = [&](double Boundary::*field) {
        double worst = 0;
        for (const Boundary& boundary : boundaries) worst = std::max(worst, std::abs(boundary.*field));
        return worst;
    };
    const double worstRunner = largest(&Boundary::runner);
    const double worstWritten = largest(&Boundary::written);
    const double worstArrived = largest(&Boundary::arrived);
    const double worst = std::max({worstRunner, worstWritten, worstArrived});
    const size_t third = std::max<size_t>(boundaries.size() / 3, 1);
    const double early = mean(boundaries, &Boundary::arrived, 0, third);
    const double late = mean(boundaries, &Boundary::arrived, boundaries.size() - third, boundaries.size());
    const bool worstOk = worst < targetMs;
    const bool growthOk = std::abs(late - early) < growthTargetMs;

    std::printf("\nLargest deviation: runner t %.1f ms, written %.1f ms, arrived %.1f ms (target < %.0f ms)  %s\n",
                worstRunner, worstWritten, worstArrived, targetMs, worstOk ? "PASS" : "MISS");
    std::printf("First against last minutes (arrived, mean of %zu): %+.1f ms and %+.1f ms, growth %+.1f ms (target < %.0f ms)  %s\n",
                third, early, late, late - early, growthTargetMs, growthOk ? "PASS" : "MISS");
    return worstOk && growthOk ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app{argc, argv};
    QCoreApplication::setApplicationName("palet_bench_phase_timing");
    try {
        return benchmark(app);
    } catch (const Failure& failure) {
        std::fflush(stdout);
        std::fprintf(stderr, "palet_bench_phase_timing: FAILED: %s\n", qPrintable(failure.message));
        return 2;
    }
}
