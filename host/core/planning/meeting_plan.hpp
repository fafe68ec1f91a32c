#pragma once
// The agenda of one meeting (docs/planning.md): opening and look-back, inventory, choosing, one
// round per chosen case with its method, a break in a long meeting, the closing round and the
// evaluation, each with its clock time. Phases with a range are stretched or shrunk to fill the
// meeting's window; when the agenda cannot fit, the plan says what does not and what would.

#include "catalog/method_catalog.hpp"
#include "planning/part_roles.hpp"
#include "planning/recommendation.hpp"
#include "records/case.hpp"

#include <QStringList>
#include <QTime>

#include <map>
#include <optional>
#include <vector>

namespace palet {

// The meeting building blocks (methods/blocks/) the planner puts around the case rounds.
namespace blockIds {
inline constexpr const char* opening = "block-opening";
inline constexpr const char* inventory = "block-inventory";
inline constexpr const char* choosing = "block-choosing";
inline constexpr const char* pause = "block-break";
inline constexpr const char* closingRound = "block-closing-round";
inline constexpr const char* evaluation = "block-evaluation";
} // namespace blockIds

// A phase with this id reports back on actions agreed at an earlier treatment of the case
// (action learning's first phase); a first treatment leaves it out (docs/method-format.md).
inline constexpr const char* followUpPhaseId = "report-back";

inline constexpr int defaultMinimumPresent = 3; // a meeting goes ahead with at least three members
inline constexpr int breakAfterMinutes = 90;    // a meeting longer than this gets a break

struct MeetingPlanRequest {
    QTime start;
    QTime end;
    int present = 0;            // members present
    int minimumPresent = defaultMinimumPresent; // the group's setting
    int previousCaseOwners = 0; // owners of the cases treated at the previous meeting
    bool firstMeeting = false;  // the group has not met before
    GroupProfile profile;       // learning styles, experience; members and minutes are the planner's
    std::vector<Case> cases;    // every case of the meeting
    std::map<qint64, QString> methods; // case id -> the group's choice now, before the stored one
    std::map<qint64, LearningStyle> ownerStyles; // member id -> learning style, where known
    std::optional<int> caseCount;      // the group wants this many rounds; none: as many as fit
    Language language = Language::en;
};

// One phase of an agenda line as the run will hold it.
struct PlannedPhase {
    std::string id;
    int seconds = 0;
    SecondRange range; // what the phase allows with this many present (or, a look-back, case owners)
};

struct AgendaLine {
    enum class Kind { block, round };
    Kind kind = Kind::block;
    std::string methodId;
    QString title; // the block's or the method's name
    QTime start;
    QTime end;
    int minutes = 0;
    MinuteRange range; // what the block or method allows (its phases' seconds, rounded up)
    std::vector<PlannedPhase> phases; // the phases that run, their seconds adding up to `minutes` (or just under)
    std::optional<Case> theCase; // a round's case
    QStringList why;    // a round: why its method (the group's choice, or what Palet weighed)
    QString chair;      // filled in by the role rotation: a member present, or the guide
    QString timekeeper;
    std::vector<PartRoleHolders> roles; // everyone's role in this part (none in a break)
};

struct SetAsideCase {
    Case theCase;
    QString reason;
};

struct MeetingPlan {
    QTime start;
    QTime end;
    int present = 0;
    std::vector<AgendaLine> lines;
    std::vector<Case> chosen; // in the order they are treated
    std::vector<SetAsideCase> setAside;
    bool fits = true;
    int minutesNeeded = 0; // the least the agenda takes
    QStringList doesNotFit; // what does not fit, when it does not
    QStringList wouldFit;   // what would: one case fewer, a shorter method, a later end
    QStringList warnings;
    QStringList notes;

    int windowMinutes() const { return start.secsTo(end) / 60; }
};

struct PlanResult {
    std::optional<MeetingPlan> plan;
    QString error; // set when there is no plan: a block or a chosen method is missing, too few present
};

PlanResult makeMeetingPlan(const MethodCatalog& catalog, const MeetingPlanRequest& request);

} // namespace palet
