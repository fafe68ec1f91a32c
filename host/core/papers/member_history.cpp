#include "papers/member_history.hpp"

#include "papers/attendance_sheet.hpp"
#include "records/calendar_text.hpp"
#include "records/group_records.hpp"
#include "records/meeting_outcome.hpp"
#include "records/meeting_records.hpp"
#include "records/member_erasure.hpp"
#include "records/record_names.hpp"

#include <QJsonArray>

#include <algorithm>

namespace palet {

StoreResult<std::vector<MemberHistory>> memberHistories(const Store& store, const QString& memberName, int year,
                                                        const PeRules& rules)
{
    const auto groups = groupsWithMember(store, memberName);
    if (!groups) return groups.failure();
    std::vector<MemberHistory> histories;
    for (const QString& groupName : *groups) {
        const auto group = findGroup(store, groupName);
        if (!group) return group.failure();
        const auto members = membersOf(store, group->id);
        if (!members) return members.failure();
        const auto member = std::find_if(members->begin(), members->end(),
                                         [&](const Member& one) { return nameKey(one.name) == nameKey(memberName); });
        if (member == members->end()) continue;
        MemberHistory history;
        history.member = member->name;
        history.group = group->name;
        history.peRegister = member->peRegister;
        history.year = year;
        const RegisterMatch match = matchRegister(rules, member->peRegister);
        if (match.rule) history.registerName = match.rule->name;
        const auto meetings = meetingsOf(store, group->id);
        if (!meetings) return meetings.failure();
        for (const Meeting& meeting : *meetings) {
            if (meeting.status != MeetingStatus::held || meeting.date.year() != year) continue;
            const auto sheet = gatherAttendanceSheet(store, meeting);
            if (!sheet) return sheet.failure();
            const bool present = std::any_of(sheet->present.begin(), sheet->present.end(),
                                             [&](const SheetMember& one) { return one.memberId == member->id; });
            if (!present) continue;
            const auto parts = partTimesOf(store, meeting.id);
            if (!parts) return parts.failure();
            int breakSeconds = 0;
            for (const PartTime& part : *parts)
                if (part.methodId == "block-break") breakSeconds += part.actualSeconds;
            AttendedMeeting attended;
            attended.reference = sheet->reference;
            attended.date = meeting.date;
            attended.heldMinutes = (sheet->heldSeconds + 30) / 60;
            const int breaks = (breakSeconds + 30) / 60;
            if (match.rule) {
                const PeCredit credit = creditFor(*match.rule, attended.heldMinutes, breaks);
                attended.countedMinutes = credit.countedMinutes;
                attended.points = credit.points;
            } else {
                attended.countedMinutes = std::max(0, attended.heldMinutes - breaks);
            }
            history.countedMinutes += attended.countedMinutes;
            history.points += attended.points;
            history.meetings.push_back(attended);
        }
        histories.push_back(std::move(history));
    }
    return histories;
}

QJsonObject memberHistoryJson(const MemberHistory& history)
{
    QJsonArray meetings;
    for (const AttendedMeeting& one : history.meetings)
        meetings.append(QJsonObject{{"meeting", one.reference},
                                    {"date", dateText(one.date)},
                                    {"held_minutes", one.heldMinutes},
                                    {"counted_minutes", one.countedMinutes},
                                    {"hours", one.countedMinutes / 60.0},
                                    {"points", pointsText(one.points).toDouble()}});
    return {{"member", history.member},
            {"group", history.group},
            {"year", history.year},
            {"pe_register", history.peRegister.isEmpty() ? QJsonValue::Null : QJsonValue{history.peRegister}},
            {"register_name", history.registerName.isEmpty() ? QJsonValue::Null : QJsonValue{history.registerName}},
            {"meetings", meetings},
            {"counted_minutes", history.countedMinutes},
            {"hours", history.countedMinutes / 60.0},
            {"points", pointsText(history.points).toDouble()}};
}

} // namespace palet
