#include "papers/attendance_sheet.hpp"

#include "records/calendar_text.hpp"
#include "records/group_records.hpp"
#include "records/meeting_guidance.hpp"
#include "records/meeting_outcome.hpp"
#include "records/meeting_records.hpp"
#include "records/participation_records.hpp"
#include "translate.hpp"
#include "text/domain_words.hpp"

#include <QJsonArray>

#include <algorithm>
#include <map>

namespace palet {
namespace {

QString escaped(const QString& text) { return text.toHtmlEscaped(); }

// Markdown table cells: a bar would end the cell.
QString cell(QString text) { return text.replace('|', "\\|"); }

QString title(const AttendanceSheet& sheet)
{
    return tr("Proof of attendance: %1").arg(sheet.reference);
}

QString confirmationText(const AttendanceConfirmation& confirmation)
{
    const QString when = confirmation.confirmedAt.toLocalTime().toString("yyyy-MM-dd HH:mm");
    return confirmation.channel == ConfirmationChannel::room ? tr("confirmed in the room at %1").arg(when)
                                                             : tr("confirmed at %1").arg(when);
}

QString heldLine(const AttendanceSheet& sheet)
{
    return sheet.heldFromRun ? tr("%1, as recorded by the run").arg(heldText(sheet.heldSeconds))
                             : tr("%1, as scheduled (the meeting was not run with Palet)").arg(heldText(sheet.heldSeconds));
}

// The facts at the top of the paper, label and value.
std::vector<std::pair<QString, QString>> facts(const AttendanceSheet& sheet)
{
    std::vector<std::pair<QString, QString>> lines{{tr("Group"), sheet.meeting.groupName}};
    if (!sheet.profession.isEmpty()) lines.emplace_back(tr("Profession"), sheet.profession);
    lines.emplace_back(tr("Date"), dateText(sheet.meeting.date));
    lines.emplace_back(tr("Time"), clockTimeText(sheet.meeting.start) + "–" + clockTimeText(sheet.meeting.end));
    lines.emplace_back(tr("Hours held"), heldLine(sheet));
    if (!sheet.meeting.place.isEmpty()) lines.emplace_back(tr("Place"), sheet.meeting.place);
    lines.emplace_back(tr("Guide"), sheet.guide.isEmpty() ? tr("none") : sheet.guide);
    return lines;
}

QJsonObject memberJson(const SheetMember& member)
{
    QJsonObject object{{"member", member.name},
                       {"pe_register", member.peRegister.isEmpty() ? QJsonValue::Null : QJsonValue{member.peRegister}}};
    if (member.confirmation) {
        object["confirmed_at"] = member.confirmation->confirmedAt.toString(Qt::ISODate);
        object["confirmed_via"] = confirmationChannelId(member.confirmation->channel);
    } else {
        object["confirmed_at"] = QJsonValue::Null;
        object["confirmed_via"] = QJsonValue::Null;
    }
    return object;
}

QJsonArray membersJson(const std::vector<SheetMember>& members)
{
    QJsonArray array;
    for (const SheetMember& member : members) array.append(memberJson(member));
    return array;
}

void byName(std::vector<SheetMember>& members)
{
    std::sort(members.begin(), members.end(), [](const SheetMember& a, const SheetMember& b) {
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
}

} // namespace

QString heldText(int seconds)
{
    const int minutes = (seconds + 30) / 60;
    if (minutes % 60 == 0) return tr("%1 h").arg(minutes / 60);
    if (minutes < 60) return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

StoreResult<AttendanceSheet> gatherAttendanceSheet(const Store& store, const Meeting& meeting)
{
    const auto group = findGroup(store, meeting.groupName);
    if (!group) return group.failure();
    const auto meetings = meetingsOf(store, group->id);
    if (!meetings) return meetings.failure();
    AttendanceSheet sheet;
    sheet.meeting = meeting;
    sheet.reference = meetingReferenceText(meeting, *meetings);
    if (meeting.status != MeetingStatus::held)
        return refusal(tr("%1 is %2, not held; the proof of attendance is made once the meeting has been held "
                          "(palet run records it, or palet meeting new --status held for one held without Palet)")
                           .arg(sheet.reference, meetingStatusText(meeting.status)));
    sheet.profession = group->profession;
    sheet.guide = guidanceOf(*group, meeting, *meetings).guide;

    const auto parts = partTimesOf(store, meeting.id);
    if (!parts) return parts.failure();
    for (const PartTime& part : *parts) sheet.heldSeconds += part.actualSeconds;
    sheet.heldFromRun = !parts->empty();
    if (!sheet.heldFromRun) sheet.heldSeconds = meeting.start.secsTo(meeting.end);

    const auto members = membersOf(store, group->id);
    if (!members) return members.failure();
    const auto attendance = attendanceOf(store, meeting.id);
    if (!attendance) return attendance.failure();
    const auto confirmations = confirmationsOf(store, meeting.id);
    if (!confirmations) return confirmations.failure();
    std::map<qint64, bool> recorded;
    for (const Attendance& entry : *attendance) recorded[entry.memberId] = entry.present;
    std::map<qint64, AttendanceConfirmation> confirmed;
    for (const AttendanceConfirmation& confirmation : *confirmations) confirmed[confirmation.memberId] = confirmation;

    // A run records every member of that day, present or absent; members without a record then
    // joined later. Only a meeting with no attendance recorded at all leaves members unrecorded.
    const bool anyRecorded = !recorded.empty();
    for (const Member& member : *members) {
        SheetMember entry{member.id, member.name, member.peRegister, std::nullopt};
        if (const auto found = confirmed.find(member.id); found != confirmed.end()) entry.confirmation = found->second;
        const auto record = recorded.find(member.id);
        if (record != recorded.end()) (record->second ? sheet.present : sheet.absent).push_back(entry);
        else if (entry.confirmation) sheet.present.push_back(entry);
        else if (!anyRecorded && (!member.leftOn || *member.leftOn >= meeting.date)) sheet.unrecorded.push_back(entry);
    }
    byName(sheet.present);
    byName(sheet.absent);
    byName(sheet.unrecorded);
    return sheet;
}

QString attendanceMarkdown(const AttendanceSheet& sheet)
{
    QString out = "# " + title(sheet) + "\n\n";
    for (const auto& [label, value] : facts(sheet)) out += QString("- **%1:** %2\n").arg(label, value);
    const auto table = [&](const QString& heading, const std::vector<SheetMember>& members) {
        out += "\n## " + heading + "\n\n";
        out += QString("| %1 | %2 | %3 |\n|---|---|---|\n").arg(tr("Member"), tr("PE register"), tr("Signature"));
        for (const SheetMember& member : members)
            out += QString("| %1 | %2 | %3 |\n")
                       .arg(cell(member.name), cell(member.peRegister),
                            member.confirmation ? cell(confirmationText(*member.confirmation)) : QString(20, '_'));
    };
    table(tr("Present (%1)").arg(sheet.present.size()), sheet.present);
    if (!sheet.unrecorded.empty()) table(tr("Attendance not recorded: sign if present"), sheet.unrecorded);
    if (!sheet.absent.empty()) {
        out += "\n## " + tr("Absent (%1)").arg(sheet.absent.size()) + "\n\n";
        for (const SheetMember& member : sheet.absent) out += "- " + member.name + '\n';
    }
    out += "\n" + tr("Signed by the guide: %1").arg(QString(20, '_')) + '\n';
    return out;
}

QString attendanceHtml(const AttendanceSheet& sheet)
{
    QString out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + tr("en") + "\">\n<head>\n"
                  "<meta charset=\"utf-8\"/>\n<title>" + escaped(title(sheet)) + "</title>\n"
                  "<style>\nbody { font-family: sans-serif; }\n"
                  "table { border-collapse: collapse; width: 100%; }\n"
                  "th, td { border: 1px solid #888; padding: 6px; text-align: left; vertical-align: top; }\n"
                  "td.signature { width: 40%; height: 28px; }\n</style>\n"
                  "</head>\n<body>\n<h1>" + escaped(title(sheet)) + "</h1>\n<table class=\"facts\">\n";
    for (const auto& [label, value] : facts(sheet))
        out += QString("<tr><th>%1</th><td>%2</td></tr>\n").arg(escaped(label), escaped(value));
    out += "</table>\n";
    const auto table = [&](const QString& heading, const std::vector<SheetMember>& members) {
        out += "<h2>" + escaped(heading) + "</h2>\n<table class=\"members\" width=\"100%\">\n<tr><th>" + escaped(tr("Member")) +
               "</th><th>" + escaped(tr("PE register")) + "</th><th>" + escaped(tr("Signature")) + "</th></tr>\n";
        for (const SheetMember& member : members)
            out += QString("<tr><td>%1</td><td>%2</td><td class=\"signature\">%3</td></tr>\n")
                       .arg(escaped(member.name), escaped(member.peRegister),
                            member.confirmation ? escaped(confirmationText(*member.confirmation)) : QString{"&#160;"});
        out += "</table>\n";
    };
    table(tr("Present (%1)").arg(sheet.present.size()), sheet.present);
    if (!sheet.unrecorded.empty()) table(tr("Attendance not recorded: sign if present"), sheet.unrecorded);
    if (!sheet.absent.empty()) {
        out += "<h2>" + escaped(tr("Absent (%1)").arg(sheet.absent.size())) + "</h2>\n<ul>\n";
        for (const SheetMember& member : sheet.absent) out += "<li>" + escaped(member.name) + "</li>\n";
        out += "</ul>\n";
    }
    out += "<p><br/>" + escaped(tr("Signed by the guide: %1").arg(QString(30, '_'))) + "</p>\n";
    return out + "</body>\n</html>\n";
}

QJsonObject attendanceJson(const AttendanceSheet& sheet)
{
    return {{"meeting", sheet.reference},
            {"group", sheet.meeting.groupName},
            {"profession", sheet.profession},
            {"date", dateText(sheet.meeting.date)},
            {"start", clockTimeText(sheet.meeting.start)},
            {"end", clockTimeText(sheet.meeting.end)},
            {"place", sheet.meeting.place},
            {"guide", sheet.guide.isEmpty() ? QJsonValue::Null : QJsonValue{sheet.guide}},
            {"held_seconds", sheet.heldSeconds},
            {"held_from_run", sheet.heldFromRun},
            {"present", membersJson(sheet.present)},
            {"absent", membersJson(sheet.absent)},
            {"unrecorded", membersJson(sheet.unrecorded)}};
}

} // namespace palet
