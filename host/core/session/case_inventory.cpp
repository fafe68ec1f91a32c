#include "session/case_inventory.hpp"

#include "records/case_records.hpp"
#include "records/case_votes.hpp"
#include "translate.hpp"

#include <algorithm>

namespace palet {

CaseInventory::CaseInventory(std::vector<std::string> members) : members_(std::move(members)) {}

CaseInventory::CaseInventory(Store* store, std::optional<Meeting> meeting, std::vector<std::string> members)
    : store_(store), meeting_(std::move(meeting)), members_(std::move(members))
{
}

StoreResult<CaseInventory> CaseInventory::ofMeeting(Store& store, const Meeting& meeting, std::vector<std::string> present)
{
    CaseInventory inventory{&store, meeting, std::move(present)};
    if (const QString error = inventory.reload(); !error.isEmpty()) return refusal(error);
    return inventory;
}

QString CaseInventory::reload()
{
    const auto cases = casesOf(*store_, meeting_->id);
    if (!cases) return cases.error;
    const auto voters = votersOf(*store_, meeting_->id);
    if (!voters) return voters.error;
    cases_.clear();
    for (const Case& theCase : *cases) {
        // Only what is still to be treated is brought in for this meeting.
        if (theCase.status != CaseStatus::broughtIn && theCase.status != CaseStatus::chosen) continue;
        const auto found = voters->find(theCase.id);
        cases_.push_back({theCase.number, theCase.label, theCase.ownerName, found == voters->end() ? QStringList{} : found->second});
    }
    return {};
}

bool CaseInventory::present(const QString& member) const
{
    return std::find(members_.begin(), members_.end(), member.toStdString()) != members_.end();
}

QString CaseInventory::bringIn(const QString& member, const QString& label)
{
    if (!present(member)) return tr("%1 is not among the members present").arg(member);
    if (std::any_of(cases_.begin(), cases_.end(), [&](const InventoryCase& each) { return each.owner == member; }))
        return tr("%1 has brought in a case already").arg(member);
    const QString trimmed = label.trimmed();
    if (store_) {
        NewCase added;
        added.ownerName = member;
        added.label = trimmed;
        if (const auto stored = addCase(*store_, *meeting_, added); !stored) return stored.error;
        changed_ = true;
        return reload();
    }
    // The same rules as a stored case's label.
    if (trimmed.isEmpty()) return tr("a case needs a short label");
    if (trimmed.contains('\n')) return tr("a case's label is one line; the longer text goes in its text");
    if (trimmed.size() > maximumLabelLength)
        return tr("a case's label can have at most %1 characters (this one has %2); the longer text goes in its text")
            .arg(maximumLabelLength)
            .arg(trimmed.size());
    cases_.push_back({static_cast<int>(cases_.size()) + 1, trimmed, member, {}});
    changed_ = true;
    return {};
}

QString CaseInventory::vote(const QString& member, int number, bool vote)
{
    if (!present(member)) return tr("%1 is not among the members present").arg(member);
    const auto found = std::find_if(cases_.begin(), cases_.end(), [&](const InventoryCase& each) { return each.number == number; });
    if (found == cases_.end()) return tr("there is no case %1 to vote for").arg(number);
    if (store_) {
        if (const auto cast = castVote(*store_, *meeting_, number, member, vote); !cast) return cast.error;
        changed_ = true;
        return reload();
    }
    found->voters.removeAll(member);
    if (vote) found->voters << member;
    changed_ = true;
    return {};
}

const InventoryCase* CaseInventory::favourite() const
{
    const InventoryCase* best = nullptr;
    for (const InventoryCase& each : cases_)
        if (!best || each.voters.size() > best->voters.size()) best = &each;
    return best;
}

Outcome<SessionPlan> planWithOwner(const MethodImplementation& method, const SessionPlan& planned, const std::string& owner)
{
    PlanRequest request;
    request.members = planned.members;
    request.owner = owner;
    if (planned.context.minutesAvailable > 0) request.minutesAvailable = planned.context.minutesAvailable;
    request.language = planned.context.language;
    request.seed = planned.context.seed;
    return planSession(method, request);
}

} // namespace palet
