// Format 2 of the method scripts: its constructs, their refusal in format 1, and the messages that
// name the likely cause of a common slip.

#include "catalog/yaml_method_reader.hpp"
#include "method_yaml_support.hpp"
#include "planning/minute_sharing.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace palet;

namespace {

const std::string format2Method = R"(format: 2
id: demo
version: 1.0.0
name: {nl: Demo, en: Demo}
group_size: {min: 5}
roles:
  - id: case-owner
    name: {en: Case owner}
    holders: one
  - id: adviser
    name: {en: Adviser}
    holders: everyone-else
phases:
  - id: write
    name: {en: Write}
    minutes: 5
    instructions:
      adviser: {en: Write your advice down.}
    speakers: []
    absent: [case-owner]
  - id: discuss
    name: {en: Discuss}
    minutes: 10
    instructions:
      adviser: {en: Discuss the advice.}
      case-owner: {en: Listen with your back turned.}
    back_turned: [case-owner]
)";

} // namespace

TEST_CASE("format 2: silent phases, roles out of the room or with their back turned, a group with only a minimum")
{
    const auto result = readMethodYaml(format2Method, "m.yaml");
    INFO((result.errors.empty() ? std::string{} : result.errors.front().toString()));
    REQUIRE(result.method);
    const MethodSpec& spec = *result.method;

    CHECK(spec.groupSize.open);
    CHECK(spec.groupSize.min == 5);
    CHECK(spec.groupSize.max == maxGroupMembers);
    CHECK(spec.groupSize.ideal == 5);
    CHECK(spec.groupSize.admits(12));

    const Phase& write = spec.phases[0];
    CHECK(write.silent);
    CHECK(write.speakers.empty());
    CHECK_FALSE(write.maySpeak("adviser")); // no speakers listed, yet nobody may speak
    CHECK(write.presenceOf("case-owner") == Presence::absent);
    CHECK(write.presenceOf("adviser") == Presence::inCircle);

    const Phase& discuss = spec.phases[1];
    CHECK_FALSE(discuss.silent);
    CHECK(discuss.maySpeak("adviser"));
    CHECK(discuss.presenceOf("case-owner") == Presence::backTurned);
    CHECK(discuss.maySpeak("case-owner")); // back turned: present, and the method may let them speak
}

TEST_CASE("format 1 files mean what they meant, and refuse the constructs of format 2 with a pointer to it")
{
    const std::string format1 = replaced(format2Method, "format: 2", "format: 1");
    CHECK(errorsOf(format1)
          == std::vector<std::string>{
              "m.yaml:5:13: missing required key 'max' in group_size (format 2 allows a group with only a minimum)",
              "m.yaml:19:15: speakers must name at least one role; leave it out when everyone may speak "
              "(in format 2, 'speakers: []' makes a silent phase)",
              "m.yaml:20:13: 'absent' is part of format 2: put 'format: 2' at the top of the file",
              "m.yaml:27:18: 'back_turned' is part of format 2: put 'format: 2' at the top of the file"});

    // Without a format line a file is format 1, as it always was.
    const std::string unmarked = replaced(replaced(format2Method, "format: 2\n", ""), "{min: 5}", "{min: 5, max: 8}");
    CHECK(errorsOf(unmarked).size() == 3);
    const auto closed = readMethodYaml(replaced(format2Method, "{min: 5}", "{min: 5, max: 8}"), "m.yaml");
    REQUIRE(closed.method);
    CHECK_FALSE(closed.method->groupSize.open);
    CHECK(closed.method->groupSize.ideal == 6);
}

TEST_CASE("format 2: presence is checked against the roles and the speakers")
{
    CHECK(errorsOf(replaced(format2Method, "absent: [case-owner]", "absent: [case-ower]"))
          == std::vector<std::string>{"m.yaml:20:14: unknown role 'case-ower'; did you mean 'case-owner'?"});
    CHECK(errorsOf(replaced(format2Method, "absent: [case-owner]", "absent: []"))
          == std::vector<std::string>{"m.yaml:20:13: the list names no role; leave the key out instead"});
    CHECK(errorsOf(replaced(format2Method, "absent: [case-owner]", "absent: [case-owner, case-owner]"))
          == std::vector<std::string>{"m.yaml:20:26: role 'case-owner' is named twice in this list"});
    CHECK(errorsOf(replaced(format2Method, "back_turned: [case-owner]", "back_turned: [case-owner]\n    absent: [case-owner]"))
          == std::vector<std::string>{"m.yaml:21:5: role 'case-owner' is both absent and back-turned in this phase; choose one"});
    CHECK(errorsOf(replaced(format2Method, "speakers: []\n    absent: [case-owner]", "speakers: [case-owner]\n    absent: [case-owner]"))
          == std::vector<std::string>{"m.yaml:19:15: role 'case-owner' speaks in this phase but is absent from it"});
}

TEST_CASE("validator messages name the likely cause of common slips")
{
    SECTION("a range written as text")
    {
        CHECK(errorsOf(replaced(format2Method, "minutes: 5", "minutes: \"5-10\""))
              == std::vector<std::string>{"m.yaml:16:14: minutes '5-10' is text, not a range: write {min: 5, max: 10}"});
        CHECK(errorsOf(replaced(format2Method, "minutes: 5", "minutes: 5 – 10"))
              == std::vector<std::string>{"m.yaml:16:14: minutes '5 – 10' is text, not a range: write {min: 5, max: 10}"});
    }
    SECTION("empty texts are empty, not missing a language")
    {
        CHECK(errorsOf(replaced(format2Method, "name: {nl: Demo, en: Demo}", "name: {nl: \"\", en: \"\"}"))
              == std::vector<std::string>{
                  "m.yaml:4:7: the texts are empty: write the text itself after the language, e.g. {nl: Vertellen, en: Tell}"});
    }
    SECTION("an unquoted comma inside a flow text")
    {
        CHECK(errorsOf(replaced(format2Method, "name: {en: Write}", "name: {nl: Ronde 1, schrijven, en: Write}"))
              == std::vector<std::string>{
                  "m.yaml:15:25: unknown key 'schrijven' in text: an unquoted comma inside {nl: ...} ends the text "
                  "there, so the rest became a key; put the whole text in quotes, e.g. {nl: \"Ronde 1, vragen\"}"});
        // What is no language tag at all is named as such.
        CHECK(errorsOf(replaced(format2Method, "name: {en: Write}", "name: {en: Write, n_l: Schrijven}"))
              == std::vector<std::string>{"m.yaml:15:23: 'n_l' is not a language tag (such as nl, en, de or fr-BE)"});
    }
}

TEST_CASE("spare minutes are shared in proportion to each phase's room")
{
    // Three rounds of 5–15 and a closing of 2–4: room 10, 10, 10, 2.
    const std::vector<MinuteRange> ranges{{5, 15}, {5, 15}, {5, 15}, {2, 4}};
    CHECK(shareMinutes(ranges, 17) == std::vector<int>{5, 5, 5, 2});      // nothing spare
    CHECK(shareMinutes(ranges, 33) == std::vector<int>{10, 10, 10, 3});   // 16 spare: 5, 5, 5, 1
    CHECK(shareMinutes(ranges, 34) == std::vector<int>{11, 10, 10, 3});   // 17: the earliest takes the extra
    CHECK(shareMinutes(ranges, 100) == std::vector<int>{15, 15, 15, 4});  // never past the most
    CHECK(shareMinutes(ranges, 10) == std::vector<int>{5, 5, 5, 2});      // never below the least
    CHECK(shareMinutes({{3, 3}, {10, 30}, {5, 10}}, 28) == std::vector<int>{3, 18, 7}); // 10 spare: 8, 2
    CHECK(shareMinutes({}, 30).empty());
}

TEST_CASE("format 2: how many members hold a role")
{
    const auto counted = readMethodYaml(replaced(format2Method, "holders: everyone-else", "holders: {min: 3, max: 4}"), "m.yaml");
    REQUIRE(counted.method);
    const Role& advisers = counted.method->roles[1];
    CHECK(advisers.holders == RoleHolders::counted);
    CHECK(advisers.fewest == 3);
    CHECK(advisers.most == 4);

    const auto atLeast = readMethodYaml(replaced(format2Method, "holders: everyone-else", "holders: {min: 2}"), "m.yaml");
    REQUIRE(atLeast.method);
    CHECK(atLeast.method->roles[1].most == maxGroupMembers);

    CHECK(errorsOf(replaced(format2Method, "holders: everyone-else", "holders: {min: 5, max: 4}"))
          == std::vector<std::string>{"m.yaml:12:20: holders min (5) is larger than max (4)"});
    CHECK(errorsOf(replaced(format2Method, "holders: everyone-else", "holders: {max: 4}"))
          == std::vector<std::string>{"m.yaml:12:14: missing required key 'min' in holders"});
    const auto format1 = errorsOf(replaced(replaced(format2Method, "format: 2\n", ""), "holders: everyone-else", "holders: {min: 3, max: 4}"));
    CHECK(std::find(format1.begin(), format1.end(),
                    "m.yaml:11:14: a number of holders {min, max} is part of format 2: put 'format: 2' at the top of the file")
          != format1.end());
}

TEST_CASE("format 2: optional phases, and the facilitator's choice when planning")
{
    const std::string yaml = replaced(replaced(format2Method, "    absent: [case-owner]\n", "    absent: [case-owner]\n    optional: left-out\n"),
                                      "    back_turned: [case-owner]\n", "    back_turned: [case-owner]\n    optional: included\n");
    const auto result = readMethodYaml(yaml, "m.yaml");
    INFO((result.errors.empty() ? std::string{} : result.errors.front().toString()));
    REQUIRE(result.method);
    const MethodSpec& spec = *result.method;
    CHECK(spec.phases[0].inclusion == Inclusion::whenChosen);
    CHECK(spec.phases[1].inclusion == Inclusion::unlessLeftOut);
    CHECK(spec.minutesFor(5) == MinuteRange{10, 10}); // the phase run only when chosen does not count

    CHECK(errorsOf(replaced(format2Method, "    absent: [case-owner]\n", "    absent: [case-owner]\n    optional: true\n"))
          == std::vector<std::string>{"m.yaml:21:15: say what happens when nobody chooses: 'optional: included' (it runs unless "
                                      "left out) or 'optional: left-out' (it runs only when chosen)"});
    CHECK(errorsOf(replaced(format2Method, "    absent: [case-owner]\n", "    absent: [case-owner]\n    optional: left-ot\n"))
          == std::vector<std::string>{"m.yaml:21:15: unknown optional value 'left-ot'; did you mean 'left-out'?"});
}

TEST_CASE("format 2: the method's own minutes, which its phases fill")
{
    const auto own = readMethodYaml(format2Method + "minutes: {min: 20, max: 25}\n", "m.yaml");
    INFO((own.errors.empty() ? std::string{} : own.errors.front().toString()));
    REQUIRE(own.method);
    CHECK(own.method->ownMinutes == MinuteRange{20, 25});
    CHECK(own.method->minutesFor(5) == MinuteRange{20, 25});      // what lists and plans reserve
    CHECK(own.method->phaseMinutesFor(5) == MinuteRange{15, 15}); // what the steps say

    const auto fixed = readMethodYaml(format2Method + "minutes: 18\n", "m.yaml");
    REQUIRE(fixed.method);
    CHECK(fixed.method->ownMinutes == MinuteRange{18, 18});

    CHECK(errorsOf(format2Method + "minutes: 10\n")
          == std::vector<std::string>{
              "m.yaml:28:10: the phases take at least 15 minutes with 5 members, more than the method's own 10"});
    CHECK(errorsOf(format2Method + "minutes: \"45-50\"\n")
          == std::vector<std::string>{"m.yaml:28:10: minutes '45-50' is text, not a range: write {min: 45, max: 50}"});
    const auto format1 = errorsOf(replaced(format2Method, "format: 2\n", "") + "minutes: 20\n");
    CHECK(format1.back() == "m.yaml:27:10: a method's own minutes is part of format 2: put 'format: 2' at the top of the file");
}

TEST_CASE("past their most, phases fill a method's own minutes in proportion to their length")
{
    const std::vector<MinuteRange> ranges{{10, 10}, {5, 10}, {2, 4}};
    CHECK(shareMinutes(ranges, 30) == std::vector<int>{10, 10, 4}); // never past the most by default
    CHECK(shareMinutes(ranges, 30, PastTheMost::inProportion) == std::vector<int>{13, 12, 5});
    CHECK(shareMinutes(ranges, 20, PastTheMost::inProportion) == std::vector<int>{10, 7, 3}); // within the room as always
}

TEST_CASE("format 2: texts in any language, shown in the user's language with a sensible fallback")
{
    const auto result = readMethodYaml(replaced(format2Method, "name: {nl: Demo, en: Demo}",
                                                "name: {nl: Proef, en: Trial, de: Probe, fr-BE: Essai}"),
                                       "m.yaml");
    REQUIRE(result.method);
    const LocalizedText& name = result.method->name;
    CHECK(name.others == std::vector<std::pair<std::string, std::string>>{{"de", "Probe"}, {"fr-BE", "Essai"}});
    CHECK(name.in("de", Language::en) == "Probe");
    CHECK(name.in("de-CH", Language::en) == "Probe");  // the same language in another region
    CHECK(name.in("fr", Language::en) == "Essai");     // and the other way round
    CHECK(name.in("nl-BE", Language::en) == "Proef");  // Dutch is Dutch
    CHECK(name.in("it", Language::nl) == "Proef");     // no Italian: the interface's language
    CHECK(name.in(Language::en) == "Trial");

    const auto german = readMethodYaml(replaced(format2Method, "name: {nl: Demo, en: Demo}", "name: {de: Nur Deutsch}"), "m.yaml");
    REQUIRE(german.method);
    CHECK(german.method->name.in(Language::nl) == "Nur Deutsch"); // the only text there is

    CHECK(errorsOf(replaced(format2Method, "name: {nl: Demo, en: Demo}", "name: {nl: Demo, de_DE: Demo}"))
          == std::vector<std::string>{"m.yaml:4:18: 'de_DE' is not a language tag (such as nl, en, de or fr-BE)"});
    CHECK(errorsOf(replaced(format2Method, "name: {nl: Demo, en: Demo}", "name: {nl: Demo, nl: Proef}"))
          == std::vector<std::string>{"m.yaml:4:18: duplicate key 'nl' (first given at line 4)"});

    // Format 1 knows only nl and en, and says where other languages are allowed.
    const std::string format1 = R"(id: demo
version: 1.0.0
name: {nl: Demo, de: Probe}
group_size: {min: 3, max: 6}
roles:
  - id: adviser
    name: {en: Adviser}
    holders: everyone-else
phases:
  - id: tell
    name: {en: Tell}
    minutes: 5
    instructions:
      adviser: {en: Tell.}
)";
    CHECK(errorsOf(format1)
          == std::vector<std::string>{"m.yaml:3:18: unknown key 'de' in text; texts in other languages than nl and en are part "
                                      "of format 2: put 'format: 2' at the top of the file"});
}

TEST_CASE("format 2: minutes per participant counting only one role's holders")
{
    const auto result = readMethodYaml(replaced(format2Method, "minutes: 10", "minutes: {per_participant: 2, counting: adviser, max: 30}"),
                                       "m.yaml");
    INFO((result.errors.empty() ? std::string{} : result.errors.front().toString()));
    REQUIRE(result.method);
    const PhaseDuration& discuss = result.method->phases[1].minutes;
    CHECK(discuss.counting == "adviser");
    CHECK(discuss.secondsFor(6) == SecondRange{600, 600}); // five advisers, not six members
    CHECK(discuss.secondsFor(40) == SecondRange{1800, 1800});
    CHECK(discuss.secondsFor(1) == SecondRange{60, 60});   // too few for the roles: nobody counts, the least

    CHECK(errorsOf(replaced(format2Method, "minutes: 10", "minutes: {per_participant: 2, counting: advisor}"))
          == std::vector<std::string>{"m.yaml:23:45: unknown role 'advisor'; did you mean 'adviser'?"});
    const auto format1 = errorsOf(replaced(replaced(format2Method, "format: 2\n", ""), "minutes: 10", "minutes: {per_participant: 2, counting: adviser}"));
    CHECK(std::find(format1.begin(), format1.end(),
                    "m.yaml:22:45: 'counting' is part of format 2: put 'format: 2' at the top of the file") != format1.end());
}
