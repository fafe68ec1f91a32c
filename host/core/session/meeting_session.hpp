#pragma once
// A whole meeting as one session: the phases of every agenda part (blocks and case rounds) one
// after the other, each part with its own method, minutes and role holders. The runner needs
// one method to hear the phases; MeetingMethods passes each phase on to its part's method with
// the phase numbered as that method knows it.

#include "method_implementation.hpp"
#include "session/session_plan.hpp"

#include <palet/method_spec.hpp>

#include <string>
#include <vector>

namespace palet {

struct MeetingPartRequest {
    std::string label;
    MethodImplementation* method = nullptr; // kept alive by the caller for the whole session
    int minutes = 0;                        // the agenda's minutes for the part
    int caseNumber = 0;                     // 0 for a block
    std::string owner;                      // a round's case owner
    std::vector<RoleAssignment> roles;      // the agenda's holders of every role (planning/part_roles)
    // The agenda's phases and their seconds, in order: phases it leaves out (a first meeting's
    // look-back) are not run, and the run keeps the agenda's time. Empty, or phases the method
    // did not compute for this context (a plugin's): the method's own, fitted to `minutes`.
    std::vector<std::pair<std::string, int>> phaseSeconds;
    std::string title;       // the block's or the method's name alone
    std::int64_t caseId = 0; // the store's id of the round's case
};

struct MeetingSessionRequest {
    std::string meeting; // GROUP@YYYY-MM-DD
    std::string title;   // what the session is called
    std::vector<std::string> members;
    std::vector<MeetingPartRequest> parts;
    std::string previousMeeting;        // the meeting looked back on
    std::vector<LookBackCase> lookBack; // and its treated cases
    Language language = Language::en;
    std::uint64_t seed = 0;
};

Outcome<SessionPlan> planMeetingSession(const MeetingSessionRequest& request);

class MeetingMethods final : public MethodImplementation {
public:
    MeetingMethods(SessionPlan plan, std::vector<MethodImplementation*> methods)
        : plan_(std::move(plan)), methods_(std::move(methods))
    {
    }
    Outcome<MethodSpec> spec(const MethodContext&) const override { return {plan_.method, {}}; }
    Outcome<std::vector<RoleMessage>> onEvent(const SessionEvent& event) override;

private:
    SessionPlan plan_;
    std::vector<MethodImplementation*> methods_; // one per part
};

} // namespace palet
