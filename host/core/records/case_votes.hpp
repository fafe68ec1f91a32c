#pragma once
// Each member's own vote for the cases brought in to a meeting, cast on their phone before the
// meeting starts: one vote per member and case, which the member can take back. A case's votes
// (what the planner weighs) are then the number of these.

#include "records/case.hpp"
#include "records/meeting.hpp"
#include "records/store.hpp"

#include <QStringList>

#include <map>

namespace palet {

// `memberName`, a current member of the group, votes for the case numbered `number` (as casesOf
// numbers them), or takes the vote back; the case as it stands then.
StoreResult<Case> castVote(Store& store, const Meeting& meeting, int number, const QString& memberName, bool vote);

// The members who voted for each of the meeting's cases, by case id, in the order they voted.
StoreResult<std::map<qint64, QStringList>> votersOf(const Store& store, qint64 meetingId);

} // namespace palet
