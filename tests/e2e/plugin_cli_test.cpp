#include "palet_process.hpp"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <signal.h>

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

TEST_CASE("role holders reach a plugin in the order of --members")
{
    PaletSandbox sandbox;
    // The first message the plugin sends, when the round starts.
    const auto heard = [&](const QString& method, const QString& journal) {
        const auto run = sandbox.run({"run", "--method", method, "--methods", fixtures, "--members", "Dee,Ann,Cas,Bo",
                                      "--owner", "Cas", "--speed", "20000", "--events", "json", "--journal", journal});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        for (const QString& line : run.out.split('\n', Qt::SkipEmptyParts)) {
            const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object();
            if (event["event"] == "phase-started") return event["messages"].toArray().at(0)["text"].toString();
        }
        return QString{};
    };
    // The fixture's method has a case owner and advisers; everyone but Cas advises.
    CHECK(heard("fixture-members", "a.jsonl")
          == "members: Dee(adviser) Ann(adviser) Cas(case-owner) Bo(adviser) | roles: adviser=Dee,Ann,Bo case-owner=Cas");
}

TEST_CASE("a plugin hears the leader its group chose, from the phase after the choice")
{
    PaletSandbox sandbox;
    QFile script{sandbox.path("choose.txt")};
    REQUIRE(script.open(QIODevice::WriteOnly));
    script.write("0:30 choose: facilitator Ann\n1:00 n\n");
    script.close();
    const auto run = sandbox.run({"run", "--method", "fixture-chosen", "--methods", fixtures, "--members", "Dee,Ann,Cas,Bo", "--owner",
                                  "Cas", "--speed", "20000", "--events", "json", "--script", script.fileName()});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QStringList heard;
    for (const QString& line : run.out.split('\n', Qt::SkipEmptyParts)) {
        const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object();
        if (event["event"] == "phase-started") heard << event["messages"].toArray().at(0)["text"].toString();
    }
    const auto checked = sandbox.run({"check", "--methods", fixtures, "fixture-chosen"});
    CHECK(checked.out.contains("    facilitator (Leader, exactly one): chosen by the group in phase 'choose'\n"));
    // The chosen leader's role crossed the helper process with the method, so nobody led before the choice.
    CHECK(heard == QStringList{"members: Dee(adviser) Ann(adviser) Cas(case-owner) Bo(adviser) | roles: adviser=Dee,Ann,Bo case-owner=Cas",
                               "members: Dee(adviser) Ann(facilitator) Cas(case-owner) Bo(adviser) | roles: adviser=Dee,Bo case-owner=Cas "
                               "facilitator=Ann"});
}

TEST_CASE("palet plugin install checks a built plugin, then puts it where palet finds it")
{
    const PaletSandbox sandbox;
    const QString installed = sandbox.userMethods() + "/fixture-helped";
    const auto run = sandbox.run({"plugin", "install", fixtures + "/fixture-helped"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith("Installed fixture-helped 1.0.0 in " + installed + " (3 files); Checked: it computed 1 phase for 5 members."));
    // The manifest, the library and the helper library it links against; nothing else of the folder.
    CHECK(QDir{installed}.entryList(QDir::Files, QDir::Name)
          == QStringList{"fixture-helped.plugin.yaml", "fixture-helped.so", "libfixture-helper.so"});
    CHECK(QFileInfo{installed + "/fixture-helped.so"}.permissions().testFlag(QFile::WriteOwner));
    CHECK_FALSE(QFileInfo{installed + "/fixture-helped.so"}.permissions().testFlag(QFile::WriteOther));
    const auto listed = sandbox.run({"list", "--json"});
    bool found = false;
    for (const QJsonValue& method : listed.json().array())
        if (method["id"] == "fixture-helped") {
            found = true;
            CHECK(method["origin"]["source"] == "XDG_DATA_HOME");
            CHECK(method["origin"]["path"] == installed + "/fixture-helped.so");
        }
    CHECK(found);
    const auto checked = sandbox.run({"check", "fixture-helped"});
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.contains("ok: fixture-helped 1.0.0 from " + installed + "/fixture-helped.so"));

    // Again: the copy there is replaced. By its manifest, into a folder of the user's choice.
    const auto again = sandbox.run({"plugin", "install", fixtures + "/fixture-helped/fixture-helped.plugin.yaml"});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains("it replaced the copy that was there"));
    const auto elsewhere = sandbox.run({"plugin", "install", library("fixture-good"), "--to", sandbox.path("firm")});
    CHECK(elsewhere.exitCode == 0);
    CHECK(QFileInfo::exists(sandbox.path("firm/fixture-good/fixture-good.so")));
    CHECK(QDir{sandbox.userMethods()}.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
          == QStringList{"fixture-helped"});
}

TEST_CASE("palet plugin install refuses a plugin that fails its check, and changes nothing")
{
    const PaletSandbox sandbox;
    const auto crashing = sandbox.run({"plugin", "install", fixtures + "/fixture-segv-spec"});
    CHECK(crashing.exitCode == 1);
    CHECK(crashing.err.contains("palet plugin install: " + library("fixture-segv-spec")
                                + ": the plugin crashed with SIGSEGV (Segmentation fault) while it computed its method"));
    CHECK(crashing.err.contains("palet plugin install: " + fixtures + "/fixture-segv-spec: not installed; nothing changed"));
    const auto wrongId = sandbox.run({"plugin", "install", fixtures + "/fixture-mismatch"});
    CHECK(wrongId.exitCode == 1);
    CHECK(wrongId.err.contains("the library implements method 'fixture-other' but its manifest says 'fixture-mismatch'"));
    const auto missing = sandbox.run({"plugin", "install", fixtures + "/fixture-missing"});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("the manifest names the library 'fixture-missing.so', which does not exist"));
    const auto several = sandbox.run({"plugin", "install", fixtures});
    CHECK(several.exitCode == 1);
    const auto nothing = sandbox.run({"plugin", "install", sandbox.path("nowhere")});
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.err.contains(sandbox.path("nowhere") + ": no such file or folder"));
    CHECK_FALSE(QFileInfo::exists(sandbox.userMethods() + "/fixture-segv-spec"));
    CHECK(QDir{sandbox.userMethods()}.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    CHECK(sandbox.run({"plugin", "install"}).exitCode == 2);
    CHECK(sandbox.run({"plugin", "frobnicate"}).exitCode == 2);
}

namespace {

// The pid of a child of `parent` that runs `program`; 0 when there is none.
qint64 childRunning(qint64 parent, const QString& program)
{
    for (const QString& entry : QDir{"/proc"}.entryList(QDir::Dirs)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number) continue;
        QFile stat{"/proc/" + entry + "/stat"};
        if (!stat.open(QIODevice::ReadOnly)) continue;
        // "pid (comm) state ppid ...": the name may hold spaces, so read after its last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 2 || fields[1].toLongLong() != parent) continue;
        if (QFileInfo{"/proc/" + entry + "/exe"}.symLinkTarget().endsWith("/" + program)) return pid;
    }
    return 0;
}

// Whether `pid` is still a live process (a zombie is dead, only not yet reaped).
bool alive(qint64 pid)
{
    QFile stat{"/proc/" + QString::number(pid) + "/stat"};
    if (!stat.open(QIODevice::ReadOnly)) return false;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
}

} // namespace

TEST_CASE("the plugin helper dies with palet, however palet ends")
{
    PaletSandbox sandbox;
    sandbox.set("PALET_PLUGIN_SPEC_DEADLINE", "60"); // the plugin hangs; palet would otherwise stop it in 5 s
    auto palet = sandbox.start({"check", "--methods", fixtures, "fixture-hang-spec"});
    REQUIRE(palet->waitForStarted());
    const qint64 paletPid = palet->processId();
    qint64 helper = 0;
    // Found once it has loaded the plugin (its confinement, PR_SET_PDEATHSIG among it, comes first).
    for (int wait = 0; wait < 200; ++wait) {
        helper = childRunning(paletPid, "palet-plugin-host");
        QFile maps{"/proc/" + QString::number(helper) + "/maps"};
        if (helper && maps.open(QIODevice::ReadOnly) && maps.readAll().contains("fixture-hang-spec.so")) break;
        helper = 0;
        QThread::msleep(50);
    }
    REQUIRE(helper != 0);
    // SIGKILL: palet gets no chance to stop its helper; only the kernel can.
    REQUIRE(::kill(static_cast<pid_t>(paletPid), SIGKILL) == 0);
    palet->waitForFinished(5000);
    bool gone = false;
    for (int wait = 0; wait < 100 && !gone; ++wait) {
        gone = !alive(helper);
        if (!gone) QThread::msleep(50);
    }
    CHECK(gone);
}

TEST_CASE("palet check ID shows the method the plugin computes: phases, minutes, roles and who holds them")
{
    const PaletSandbox sandbox;
    const auto named = sandbox.run({"check", "--methods", fixtures, "fixture-good", "--members", "Dee,Ann,Cas,Bo", "--owner",
                                    "Cas", "--lang", "en"});
    INFO(named.err.toStdString());
    CHECK(named.exitCode == 0);
    CHECK(named.out == "ok: fixture-good 1.0.0 from " + library("fixture-good")
                           + ": 1 phase, 8 minutes for 4 members in 60 available\n"
                             "  Roles:\n"
                             "    case-owner (Case owner, exactly one): Cas\n"
                             "    adviser (Adviser, everyone else): Dee, Ann, Bo\n"
                             "  Phases:\n"
                             "    0:00  round (Round): 8 minutes\n");
    // Without names, how many hold each role.
    const auto counted = sandbox.run({"check", "--methods", fixtures, "fixture-good", "--group-size", "5", "--lang", "en"});
    CHECK(counted.out.contains("    case-owner (Case owner, exactly one): 1 member\n"
                               "    adviser (Adviser, everyone else): 4 members\n"));
    // Checking every plugin stays one line each.
    CHECK_FALSE(sandbox.run({"check"}).out.contains("Roles:"));

    CHECK(sandbox.run({"check", "fixture-good", "--members", "Ann,Bo", "--group-size", "2"}).exitCode == 2);
    CHECK(sandbox.run({"check", "fixture-good", "--members", "Ann,Bo", "--owner", "Cas"}).exitCode == 2);
    CHECK(sandbox.run({"check", "fixture-good", "--members", "Ann,Ann"}).exitCode == 2);
}

TEST_CASE("palet check --json gives, per plugin, the method it computed or why not")
{
    const PaletSandbox sandbox;
    const auto run = sandbox.run({"check", "--json", "--methods", fixtures, "fixture-good", "fixture-throws", "--members",
                                  "Dee,Ann,Cas,Bo", "--owner", "Cas", "--minutes", "30", "--lang", "en"});
    CHECK(run.exitCode == 1);
    const QJsonArray report = run.json().array();
    REQUIRE(report.size() == 2);
    const QJsonObject good = report[0].toObject();
    CHECK(good["ok"] == true);
    CHECK(good["kind"] == "plugin");
    CHECK(good["id"] == "fixture-good");
    CHECK(good["version"] == "1.0.0");
    CHECK(good["library"] == library("fixture-good"));
    CHECK(good["group_size"] == 4);
    CHECK(good["minutes_available"] == 30);
    CHECK(good["planned_minutes"] == 8);
    CHECK(good["members"] == QJsonArray{"Dee", "Ann", "Cas", "Bo"});
    const QJsonArray roles = good["roles"].toArray();
    REQUIRE(roles.size() == 2);
    CHECK(roles[0]["id"] == "case-owner");
    CHECK(roles[0]["holders"] == "one");
    CHECK(roles[0]["held_by"] == 1);
    CHECK(roles[0]["members"] == QJsonArray{"Cas"});
    CHECK(roles[1]["holders"] == "everyone-else");
    CHECK(roles[1]["members"] == QJsonArray{"Dee", "Ann", "Bo"});
    const QJsonArray phases = good["phases"].toArray();
    REQUIRE(phases.size() == 1);
    CHECK(phases[0]["id"] == "round");
    CHECK(phases[0]["minutes"] == 8);
    CHECK(phases[0]["starts_at"] == 0);
    CHECK(phases[0]["duration"] == QJsonObject{{"kind", "fixed"}, {"minutes", 8}, {"seconds", 480}});
    CHECK(phases[0]["instructions"]["adviser"] == "Speak in turn.");

    const QJsonObject refused = report[1].toObject();
    CHECK(refused["ok"] == false);
    CHECK(refused["id"] == "fixture-throws");
    CHECK(refused["path"] == library("fixture-throws"));
    CHECK(refused["error"] == library("fixture-throws") + ": the plugin's factory failed: the licence file is missing");
    CHECK(run.err.contains("the plugin's factory failed: the licence file is missing"));
}

TEST_CASE("the build makes a plugin's manifest from the method the plugin computes")
{
    // fixture-members is built with palet_add_method_plugin and no MANIFEST.
    const QString made = fixtures + "/fixture-members/fixture-members.plugin.yaml";
    QFile manifest{made};
    REQUIRE(manifest.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(manifest.readAll());
    CHECK(text.startsWith("# The manifest of fixture-members.so, made by 'palet plugin manifest'"));
    CHECK(text.contains("plugin: {library: fixture-members.so}"));
    const PaletSandbox sandbox;
    CHECK(sandbox.run({"validate", made}).exitCode == 0);
    // Its minutes are the code's for the ideal group of five (two a member, fixed), not a hand-written range.
    const auto shown = sandbox.run({"show", "fixture-members", "--methods", fixtures, "--json"});
    REQUIRE(shown.exitCode == 0);
    const QJsonObject method = shown.json().object();
    CHECK(method["group_size"] == QJsonObject{{"min", 3}, {"max", 8}, {"ideal", 5}, {"open", false}});
    CHECK(method["phases"][0]["duration"] == QJsonObject{{"kind", "fixed"}, {"minutes", 10}, {"seconds", 600}});
    CHECK(sandbox.run({"check", "--methods", fixtures, "fixture-members"}).exitCode == 0);
}

TEST_CASE("palet plugin manifest writes the manifest beside a built library, and refuses a plugin that fails")
{
    const PaletSandbox sandbox;
    REQUIRE(QDir{}.mkpath(sandbox.path("built")));
    // fixture-members plans for its ideal group when the group is not known, as a plugin must.
    const QString copy = sandbox.path("built/fixture-members.so");
    REQUIRE(QFile::copy(library("fixture-members"), copy));
    const auto made = sandbox.run({"plugin", "manifest", copy});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString manifest = sandbox.path("built/fixture-members.plugin.yaml");
    CHECK(made.out == "Made " + manifest + ": fixture-members 1.0.0, 1 phase for 5 members\n");
    const auto checked = sandbox.run({"check", "--methods", sandbox.path("built"), "fixture-members"});
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.startsWith("ok: fixture-members 1.0.0 from " + copy));
    const QDateTime written = QFileInfo{manifest}.lastModified();
    QThread::msleep(20);
    CHECK(sandbox.run({"plugin", "manifest", copy}).out == manifest + " is up to date\n");
    CHECK(QFileInfo{manifest}.lastModified() == written);

    // A subfolder's library, its manifest above it.
    const auto above = sandbox.run({"plugin", "manifest", copy, "--output", sandbox.path("fixture.plugin.yaml")});
    CHECK(above.exitCode == 0);
    QFile aboveFile{sandbox.path("fixture.plugin.yaml")};
    REQUIRE(aboveFile.open(QIODevice::ReadOnly));
    CHECK(aboveFile.readAll().contains("plugin: {library: built/fixture-members.so}"));
    CHECK(sandbox.run({"plugin", "manifest", copy, "--output", sandbox.path("built/deeper/x.plugin.yaml")}).exitCode == 2);

    const auto crashing = sandbox.run({"plugin", "manifest", library("fixture-segv-spec"), "--output", sandbox.path("segv.plugin.yaml")});
    CHECK(crashing.exitCode == 2); // not beside the library
    REQUIRE(QFile::copy(library("fixture-segv-spec"), sandbox.path("built/fixture-segv-spec.so")));
    const auto crashed = sandbox.run({"plugin", "manifest", sandbox.path("built/fixture-segv-spec.so")});
    CHECK(crashed.exitCode == 1);
    CHECK(crashed.err.contains(": the plugin crashed with SIGSEGV (Segmentation fault) while it computed its method"));
    CHECK_FALSE(QFileInfo::exists(sandbox.path("built/fixture-segv-spec.plugin.yaml")));
    CHECK(sandbox.run({"plugin", "manifest", sandbox.path("nothing.so")}).exitCode == 1);
}
