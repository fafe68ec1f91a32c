#pragma once
// What the group decides about the cases brought in: whether each suits intervision, how many
// members find it current and appealing, which method treats it, and which are chosen.

#include "records/case.hpp"
#include "records/meeting.hpp"
#include "records/store.hpp"

#include <vector>

namespace palet {

// The case numbered `number` (1, 2, … as casesOf numbers them) of the meeting, or a refusal that
// says which numbers there are.
StoreResult<Case> findCase(const Store& store, const Meeting& meeting, int number);

StoreResult<Case> triageCase(Store& store, const Meeting& meeting, int number, CaseTriage triage);
// At most one vote per member of the group: the rule is said when more are given.
StoreResult<Case> voteForCase(Store& store, const Meeting& meeting, int number, int votes);
// The case's theme (a method theme id, checked by the caller); empty: none.
StoreResult<Case> setCaseTheme(Store& store, const Meeting& meeting, int number, const std::string& theme);
StoreResult<Case> chooseMethodFor(Store& store, const Meeting& meeting, int number, const QString& methodId);

struct ChosenCase {
    qint64 caseId = 0;
    QString methodId;
};

// Saves a plan, all or nothing: the cases chosen, each with its method (a case chosen before but
// left out now goes back to brought in), and who chairs and keeps time, replacing the
// facilitator and timekeeper roles planned before.
StoreStatus recordPlanDecisions(Store& store, qint64 meetingId, const std::vector<ChosenCase>& chosen,
                                const std::vector<MeetingRole>& roles);

} // namespace palet
