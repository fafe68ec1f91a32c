// Format 2's rounds and subgroups: how a script says them, the validator's refusals, and the plan
// that writes the rounds out with the holders of each role per subgroup and per round.

#include "catalog/method_script_writer.hpp"
#include "method_spec_check.hpp"
#include "method_yaml_support.hpp"
#include "planning/minute_sharing.hpp"
#include "session/session_plan.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace palet;

namespace {

const std::string trios = R"(format: 2
id: trios
version: 1.0.0
name: {nl: Trio's, en: Trios}
group_size: {min: 3, max: 12}
subgroups: {size: 3}
roles:
  - id: case-owner
    name: {en: Client}
    holders: one
  - id: adviser
    name: {en: Consultant}
    holders: everyone-else
phases:
  - id: prepare
    name: {en: Prepare}
    minutes: 2
    instructions:
      case-owner: {en: Think.}
  - round:
      id: consultation
      name: {en: Consultation round}
      for_each: member
      rotates: case-owner
      phases:
        - id: ask
          name: {en: Ask}
          minutes: {min: 1, max: 2}
          instructions:
            case-owner: {en: Ask for help.}
        - id: confer
          name: {en: Confer}
          minutes: {min: 4, max: 5}
          back_turned: [case-owner]
          instructions:
            adviser: {en: Confer.}
            case-owner: {en: Listen.}
  - id: close
    name: {en: Close}
    minutes: 3
    instructions:
      adviser: {en: Say what you learnt.}
)";

MethodSpec read(const std::string& yaml)
{
    const auto result = readMethodYaml(yaml, "m.yaml");
    INFO((result.errors.empty() ? std::string{} : result.errors.front().toString()));
    REQUIRE(result.method);
    return *result.method;
}

SessionPlan planned(const MethodSpec& spec, std::vector<std::string> members, std::optional<int> minutes = std::nullopt,
                    std::string owner = {})
{
    const ScriptedMethod method{spec};
    PlanRequest request;
    request.members = std::move(members);
    request.minutesAvailable = minutes;
    request.owner = std::move(owner);
    auto plan = planSession(method, request);
    INFO(plan.error);
    REQUIRE(plan.value);
    return std::move(*plan.value);
}

std::vector<std::string> holders(const std::vector<RoleAssignment>& roles, const std::string& roleId)
{
    for (const auto& role : roles)
        if (role.roleId == roleId) return role.members;
    return {};
}

} // namespace

TEST_CASE("rounds: a script's round joins its phases to the method's, and names whom it repeats for")
{
    const MethodSpec spec = read(trios);
    REQUIRE(spec.rounds.size() == 1);
    const Round& round = spec.rounds.front();
    CHECK(round.id == "consultation");
    CHECK(round.name.en == "Consultation round");
    CHECK(round.repeat == RoundRepeat::eachMember);
    CHECK(round.rotates == "case-owner");
    CHECK(round.phaseIds == std::vector<std::string>{"ask", "confer"});
    CHECK(spec.phases.size() == 4); // prepare, ask, confer, close: the round's phases in place
    CHECK(spec.phases[1].id == "ask");
    CHECK(spec.subgroupSize == 3);
    CHECK(checkMethodSpec(spec).empty());

    // Lists reckon with the rounds the largest subgroup needs: 7 members are 3 + 4, so four rounds.
    CHECK(spec.minutesFor(3) == MinuteRange{2 + 3 * 5 + 3, 2 + 3 * 7 + 3});
    CHECK(spec.minutesFor(7) == MinuteRange{2 + 4 * 5 + 3, 2 + 4 * 7 + 3});

    // Written as a script, it reads back the same.
    const auto again = readMethodYaml(methodScriptYaml(spec, "", ""), "written.yaml");
    REQUIRE(again.method);
    CHECK(*again.method == spec);
}

TEST_CASE("subgroups: as many as fit, none smaller than the size when that can be avoided")
{
    CHECK(subgroupSizes(3, 3) == std::vector<int>{3});
    CHECK(subgroupSizes(5, 3) == std::vector<int>{5});
    CHECK(subgroupSizes(6, 3) == std::vector<int>{3, 3});
    CHECK(subgroupSizes(7, 3) == std::vector<int>{3, 4});
    CHECK(subgroupSizes(8, 3) == std::vector<int>{4, 4});
    CHECK(subgroupSizes(10, 3) == std::vector<int>{3, 3, 4});
    CHECK(subgroupSizes(2, 3) == std::vector<int>{2});
    CHECK(subgroupSizes(9, 0) == std::vector<int>{9});
}

TEST_CASE("rounds and subgroups: the validator names the place and the cause")
{
    SECTION("format 1 refuses both, pointing to format 2")
    {
        const std::string format1 = replaced(trios, "format: 2", "format: 1");
        const auto errors = errorsOf(format1);
        CHECK(std::find(errors.begin(), errors.end(), "m.yaml:6:12: working in subgroups is part of format 2: put 'format: 2' at the top of the file")
              != errors.end());
        CHECK(std::find(errors.begin(), errors.end(), "m.yaml:20:5: a round is part of format 2: put 'format: 2' at the top of the file")
              != errors.end());
    }
    SECTION("a role to rotate that the method does not have")
    {
        CHECK(errorsOf(replaced(trios, "rotates: case-owner", "rotates: case-ownr"))
              == std::vector<std::string>{"m.yaml:24:16: unknown role 'case-ownr'; did you mean 'case-owner'?"});
    }
    SECTION("a role held by several cannot rotate")
    {
        CHECK(errorsOf(replaced(trios, "rotates: case-owner", "rotates: adviser"))
              == std::vector<std::string>{"m.yaml:24:16: the role that rotates passes from one member to the next, so it must be "
                                          "held by one member (holders: one); 'adviser' is not"});
    }
    SECTION("whom a round repeats for")
    {
        CHECK(errorsOf(replaced(trios, "for_each: member", "for_each: everyone"))
              == std::vector<std::string>{"m.yaml:23:17: for_each must be 'member' or one of the method's roles, found 'everyone'"});
    }
    SECTION("an empty round")
    {
        const std::string empty = R"(format: 2
id: empty
version: 1.0.0
name: {en: Empty}
group_size: {min: 3, max: 6}
roles:
  - id: case-owner
    name: {en: Client}
    holders: one
phases:
  - round:
      id: nothing
      name: {en: Nothing}
      for_each: member
      phases: []
)";
        CHECK(errorsOf(empty) == std::vector<std::string>{"m.yaml:15:15: the round 'nothing' repeats no phase: give it at least one"});
    }
    SECTION("a round inside a round")
    {
        const std::string nested = replaced(trios, R"(        - id: confer
)", R"(        - round:
            id: inner
            name: {en: Inner}
            for_each: member
            phases: []
        - id: confer
)");
        CHECK(errorsOf(nested)
              == std::vector<std::string>{"m.yaml:31:11: a round cannot hold another round: write the inner round's phases in "
                                          "the outer one, or make them two rounds one after the other"});
    }
    SECTION("keys beside 'round' belong inside it")
    {
        const std::string beside = replaced(trios, "  - round:\n", "  - id: stray\n    round:\n");
        CHECK(errorsOf(beside) == std::vector<std::string>{"m.yaml:20:5: unknown key 'id' in phase: an entry that starts a round "
                                                           "holds only the round; indent its keys under 'round:'"});
    }
    SECTION("a round's id is no phase's")
    {
        CHECK(errorsOf(replaced(trios, "id: consultation", "id: prepare"))
              == std::vector<std::string>{"m.yaml:21:11: the round's id 'prepare' is already a phase's or a round's (line 15)"});
    }
    SECTION("subgroups too small for the roles, or larger than any group")
    {
        CHECK(errorsOf(replaced(trios, "subgroups: {size: 3}", "subgroups: {size: 1}"))
              == std::vector<std::string>{"m.yaml:6:19: subgroup size must be a whole number from 2 to 40, found '1'"});
        CHECK(errorsOf(replaced(trios, "subgroups: {size: 3}", "subgroups: {size: 13}"))
              == std::vector<std::string>{"m.yaml:6:19: subgroups of 13 are larger than the largest group the method admits (12)"});
        CHECK(errorsOf(replaced(trios, "subgroups: {size: 3}", "subgroups: 3"))
              == std::vector<std::string>{"m.yaml:6:12: write the subgroups' size as {size: 3}"});
        const std::string threeRoles = replaced(trios, "  - id: adviser\n", R"(  - id: facilitator
    name: {en: Facilitator}
    holders: one
  - id: scribe
    name: {en: Scribe}
    holders: one
  - id: adviser
)");
        CHECK(errorsOf(replaced(threeRoles, "subgroups: {size: 3}", "subgroups: {size: 2}"))
              == std::vector<std::string>{"m.yaml:6:19: a subgroup of 2 is too small for the method's roles: trios needs at least 4 "
                                          "members, one for each role; 2 given"});
    }
    SECTION("a plugin's rounds are checked too")
    {
        MethodSpec spec = read(trios);
        spec.rounds.front().phaseIds = {"ask", "close"};
        CHECK(checkMethodSpec(spec) == "round 'consultation' repeats phases that do not follow each other in the method's order");
        spec.rounds.front().phaseIds = {"ask", "confer"};
        spec.rounds.front().rotates = "adviser";
        CHECK(checkMethodSpec(spec) == "round 'consultation' rotates role 'adviser', which is not held by one member");
        spec.rounds.front().rotates = "case-owner";
        spec.subgroupSize = 1;
        CHECK(checkMethodSpec(spec) == "its subgroups of 1 are impossible; give 0 (no subgroups) or 2 to 40");
    }
}

TEST_CASE("the plan writes the rounds out: seven members in a trio and a four, each member client exactly once")
{
    const MethodSpec spec = read(trios);
    const std::vector<std::string> members{"Ann", "Bo", "Cas", "Dee", "Eva", "Fay", "Gus"};
    const SessionPlan plan = planned(spec, members, 30);

    // prepare, four rounds of ask + confer, close.
    REQUIRE(plan.phaseCount() == 1 + 4 * 2 + 1);
    CHECK(plan.method.rounds.empty());
    CHECK(plan.method.phases[1].id == "ask");
    CHECK(plan.method.phases[8].id == "confer");
    REQUIRE(plan.places.size() == 10u);

    // Outside the rounds each subgroup has its first member as client.
    const PhasePlace* prepare = plan.placeAt(0);
    REQUIRE(prepare);
    CHECK(prepare->round == 0);
    REQUIRE(prepare->subgroups.size() == 2);
    CHECK(prepare->subgroups[0].members == std::vector<std::string>{"Ann", "Bo", "Cas"});
    CHECK(prepare->subgroups[1].members == std::vector<std::string>{"Dee", "Eva", "Fay", "Gus"});
    CHECK(holders(plan.rolesAt(0), "case-owner") == std::vector<std::string>{"Ann", "Dee"});

    std::map<std::string, int> clientRounds;
    for (int phase = 1; phase <= 8; ++phase) {
        INFO("phase " << phase);
        const PhasePlace* place = plan.placeAt(phase);
        REQUIRE(place);
        CHECK(place->roundId == "consultation");
        CHECK(place->round == (phase + 1) / 2);
        CHECK(place->rounds == 4);
        const SubgroupPlace& trio = place->subgroups[0];
        const SubgroupPlace& four = place->subgroups[1];
        if (place->round == 4) {
            CHECK(trio.finished);
            CHECK(trio.roles.empty());
        } else {
            CHECK_FALSE(trio.finished);
            CHECK(holders(trio.roles, "case-owner") == std::vector<std::string>{trio.roundMember});
            CHECK(holders(trio.roles, "adviser").size() == 2);
        }
        CHECK(holders(four.roles, "case-owner") == std::vector<std::string>{four.roundMember});
        CHECK(holders(four.roles, "adviser").size() == 3);
        if (plan.method.phases[static_cast<size_t>(phase)].id == "ask") {
            for (const auto* subgroup : {&trio, &four})
                if (!subgroup->finished) ++clientRounds[subgroup->roundMember];
        }
        // Everyone's holders at the phase: the clients of both subgroups.
        CHECK(plan.holdersAt(phase, "case-owner").size() == (place->round == 4 ? 1u : 2u));
    }
    for (const auto& member : members) CHECK(clientRounds[member] == 1);
    CHECK(plan.placeAt(1)->subgroups[0].roundMember == "Ann");
    CHECK(plan.placeAt(3)->subgroups[0].roundMember == "Bo");
    CHECK(plan.placeAt(7)->subgroups[1].roundMember == "Gus");
    CHECK(holders(plan.placeAt(3)->subgroups[0].roles, "adviser") == std::vector<std::string>{"Ann", "Cas"});

    // 30 minutes: the fixed 5, then the rounds' steps share the rest in proportion, every round
    // alike: the minute whole minutes cannot split goes to the rounds in turn, never all to the first.
    CHECK(plan.plannedMinutes() == 30);
    std::vector<int> roundMinutes;
    const auto minutesOf = [&](int phase) { return plan.phaseSeconds[static_cast<size_t>(phase)] / secondsPerMinute; };
    for (int round = 0; round < 4; ++round) {
        const int ask = minutesOf(1 + 2 * round);
        const int confer = minutesOf(2 + 2 * round);
        CHECK(plan.phaseSeconds[static_cast<size_t>(1 + 2 * round)] % secondsPerMinute == 0); // whole minutes stay whole
        CHECK(std::abs(ask - minutesOf(1)) <= 1);
        CHECK(std::abs(confer - minutesOf(2)) <= 1);
        roundMinutes.push_back(ask + confer);
    }
    CHECK(*std::max_element(roundMinutes.begin(), roundMinutes.end()) - *std::min_element(roundMinutes.begin(), roundMinutes.end()) <= 1);
    CHECK(roundMinutes == std::vector<int>{7, 6, 6, 6});
}

TEST_CASE("the case owner named goes first in their subgroup, and a whole group rotates without subgroups")
{
    const MethodSpec spec = read(trios);
    const SessionPlan plan = planned(spec, {"Ann", "Bo", "Cas", "Dee", "Eva", "Fay"}, std::nullopt, "Eva");
    CHECK(plan.roles.front().members == std::vector<std::string>{"Eva", "Ann"}); // the owner asked for comes first
    CHECK(plan.placeAt(1)->subgroups[1].roundMember == "Eva");
    CHECK(plan.placeAt(3)->subgroups[1].roundMember == "Dee");
    CHECK(plan.placeAt(5)->subgroups[1].roundMember == "Fay");
    CHECK(plan.phaseCount() == 1 + 3 * 2 + 1);

    const MethodSpec whole = read(replaced(trios, "subgroups: {size: 3}\n", ""));
    const SessionPlan four = planned(whole, {"Ann", "Bo", "Cas", "Dee"});
    CHECK(four.phaseCount() == 1 + 4 * 2 + 1);
    CHECK(four.placeAt(0) == nullptr); // outside the rounds the group's own roles
    CHECK(four.placeAt(3)->subgroups.empty());
    CHECK(four.placeAt(3)->roundMember == "Bo");
    CHECK(four.holdersAt(3, "case-owner") == std::vector<std::string>{"Bo"});
    CHECK(four.holdersAt(3, "adviser") == std::vector<std::string>{"Ann", "Cas", "Dee"});
}

TEST_CASE("a round for each holder of a role: the holders take their turn, and the roles stay")
{
    const std::string perAdviser = replaced(replaced(replaced(trios, "subgroups: {size: 3}\n", ""), "for_each: member", "for_each: adviser"),
                                            "      rotates: case-owner\n", "");
    const MethodSpec spec = read(perAdviser);
    CHECK(spec.rounds.front().repeat == RoundRepeat::eachHolder);
    CHECK(spec.rounds.front().holdersOf == "adviser");
    CHECK(spec.minutesFor(5) == MinuteRange{2 + 4 * 5 + 3, 2 + 4 * 7 + 3}); // four advisers
    const SessionPlan plan = planned(spec, {"Ann", "Bo", "Cas"});
    REQUIRE(plan.phaseCount() == 1 + 2 * 2 + 1);
    CHECK(plan.placeAt(1)->roundMember == "Bo");
    CHECK(plan.placeAt(3)->roundMember == "Cas");
    CHECK(plan.holdersAt(3, "case-owner") == std::vector<std::string>{"Ann"});
}

TEST_CASE("a step repeated in rounds shares spare minutes as one, and the rounds take turns with what is left")
{
    const auto inSeconds = [](std::vector<int> minutes) {
        for (int& value : minutes) value *= secondsPerMinute;
        return minutes;
    };
    const std::vector<SecondRange> ranges{{60, 120}, {240, 300}, {60, 120}, {240, 300}, {60, 120}, {240, 300}, {180, 180}};
    const std::vector<std::string> steps{"ask", "confer", "ask", "confer", "ask", "confer", "close"};
    // 4 spare minutes: 2 to the asks, 2 to the confers; one extra ask in rounds 1 and 2, one extra
    // confer in rounds 3 and 1.
    CHECK(shareSecondsByStep(ranges, steps, 22 * 60) == inSeconds({2, 5, 2, 4, 1, 5, 3}));
    CHECK(shareSecondsByStep(ranges, steps, 18 * 60) == inSeconds({1, 4, 1, 4, 1, 4, 3})); // nothing spare
    CHECK(shareSecondsByStep(ranges, steps, 99 * 60) == inSeconds({2, 5, 2, 5, 2, 5, 3})); // never past the most
    // A step of 7½ minutes repeated: the half minutes go to the rounds in turn.
    const std::vector<SecondRange> halves{{450, 600}, {450, 600}, {450, 600}};
    CHECK(shareSecondsByStep(halves, {"talk", "talk", "talk"}, 1440) == std::vector<int>{480, 480, 480});
    CHECK(shareSecondsByStep(halves, {"talk", "talk", "talk"}, 1410) == std::vector<int>{480, 480, 450});
    // Without repeated steps it is shareSeconds.
    const std::vector<SecondRange> once{{300, 900}, {300, 900}, {300, 900}, {120, 240}};
    CHECK(shareSecondsByStep(once, {"a", "b", "c", "d"}, 34 * 60) == shareSeconds(once, 34 * 60));
}
