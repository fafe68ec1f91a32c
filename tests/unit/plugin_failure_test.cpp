// Plugins that crash, abort, hang, garble their answer, hoard memory or fork, through the real
// loader and the real helper process: each failure is one sentence, and this process goes on.

#include "plugins/plugin_loader.hpp"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <thread>

#include <unistd.h>

using namespace palet;

namespace {

const std::string fixtures = PALET_FIXTURE_PLUGINS;

std::string library(const std::string& name) { return fixtures + "/" + name + "/" + name + ".so"; }

// Sets an environment variable for the life of the object.
class Setting {
public:
    Setting(const char* name, const QByteArray& value) : name_(name) { qputenv(name, value); }
    ~Setting() { qunsetenv(name_); }
    Setting(const Setting&) = delete;
    Setting& operator=(const Setting&) = delete;

private:
    const char* name_;
};

// Failures are remembered in the user's cache: these tests keep theirs in a folder of their own.
class OwnCache {
public:
    OwnCache() : setting_("XDG_CACHE_HOME", QFile::encodeName(folder_.path())) {}
    QString file() const { return folder_.filePath("palet/plugin-failures.json"); }

private:
    QTemporaryDir folder_;
    Setting setting_;
};

std::shared_ptr<MethodImplementation> loaded(const std::string& name)
{
    const auto load = loadPluginMethod(library(name), {name, {1, 0, 0}});
    INFO(load.error);
    REQUIRE(load.method);
    return load.method;
}

SessionEvent phaseStarted(const std::string& id, int index)
{
    SessionEvent event;
    event.kind = SessionEvent::Kind::phaseStarted;
    event.phaseId = id;
    event.phaseIndex = index;
    return event;
}

// Whether a process lives (a zombie waiting for its parent to reap it does not).
bool alive(long pid)
{
    QFile stat{QString{"/proc/%1/stat"}.arg(pid)};
    if (!stat.open(QIODevice::ReadOnly)) return false;
    return !QString::fromLatin1(stat.readAll()).section(')', -1).trimmed().startsWith('Z');
}

} // namespace

TEST_CASE("a plugin that crashes while computing its method is a sentence, and the next call starts a new helper")
{
    const OwnCache cache;
    const auto method = loaded("fixture-segv-spec");
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto spec = method->spec({5, 60, Language::en, 0});
        CHECK_FALSE(spec.value);
        CHECK(spec.brokeDown);
        CHECK(spec.error == library("fixture-segv-spec") + ": the plugin crashed with SIGSEGV (Segmentation fault) while it computed its method");
    }
}

TEST_CASE("a plugin whose static initialiser aborts is refused with its last words")
{
    const OwnCache cache;
    const auto load = loadPluginMethod(library("fixture-abort-init"), {"fixture-abort-init", {1, 0, 0}});
    CHECK_FALSE(load.method);
    CHECK(load.error == library("fixture-abort-init") + ": the plugin crashed with SIGABRT (Aborted) while it was being loaded; "
                                                        "its last line on standard error: fixture-abort-init: the licence server "
                                                        "cannot be reached");
}

TEST_CASE("a plugin that never answers is stopped at its deadline")
{
    const OwnCache cache;
    const Setting deadline{"PALET_PLUGIN_SPEC_DEADLINE", "0.3"};
    const auto method = loaded("fixture-hang-spec");
    const auto began = std::chrono::steady_clock::now();
    const auto spec = method->spec({5, 60, Language::en, 0});
    const auto took = std::chrono::steady_clock::now() - began;
    CHECK(spec.error == library("fixture-hang-spec") + ": the plugin did not answer within 0.3 seconds while it computed its "
                                                       "method, so Palet stopped it");
    CHECK(took >= std::chrono::milliseconds{300});
    CHECK(took < std::chrono::seconds{3});
}

TEST_CASE("a plugin that writes into the helper's pipe garbles the answer, and is stopped")
{
    const OwnCache cache;
    const auto spec = loaded("fixture-garbage")->spec({5, 60, Language::en, 0});
    CHECK_FALSE(spec.value);
    CHECK(spec.brokeDown);
    CHECK(spec.error == library("fixture-garbage") + ": the plugin's helper answered with bytes that are not Palet's plugin "
                                                     "protocol while it computed its method, so Palet stopped it (did the "
                                                     "plugin write into its pipe?)");
}

TEST_CASE("a plugin that allocates without bound meets the helper's memory limit")
{
    const OwnCache cache;
    const auto spec = loaded("fixture-greedy")->spec({5, 60, Language::en, 0});
    CHECK_FALSE(spec.value);
    CHECK(spec.error == library("fixture-greedy") + ": the plugin failed to compute its method: std::bad_alloc");
}

TEST_CASE("a plugin that crashes on a session event breaks down once, then says nothing more")
{
    const OwnCache cache;
    const auto method = loaded("fixture-segv-event");
    const auto first = method->onEvent(phaseStarted("opening", 0));
    REQUIRE(first.value);
    CHECK(first.value->front().text.en == "heard opening");
    const auto crashed = method->onEvent(phaseStarted("round", 1));
    CHECK_FALSE(crashed.value);
    CHECK(crashed.brokeDown);
    CHECK(crashed.error == library("fixture-segv-event") + ": the plugin crashed with SIGSEGV (Segmentation fault) while it "
                                                           "heard that phase 'round' started");
    const auto after = method->onEvent(phaseStarted("closing", 2));
    REQUIRE(after.value);
    CHECK(after.value->empty());
}

TEST_CASE("the helper runs a plugin with no descriptor but its pipe, no new privileges and bounded resources")
{
    const OwnCache cache;
    const QTemporaryDir folder;
    const QString marker = folder.filePath("inspection");
    const Setting setting{"PALET_FIXTURE_MARKER", QFile::encodeName(marker)};
    REQUIRE(loaded("fixture-inspect")->spec({5, 60, Language::en, 0}).value);
    QFile report{marker};
    REQUIRE(report.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(report.readAll());
    INFO(text.toStdString());
    // 0 is /dev/null, 1 and 2 lead to palet's error pipe, 3 and 4 are the protocol's pipe.
    CHECK(text.contains("fds: 0 1 2 3 4\n"));
    CHECK(text.contains("no-new-privs:\t1\n"));
    CHECK(text.contains("as: 1073741824\n"));
    CHECK(text.contains("cpu: 60\n"));
    CHECK(text.contains("nproc: 0\n"));
    CHECK(text.contains("fsize: 67108864\n"));
    CHECK(text.contains("core: 0\n"));
    CHECK(text.contains("pgid-is-pid: yes\n"));
}

TEST_CASE("a process a plugin starts ends with its helper")
{
    const OwnCache cache;
    const QTemporaryDir folder;
    const QString marker = folder.filePath("child");
    const Setting setting{"PALET_FIXTURE_MARKER", QFile::encodeName(marker)};
    {
        const auto method = loaded("fixture-fork");
        REQUIRE(method->spec({5, 60, Language::en, 0}).value);
    }
    QFile report{marker};
    REQUIRE(report.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(report.readAll()).trimmed();
    INFO(text.toStdString());
    if (getuid() != 0) { // the process limit holds for every user but root
        CHECK(text.startsWith("refused: Resource temporarily unavailable"));
        return;
    }
    REQUIRE(text.startsWith("child "));
    const long child = text.section(' ', 1).toLong();
    // Killed with the helper's process group; its new parent reaps it soon after.
    for (int wait = 0; wait < 50 && alive(child); ++wait) std::this_thread::sleep_for(std::chrono::milliseconds{20});
    CHECK_FALSE(alive(child));
}

TEST_CASE("a plugin that broke down is not loaded again until its file changes, or a retry asks for it")
{
    const OwnCache cache;
    const QTemporaryDir folder;
    const std::string copy = folder.filePath("fixture-segv-spec.so").toStdString();
    REQUIRE(QFile::copy(QString::fromStdString(library("fixture-segv-spec")), QString::fromStdString(copy)));
    const ManifestMethod manifest{"fixture-segv-spec", {1, 0, 0}};
    {
        const auto load = loadPluginMethod(copy, manifest);
        REQUIRE(load.method);
        CHECK(load.method->spec({5, 60, Language::en, 0}).brokeDown);
    }
    CHECK(QFile::exists(cache.file()));
    const auto refused = loadPluginMethod(copy, manifest);
    CHECK_FALSE(refused.method);
    CHECK(refused.brokeDownBefore);
    CHECK_THAT(refused.error, Catch::StartsWith(copy + ": not loaded: the plugin crashed with SIGSEGV (Segmentation fault) "
                                                       "while it computed its method, on 20")
                                  && Catch::EndsWith("; it is loaded again when its file changes, or with 'palet check --retry'"));
    // Asked for: loaded, and it crashes again.
    const auto retried = loadPluginMethod(copy, manifest, {}, AfterBreakdown::retry);
    REQUIRE(retried.method);
    CHECK(retried.method->spec({5, 60, Language::en, 0}).brokeDown);
    // A new file (a rebuilt plugin) is loaded.
    QFile::remove(QString::fromStdString(copy));
    REQUIRE(QFile::copy(QString::fromStdString(library("fixture-segv-spec")), QString::fromStdString(copy)));
    CHECK(loadPluginMethod(copy, manifest).method);
    // A plugin that only threw is not remembered.
    const auto throws = loadPluginMethod(library("fixture-bad-spec"), {"fixture-bad-spec", {1, 0, 0}});
    REQUIRE(throws.method);
    CHECK_FALSE(throws.method->spec({3, 60, Language::en, 0}).value);
    CHECK(loadPluginMethod(library("fixture-bad-spec"), {"fixture-bad-spec", {1, 0, 0}}).method);
}
