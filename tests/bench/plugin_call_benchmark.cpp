// Benchmark: what running a plugin in its helper process (palet-plugin-host) costs against calling
// it in palet's own process, as palet did before. The same library (the built carousel.so) both
// ways: the baseline loads it with dlopen here and calls its function table directly; the helper
// way goes through loadPluginMethod, as palet check and a session do. Prints the figures and
// whether the targets hold; see README.md in this folder.

#include "plugins/plugin_loader.hpp"

#include <palet/plugin_export.hpp>

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

#include <dlfcn.h>

using namespace palet;

namespace {

constexpr double startTargetMs = 20.0; // starting the helper, loading the library, making the object
constexpr double callTargetMs = 1.0;   // a round trip beyond the plugin's own work

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Figures {
    double median = 0;
    double minimum = 0;
};

Figures measure(int repeat, const std::function<void()>& work)
{
    work(); // warm: page cache, lazy binding
    std::vector<double> times;
    for (int run = 0; run < repeat; ++run) {
        const auto start = Clock::now();
        work();
        times.push_back(msSince(start));
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.front()};
}

// The plugin in this process, as palet loaded it before: dlopen, the function table, the object.
class InProcess {
public:
    explicit InProcess(const char* path)
    {
        handle_ = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (!handle_) return;
        if (auto* const* alias = static_cast<const PluginApi* const*>(dlsym(handle_, PALET_API_ALIAS))) api_ = *alias;
        std::string error;
        if (api_) instance_ = api_->create(error);
    }
    ~InProcess()
    {
        if (instance_) api_->destroy(instance_);
        if (handle_) dlclose(handle_);
    }
    InProcess(const InProcess&) = delete;
    InProcess& operator=(const InProcess&) = delete;

    bool ok() const { return instance_ != nullptr; }
    void spec(const MethodContext& context) const
    {
        MethodSpec spec;
        std::string error;
        api_->spec(instance_, context, spec, error);
    }
    void onEvent(const SessionEvent& event) const
    {
        std::vector<RoleMessage> messages;
        std::string error;
        api_->onEvent(instance_, event, messages, error);
    }

private:
    void* handle_ = nullptr;
    const PluginApi* api_ = nullptr;
    void* instance_ = nullptr;
};

SessionEvent roundStarted()
{
    SessionEvent event;
    event.phaseId = "turn-1";
    event.phaseIndex = 1;
    event.plannedMinutes = 10;
    event.seed = 7;
    event.roleHolders = {{"case-owner", {"Ann"}}, {"adviser", {"Bo", "Cas", "Dee"}}};
    return event;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application{argc, argv};
    QCommandLineParser parser;
    parser.setApplicationDescription("What running a plugin in its helper process costs against an in-process call.");
    parser.addHelpOption();
    parser.addOption({{"r", "repeat"}, "Timed runs of each measurement (default 200).", "R", "200"});
    parser.process(application);
    const int repeat = std::max(5, parser.value("repeat").toInt());

    const char* library = PALET_PLUGIN_LIBRARY;
    const ManifestMethod manifest{"carousel", {1, 0, 0}};
    const MethodContext context{6, 60, Language::en, 7};
    const SessionEvent event = roundStarted();

    // Measured while nothing else holds the library, so that each round loads it again (unless the
    // loader keeps it for its unique symbols: then this is a lower bound).
    const Figures loadInProcess = measure(repeat / 4 + 1, [&] { const InProcess again{library}; });
    const InProcess inProcess{library};
    if (!inProcess.ok()) {
        std::fprintf(stderr, "cannot load %s in this process: %s\n", library, dlerror());
        return 2;
    }
    const auto first = loadPluginMethod(library, manifest);
    if (!first.method || !first.method->spec(context).value) {
        std::fprintf(stderr, "cannot run %s in its helper: %s\n", library, first.error.c_str());
        return 2;
    }

    const Figures start = measure(repeat / 4 + 1, [&] { const auto load = loadPluginMethod(library, manifest); });
    const Figures specInProcess = measure(repeat, [&] { inProcess.spec(context); });
    const Figures specHelper = measure(repeat, [&] { first.method->spec(context); });
    const Figures eventInProcess = measure(repeat, [&] { inProcess.onEvent(event); });
    const Figures eventHelper = measure(repeat, [&] { first.method->onEvent(event); });

    const auto row = [](const char* what, const Figures& baseline, const Figures& helper) {
        std::printf("%-34s %10.3f %10.3f %10.3f %10.3f %8.1f×\n", what, baseline.median, helper.median, baseline.minimum,
                    helper.minimum, helper.median / std::max(baseline.median, 1e-6));
    };
    std::printf("%s, %d timed runs (starts: %d)\n\n", library, repeat, repeat / 4 + 1);
    std::printf("%-34s %10s %10s %10s %10s %9s\n", "ms", "in-proc", "helper", "in-proc", "helper", "ratio");
    std::printf("%-34s %10s %10s %10s %10s %9s\n", "", "median", "median", "min", "min", "medians");
    row("load (dlopen, object) / start", loadInProcess, start);
    row("spec() for 6 in 60 minutes", specInProcess, specHelper);
    row("onEvent() phase started", eventInProcess, eventHelper);

    const double specExtra = specHelper.median - specInProcess.median;
    const double eventExtra = eventHelper.median - eventInProcess.median;
    const bool startHolds = start.median <= startTargetMs;
    const bool callsHold = specExtra <= callTargetMs && eventExtra <= callTargetMs;
    std::printf("\ntargets:\n");
    std::printf("  helper start ≤ %.0f ms:              %.2f ms (%.1f× the in-process load)  %s\n", startTargetMs, start.median,
                start.median / std::max(loadInProcess.median, 1e-6), startHolds ? "holds" : "MISSED");
    std::printf("  round trip ≤ %.0f ms beyond the work: spec +%.3f ms, onEvent +%.3f ms  %s\n", callTargetMs, specExtra,
                eventExtra, callsHold ? "holds" : "MISSED");
    return startHolds && callsHold ? 0 : 1;
}
