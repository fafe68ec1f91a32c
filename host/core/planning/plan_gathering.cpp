#include "planning/plan_gathering.hpp"

#include "records/case_choices.hpp"
#include "records/case_records.hpp"
#include "records/group_records.hpp"
#include "records/meeting_guidance.hpp"
#include "records/meeting_records.hpp"
#include "records/participation_records.hpp"
#include "translate.hpp"
#include "text/domain_words.hpp"

#include <algorithm>
#include <set>

namespace palet {
namespace {

bool before(const Meeting& a, const Meeting& b) { return a.date < b.date || (a.date == b.date && a.start < b.start); }

bool isMemberOn(const Member& member, QDate day) { return !member.leftOn || *member.leftOn > day; }

StoreResult<std::map<qint64, RoleTally>> pastYearTally(const Store& store, const Meeting& meeting)
{
    auto rows = store.run("SELECT r.member_id, r.role, COUNT(*) FROM role_assignments r JOIN meetings m ON m.id = r.meeting_id"
                          " WHERE m.group_id = ? AND m.id <> ? AND m.status <> 'cancelled'"
                          " AND m.meeting_date >= ? AND m.meeting_date <= ? GROUP BY r.member_id, r.role",
                          {meeting.groupId, meeting.id, meeting.date.addYears(-1).addDays(1).toString(Qt::ISODate),
                           meeting.date.toString(Qt::ISODate)});
    if (!rows) return rows.failure();
    std::map<qint64, RoleTally> tally;
    while (rows->next()) {
        const qint64 member = rows->value(0).toLongLong();
        const QString role = rows->value(1).toString();
        if (role == chairRole) tally[member].chaired += rows->value(2).toInt();
        if (role == timekeeperRole) tally[member].keptTime += rows->value(2).toInt();
    }
    return tally;
}

} // namespace

StoreResult<GatheredPlan> gatherPlan(const Store& store, const MethodCatalog& catalog, const Meeting& meeting,
                                     const PlanOptions& options)
{
    GatheredPlan gathered;
    gathered.meeting = meeting;
    const auto group = findGroup(store, meeting.groupName);
    if (!group) return group.failure();
    gathered.group = *group;
    const auto members = membersOf(store, group->id);
    if (!members) return members.failure();
    const auto meetings = meetingsOf(store, group->id);
    if (!meetings) return meetings.failure();
    gathered.reference = meetingReferenceText(meeting, *meetings);

    // Who is present: the current members but those sent apologies.
    std::vector<RotationMember> present;
    MeetingPlanRequest request;
    std::set<QString> absent;
    for (const QString& name : options.absent) {
        const auto member = findCurrentMember(store, *group, name.trimmed());
        if (!member) return member.failure();
        absent.insert(member->name);
    }
    // A held meeting's agenda is the plan that was held: with those who were absent then.
    const bool held = meeting.status == MeetingStatus::held;
    if (held) {
        const auto attendance = attendanceOf(store, meeting.id);
        if (!attendance) return attendance.failure();
        for (const Attendance& entry : *attendance)
            for (const Member& member : *members)
                if (member.id == entry.memberId && !entry.present) absent.insert(member.name);
    }
    for (const Member& member : *members) {
        if (!isMemberOn(member, meeting.date) || absent.count(member.name)) continue;
        present.push_back({member.id, member.name});
        gathered.presentNames << member.name;
        if (member.learningStyle) {
            ++request.profile.styles[*member.learningStyle];
            request.ownerStyles[member.id] = *member.learningStyle;
        }
    }

    // The group's experience, and the previous meeting's treated cases for the look-back.
    std::optional<Meeting> previous;
    for (const Meeting& other : *meetings)
        if (other.id != meeting.id && before(other, meeting) && other.status != MeetingStatus::cancelled) previous = other;
    const MeetingGuidance guidance = guidanceOf(*group, meeting, *meetings);
    gathered.guided = guidance.guided;
    gathered.guide = guidance.guide;
    gathered.experienced = guidance.heldBefore > group->guidedMeetings;
    if (previous) {
        const auto cases = casesOf(store, previous->id);
        if (!cases) return cases.failure();
        std::set<qint64> owners;
        for (const Case& treated : *cases)
            if (treated.status == CaseStatus::treated || treated.status == CaseStatus::lookedBack) {
                owners.insert(treated.ownerId);
                gathered.lookBack.push_back(treated);
            }
        gathered.previousReference = meetingReferenceText(*previous, *meetings);
        request.previousCaseOwners = static_cast<int>(owners.size());
    }

    const auto cases = casesOf(store, meeting.id);
    if (!cases) return cases.failure();
    for (const auto& [number, methodId] : options.methods) {
        if (number < 1 || number > static_cast<int>(cases->size()))
            return refusal(tr("--method names case %1, but the meeting's cases are numbered 1 to %2").arg(number).arg(cases->size()));
        request.methods[(*cases)[static_cast<std::size_t>(number - 1)].id] = methodId;
    }
    request.firstMeeting = !previous;
    gathered.previousCaseOwners = request.previousCaseOwners;
    request.start = meeting.start;
    request.end = meeting.end;
    request.present = static_cast<int>(present.size());
    request.minimumPresent = group->minimumPresent;
    request.profile.experienced = gathered.experienced;
    request.profile.trainedFacilitator = gathered.guided;
    request.cases = *cases;
    const auto chosen = [](const Case& theCase) { return theCase.status == CaseStatus::chosen; };
    if (held) {
        // The cases it treated, as they were chosen then.
        std::erase_if(request.cases, [](const Case& theCase) { return theCase.status == CaseStatus::broughtIn; });
        for (Case& theCase : request.cases) theCase.status = CaseStatus::chosen;
        request.caseCount = static_cast<int>(request.cases.size());
    } else if (options.savedChoice && std::any_of(cases->begin(), cases->end(), chosen)) {
        std::erase_if(request.cases, [&](const Case& theCase) { return !chosen(theCase); });
    }
    if (!held) request.caseCount = options.caseCount;
    request.language = options.language;
    PlanResult made = makeMeetingPlan(catalog, request);
    if (!made.plan) return refusal(made.error);
    gathered.plan = std::move(*made.plan);

    RotationRequest rotation;
    rotation.present = present;
    rotation.guided = gathered.guided;
    const auto tally = pastYearTally(store, meeting);
    if (!tally) return tally.failure();
    rotation.pastYear = *tally;
    rotation.parts.push_back({});
    for (const Case& theCase : gathered.plan.chosen) rotation.parts.push_back({theCase.id, theCase.ownerId});
    gathered.roles = rotateRoles(rotation);

    const QString guide = gathered.guide.isEmpty() ? tr("the guide") : gathered.guide;
    MeetingRolesRequest everyone;
    everyone.present = gathered.presentNames;
    for (AgendaLine& line : gathered.plan.lines) {
        const SlotRoles* roles = &gathered.roles.front();
        if (line.theCase)
            for (const SlotRoles& slot : gathered.roles)
                if (slot.slot.caseId == line.theCase->id) roles = &slot;
        PartRoleRequest part;
        if (const CatalogEntry* entry = catalog.find(line.methodId)) part.roles = entry->spec().roles;
        part.isBreak = line.methodId == blockIds::pause; // nobody chairs a break
        if (line.theCase) part.owner = line.theCase->ownerName;
        part.chair = roles->chair ? roles->chair->name : guide;
        part.timekeeper = roles->timekeeper ? roles->timekeeper->name : QString{};
        everyone.parts.push_back(part);
    }
    const auto assigned = assignMeetingRoles(everyone);
    for (std::size_t index = 0; index < gathered.plan.lines.size(); ++index) {
        AgendaLine& line = gathered.plan.lines[index];
        line.roles = assigned[index];
        line.chair = holdersOf(line.roles, chairRoleId).value(0);
        line.timekeeper = holdersOf(line.roles, timekeeperRoleId).value(0);
    }
    if (gathered.guided && gathered.guide.isEmpty())
        gathered.plan.notes << tr("a guided meeting: the guide chairs; name them with 'palet meeting new --guide' or 'palet group set-guide'");
    return gathered;
}

StoreStatus savePlan(Store& store, const GatheredPlan& gathered)
{
    if (!gathered.plan.fits) return refusal(tr("the plan does not fit; nothing was saved"));
    if (gathered.meeting.status != MeetingStatus::planned)
        return refusal(tr("the meeting is %1; only a planned meeting's plan can be saved").arg(meetingStatusText(gathered.meeting.status)));
    std::vector<ChosenCase> chosen;
    for (const AgendaLine& line : gathered.plan.lines)
        if (line.theCase) chosen.push_back({line.theCase->id, QString::fromStdString(line.methodId)});
    std::vector<MeetingRole> roles;
    for (const SlotRoles& slot : gathered.roles) {
        if (slot.chair) roles.push_back({gathered.meeting.id, slot.chair->id, chairRole, slot.slot.caseId});
        if (slot.timekeeper) roles.push_back({gathered.meeting.id, slot.timekeeper->id, timekeeperRole, slot.slot.caseId});
    }
    return recordPlanDecisions(store, gathered.meeting.id, chosen, roles);
}

} // namespace palet
