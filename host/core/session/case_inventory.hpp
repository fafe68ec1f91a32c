#pragma once
// The cases brought in before a session starts and the members' votes on them, as the room's
// phones give them (docs/room.md). For a stored meeting they go into the store as they come (the
// case, and each member's vote); for one method they are kept for the session only. At the start
// the plan is made again with the chosen case: a meeting's from the votes (prepareMeetingRun,
// choosing by votes), one method's with the favourite's owner as its case owner.

#include "records/meeting.hpp"
#include "records/store.hpp"
#include "session/session_plan.hpp"

#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace palet {

struct InventoryCase {
    int number = 0; // 1, 2, … in the order brought in
    QString label;
    QString owner;
    QStringList voters;
};

class CaseInventory {
public:
    // One method's session for these members.
    explicit CaseInventory(std::vector<std::string> members);
    // A stored meeting's, with these members present: the cases and votes it has so far.
    static StoreResult<CaseInventory> ofMeeting(Store& store, const Meeting& meeting, std::vector<std::string> present);

    // A member present brings in a case, by its label only (one line, at most 80 characters); one
    // case each. An error for people, or empty.
    QString bringIn(const QString& member, const QString& label);
    // A member present votes for the case numbered `number`, or takes the vote back.
    QString vote(const QString& member, int number, bool vote);

    const std::vector<InventoryCase>& cases() const { return cases_; }
    // The case with the most votes, of those brought in first when tied; none without cases.
    const InventoryCase* favourite() const;
    // Whether a case was brought in or a vote cast here: the plan is to be made again.
    bool changed() const { return changed_; }

private:
    CaseInventory(Store* store, std::optional<Meeting> meeting, std::vector<std::string> members);
    QString reload();
    bool present(const QString& member) const;

    Store* store_ = nullptr;
    std::optional<Meeting> meeting_;
    std::vector<std::string> members_;
    std::vector<InventoryCase> cases_;
    bool changed_ = false;
};

// One method's plan made again with `owner` as its case owner: the same members, minutes,
// language and seed.
Outcome<SessionPlan> planWithOwner(const MethodImplementation& method, const SessionPlan& planned, const std::string& owner);

} // namespace palet
