#pragma once
// Roles the group chooses during a session (format 2's `chosen_in`): which roles, in which phase,
// and who holds each role at a phase once the choices so far are laid over the plan. Nobody holds
// a chosen role until its phase is over; then the chosen member holds it and leaves the role of
// everyone else (or an optional role such as the scribe's, which passes on). Only a member who holds no role that
// one member must hold can be chosen, so the method keeps its facilitator, its case owner.

#include "session/session_plan.hpp"
#include "session/session_state.hpp"

#include <map>
#include <string>
#include <vector>

namespace palet {

// The roles the plan leaves to a choice during the session, in the method's order: each with
// the phase it is chosen in. None in a meeting (the agenda names every holder) and none for a
// case owner given beforehand (`--owner`).
std::vector<RoleChoice> roleChoicesOf(const MethodSpec& method, const std::string& owner);

// Who holds which role at `phase`, with the roles chosen so far (`state.chosen`). An optional role
// the chosen member held passes to the first member holding the role of everyone else, while
// another is left there.
std::vector<RoleAssignment> rolesAt(const SessionPlan& plan, const SessionState& state, int phase);
std::vector<std::string> holdersAt(const SessionPlan& plan, const SessionState& state, int phase, const std::string& roleId);
std::map<std::string, std::vector<std::string>> roleHoldersAt(const SessionPlan& plan, const SessionState& state, int phase);
std::vector<MemberRoles> memberRolesAt(const SessionPlan& plan, const SessionState& state, int phase);

// The plan's choice of `roleId`; null when the session does not choose that role.
const RoleChoice* choiceOf(const SessionPlan& plan, const std::string& roleId);

// The members who may be chosen for `roleId`, in the order given: those holding no role that one
// member must hold, and not chosen for another role.
std::vector<std::string> choosableMembers(const SessionPlan& plan, const SessionState& state, const std::string& roleId);

// Why `member` cannot be chosen for `roleId` (a sentence), or empty when they can.
std::string choiceProblem(const SessionPlan& plan, const SessionState& state, const std::string& roleId, const std::string& member);

// The first role chosen in the phase on now that nobody has chosen yet; empty when there is none.
std::string choiceDue(const SessionPlan& plan, const SessionState& state);

} // namespace palet
