// A role chosen during the method (format 2's chosen_in): what the validator refuses and how it
// says so, the plan that leaves the role to the choice (or settles it when the case owner is
// given, and leaves the choosing step out of a meeting), and who holds which role once chosen.

#include "catalog/method_script_writer.hpp"
#include "method_yaml_support.hpp"
#include "planning/meeting_plan.hpp"
#include "session/role_choice.hpp"
#include "session_test_support.hpp"

#include <catch2/catch.hpp>

using namespace palet;
using namespace palet::test;

namespace {

const std::string chosenLeader = R"(format: 2
id: chosen
version: 1.0.0
name: {en: Chosen}
group_size: {min: 4, max: 8}
roles:
  - id: case-owner
    name: {en: Case owner}
    holders: one
  - id: facilitator
    name: {en: Leader}
    holders: one
    chosen_in: choose
  - id: scribe
    name: {en: Scribe}
    holders: optional
  - id: adviser
    name: {en: Adviser}
    holders: everyone-else
phases:
  - id: choose
    name: {en: Choose}
    minutes: 2
    instructions:
      adviser: {en: Choose who leads.}
  - id: tell
    name: {en: Tell}
    minutes: 5
    instructions:
      case-owner: {en: Tell.}
      facilitator: {en: Lead.}
      scribe: {en: Write.}
  - id: close
    name: {en: Close}
    minutes: 3
    instructions:
      facilitator: {en: Close.}
)";

MethodSpec specOf(const std::string& yaml)
{
    const auto read = readMethodYaml(yaml, "m.yaml");
    INFO((read.errors.empty() ? std::string{} : read.errors.front().toString()));
    REQUIRE(read.method);
    return *read.method;
}

SessionPlan planOf(const MethodSpec& spec, std::vector<std::string> members, std::string owner = {})
{
    ScriptedMethod method{spec};
    PlanRequest request;
    request.members = std::move(members);
    request.owner = std::move(owner);
    auto plan = planSession(method, request);
    INFO(plan.error);
    REQUIRE(plan.value);
    return std::move(*plan.value);
}

SessionState chose(const std::string& roleId, const std::string& member, int phase)
{
    SessionState state;
    RunEvent event;
    event.kind = RunEventKind::roleChosen;
    event.roleId = roleId;
    event.member = member;
    event.phase = phase;
    state.apply(event);
    return state;
}

} // namespace

TEST_CASE("chosen_in names the phase in which the group chooses a role's one holder")
{
    const MethodSpec spec = specOf(chosenLeader);
    CHECK(spec.role("facilitator")->chosenIn == "choose");
    CHECK(spec.role("facilitator")->chosenDuringSession());
    CHECK_FALSE(spec.role("case-owner")->chosenDuringSession());

    // The manifest writer says it again, and reading that back gives the same method.
    const std::string written = methodScriptYaml(spec, {}, "round trip");
    CHECK(written.find("chosen_in: choose") != std::string::npos);
    CHECK(specOf(written) == spec);
}

TEST_CASE("the validator refuses a chosen role that cannot work, naming the place")
{
    CHECK(errorsOf(replaced(chosenLeader, "format: 2", "format: 1"))
          == std::vector<std::string>{"m.yaml:13:16: 'chosen_in' is part of format 2: put 'format: 2' at the top of the file"});
    CHECK(errorsOf(replaced(chosenLeader, "chosen_in: choose", "chosen_in: chose"))
          == std::vector<std::string>{"m.yaml:13:16: unknown phase 'chose'; did you mean 'choose'?"});
    CHECK(errorsOf(replaced(chosenLeader, "chosen_in: choose", "chosen_in: elsewhere"))
          == std::vector<std::string>{"m.yaml:13:16: unknown phase 'elsewhere' (the method's phases: choose, tell, close)"});
    CHECK(errorsOf(replaced(chosenLeader, "holders: optional", "holders: {min: 1, max: 2}\n    chosen_in: choose"))
          == std::vector<std::string>{"m.yaml:17:16: role 'scribe' is chosen during the method, so one member holds it: write 'holders: one'"});
    CHECK(errorsOf(replaced(chosenLeader, "chosen_in: choose", "chosen_in: close"))
          == std::vector<std::string>{
              "m.yaml:13:16: role 'facilitator' would be chosen in the last phase, 'close', and so held in none: choose it in an earlier phase",
              "m.yaml:26:5: phase 'tell' names role 'facilitator', which nobody holds yet: it is chosen in phase 'close' (line 13) and held from the phase after it",
              "m.yaml:33:5: phase 'close' names role 'facilitator', which nobody holds yet: it is chosen in phase 'close' (line 13) and held from the phase after it"});
    CHECK(errorsOf(replaced(chosenLeader, "    minutes: 2\n", "    minutes: 2\n    optional: included\n"))
          == std::vector<std::string>{"m.yaml:13:16: phase 'choose' is optional, so role 'facilitator' might never be chosen: choose it in a phase that always runs"});
    // Nobody holds the role before it is chosen: no instruction, no word, no place for it there.
    CHECK(errorsOf(replaced(chosenLeader, "      adviser: {en: Choose who leads.}", "      adviser: {en: Choose who leads.}\n      facilitator: {en: Lead.}"))
          == std::vector<std::string>{"m.yaml:21:5: phase 'choose' names role 'facilitator', which nobody holds yet: it is chosen in phase 'choose' (line 13) and held from the phase after it"});
    CHECK(errorsOf(replaced(chosenLeader, "      adviser: {en: Choose who leads.}", "      adviser: {en: Choose who leads.}\n    back_turned: [facilitator]")).size() == 1);
}

TEST_CASE("the plan leaves a chosen role to the group, with a member kept free for it")
{
    const MethodSpec spec = specOf(chosenLeader);
    const SessionPlan plan = planOf(spec, {"Ann", "Bo", "Cas", "Dee"});
    CHECK(plan.roles == std::vector<RoleAssignment>{{"case-owner", {"Ann"}}, {"scribe", {"Bo"}}, {"adviser", {"Cas", "Dee"}}});
    CHECK(plan.choices == std::vector<RoleChoice>{{"facilitator", 0}});
    // Three members: one to choose, one left to advise; no scribe.
    CHECK(planOf(spec, {"Ann", "Bo", "Cas"}).roles == std::vector<RoleAssignment>{{"case-owner", {"Ann"}}, {"adviser", {"Bo", "Cas"}}});
    ScriptedMethod method{spec};
    PlanRequest two;
    two.members = {"Ann", "Bo"};
    CHECK(planSession(method, two).error == "chosen needs at least 3 members, one for each role; 2 given");

    SessionState none;
    CHECK(choosableMembers(plan, none, "facilitator") == std::vector<std::string>{"Bo", "Cas", "Dee"});
    CHECK(choiceProblem(plan, none, "facilitator", "Ann") == "Ann holds another role already; choose one of: Bo, Cas, Dee");
    CHECK(choiceDue(plan, none).empty()); // no phase on
}

TEST_CASE("once chosen, the member holds the role from the next phase and leaves their own; a scribe's pen passes on")
{
    const SessionPlan plan = planOf(specOf(chosenLeader), {"Ann", "Bo", "Cas", "Dee", "Eva"});
    const SessionState cas = chose("facilitator", "Cas", 0);
    CHECK(rolesAt(plan, cas, 0) == plan.roles); // held from the phase after the choosing one
    CHECK(rolesAt(plan, cas, 1)
          == std::vector<RoleAssignment>{{"case-owner", {"Ann"}}, {"facilitator", {"Cas"}}, {"scribe", {"Bo"}}, {"adviser", {"Dee", "Eva"}}});
    const SessionState bo = chose("facilitator", "Bo", 0);
    CHECK(rolesAt(plan, bo, 2)
          == std::vector<RoleAssignment>{{"case-owner", {"Ann"}}, {"facilitator", {"Bo"}}, {"scribe", {"Cas"}}, {"adviser", {"Dee", "Eva"}}});
    CHECK(memberRolesAt(plan, bo, 1).front() == MemberRoles{"Ann", {"case-owner"}});
    CHECK(memberRolesAt(plan, bo, 1)[1] == MemberRoles{"Bo", {"facilitator"}});
}

TEST_CASE("a case owner given beforehand settles the choice, and a meeting leaves the choosing step out")
{
    const MethodSpec spec = specOf(replaced(replaced(chosenLeader, "    chosen_in: choose\n", ""), "    holders: one\n  - id: facilitator",
                                            "    holders: one\n    chosen_in: choose\n  - id: facilitator"));
    const SessionPlan asked = planOf(spec, {"Ann", "Bo", "Cas", "Dee"});
    CHECK(asked.choices == std::vector<RoleChoice>{{"case-owner", 0}});
    CHECK(asked.phaseCount() == 3);
    const SessionPlan given = planOf(spec, {"Ann", "Bo", "Cas", "Dee"}, "Cas");
    CHECK(given.choices.empty());
    CHECK(given.phaseCount() == 2);
    CHECK(given.method.phases.front().id == "tell");
    CHECK(given.holders("case-owner") == std::vector<std::string>{"Cas"});

    // The built-in incident method in a meeting: the case was chosen in the inventory.
    static const MethodCatalog catalog = MethodCatalog::load({{PALET_SOURCE_DIR "/methods", "built-in"}});
    MeetingPlanRequest meeting;
    meeting.start = {9, 0};
    meeting.end = {12, 0};
    meeting.present = 6;
    Case theCase;
    theCase.id = 1;
    theCase.ownerId = 1;
    theCase.ownerName = "Ann";
    theCase.number = 1;
    theCase.label = "A case";
    theCase.triage = CaseTriage::intervision;
    meeting.cases = {theCase};
    meeting.methods[1] = "incident-method";
    const auto made = makeMeetingPlan(catalog, meeting);
    REQUIRE(made.plan);
    bool found = false;
    for (const AgendaLine& line : made.plan->lines) {
        if (line.methodId != "incident-method") continue;
        found = true;
        REQUIRE_FALSE(line.phases.empty());
        CHECK(line.phases.front().id == "sketch");
    }
    CHECK(found);
}

TEST_CASE("a phase after the choice that counts the advisers counts them without the chosen member")
{
    const MethodSpec spec = specOf(replaced(chosenLeader, "    minutes: 3\n", "    minutes: {per_participant: 2, counting: adviser}\n"));
    // Five members: case owner, scribe and three advisers at the start; once the leader is chosen, two advisers.
    CHECK(spec.phases[2].minutes.secondsFor(5) == SecondRange{240, 240});
    const MethodSpec leader = specOf(replaced(chosenLeader, "    minutes: 3\n", "    minutes: {per_participant: 2, counting: facilitator}\n"));
    CHECK(leader.phases[2].minutes.secondsFor(5) == SecondRange{120, 120});
}
