#pragma once
// A stored meeting run as one session, for every front (`palet run MEETING`, `palet resume`,
// `palet serve`): its plan made as `palet plan` makes it (with the cases a saved plan chose), every
// part's method opened and kept open; and afterwards the run recorded in the store.

#include "planning/plan_gathering.hpp"
#include "plugins/plugin_trace.hpp"
#include "records/meeting_reference.hpp"
#include "records/store.hpp"
#include "session/meeting_session.hpp"
#include "session/session_state.hpp"

#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace palet {

struct MeetingRunRequest {
    Language language = Language::en;
    std::uint64_t seed = 0;
    QStringList absent; // the group's other current members are present
    // A resumed session: exactly these were present (`absent` is then ignored), and the plan its
    // journal recorded, which runs again as it was (see session/recorded_meeting.hpp).
    std::optional<std::vector<std::string>> present;
    QJsonObject recordedPlan;
    PluginTrace trace;
};

struct MeetingRun {
    GatheredPlan gathered;
    std::vector<std::shared_ptr<MethodImplementation>> opened; // keeps the plugins loaded
    std::unique_ptr<MeetingMethods> methods;
    SessionPlan plan;
};

// The meeting's session, or a sentence saying why it cannot run (its plan does not fit, it was
// held already, a method is missing…).
StoreResult<MeetingRun> prepareMeetingRun(const Store& store, const MethodCatalog& catalog,
                                          const MeetingReference& reference, const MeetingRunRequest& request);

// The same, with the cases chosen again from their votes, as a new plan would choose them (cases
// brought in and votes cast in the room before the start), and that plan saved: a session resumed
// later makes the same plan again.
StoreResult<MeetingRun> replanMeetingRun(Store& store, const MethodCatalog& catalog, const MeetingReference& reference,
                                         const MeetingRunRequest& request);

struct RecordedMeetingRun {
    bool recorded = false; // false when the session did not finish: nothing was written
    QString reference;     // GROUP@YYYY-MM-DD
    int present = 0;
    int treated = 0;       // cases whose round ran
};

// After the session: who was there, the rounds' cases as treated with their takeaways, every
// part's time and the meeting as held, in one transaction.
StoreResult<RecordedMeetingRun> recordMeetingRun(Store& store, const MeetingRun& run, const SessionPlan& plan,
                                                 const SessionState& state);

} // namespace palet
