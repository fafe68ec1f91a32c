#include "palet_process.hpp"

#include "../support/method_fixture.hpp"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>
#include <QFile>
#include <QFileInfo>
#include <QThread>

using namespace palet::test;

namespace {

QJsonObject methodIn(const PaletRun& run, const QString& id)
{
    for (const auto& value : run.json().array())
        if (value.toObject()["id"] == id) return value.toObject();
    return {};
}

bool cacheHolds(const QString& cacheFile, const QString& text)
{
    QFile file{cacheFile};
    return file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8());
}

} // namespace

TEST_CASE("a user's method of the same id and version overrides the built-in one")
{
    PaletSandbox sandbox;
    writeFile(sandbox.userMethods(), "mine.yaml",
              methodYaml("peer-consultation", "1.0.0", "Our own consultation").toUtf8());
    const auto list = sandbox.run({"list", "--json"});
    REQUIRE(list.exitCode == 0);
    const QJsonObject method = methodIn(list, "peer-consultation");
    CHECK(method["name"] == "Our own consultation");
    CHECK(method["origin"].toObject()["source"] == "XDG_DATA_HOME");

    const auto verbose = sandbox.run({"list", "--verbose"});
    CHECK(verbose.out.contains("shadowed: peer-consultation 1.0.0 from "));
    CHECK(verbose.out.contains("(built-in), by " + sandbox.userMethods() + "/mine.yaml (XDG_DATA_HOME)"));
}

TEST_CASE("a lower version does not override — the folders of every source are searched")
{
    PaletSandbox sandbox;
    writeFile(sandbox.userMethods(), "old.yaml", methodYaml("peer-consultation", "0.9.0", "Old copy").toUtf8());
    writeMethod(sandbox.path("system/palet/methods"), "from-system", "1.0.0", "System");
    writeMethod(sandbox.path("path-a"), "from-path", "1.0.0", "Path A");
    writeMethod(sandbox.path("path-b"), "from-path", "1.0.0", "Path B");
    writeMethod(sandbox.path("cli"), "from-cli", "1.0.0", "Command line");
    sandbox.set("PALET_METHOD_PATH", sandbox.path("path-a") + ":" + sandbox.path("path-b"));

    const auto list = sandbox.run({"list", "--json", "--methods", sandbox.path("cli")});
    REQUIRE(list.exitCode == 0);
    CHECK(methodIn(list, "peer-consultation")["version"] == "1.0.0");
    CHECK(methodIn(list, "from-system")["origin"].toObject()["source"] == "XDG_DATA_DIRS");
    CHECK(methodIn(list, "from-path")["name"] == "Path A"); // the first entry wins, as in PATH
    CHECK(methodIn(list, "from-cli")["origin"].toObject()["source"] == "--methods");
}

TEST_CASE("a bad file is reported on standard error and every good one still loads")
{
    PaletSandbox sandbox;
    writeMethod(sandbox.userMethods(), "fine", "1.0.0", "Fine");
    const QString bad = writeFile(sandbox.userMethods(), "broken.yaml", "id: broken\nversion: 1.0\n");
    const auto list = sandbox.run({"list", "--json"});
    CHECK(list.exitCode == 0);
    CHECK_FALSE(methodIn(list, "fine").isEmpty());
    CHECK(methodIn(list, "peer-consultation")["origin"].toObject()["source"] == "built-in");
    CHECK(list.err.contains("palet: skipped: " + bad + ":2:10: '1.0' is not a version"));
}

TEST_CASE("version, help and unknown commands")
{
    const PaletSandbox sandbox;
    const auto version = sandbox.run({"--version"});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith("palet 0."));
    const auto help = sandbox.run({"help"});
    CHECK(help.exitCode == 0);
    for (const char* command : {"list", "show", "validate"}) CHECK(help.out.contains(command));
    const auto listHelp = sandbox.run({"list", "--help"});
    CHECK(listHelp.exitCode == 0);
    CHECK(listHelp.out.contains("--max-minutes"));
    CHECK(sandbox.run({"help", "show"}).out.contains("--group-size"));
    const auto unknown = sandbox.run({"lst"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("did you mean 'list'?"));
    CHECK(sandbox.run({}).exitCode == 2);
}

TEST_CASE("the metadata cache lives under XDG_CACHE_HOME and PALET_NO_CACHE bypasses it")
{
    PaletSandbox sandbox;
    const QString cacheFile = sandbox.path("cache/palet/catalog.cache");
    writeMethod(sandbox.userMethods(), "cached", "1.0.0", "Before");
    const auto first = sandbox.run({"list", "--json"});
    REQUIRE(first.exitCode == 0);
    REQUIRE(QFileInfo::exists(cacheFile));
    CHECK(sandbox.run({"list", "--json"}).out == first.out);

    // A changed file is read again, cache or not.
    writeFile(sandbox.userMethods(), "cached-1.0.0.yaml", methodYaml("cached", "1.0.0", "After, and longer").toUtf8());
    CHECK(methodIn(sandbox.run({"list", "--json"}), "cached")["name"] == "After, and longer");

    QFile::remove(cacheFile);
    sandbox.set("PALET_NO_CACHE", "1");
    CHECK(methodIn(sandbox.run({"list", "--json"}), "cached")["name"] == "After, and longer");
    CHECK_FALSE(QFileInfo::exists(cacheFile));
}

TEST_CASE("palet list prints its kept listing again only while nothing it read has changed")
{
    PaletSandbox sandbox;
    const QString cacheFile = sandbox.path("cache/palet/catalog.cache");
    writeMethod(sandbox.userMethods(), "kept", "1.0.0", "Kept");
    writeMethod(sandbox.userMethods() + "/firm", "deep", "1.0.0", "Deep");
    const QString bad = writeFile(sandbox.userMethods(), "broken.yaml", "id: broken\nversion: 1.0\n");
    // A listing read within two seconds of a change to its files is not kept.
    const auto fresh = sandbox.run({"list", "--json"});
    REQUIRE(fresh.exitCode == 0);
    CHECK_FALSE(cacheHolds(cacheFile, fresh.out));
    QThread::msleep(2100);

    const auto first = sandbox.run({"list", "--json"});
    REQUIRE(first.exitCode == 0);
    CHECK(first.out == fresh.out);
    CHECK(cacheHolds(cacheFile, first.out)); // kept whole

    const auto again = sandbox.run({"list", "--json"});
    CHECK(again.exitCode == 0);
    CHECK(again.out == first.out);
    CHECK(again.err == first.err); // the skipped file is still reported
    CHECK(again.err.contains("palet: skipped: " + bad + ":2:10: '1.0' is not a version"));
    // A trace must show every file considered, so it never prints a kept listing.
    sandbox.set("PALET_DEBUG_PLUGINS", "1");
    const auto traced = sandbox.run({"list", "--json"});
    CHECK(traced.out == first.out);
    CHECK(traced.err.contains("considering manifest "));
    sandbox.set("PALET_DEBUG_PLUGINS", "0");
    // Each language and layout is a listing of its own.
    CHECK(methodIn(sandbox.run({"list", "--json", "--lang", "nl"}), "peer-consultation")["name"] ==
          "Collegiaal consult in vijf stappen");
    CHECK(methodIn(sandbox.run({"list", "--json"}), "peer-consultation")["name"] == "Five-step peer consultation");

    SECTION("a script rewritten")
    {
        writeMethod(sandbox.userMethods() + "/firm", "deep", "1.0.0", "Diep");
        CHECK(methodIn(sandbox.run({"list", "--json"}), "deep")["name"] == "Diep");
    }
    SECTION("a script removed")
    {
        REQUIRE(QFile::remove(sandbox.userMethods() + "/kept-1.0.0.yaml"));
        CHECK(methodIn(sandbox.run({"list", "--json"}), "kept").isEmpty());
    }
    SECTION("another folder searched")
    {
        writeMethod(sandbox.path("more"), "more", "1.0.0", "More");
        CHECK_FALSE(methodIn(sandbox.run({"list", "--json", "--methods", sandbox.path("more")}), "more").isEmpty());
    }
    SECTION("the bad script mended")
    {
        writeMethod(sandbox.userMethods(), "broken", "1.0.0", "Mended");
        REQUIRE(QFile::remove(bad));
        const auto mended = sandbox.run({"list", "--json"});
        CHECK(mended.err.isEmpty());
        CHECK(methodIn(mended, "broken")["name"] == "Mended");
    }
}
