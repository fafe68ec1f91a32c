// Planning a session: who holds which role, the minutes of each phase, and scripts of key presses.

#include "session_test_support.hpp"

#include "session/role_assignment.hpp"
#include "session/session_script.hpp"

using namespace palet;
using namespace palet::test;

namespace {

std::vector<RoleAssignment> rolesFor(const MethodSpec& spec, std::vector<std::string> members, std::string owner = {})
{
    const auto roles = assignRoles(spec, members, owner);
    INFO(roles.error);
    REQUIRE(roles.value);
    return *roles.value;
}

} // namespace

TEST_CASE("roles: the case owner first, then the facilitator, the optional roles, and the rest advise")
{
    const MethodSpec spec = threePhaseMethod();
    CHECK(rolesFor(spec, {"Ann", "Bo", "Cas", "Dee", "Eva"})
          == std::vector<RoleAssignment>{{"case-owner", {"Ann"}},
                                         {"facilitator", {"Bo"}},
                                         {"timekeeper", {"Cas"}},
                                         {"adviser", {"Dee", "Eva"}}});
    // The owner named: the others keep their order.
    CHECK(rolesFor(spec, {"Ann", "Bo", "Cas", "Dee"}, "Cas")
          == std::vector<RoleAssignment>{{"case-owner", {"Cas"}},
                                         {"facilitator", {"Ann"}},
                                         {"timekeeper", {"Bo"}},
                                         {"adviser", {"Dee"}}});
    // Too few for a timekeeper and an adviser: the adviser comes first.
    CHECK(rolesFor(spec, {"Ann", "Bo", "Cas"})
          == std::vector<RoleAssignment>{{"case-owner", {"Ann"}}, {"facilitator", {"Bo"}}, {"adviser", {"Cas"}}});

    const auto tooFew = assignRoles(spec, {"Ann", "Bo"}, "");
    CHECK(tooFew.error == "three-steps needs at least 3 members, one for each role; 2 given");
    CHECK(assignRoles(spec, {"Ann", "Bo", "Cas"}, "Zoe").error == "the case owner 'Zoe' is not one of the members");
}

TEST_CASE("a plan gives fixed phases their minutes and shares the time available over ranges")
{
    MethodSpec spec = threePhaseMethod();
    spec.phases[1].minutes = PhaseDuration::range(5, 15);
    spec.phases[2].minutes = PhaseDuration::range(2, 4);
    // Spare minutes in proportion to each range's room, 10 : 2; the earlier phase takes a tie.
    CHECK(fitPhaseSeconds(spec, 5, 20 * 60) == std::vector<int>{600, 480, 120});
    CHECK(fitPhaseSeconds(spec, 5, 22 * 60) == std::vector<int>{600, 540, 180});
    CHECK(fitPhaseSeconds(spec, 5, 60 * 60) == std::vector<int>{600, 900, 240});
    CHECK(fitPhaseSeconds(spec, 5, 5 * 60) == std::vector<int>{600, 300, 120}); // never below the lower bounds
    CHECK(typicalSeconds(spec, 5) == 23 * 60);                                // middle of 17–29

    ScriptedMethod method{spec};
    PlanRequest request;
    request.members = {"Ann", "Bo", "Cas"};
    const auto plan = planSession(method, request);
    REQUIRE(plan.value);
    CHECK(plan.value->phaseSeconds == std::vector<int>{600, 600, 180});
    CHECK(plan.value->context.minutesAvailable == 0); // not known: the method chose; its middle is planned
    CHECK(plan.value->takeawayPhase == 2);
    CHECK(plan.value->notes.empty());

    request.members = {"Ann", "Bo", "Ann"};
    CHECK(planSession(method, request).error == "the member 'Ann' is named twice");
    request.members = {};
    CHECK(planSession(method, request).error == "no members given");
    request.members = {"A", "B", "C", "D", "E", "F", "G", "H", "I"};
    request.minutesAvailable = 90;
    const auto large = planSession(method, request);
    REQUIRE(large.value);
    CHECK(large.value->notes
          == std::vector<std::string>{"three-steps is meant for 3 to 8 members; this session has 9",
                                      "the phases of three-steps take 29 minutes, not the 90 available"});
}

TEST_CASE("a script is timed key presses on the meeting's clock")
{
    const auto script = parseSessionScript("# a demo\n"
                                           "0.5 n\n"
                                           "\n"
                                           "1:15 space\n"
                                           "  1:02:03.25   +\n"
                                           "1:02:04 takeaway: Ask sooner: and more\n"
                                           "1:02:04 q\n"
                                           "1:02:05 y\n",
                                           "demo.txt");
    REQUIRE(script.problems.empty());
    REQUIRE(script.steps.size() == 6);
    CHECK(script.steps[0].at == 500ms);
    CHECK(script.steps[0].key == 'n');
    CHECK(script.steps[0].line == 2);
    CHECK(script.steps[1].at == 75s);
    CHECK(script.steps[1].key == ' ');
    CHECK(script.steps[2].at == 1h + 2min + 3250ms);
    CHECK(script.steps[3].key == 0);
    CHECK(script.steps[3].takeaway == "Ask sooner: and more");
    CHECK(script.steps[5].key == 'y');
}

TEST_CASE("a script's every problem is reported with its place")
{
    const auto script = parseSessionScript("1:00 n\n"
                                           "0:30 n\n"
                                           "soon n\n"
                                           "2:00 jump\n"
                                           "2:61 n\n"
                                           "3:00\n"
                                           "4:00 takeaway:\n"
                                           "5:00 follow-up: Eva called\n",
                                           "bad.txt");
    std::vector<std::string> problems;
    for (const auto& problem : script.problems) problems.push_back(problem.toString());
    CHECK(problems
          == std::vector<std::string>{
              "bad.txt:2:1: 0:30 comes before the time of the line above; times never go back",
              "bad.txt:3:1: 'soon' is not a time: give seconds (75.5), m:ss (1:15) or h:mm:ss",
              "bad.txt:4:6: unknown key 'jump': use space, n, b, +, q, y, j, 'takeaway: text', 'follow-up: N text' or 'choose: ROLE MEMBER'",
              "bad.txt:5:1: '2:61' is not a time: give seconds (75.5), m:ss (1:15) or h:mm:ss",
              "bad.txt:6:1: expected a time and a key, as in '0:30 n'",
              "bad.txt:7:6: the takeaway is empty",
              "bad.txt:8:6: a follow-up is 'follow-up: N text', N the number of last time's case",
          });
}

TEST_CASE("roles: a counted role gets its fewest before an optional role, and grows to its most before everyone else")
{
    MethodSpec spec = threePhaseMethod();
    spec.roles.clear();
    Role advisers{"adviser", {"Adviseur", "Adviser"}, {}, RoleHolders::counted};
    advisers.fewest = 3;
    advisers.most = 4;
    spec.roles = {Role{"case-owner", {"Inbrenger", "Case owner"}, {}, RoleHolders::one},
                  Role{"facilitator", {"Moderator", "Moderator"}, {}, RoleHolders::one},
                  Role{"scribe", {"Secretaris", "Secretary"}, {}, RoleHolders::optional}, advisers,
                  Role{"observer", {"Procesobservator", "Process observer"}, {}, RoleHolders::everyoneElse}};

    CHECK(rolesFor(spec, {"A", "B", "C", "D", "E"})
          == std::vector<RoleAssignment>{{"case-owner", {"A"}}, {"facilitator", {"B"}}, {"adviser", {"C", "D", "E"}}});
    CHECK(rolesFor(spec, {"A", "B", "C", "D", "E", "F"})
          == std::vector<RoleAssignment>{{"case-owner", {"A"}}, {"facilitator", {"B"}}, {"scribe", {"F"}}, {"adviser", {"C", "D", "E"}}});
    CHECK(rolesFor(spec, {"A", "B", "C", "D", "E", "F", "G"})
          == std::vector<RoleAssignment>{
              {"case-owner", {"A"}}, {"facilitator", {"B"}}, {"scribe", {"F"}}, {"adviser", {"C", "D", "E", "G"}}});
    CHECK(rolesFor(spec, {"A", "B", "C", "D", "E", "F", "G", "H", "I"})
          == std::vector<RoleAssignment>{{"case-owner", {"A"}},
                                         {"facilitator", {"B"}},
                                         {"scribe", {"F"}},
                                         {"adviser", {"C", "D", "E", "G"}},
                                         {"observer", {"H", "I"}}});
    CHECK(assignRoles(spec, {"A", "B", "C", "D"}, "").error
          == "three-steps needs at least 5 members, one for each role; 4 given");
}

TEST_CASE("optional phases: left out or taken in when planning, and every choice checked")
{
    MethodSpec spec = threePhaseMethod();
    spec.phases[1].inclusion = Inclusion::unlessLeftOut; // step-2, 5 minutes
    spec.phases[2].inclusion = Inclusion::whenChosen;    // step-3, 2 minutes
    ScriptedMethod method{spec};
    PlanRequest request;
    request.members = {"Ann", "Bo", "Cas"};

    const auto plain = planSession(method, request);
    REQUIRE(plain.value);
    REQUIRE(plain.value->method.phases.size() == 2); // step-3 runs only when chosen
    CHECK(plain.value->method.phases[1].id == "step-2");
    CHECK(plain.value->phaseSeconds == std::vector<int>{600, 300});

    request.takeIn = {"step-3"};
    request.leaveOut = {"step-2"};
    const auto chosen = planSession(method, request);
    REQUIRE(chosen.value);
    REQUIRE(chosen.value->method.phases.size() == 2);
    CHECK(chosen.value->method.phases[1].id == "step-3");
    CHECK(chosen.value->phaseSeconds == std::vector<int>{600, 120});
    CHECK(chosen.value->takenIn == std::vector<std::string>{"step-3"});
    CHECK(chosen.value->leftOut == std::vector<std::string>{"step-2"});

    request.takeIn = {"step-1"};
    request.leaveOut = {};
    CHECK(planSession(method, request).error == "phase 'step-1' of three-steps always runs; its optional phases are step-2, step-3");
    request.takeIn = {"step-9"};
    CHECK(planSession(method, request).error == "three-steps has no phase 'step-9'");
}

TEST_CASE("a method's own minutes: the plan reserves them, and the phases fill them past their most")
{
    MethodSpec spec = threePhaseMethod(); // 10, 5 and 2 minutes
    spec.ownMinutes = MinuteRange{20, 24};
    CHECK(typicalSeconds(spec, 3) == 22 * 60);
    CHECK(fitPhaseSeconds(spec, 3, 22 * 60) == std::vector<int>{780, 360, 180}); // 5 past the 17, in proportion to 10 : 5 : 2
    CHECK(fitPhaseSeconds(spec, 3, 60 * 60) == fitPhaseSeconds(spec, 3, 24 * 60)); // never past the method's own most
    CHECK(fitPhaseSeconds(spec, 3, 10 * 60) == fitPhaseSeconds(spec, 3, 20 * 60)); // nor below its least

    ScriptedMethod method{spec};
    PlanRequest request;
    request.members = {"Ann", "Bo", "Cas"};
    const auto plan = planSession(method, request);
    REQUIRE(plan.value);
    CHECK(plan.value->plannedMinutes() == 22);
}
