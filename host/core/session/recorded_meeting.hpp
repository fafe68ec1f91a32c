#pragma once
// A meeting's session as its journal recorded it. A resume runs the session again as it was
// planned then, not as the store would plan it now: a case may have been erased since, and the
// remaining cases then have other numbers.

#include "method_implementation.hpp"
#include "session/meeting_session.hpp"

#include <QJsonObject>

#include <string>
#include <vector>

namespace palet {

struct RecordedMeeting {
    std::string title;
    std::vector<std::string> methodIds;    // one per part
    std::vector<MeetingPartRequest> parts; // their methods still to be opened
    std::string previousMeeting;
    std::vector<LookBackCase> lookBack;
};

// The meeting in a journal's plan (the "plan" of its session-started line); an error when the plan
// is not a meeting's or its parts do not fit its phases.
Outcome<RecordedMeeting> recordedMeetingFromJson(const QJsonObject& plan);

} // namespace palet
