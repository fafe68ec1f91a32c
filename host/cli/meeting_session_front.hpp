#pragma once
// What `palet run MEETING` and `palet resume` of a meeting's session share: the stored meeting's
// plan (as `palet plan` makes it, with the cases a saved plan chose) made into one session plan,
// with every part's method opened and kept open.

#include "planning/plan_gathering.hpp"
#include "records/store.hpp"
#include "session/meeting_session.hpp"
#include "session/session_state.hpp"

#include <QCommandLineParser>

#include <memory>
#include <optional>
#include <vector>

namespace palet::cli {

struct MeetingSessionSetup {
    std::optional<Store> store;
    std::optional<GatheredPlan> gathered;
    std::vector<std::shared_ptr<MethodImplementation>> opened; // keeps the plugins loaded
    std::unique_ptr<MeetingMethods> methods;
    std::optional<SessionPlan> plan;
    int status = 0; // the exit status when there is no plan
};

// `parser` has the store and catalog options. The group's current members are present but the
// `absent`, or, when `present` is given (a resumed session), exactly those. Problems are printed
// with `command`.
MeetingSessionSetup prepareMeetingSession(const QCommandLineParser& parser, const QString& meetingText,
                                          const QString& command, Language language, std::uint64_t seed,
                                          QStringList absent, const std::vector<std::string>* present = nullptr);

// After the session: records who was there, the rounds' cases as treated with their takeaways,
// every part's time and the meeting as held, in one transaction. Prints what it recorded, or why
// not, and gives the exit status.
// `say`: print what was recorded on standard output.
int recordMeetingRun(MeetingSessionSetup& setup, const SessionPlan& plan, const SessionState& state, const QString& command,
                     bool say);

} // namespace palet::cli
