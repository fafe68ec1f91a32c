#include "catalog/yaml_tree.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace palet;
using Kind = YamlNode::Kind;

namespace {

std::string firstError(const YamlReadResult& result)
{
    return result.errors.empty() ? std::string{} : result.errors.front().toString();
}

} // namespace

TEST_CASE("the tree keeps positions, quoting and duplicate keys")
{
    const auto result = readYamlDocument("a: 1\nb: \"2\"\na: [x, y]\n", "t.yaml");
    REQUIRE(result.errors.empty());
    const YamlNode& root = *result.root;
    REQUIRE(root.kind == Kind::map);
    REQUIRE(root.entries.size() == 3); // the duplicate is kept for the reader to refuse
    CHECK(root.entries[0].first->scalar == "a");
    CHECK_FALSE(root.entries[0].second->quoted);
    CHECK(root.entries[1].second->quoted);
    const YamlNode& list = *root.entries[2].second;
    CHECK(list.kind == Kind::sequence);
    CHECK(list.line == 3);
    CHECK(list.column == 4);
    CHECK(list.items[1]->scalar == "y");
    CHECK(list.items[1]->column == 8);
}

TEST_CASE("an empty value is a null node")
{
    const auto result = readYamlDocument("a:\nb: ~\n", "t.yaml");
    REQUIRE(result.root);
    CHECK(result.root->entries[0].second->kind == Kind::null);
    CHECK(result.root->entries[1].second->kind == Kind::null);
}

TEST_CASE("syntax errors name the file, line and column")
{
    const auto result = readYamlDocument("a: 1\nb: [1, 2\n", "bad.yaml");
    REQUIRE_FALSE(result.root);
    CHECK_THAT(firstError(result), Catch::StartsWith("bad.yaml:"));
    CHECK(result.errors.front().line >= 2);
}

TEST_CASE("a file holds one document")
{
    const auto result = readYamlDocument("a: 1\n---\nb: 2\n", "two.yaml");
    REQUIRE_FALSE(result.root);
    CHECK_THAT(firstError(result), Catch::Contains("second document"));
    CHECK(readYamlDocument("", "empty.yaml").errors.size() == 1);
}

TEST_CASE("hostile input is refused within its bounds")
{
    SECTION("too large")
    {
        const std::string big(YamlLimits{}.maxBytes + 1, 'a');
        CHECK_THAT(firstError(readYamlDocument(big, "big.yaml")), Catch::Contains("larger than"));
    }
    SECTION("nested too deep")
    {
        const std::string deep = std::string(100000, '[') + std::string(100000, ']');
        CHECK_THAT(firstError(readYamlDocument(deep, "deep.yaml")), Catch::Contains("nesting deeper than 32"));
    }
    SECTION("an alias bomb")
    {
        std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char name = 'b'; name <= 'k'; ++name) {
            const char previous = static_cast<char>(name - 1);
            bomb += std::string{name} + ": &" + name + " [";
            for (int i = 0; i < 10; ++i) bomb += std::string{i ? ", *" : "*"} + previous;
            bomb += "]\n";
        }
        CHECK_THAT(firstError(readYamlDocument(bomb, "bomb.yaml")), Catch::Contains("more than 20000 nodes"));
    }
    SECTION("too many nodes")
    {
        std::string many = "[";
        for (int i = 0; i < 30000; ++i) many += "1,";
        many += "1]";
        CHECK_THAT(firstError(readYamlDocument(many, "many.yaml")), Catch::Contains("more than 20000 nodes"));
    }
    SECTION("not UTF-8")
    {
        const auto result = readYamlDocument("a: 1\nb: \xff\xfe\n", "latin.yaml");
        CHECK(firstError(result) == "latin.yaml:2:4: the text is not valid UTF-8 (or contains a NUL byte)");
    }
    SECTION("a NUL byte")
    {
        const std::string text{"a: 1\0", 5};
        CHECK_THAT(firstError(readYamlDocument(text, "nul.yaml")), Catch::Contains("NUL"));
    }
    SECTION("an alias to an unknown anchor")
    {
        CHECK_FALSE(readYamlDocument("a: *nowhere\n", "alias.yaml").errors.empty());
    }
}

TEST_CASE("aliases share what they refer to and count towards the limit")
{
    const auto result = readYamlDocument("base: &b {nl: Hallo, en: Hello}\ncopy: *b\n", "alias.yaml");
    REQUIRE(result.errors.empty());
    CHECK(result.root->entries[1].second->entries[1].second->scalar == "Hello");
    CHECK(result.root->size == 1 + 2 * (1 + 4) + 2);
}
