#include "records/record_json.hpp"

#include "records/calendar_text.hpp"

namespace palet {
namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue{} : QJsonValue{text};
}

} // namespace

QJsonObject groupJson(const Group& group)
{
    return {{"name", group.name},
            {"profession", group.profession},
            {"meetings_per_year", group.meetingsPerYear},
            {"guided_meetings", group.guidedMeetings},
            {"minimum_present", group.minimumPresent},
            {"guide", textOrNull(group.guide)},
            {"case_labels_on_projector", group.caseLabelsOnProjector}};
}

QJsonObject memberJson(const Member& member)
{
    return {{"name", member.name},
            {"learning_style",
             member.learningStyle ? QJsonValue{QString::fromUtf8(learningStyleId(*member.learningStyle).data())} : QJsonValue{}},
            {"pe_register", textOrNull(member.peRegister)},
            {"left_on", member.leftOn ? QJsonValue{dateText(*member.leftOn)} : QJsonValue{}}};
}

QJsonObject meetingJson(const Meeting& meeting, const QString& reference)
{
    return {{"reference", reference},
            {"group", meeting.groupName},
            {"date", dateText(meeting.date)},
            {"start", clockTimeText(meeting.start)},
            {"end", clockTimeText(meeting.end)},
            {"place", meeting.place},
            {"facilitator", meeting.facilitator},
            {"guide", textOrNull(meeting.facilitator)},
            {"status", meetingStatusId(meeting.status)}};
}

QJsonObject caseJson(const Case& found, bool withTexts)
{
    return {{"number", found.number},
            {"owner", found.ownerName},
            {"label", found.label},
            {"status", caseStatusId(found.status)},
            {"has_text", !found.text.isEmpty()},
            {"text", withTexts ? textOrNull(found.text) : QJsonValue{}},
            {"takeaway", withTexts ? textOrNull(found.takeaway) : QJsonValue{}},
            {"follow_up", withTexts ? textOrNull(found.followUp) : QJsonValue{}},
            {"triage", found.triage ? QJsonValue{caseTriageId(*found.triage)} : QJsonValue{}},
            {"votes", found.votes},
            {"method", textOrNull(found.methodId)},
            {"theme", textOrNull(found.theme)}};
}

} // namespace palet
