#include <palet/method_spec.hpp>

#include <catch2/catch.hpp>

using namespace palet;

TEST_CASE("a semantic version parses three whole numbers and compares numerically")
{
    REQUIRE(SemanticVersion::parse("1.2.3") == SemanticVersion{1, 2, 3});
    CHECK(SemanticVersion::parse("1.10.0") > SemanticVersion::parse("1.9.9"));
    CHECK(SemanticVersion::parse("0.0.0") == SemanticVersion{0, 0, 0});
    for (const char* bad : {"", "1", "1.2", "1.2.3.4", "1..3", "01.2.3", "1.2.x", "-1.2.3", "1.2.3-beta", "a.b.c",
                            "9999999999.0.0"})
        CHECK_FALSE(SemanticVersion::parse(bad));
    CHECK(SemanticVersion{2, 0, 1}.toString() == "2.0.1");
}

TEST_CASE("a localized text falls back to the other language")
{
    const LocalizedText both{"Inbrenger", "Case owner"};
    CHECK(both.in(Language::nl) == "Inbrenger");
    CHECK(both.in(Language::en) == "Case owner");
    const LocalizedText dutchOnly{"Inbrenger", ""};
    CHECK(dutchOnly.in(Language::en) == "Inbrenger");
    CHECK_FALSE(dutchOnly.hasBoth());
    CHECK(LocalizedText{}.empty());
}

TEST_CASE("learning styles are known by their Dutch ids and English names")
{
    CHECK(learningStyleFromId("dromer") == LearningStyle::dromer);
    CHECK(learningStyleFromId("decider") == LearningStyle::beslisser);
    CHECK_FALSE(learningStyleFromId("Dromer"));
    CHECK(conditionFromId("safe-group") == Condition::safeGroup);
    CHECK_FALSE(conditionFromId("safe"));
}

TEST_CASE("phase minutes follow from the group size")
{
    CHECK(PhaseDuration::fixed(10).forGroup(6) == MinuteRange{10, 10});
    CHECK(PhaseDuration::range(5, 15).forGroup(6) == MinuteRange{5, 15});
    const auto round = PhaseDuration::eachParticipant(2, 6, 14);
    CHECK(round.forGroup(5) == MinuteRange{10, 10});
    CHECK(round.forGroup(2) == MinuteRange{6, 6});   // raised to the lower bound
    CHECK(round.forGroup(10) == MinuteRange{14, 14}); // capped at the upper bound
}

TEST_CASE("a method's total minutes are the sum of its phases for the group")
{
    MethodSpec spec;
    spec.phases.push_back({"a", {}, {}, PhaseDuration::fixed(3), {}, {}, {}});
    spec.phases.push_back({"b", {}, {}, PhaseDuration::range(10, 20), {}, {}, {}});
    spec.phases.push_back({"c", {}, {}, PhaseDuration::eachParticipant(2, 1, 240), {}, {}, {}});
    CHECK(spec.minutesFor(4) == MinuteRange{21, 31});
    CHECK(spec.minutesFor(8) == MinuteRange{29, 39});
}

TEST_CASE("a phase says who may speak")
{
    Phase phase;
    CHECK(phase.maySpeak("case-owner")); // no speakers listed: everyone may
    phase.speakers = {"adviser"};
    CHECK(phase.maySpeak("adviser"));
    CHECK_FALSE(phase.maySpeak("case-owner"));
}
