#pragma once
// A meeting's plan made from the records: who is present, what the previous meeting treated, how
// experienced the group is, who chaired and kept time over the past year; and saving what the
// plan decides (the chosen cases, their methods, the roles).

#include "planning/meeting_plan.hpp"
#include "planning/role_rotation.hpp"
#include "records/group.hpp"
#include "records/meeting.hpp"
#include "records/store.hpp"

#include <QStringList>

#include <map>

namespace palet {

struct PlanOptions {
    std::map<int, QString> methods; // case number -> method id, the group's choice now
    std::optional<int> caseCount;
    QStringList absent; // member names; the other current members are present
    bool savedChoice = false; // when a plan was saved: only the cases it chose (palet run MEETING)
    Language language = Language::en;
};

struct GatheredPlan {
    Meeting meeting;
    Group group;
    QString reference; // GROUP@YYYY-MM-DD, as short as it can be
    bool guided = false;
    QString guide; // who chairs a guided meeting: the meeting's guide, else the group's; may be empty
    bool experienced = false;
    QStringList presentNames;
    int previousCaseOwners = 0; // owners of the cases the previous meeting treated: the look-back
    std::vector<Case> lookBack;  // those cases, with their takeaways and any follow-up
    QString previousReference;  // the previous meeting, GROUP@YYYY-MM-DD; empty at a first meeting
    MeetingPlan plan;
    std::vector<SlotRoles> roles; // the meeting as a whole first, then each round
};

StoreResult<GatheredPlan> gatherPlan(const Store& store, const MethodCatalog& catalog, const Meeting& meeting,
                                     const PlanOptions& options);

// Records the chosen cases with their methods and the roles; refused for a plan that does not fit.
StoreStatus savePlan(Store& store, const GatheredPlan& gathered);

} // namespace palet
