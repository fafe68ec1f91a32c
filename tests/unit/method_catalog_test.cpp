#include "catalog/method_catalog.hpp"

#include "../support/method_fixture.hpp"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace palet;
using palet::test::writeFile;
using palet::test::writeMethod;

namespace {

std::string nameOf(const MethodCatalog& catalog, std::string_view id)
{
    const auto* entry = catalog.find(id);
    REQUIRE(entry);
    return entry->spec().name.en;
}

} // namespace

TEST_CASE("the catalog finds methods in folders and their subfolders, sorted by id")
{
    QTemporaryDir root;
    writeMethod(root.filePath("a"), "zeta", "1.0.0", "Zeta");
    writeMethod(root.filePath("a/pack/deeper"), "alpha", "1.0.0", "Alpha");
    writeFile(root.filePath("a"), "readme.txt", "not a method");
    writeFile(root.filePath("a"), "other.yml", palet::test::methodYaml("beta", "1.0.0", "Beta").toUtf8());

    const auto catalog = MethodCatalog::load({{root.filePath("a").toStdString(), "test"}, {"/no/such/folder", "test"}});
    REQUIRE(catalog.problems().empty());
    CHECK(catalog.ids() == std::vector<std::string_view>{"alpha", "beta", "zeta"});
    CHECK(catalog.find("alpha")->origin.kind == MethodOrigin::Kind::yaml);
    CHECK(catalog.find("alpha")->origin.source == "test");
    CHECK_THAT(catalog.find("alpha")->origin.path, Catch::EndsWith("pack/deeper/alpha-1.0.0.yaml"));
    CHECK_FALSE(catalog.find("readme"));
}

TEST_CASE("a bad file is reported and skipped — the good ones still load")
{
    QTemporaryDir root;
    writeMethod(root.path(), "good", "1.0.0", "Good");
    const QString bad = writeFile(root.path(), "bad.yaml", "id: bad\nversion: 1.0.0\nname: {en: Bad}\n");
    writeFile(root.path(), "broken.yaml", "id: [unclosed\n");

    const auto catalog = MethodCatalog::load({{root.path().toStdString(), "test"}});
    CHECK(catalog.ids() == std::vector<std::string_view>{"good"});
    REQUIRE(catalog.problems().size() == 4); // three missing keys in bad.yaml, one syntax error
    CHECK(catalog.problems().front().toString() == bad.toStdString() + ":1:1: missing required key 'group_size' in method");
}

TEST_CASE("the same id twice: the higher version wins, whatever the order")
{
    QTemporaryDir root;
    writeMethod(root.filePath("low"), "shared", "2.0.0", "Newer, lower precedence");
    writeMethod(root.filePath("high"), "shared", "1.9.9", "Older, higher precedence");

    const auto catalog = MethodCatalog::load({{root.filePath("low").toStdString(), "built-in"},
                                              {root.filePath("high").toStdString(), "XDG_DATA_HOME"}});
    CHECK(nameOf(catalog, "shared") == "Newer, lower precedence");
    REQUIRE(catalog.shadowed().size() == 1);
    CHECK(catalog.shadowed()[0].entry.spec().version == SemanticVersion{1, 9, 9});
    CHECK(catalog.shadowed()[0].winner.source == "built-in");
}

TEST_CASE("equal versions: the later source wins, so a user can override a built-in method")
{
    QTemporaryDir root;
    writeMethod(root.filePath("builtin"), "shared", "1.0.0", "Built-in");
    writeMethod(root.filePath("user"), "shared", "1.0.0", "User's own");

    const auto catalog = MethodCatalog::load({{root.filePath("builtin").toStdString(), "built-in"},
                                              {root.filePath("user").toStdString(), "XDG_DATA_HOME"}});
    CHECK(nameOf(catalog, "shared") == "User's own");
    REQUIRE(catalog.shadowed().size() == 1);
    CHECK(catalog.shadowed()[0].entry.origin.source == "built-in");
    CHECK(catalog.shadowed()[0].winner.source == "XDG_DATA_HOME");
}

TEST_CASE("a folder reached twice is read once")
{
    QTemporaryDir root;
    writeMethod(root.path(), "once", "1.0.0", "Once");
    const auto catalog = MethodCatalog::load({{root.path().toStdString(), "built-in"},
                                              {root.path().toStdString() + "/.", "XDG_DATA_DIRS"}});
    CHECK(catalog.methods().size() == 1);
    CHECK(catalog.shadowed().empty());
}
