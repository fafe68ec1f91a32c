#include "palet_process.hpp"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace palet::test;

namespace {

const QString fixtures = PALET_FIXTURE_PLUGINS;

QString library(const QString& name) { return fixtures + "/" + name + "/" + name + ".so"; }

} // namespace

TEST_CASE("palet check loads the built-in plugins and shows what they compute")
{
    const PaletSandbox sandbox;
    const auto run = sandbox.run({"check"});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains("ok: carousel 1.0.0 from "));
    CHECK(run.out.contains("ok: quality-cards 1.0.0 from "));
    // The carousel fits one turn per member into the time: 5 + 4 × 10 + 5 minutes for 4 in 50.
    const auto fitted = sandbox.run({"check", "carousel", "--group-size", "4", "--minutes", "50"});
    CHECK(fitted.out.contains("6 phases, 50 minutes for 4 members in 50 available"));
}

TEST_CASE("palet check refuses every bad plugin with its own sentence while the good ones load")
{
    PaletSandbox sandbox;
    sandbox.set("PALET_PLUGIN_SPEC_DEADLINE", "0.5");
    const auto run = sandbox.run({"check", "--methods", fixtures});
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains("ok: fixture-good 1.0.0 from " + library("fixture-good")));
    CHECK(run.out.contains("ok: carousel 1.0.0"));
    CHECK(run.out.contains("ok: fixture-helped 1.0.0"));
    CHECK_FALSE(run.err.contains("libfixture-helper.so")); // a helper, not a plugin without a manifest
    const QStringList expected{
        library("fixture-newer-major") + ": built for Palet SDK 3.0 while this host speaks SDK 2.0",
        library("fixture-newer-minor") + ": built for Palet SDK 2.3 while this host speaks SDK 2.0",
        library("fixture-wrong-abi") + ": built for the C++ ABI 'msvc/msvc-stl'",
        library("fixture-no-export") + ": not a Palet plugin",
        library("fixture-undefined") + ": cannot be loaded as a shared library: " + library("fixture-undefined") +
            ": undefined symbol: fixture_function_nobody_defines",
        library("fixture-throws") + ": the plugin's factory failed: the licence file is missing",
        library("fixture-mismatch") + ": the library implements method 'fixture-other' but its manifest says 'fixture-mismatch'",
        library("fixture-text") + ": not a shared library (not an ELF shared object)",
        library("fixture-bad-spec") + ": the plugin computed an invalid method",
        "fixture-missing.plugin.yaml: the manifest names the library 'fixture-missing.so', which does not exist",
        library("fixture-orphan") + ": a plugin library without a manifest",
        // Plugin code fails in its helper process; palet says so and checks the others.
        library("fixture-segv-spec") + ": the plugin crashed with SIGSEGV (Segmentation fault) while it computed its method",
        library("fixture-abort-init") + ": the plugin crashed with SIGABRT (Aborted) while it was being loaded",
        library("fixture-hang-spec") + ": the plugin did not answer within 0.5 seconds while it computed its method, so Palet stopped it",
        library("fixture-garbage") + ": the plugin's helper answered with bytes that are not Palet's plugin protocol",
        library("fixture-greedy") + ": the plugin failed to compute its method: std::bad_alloc",
    };
    for (const QString& sentence : expected) {
        INFO(sentence.toStdString());
        CHECK(run.err.contains(sentence));
    }
    // A plugin that breaks only during a session, or forks, computes its method well.
    CHECK(run.out.contains("ok: fixture-segv-event 1.0.0"));
    CHECK(run.out.contains("ok: fixture-fork 1.0.0"));
}

TEST_CASE("palet check outlives a plugin that crashes, aborts, hangs or garbles its answer")
{
    struct Case {
        const char* name;
        QString sentence;
    };
    const Case cases[] = {
        {"fixture-segv-spec", ": the plugin crashed with SIGSEGV (Segmentation fault) while it computed its method"},
        {"fixture-abort-init", ": the plugin crashed with SIGABRT (Aborted) while it was being loaded; its last line on standard "
                               "error: fixture-abort-init: the licence server cannot be reached\n"},
        {"fixture-hang-spec", ": the plugin did not answer within 5 seconds while it computed its method, so Palet stopped it\n"},
        {"fixture-garbage", ": the plugin's helper answered with bytes that are not Palet's plugin protocol while it computed "
                            "its method, so Palet stopped it (did the plugin write into its pipe?)"},
        {"fixture-greedy", ": the plugin failed to compute its method: std::bad_alloc\n"},
    };
    const PaletSandbox sandbox;
    for (const Case& failing : cases) {
        INFO(failing.name);
        // Checked beside a good plugin, which is still checked.
        const auto run = sandbox.run({"check", "--methods", fixtures, failing.name, "fixture-good"});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(library(failing.name) + failing.sentence));
        CHECK(run.out.startsWith("ok: fixture-good 1.0.0"));
    }
}

TEST_CASE("palet check takes an id, a manifest or a library")
{
    const PaletSandbox sandbox;
    const QString manifest = fixtures + "/fixture-good/fixture-good.plugin.yaml";
    for (const QString& name : {QString{"fixture-good"}, manifest, library("fixture-good")}) {
        const auto run = sandbox.run({"check", "--methods", fixtures, name});
        INFO(name.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.startsWith("ok: fixture-good"));
    }
    const auto one = sandbox.run({"check", "--methods", fixtures, "fixture-throws"});
    CHECK(one.exitCode == 1);
    CHECK(one.out.isEmpty());
    const auto unknown = sandbox.run({"check", "no-such-plugin"});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("no-such-plugin: no plugin found"));
}

TEST_CASE("palet list and show read plugin manifests without loading a library")
{
    const PaletSandbox sandbox;
    // Every broken library is listed from its manifest: nothing was loaded to find out it is broken.
    const auto list = sandbox.run({"list", "--json", "--methods", fixtures});
    REQUIRE(list.exitCode == 0);
    QStringList ids;
    for (const auto& method : list.json().array()) ids << method.toObject()["id"].toString();
    for (const char* id : {"fixture-good", "fixture-newer-major", "fixture-text", "fixture-throws", "carousel"})
        CHECK(ids.contains(id));
    const auto show = sandbox.run({"show", "fixture-text", "--methods", fixtures, "--json"});
    CHECK(show.exitCode == 0);
    CHECK(show.json().object()["origin"].toObject()["kind"] == "plugin");
    CHECK(sandbox.run({"show", "carousel"}).out.contains("A native plugin"));
}

TEST_CASE("PALET_DEBUG_PLUGINS traces every file considered")
{
    PaletSandbox sandbox;
    sandbox.set("PALET_DEBUG_PLUGINS", "1");
    const auto run = sandbox.run({"check", "--methods", fixtures, "fixture-good"});
    CHECK(run.err.contains("palet: plugins: considering manifest " + fixtures + "/fixture-good/fixture-good.plugin.yaml"));
    CHECK(run.err.contains("palet: plugins: refused library " + library("fixture-orphan") + ": no manifest names it"));
    CHECK(run.err.contains("palet: plugins: loading " + library("fixture-good")));
    CHECK(run.err.contains("palet: plugins: took " + library("fixture-good") + ": method 'fixture-good', SDK 2.0.0"));
    const PaletSandbox quiet;
    CHECK_FALSE(quiet.run({"check", "--methods", fixtures, "fixture-good"}).err.contains("palet: plugins:"));
}

TEST_CASE("a plugin that broke down is remembered: check and list --verbose say so, --retry or a new file loads it again")
{
    const PaletSandbox sandbox;
    // A copy of its own, so that the test can change the file.
    const QString folder = sandbox.userMethods() + "/fixture-segv-spec";
    REQUIRE(QDir{}.mkpath(folder));
    for (const QString& file : {QString{"fixture-segv-spec.so"}, QString{"fixture-segv-spec.plugin.yaml"}})
        REQUIRE(QFile::copy(fixtures + "/fixture-segv-spec/" + file, folder + "/" + file));
    const QString copy = folder + "/fixture-segv-spec.so";
    const QString crashed = copy + ": the plugin crashed with SIGSEGV (Segmentation fault) while it computed its method";

    CHECK(sandbox.run({"check", "fixture-segv-spec"}).err.contains(crashed));
    const auto remembered = sandbox.run({"check", "fixture-segv-spec"});
    CHECK(remembered.exitCode == 1);
    CHECK(remembered.err.contains(copy + ": not loaded: the plugin crashed with SIGSEGV (Segmentation fault) while it "
                                         "computed its method, on 20"));
    CHECK(remembered.err.contains("; it is loaded again when its file changes, or with 'palet check --retry'"));
    const auto listed = sandbox.run({"list", "--verbose"});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains("not loaded: the plugin crashed")); // wrapped in the column
    CHECK_FALSE(sandbox.run({"list"}).out.contains("not loaded"));

    const auto retried = sandbox.run({"check", "fixture-segv-spec", "--retry"});
    CHECK(retried.exitCode == 1);
    CHECK(retried.err.contains(crashed)); // loaded, and it crashed again

    // A new file: a rebuilt plugin is loaded again, and no longer listed as broken.
    QFile::remove(copy);
    REQUIRE(QFile::copy(fixtures + "/fixture-segv-spec/fixture-segv-spec.so", copy));
    CHECK(sandbox.run({"check", "fixture-segv-spec"}).err.contains(crashed));
    QFile::remove(copy);
    REQUIRE(QFile::copy(fixtures + "/fixture-segv-spec/fixture-segv-spec.so", copy));
    CHECK_FALSE(sandbox.run({"list", "--verbose"}).out.contains("not loaded"));
}

TEST_CASE("a manifest whose library is missing fails palet check and palet validate, and check names the cause")
{
    const PaletSandbox sandbox;
    const QString manifest = fixtures + "/fixture-missing/fixture-missing.plugin.yaml";
    const QString missing = manifest + ": the manifest names the library 'fixture-missing.so', which does not exist";
    const auto one = sandbox.run({"check", "--methods", fixtures, "fixture-missing"});
    CHECK(one.exitCode == 1);
    CHECK(one.err.contains("palet check: fixture-missing: not checked: " + missing + "\n"));
    CHECK_FALSE(one.err.contains("no plugin found"));
    CHECK(sandbox.run({"check", "--methods", fixtures, manifest}).err.contains("not checked: " + missing));

    // Checking every plugin: the built-in ones load, yet the missing library fails the check.
    const QString folder = sandbox.userMethods() + "/fixture-missing";
    REQUIRE(QDir{}.mkpath(folder));
    REQUIRE(QFile::copy(manifest, folder + "/fixture-missing.plugin.yaml"));
    const auto all = sandbox.run({"check"});
    CHECK(all.exitCode == 1);
    CHECK(all.out.contains("ok: carousel"));

    const auto validated = sandbox.run({"validate", manifest});
    CHECK(validated.exitCode == 1);
    CHECK(validated.err.contains(missing));
    CHECK(sandbox.run({"validate", fixtures + "/fixture-good/fixture-good.plugin.yaml"}).exitCode == 0);
}

TEST_CASE("without --minutes a plugin hears 0 minutes available and chooses its own")
{
    const PaletSandbox sandbox;
    const auto run = sandbox.run({"run", "--method", "carousel", "--members", "Ann,Bo,Cas,Dee,Eva,Fem", "--speed", "20000",
                                  "--events", "json", "--journal", "a.jsonl"});
    REQUIRE(run.exitCode == 0);
    const QJsonObject started = QJsonDocument::fromJson(run.out.section('\n', 0, 0).toUtf8()).object();
    const QJsonObject plan = started["plan"].toObject();
    CHECK(plan["minutes_available"] == 0);
    // The carousel's choice when the time is not known: 10 minutes a turn, 5 + 6 × 10 + 5.
    CHECK(plan["planned_minutes"] == 70);
    // Given, the time is the plugin's to fit.
    const auto given = sandbox.run({"run", "--method", "carousel", "--members", "Ann,Bo,Cas,Dee,Eva,Fem", "--minutes", "40",
                                    "--speed", "20000", "--events", "json", "--journal", "b.jsonl"});
    REQUIRE(given.exitCode == 0);
    const QJsonObject fitted = QJsonDocument::fromJson(given.out.section('\n', 0, 0).toUtf8()).object()["plan"].toObject();
    CHECK(fitted["minutes_available"] == 40);
    CHECK(fitted["planned_minutes"] == 40);
}
