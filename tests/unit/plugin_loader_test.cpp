// Real fixture libraries, good and bad, through the real loader.

#include "catalog/method_catalog.hpp"
#include "catalog/method_opening.hpp"
#include "plugins/plugin_loader.hpp"

#include <palet/abi_tag.hpp>

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <dlfcn.h>

using namespace palet;

namespace {

const std::string fixtures = PALET_FIXTURE_PLUGINS;

std::string library(const std::string& name) { return fixtures + "/" + name + "/" + name + ".so"; }

std::string refusal(const std::string& name, const std::string& manifestId)
{
    const auto load = loadPluginMethod(library(name), {manifestId, {1, 0, 0}});
    CHECK_FALSE(load.method);
    return load.error;
}

bool isLoaded(const std::string& path)
{
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_NOLOAD);
    if (handle) dlclose(handle);
    return handle != nullptr;
}

} // namespace

TEST_CASE("a good plugin computes its method for the context and answers events")
{
    const auto load = loadPluginMethod(library("fixture-good"), {"fixture-good", {1, 0, 0}});
    REQUIRE(load.error.empty());
    REQUIRE(load.method);

    const auto forSix = load.method->spec({6, 60, Language::en, 0});
    REQUIRE(forSix.value);
    CHECK(forSix.value->minutesFor(6) == MinuteRange{12, 12});
    CHECK(load.method->spec({4, 60, Language::en, 0}).value->phases[0].minutes == PhaseDuration::fixed(8));

    SessionEvent event;
    event.phaseId = "round";
    const auto first = load.method->onEvent(event);
    const auto second = load.method->onEvent(event);
    REQUIRE(second.value);
    REQUIRE(second.value->size() == 1);
    CHECK(second.value->front().text.en == "event 2: round"); // the instance keeps its state
}

TEST_CASE("an exception inside a plugin comes back as an error, not across the boundary")
{
    const auto load = loadPluginMethod(library("fixture-good"), {"fixture-good", {1, 0, 0}});
    REQUIRE(load.method);
    SessionEvent event;
    event.phaseId = "explode";
    const auto result = load.method->onEvent(event);
    CHECK_FALSE(result.value);
    CHECK(result.error == library("fixture-good") + ": the plugin failed on a session event: the phase exploded");
}

TEST_CASE("a plugin runs in a helper process that lives as long as its method, never in palet's own")
{
    const std::string path = library("fixture-good");
    std::vector<QString> lines;
    const PluginTrace trace{[&](const QString& line) { lines.push_back(line); }};
    qint64 helper = 0;
    {
        std::shared_ptr<MethodImplementation> method = loadPluginMethod(path, {"fixture-good", {1, 0, 0}}, trace).method;
        REQUIRE(method);
        CHECK(method->spec({5, 60, Language::en, 0}).value);
        CHECK_FALSE(isLoaded(path)); // nothing of the plugin is in this process
        for (const QString& line : lines)
            if (line.contains("started the helper")) helper = line.section("(process ", 1).section(')', 0, 0).toLongLong();
        REQUIRE(helper > 0);
        CHECK(QFile::exists(QString{"/proc/%1"}.arg(helper)));
    }
    // The method is gone, and so is its helper: it heard the pipe close and ended.
    CHECK_FALSE(QFile::exists(QString{"/proc/%1"}.arg(helper)));
}

TEST_CASE("each bad plugin is refused with its own clear sentence")
{
    CHECK(refusal("fixture-newer-major", "fixture-newer-major")
          == library("fixture-newer-major") + ": built for Palet SDK 3.0 while this host speaks SDK 2.0; rebuild it against SDK 2.x");
    CHECK(refusal("fixture-newer-minor", "fixture-newer-minor")
          == library("fixture-newer-minor") + ": built for Palet SDK 2.3 while this host speaks SDK 2.0; update Palet or rebuild "
                                              "the plugin against SDK 2.0");
    CHECK(refusal("fixture-wrong-abi", "fixture-wrong-abi")
          == library("fixture-wrong-abi") + ": built for the C++ ABI 'msvc/msvc-stl' while this host uses '" PALET_ABI_TAG
                                            "'; rebuild it with the same compiler and standard library");
    CHECK(refusal("fixture-no-export", "fixture-no-export")
          == library("fixture-no-export") + ": not a Palet plugin: it exports no 'palet_plugin_descriptor' (build it with PALET_EXPORT_METHOD)");
    CHECK_THAT(refusal("fixture-undefined", "fixture-undefined"),
               Catch::StartsWith(library("fixture-undefined") + ": cannot be loaded as a shared library: ")
                   && Catch::Contains("undefined symbol: fixture_function_nobody_defines"));
    CHECK(refusal("fixture-throws", "fixture-throws")
          == library("fixture-throws") + ": the plugin's factory failed: the licence file is missing");
    CHECK(refusal("fixture-mismatch", "fixture-mismatch")
          == library("fixture-mismatch") + ": the library implements method 'fixture-other' but its manifest says 'fixture-mismatch'");
    CHECK(refusal("fixture-text", "fixture-text") == library("fixture-text") + ": not a shared library (not an ELF shared object)");
    CHECK(refusal("fixture-missing", "fixture-missing") == library("fixture-missing") + ": no such file");
}

TEST_CASE("a plugin refused by its descriptor runs none of its code, not even its static initialisers")
{
    // The versioned fixtures write the file PALET_FIXTURE_MARKER names when they are loaded.
    const QTemporaryDir folder;
    const QString marker = folder.filePath("loaded");
    qputenv("PALET_FIXTURE_MARKER", QFile::encodeName(marker));
    for (const char* name : {"fixture-newer-major", "fixture-newer-minor", "fixture-wrong-abi", "fixture-mismatch"}) {
        INFO(name);
        CHECK_FALSE(loadPluginMethod(library(name), {name, {1, 0, 0}}).method);
        CHECK_FALSE(QFile::exists(marker));
    }
    // The same code, with a descriptor this host accepts, is loaded and runs.
    const auto accepted = loadPluginMethod(library("fixture-orphan"), {"fixture-orphan", {1, 0, 0}});
    qunsetenv("PALET_FIXTURE_MARKER");
    CHECK(accepted.error.empty());
    CHECK(QFile::exists(marker));
}

TEST_CASE("a plugin's computed method is checked like any other")
{
    const auto load = loadPluginMethod(library("fixture-bad-spec"), {"fixture-bad-spec", {1, 0, 0}});
    REQUIRE(load.method);
    const auto zero = load.method->spec({5, 60, Language::en, 0});
    CHECK_FALSE(zero.value);
    CHECK(zero.error == library("fixture-bad-spec") + ": the plugin computed an invalid method: phase 'round' has a time outside 1 second to 240 minutes");
    const auto thrown = load.method->spec({3, 60, Language::en, 0});
    CHECK(thrown.error == library("fixture-bad-spec") + ": the plugin failed to compute its method: three is not supported");

    // The catalog chose the method by its manifest's id and version: the library must agree.
    const auto newer = load.method->spec({4, 60, Language::en, 0});
    CHECK_FALSE(newer.value);
    CHECK(newer.error == library("fixture-bad-spec") + ": the plugin computed method 'fixture-bad-spec' 2.0.0 but its "
                                                       "manifest describes 'fixture-bad-spec' 1.0.0; keep the manifest in "
                                                       "step with the library");
    const auto other = load.method->spec({6, 60, Language::en, 0});
    CHECK_FALSE(other.value);
    CHECK_THAT(other.error, Catch::Contains("computed method 'fixture-good' 1.0.0 but its manifest describes 'fixture-bad-spec'"));
}

TEST_CASE("the catalog lists plugins from their manifests without loading them")
{
    std::vector<QString> trace;
    CatalogOptions options;
    options.trace = PluginTrace{[&](const QString& line) { trace.push_back(line); }};
    const auto catalog = MethodCatalog::load({{fixtures, "test"}}, options);

    const auto* good = catalog.find("fixture-good");
    REQUIRE(good);
    CHECK(good->origin.kind == MethodOrigin::Kind::plugin);
    CHECK(good->origin.path == library("fixture-good"));
    CHECK_THAT(good->origin.manifest, Catch::EndsWith("fixture-good/fixture-good.plugin.yaml"));
    CHECK_FALSE(isLoaded(library("fixture-good"))); // listing loads nothing
    CHECK(catalog.find("fixture-newer-major")); // refused only when loaded

    std::vector<std::string> problems;
    for (const auto& problem : catalog.problems()) problems.push_back(problem.toString());
    CHECK(problems == std::vector<std::string>{
                          fixtures + "/fixture-missing/fixture-missing.plugin.yaml: the manifest names the library "
                                     "'fixture-missing.so', which does not exist",
                          library("fixture-orphan") + ": a plugin library without a manifest: put a method script with "
                                                      "'plugin: {library: fixture-orphan.so}' beside it",
                      });
    const auto traced = [&](const std::string& text) {
        return std::any_of(trace.begin(), trace.end(), [&](const QString& line) { return line.toStdString().find(text) != std::string::npos; });
    };
    CHECK(traced("considering manifest " + fixtures + "/fixture-good/fixture-good.plugin.yaml"));
    CHECK(traced("refused library " + library("fixture-orphan") + ": no manifest names it"));
    // A library that the plugin beside it links against is the plugin's helper.
    CHECK(traced("library " + fixtures + "/fixture-helped/libfixture-helper.so is a helper: " + library("fixture-helped") +
                 " links against it"));
}

TEST_CASE("a plugin finds a helper library of its own beside it")
{
    const auto load = loadPluginMethod(library("fixture-helped"), {"fixture-helped", {1, 0, 0}});
    INFO(load.error);
    REQUIRE(load.method);
    CHECK(load.method->spec({4, 60, Language::en, 0}).value->minutesFor(4) == MinuteRange{12, 12}); // the helper's 3 a member
}

TEST_CASE("opening a catalog entry gives a script as it is and loads a plugin")
{
    const auto catalog = MethodCatalog::load({{fixtures, "test"}, {PALET_SOURCE_DIR "/methods", "built-in"}});
    const auto plugin = openMethod(*catalog.find("fixture-good"));
    REQUIRE(plugin.method);
    CHECK(plugin.method->spec({7, 60, Language::en, 0}).value->minutesFor(7) == MinuteRange{14, 14});
    const auto script = openMethod(*catalog.find("peer-consultation"));
    REQUIRE(script.method);
    CHECK(script.method->spec({5, 60, Language::nl, 0}).value->minutesFor(5) == MinuteRange{30, 30});
    CHECK(script.method->onEvent({}).value->empty());
    CHECK(openMethod(*catalog.find("fixture-throws")).error.find("factory failed") != std::string::npos);
}
