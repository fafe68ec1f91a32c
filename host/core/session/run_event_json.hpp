#pragma once
// An event as one JSON object: the line `palet run --events json` prints and the journal keeps
// (the contract is docs/running.md). Texts are in the session's language.

#include "method_implementation.hpp"
#include "session/run_event.hpp"
#include "session/session_plan.hpp"
#include "session/session_state.hpp"

#include <QByteArray>
#include <QJsonObject>

#include <string>
#include <vector>

namespace palet {

inline constexpr int eventFormatVersion = 1;

// The run options session-started records beside the plan, for a resume to use again.
struct RecordedOptions {
    std::string script; // the script's absolute path; empty without one
    bool autoAdvance = false;
};

// `state` is the state after the event's batch; only `finished` reads it (for the summary).
// `options` are written into session-started only.
QJsonObject runEventJson(const RunEvent& event, const SessionPlan& plan, const SessionState& state,
                         const RecordedOptions& options = {});

// The object as one compact line, ending in a newline.
QByteArray jsonLine(const QJsonObject& object);

// The fields that change a session's state; an error says which is missing or wrong.
Outcome<RunEvent> runEventFromJson(const QJsonObject& object);

// What session-started records of the plan: enough to make the same plan again.
struct RecordedPlan {
    std::string methodId;
    std::string methodVersion;
    std::string meeting; // a meeting's session: GROUP@YYYY-MM-DD
    std::vector<std::string> members;
    std::string owner;
    int minutesAvailable = 0;
    Language language = Language::en;
    std::uint64_t seed = 0;
    std::vector<std::pair<std::string, int>> phases; // id and seconds
    std::string textLanguage;                        // the tag of the method's texts; empty: language
    std::vector<std::string> takenIn;                // optional phases chosen in, and left out
    std::vector<std::string> leftOut;
    std::vector<RoleAssignment> roles;
    double speed = 1.0;
    std::string script; // the script the session was run with, if any
    bool autoAdvance = false;
};

Outcome<RecordedPlan> recordedPlanFromJson(const QJsonObject& sessionStarted);

} // namespace palet
