#include "catalog/method_catalog.hpp"
#include "catalog/method_overview.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

using namespace palet;

namespace {

const MethodCatalog& builtins()
{
    static const MethodCatalog catalog = MethodCatalog::load({{PALET_BUILTIN_METHODS, "built-in"}});
    return catalog;
}

} // namespace

TEST_CASE("every built-in method's overview survives the cache's form")
{
    REQUIRE(builtins().methods().size() >= 14);
    for (const auto& entry : builtins().methods()) {
        INFO(entry.headline().id);
        const MethodOverview overview = MethodOverview::of(entry.spec());
        CHECK(overview == entry.overview());
        // Listing and recommending rank by the overview alone: it must say what the spec says
        // for every group size a command accepts.
        for (int members = 2; members <= 40; ++members)
            CHECK(overview.minutesFor(members) == entry.spec().minutesFor(members));
        for (const Condition condition : allConditions)
            CHECK(overview.needs(condition) == entry.spec().needs(condition));
        for (const LearningStyle style : allLearningStyles) CHECK(overview.suits(style) == entry.spec().suits(style));
        ByteWriter out;
        encode(out, overview);
        ByteReader in{out.bytes()};
        MethodOverview back;
        REQUIRE(decode(in, back));
        CHECK(in.atEnd());
        CHECK(back == overview);
    }
}

TEST_CASE("an overview's bytes cut short or spoilt are refused, never read past")
{
    ByteWriter out;
    encode(out, builtins().methods().front().overview());
    const std::string bytes = out.bytes();
    for (std::size_t length = 0; length < bytes.size(); ++length) {
        ByteReader in{std::string_view{bytes}.substr(0, length)};
        MethodOverview back;
        INFO("cut at " << length);
        CHECK_FALSE(decode(in, back));
    }
    for (std::size_t at = 0; at < bytes.size(); ++at) {
        std::string spoilt = bytes;
        spoilt[at] = '\xff';
        ByteReader in{spoilt};
        MethodOverview back;
        decode(in, back); // may or may not notice; must not read past the bytes or crash
    }
}

TEST_CASE("varints give back every number at their edges, and a damaged one is refused")
{
    const std::vector<std::int64_t> numbers{0, 1, -1, 63, -64, 64, 127, 128, 300, -300, INT32_MAX, INT32_MIN,
                                            INT64_MAX, INT64_MIN};
    ByteWriter out;
    for (const std::int64_t number : numbers) out.svarint(number);
    out.varint(UINT64_MAX);
    out.shortText("");
    out.shortText(std::string(200, 'a'));
    ByteReader in{out.bytes()};
    for (const std::int64_t number : numbers) CHECK(in.svarint() == number);
    CHECK(in.varint() == UINT64_MAX);
    CHECK(in.shortText().empty());
    CHECK(in.shortText() == std::string(200, 'a'));
    CHECK(in.atEnd());
    CHECK_FALSE(in.failed());

    const std::string elevenBytes = std::string(11, '\x80') + '\x01';
    ByteReader tooLong{elevenBytes};
    tooLong.varint();
    CHECK(tooLong.failed());
    const std::string pastTheEnd = "\x05" "abc";
    ByteReader cut{pastTheEnd};
    CHECK(cut.shortText().empty());
    CHECK(cut.failed());
    const std::string beyondAnInt = "\xff\xff\xff\xff\x7f";
    ByteReader tooLarge{beyondAnInt};
    tooLarge.smallInt();
    CHECK(tooLarge.failed());
}
