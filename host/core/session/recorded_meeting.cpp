#include "session/recorded_meeting.hpp"

#include "translate.hpp"

#include <QJsonArray>

namespace palet {
namespace {

std::string utf8(const QJsonValue& value) { return value.toString().toStdString(); }

std::vector<std::string> strings(const QJsonValue& values)
{
    std::vector<std::string> list;
    for (const QJsonValue& value : values.toArray()) list.push_back(utf8(value));
    return list;
}

} // namespace

Outcome<RecordedMeeting> recordedMeetingFromJson(const QJsonObject& plan)
{
    const QJsonArray phases = plan["phases"].toArray();
    const QJsonArray parts = plan["parts"].toArray();
    if (parts.isEmpty()) return {std::nullopt, tr("the journal's plan has no parts of a meeting").toStdString()};
    RecordedMeeting meeting;
    meeting.title = utf8(plan["method"]["name"]);
    for (qsizetype index = 0; index < parts.size(); ++index) {
        const QJsonObject part = parts[index].toObject();
        const int first = part["first_phase"].toInt(-1);
        const int count = part["phase_count"].toInt(-1);
        if (first < 0 || count < 1 || first + count > phases.size() || utf8(part["method"]).empty())
            return {std::nullopt, tr("part %1 of the journal's plan does not fit its phases").arg(index + 1).toStdString()};
        MeetingPartRequest request;
        request.label = utf8(part["label"]);
        request.title = utf8(part["title"]);
        request.caseNumber = part["case"].toInt();
        request.caseId = part["case_id"].toInteger();
        for (int phase = first; phase < first + count; ++phase) {
            // Journals before format 2 give each phase whole minutes only.
            const QJsonValue seconds = phases[phase]["seconds"];
            const int length = seconds.isDouble() ? seconds.toInt() : phases[phase]["minutes"].toInt() * secondsPerMinute;
            request.phaseSeconds.push_back({utf8(phases[phase]["id"]), length});
            request.minutes += length;
        }
        for (const QJsonValue& role : part["roles"].toArray()) {
            RoleAssignment assignment{utf8(role["id"]), strings(role["members"])};
            if (assignment.roleId == caseOwnerRole && !assignment.members.empty()) request.owner = assignment.members.front();
            request.roles.push_back(std::move(assignment));
        }
        request.minutes = minutesRoundedUp(request.minutes);
        meeting.methodIds.push_back(utf8(part["method"]));
        meeting.parts.push_back(std::move(request));
    }
    for (const QJsonValue& looked : plan["look_back"].toArray()) {
        meeting.previousMeeting = utf8(looked["meeting"]);
        meeting.lookBack.push_back({looked["number"].toInt(), looked["case_id"].toInteger(), utf8(looked["label"]),
                                    utf8(looked["owner"]), looked["takeaway"].isString() ? utf8(looked["takeaway"]) : std::string{}});
    }
    return {std::move(meeting), {}};
}

} // namespace palet
