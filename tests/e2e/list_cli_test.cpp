#include "palet_process.hpp"

#include "../support/method_fixture.hpp"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <algorithm>
#include <QJsonObject>

using namespace palet::test;

namespace {

QStringList idsOf(const PaletRun& run)
{
    QStringList ids;
    for (const auto& value : run.json().array()) ids << value.toObject()["id"].toString();
    return ids;
}

} // namespace

TEST_CASE("palet list shows the built-in methods in aligned columns")
{
    const PaletSandbox sandbox;
    const auto run = sandbox.run({"list"});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 5);
    CHECK(lines[0].startsWith("ID"));
    const auto versionColumn = lines[0].indexOf("VERSION");
    const auto row = std::find_if(lines.begin(), lines.end(), [](const QString& line) { return line.startsWith("peer-consultation "); });
    REQUIRE(row != lines.end());
    CHECK(row->mid(versionColumn).startsWith("1.0.0"));
    CHECK(row->contains("Five-step peer consultation"));
}

TEST_CASE("palet list --json keeps its documented contract")
{
    const PaletSandbox sandbox;
    const auto run = sandbox.run({"list", "--json"});
    REQUIRE(run.exitCode == 0);
    const QJsonArray methods = run.json().array();
    REQUIRE(methods.size() >= 4);
    for (const auto& value : methods) {
        const QJsonObject method = value.toObject();
        for (const char* key : {"id", "version", "name", "minutes", "group_size", "styles", "origin"})
            CHECK(method.contains(key));
        const QJsonObject origin = method["origin"].toObject();
        if (origin["kind"] == "plugin") {
            CHECK(origin["path"].toString().endsWith(method["id"].toString() + ".so"));
            CHECK(origin["manifest"].toString().endsWith(method["id"].toString() + ".plugin.yaml"));
        } else {
            CHECK(origin["kind"] == "yaml");
            CHECK(origin["path"].toString().endsWith(method["id"].toString() + ".yaml"));
        }
        CHECK(method["group_size"].toObject()["min"].toInt() >= 2);
    }
    const auto seed = std::find_if(methods.begin(), methods.end(),
                                   [](const QJsonValue& value) { return value.toObject()["id"] == "peer-consultation"; });
    REQUIRE(seed != methods.end());
    CHECK(seed->toObject()["minutes"].toObject() == QJsonObject{{"min", 30}, {"max", 30}});
    CHECK(seed->toObject()["group_size"].toObject()["max"] == 6);
}

TEST_CASE("palet list filters combine")
{
    PaletSandbox sandbox;
    const QString folder = sandbox.path("extra");
    writeFile(folder, "short.yaml", methodYaml("test.short", "1.0.0", "Short", 15, 3, 5).toUtf8());
    writeFile(folder, "long.yaml", methodYaml("test.long", "1.0.0", "Long", 90, 6, 10).toUtf8());
    auto ids = [&](QStringList arguments) {
        const auto run = sandbox.run(QStringList{"list", "--json", "--methods", folder} + arguments);
        REQUIRE(run.exitCode == 0);
        return idsOf(run);
    };
    CHECK(ids({"--group-size", "4"}).contains("test.short"));
    CHECK_FALSE(ids({"--group-size", "4"}).contains("test.long"));
    CHECK_FALSE(ids({"--group-size", "3"}).contains("peer-consultation")); // the seed method wants 4 to 6
    CHECK(ids({"--max-minutes", "20"}).contains("test.short"));
    CHECK_FALSE(ids({"--max-minutes", "20"}).contains("peer-consultation"));
    CHECK(ids({"--style", "dromer", "--theme", "dilemma"}).contains("test.long"));
    CHECK(ids({"--style", "dromer", "--theme", "dilemma", "--group-size", "9"}) == QStringList{"test.long"});
    CHECK(ids({"--theme", "no-such-theme"}).isEmpty());
}

TEST_CASE("palet list refuses a wrong command line with status 2")
{
    const PaletSandbox sandbox;
    for (const QStringList& arguments : {QStringList{"list", "--style", "droomer"}, QStringList{"list", "--group-size", "x"},
                                         QStringList{"list", "--max-minutes", "0"}, QStringList{"list", "--bogus"},
                                         QStringList{"list", "--methods", "/no/such/folder"}, QStringList{"list", "extra"},
                                         QStringList{"list", "--lang", "fr"}}) {
        const auto run = sandbox.run(arguments);
        INFO(arguments.join(' ').toStdString() << " -> " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK_FALSE(run.err.isEmpty());
    }
    CHECK(sandbox.run({"list", "--style", "droomer"}).err.contains("did you mean 'dromer'?"));
}

TEST_CASE("palet list filters by language and by source")
{
    PaletSandbox sandbox;
    const QString folder = sandbox.path("extra");
    writeFile(folder, "dutch.yaml", methodYaml("test.dutch", "1.0.0", "x").replace("name: {en: \"x\"}", "name: {nl: Alleen Nederlands}").toUtf8());
    auto ids = [&](QStringList arguments) {
        const auto run = sandbox.run(QStringList{"list", "--json", "--methods", folder} + arguments);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return idsOf(run);
    };
    CHECK(ids({"--available-in", "nl"}).contains("test.dutch"));
    CHECK_FALSE(ids({"--available-in", "en"}).contains("test.dutch"));
    CHECK(ids({"--source", "--methods"}) == QStringList{"test.dutch"});
    const QStringList hendriksen = ids({"--source", "hendriksen"});
    CHECK(hendriksen.contains("incident-method"));
    CHECK_FALSE(hendriksen.contains("peer-consultation"));
    CHECK(ids({"--source", "Move!"}) == QStringList{"peer-consultation"});
}
