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
    CHECK(PhaseDuration::fixed(10).secondsFor(6) == SecondRange{600, 600});
    CHECK(PhaseDuration::range(5, 15).secondsFor(6) == SecondRange{300, 900});
    const auto round = PhaseDuration::eachParticipant(2, 6, 14);
    CHECK(round.secondsFor(5) == SecondRange{600, 600});
    CHECK(round.secondsFor(2) == SecondRange{360, 360});   // raised to the lower bound
    CHECK(round.secondsFor(10) == SecondRange{840, 840}); // capped at the upper bound
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

TEST_CASE("phases keep seconds, and a method's whole minutes are their sum rounded up")
{
    CHECK(PhaseDuration::fixed(7) == PhaseDuration::fixedSeconds(420)); // the factories in minutes mean minutes
    CHECK(PhaseDuration::fixedSeconds(450).secondsFor(5) == SecondRange{450, 450});
    CHECK(PhaseDuration::rangeSeconds(300, 450).secondsFor(5) == SecondRange{300, 450});
    const auto turns = PhaseDuration::eachParticipantSeconds(30, 120, 300); // 30 s a member, 2 to 5 minutes
    CHECK(turns.secondsFor(3) == SecondRange{120, 120});
    CHECK(turns.secondsFor(7) == SecondRange{210, 210});
    CHECK(turns.secondsFor(12) == SecondRange{300, 300});
    CHECK(PhaseDuration::range(5, 10).inWholeMinutes());
    CHECK_FALSE(PhaseDuration::fixedSeconds(450).inWholeMinutes());
    CHECK_FALSE(turns.inWholeMinutes());
    CHECK(minutesRoundedUp(450) == 8);
    CHECK(minutesRoundedUp(420) == 7);
    CHECK(minutesRoundedUp(0) == 0);

    MethodSpec spec;
    spec.phases.push_back({"diagnosis", {}, {}, PhaseDuration::fixedSeconds(450), {}, {}, {}});
    spec.phases.push_back({"solutions", {}, {}, PhaseDuration::fixedSeconds(450), {}, {}, {}});
    CHECK(spec.phaseSecondsFor(5) == SecondRange{900, 900});
    CHECK(spec.minutesFor(5) == MinuteRange{15, 15}); // not 8 + 8
    spec.phases.push_back({"turns", {}, {}, turns, {}, {}, {}});
    CHECK(spec.minutesFor(7) == MinuteRange{19, 19}); // 900 + 210 seconds: 18½ minutes take 19
}

TEST_CASE("a phase says who may speak")
{
    Phase phase;
    CHECK(phase.maySpeak("case-owner")); // no speakers listed: everyone may
    phase.speakers = {"adviser"};
    CHECK(phase.maySpeak("adviser"));
    CHECK_FALSE(phase.maySpeak("case-owner"));
}
