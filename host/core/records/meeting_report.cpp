#include "records/meeting_report.hpp"

#include "records/case_records.hpp"
#include "records/group_records.hpp"
#include "records/meeting_records.hpp"
#include "records/meeting_reference.hpp"
#include "records/participation_records.hpp"
#include "text/domain_words.hpp"
#include "translate.hpp"

#include <QJsonArray>

#include <algorithm>
#include <map>

namespace palet {
namespace {

// "12:05", or "1:02:05" past the hour.
QString span(int seconds)
{
    const int hours = seconds / 3600;
    const QString minutesSeconds = QString("%1:%2").arg(hours ? (seconds / 60) % 60 : seconds / 60, hours ? 2 : 1, 10, QChar('0'))
                                       .arg(seconds % 60, 2, 10, QChar('0'));
    return hours ? QString("%1:%2").arg(hours).arg(minutesSeconds) : minutesSeconds;
}

QString overrunText(const PartTime& part) { return overrunSeconds(part) ? "+" + span(overrunSeconds(part)) : QString{}; }

QString heading(const MeetingReport& report)
{
    return tr("Report of %1, %2–%3 (%4)")
        .arg(report.reference, report.meeting.start.toString("HH:mm"), report.meeting.end.toString("HH:mm"),
             meetingStatusText(report.meeting.status));
}

QString caseLine(const Case& theCase)
{
    return tr("case %1 '%2' (%3): %4%5")
        .arg(theCase.number)
        .arg(theCase.label, theCase.ownerName, caseStatusText(theCase.status),
             theCase.methodId.isEmpty() ? QString{} : tr(", with %1").arg(theCase.methodId));
}

// The cases the report names: those chosen or treated.
std::vector<Case> reported(const MeetingReport& report)
{
    std::vector<Case> cases;
    for (const Case& theCase : report.cases)
        if (theCase.status == CaseStatus::chosen || theCase.status == CaseStatus::treated || theCase.status == CaseStatus::lookedBack)
            cases.push_back(theCase);
    return cases;
}

// A part as the report names it: a round with its case, when the case is still on record.
QString partLabel(const MeetingReport& report, const PartTime& part)
{
    if (!part.caseNumber && !part.caseId) return part.label;
    if (const Case* theCase = caseOf(report, part))
        return tr("%1: case %2 '%3' (%4)").arg(part.label).arg(theCase->number).arg(theCase->label, theCase->ownerName);
    return tr("%1: a case of an erased member").arg(part.label);
}

QString escaped(const QString& text) { return text.toHtmlEscaped(); }

// "chair: Marieke, timekeeper: Anna, scribe: Bram" for the part at `index`; empty when not known.
QString holdersText(const MeetingReport& report, size_t index)
{
    if (index >= report.holders.size()) return {};
    const PartHolders& held = report.holders[index];
    QStringList roles;
    if (!held.chair.isEmpty()) roles << tr("chair: %1").arg(held.chair);
    if (!held.timekeeper.isEmpty()) roles << tr("timekeeper: %1").arg(held.timekeeper);
    if (!held.scribe.isEmpty()) roles << tr("scribe: %1").arg(held.scribe);
    return roles.join(", ");
}

QJsonValue orNull(const QString& text) { return text.isEmpty() ? QJsonValue{} : QJsonValue{text}; }

// Markdown table cells: a bar would end the cell.
QString cell(QString text) { return text.replace('|', "\\|"); }

} // namespace

const Case* caseOf(const MeetingReport& report, const PartTime& part)
{
    for (const Case& theCase : report.cases)
        if (part.caseId ? theCase.id == *part.caseId : part.caseNumber && theCase.number == *part.caseNumber) return &theCase;
    return nullptr;
}

PartTime MeetingReport::total() const
{
    PartTime sum;
    for (const PartTime& part : parts) {
        sum.plannedSeconds += part.plannedSeconds;
        sum.actualSeconds += part.actualSeconds;
    }
    return sum;
}

StoreResult<MeetingReport> gatherReport(const Store& store, const Meeting& meeting, bool withTexts)
{
    MeetingReport report;
    report.meeting = meeting;
    report.withTexts = withTexts;
    const auto group = findGroup(store, meeting.groupName);
    if (!group) return group.failure();
    const auto meetings = meetingsOf(store, group->id);
    if (!meetings) return meetings.failure();
    report.reference = meetingReferenceText(meeting, *meetings);
    auto parts = partTimesOf(store, meeting.id);
    if (!parts) return parts.failure();
    report.parts = std::move(*parts);
    auto cases = casesOf(store, meeting.id);
    if (!cases) return cases.failure();
    report.cases = std::move(*cases);
    const auto members = membersOf(store, group->id);
    if (!members) return members.failure();
    std::map<qint64, QString> names;
    for (const Member& member : *members) names[member.id] = member.name;
    const auto attendance = attendanceOf(store, meeting.id);
    if (!attendance) return attendance.failure();
    for (const Attendance& entry : *attendance) (entry.present ? report.present : report.absent) << names[entry.memberId];
    report.present.sort(Qt::CaseInsensitive);
    report.absent.sort(Qt::CaseInsensitive);
    return report;
}

QString reportText(const MeetingReport& report)
{
    QString out = heading(report) + '\n';
    if (report.parts.empty()) {
        out += tr("The meeting has not been run with 'palet run'; there is no time to report.") + '\n';
    } else {
        qsizetype widest = tr("Total").size();
        for (const PartTime& part : report.parts) widest = std::max(widest, partLabel(report, part).size());
        const QString rolesHeading = report.holders.empty() ? QString{} : "  " + tr("Roles");
        out += QString("  %1  %2  %3  %4%5\n")
                   .arg(tr("Part").leftJustified(widest), tr("planned").rightJustified(8), tr("actual").rightJustified(8),
                        tr("over").rightJustified(8), rolesHeading);
        for (size_t index = 0; index < report.parts.size(); ++index) {
            const PartTime& part = report.parts[index];
            const QString roles = holdersText(report, index);
            out += QString("  %1  %2  %3  %4%5")
                       .arg(partLabel(report, part).leftJustified(widest), span(part.plannedSeconds).rightJustified(8),
                            span(part.actualSeconds).rightJustified(8), overrunText(part).rightJustified(8),
                            roles.isEmpty() ? QString{} : "  " + roles)
                       .trimmed()
                       .prepend("  ") +
                   '\n';
        }
        const PartTime total = report.total();
        out += QString("  %1  %2  %3  %4")
                   .arg(tr("Total").leftJustified(widest), span(total.plannedSeconds).rightJustified(8),
                        span(total.actualSeconds).rightJustified(8), overrunText(total).rightJustified(8))
                   .trimmed()
                   .prepend("  ") +
               '\n';
    }
    const std::vector<Case> cases = reported(report);
    out += '\n' + tr("Cases (%1):").arg(cases.size()) + '\n';
    for (const Case& theCase : cases) {
        out += "  - " + caseLine(theCase) + '\n';
        if (report.withTexts && !theCase.takeaway.isEmpty()) out += "    " + tr("Takeaway: %1").arg(theCase.takeaway) + '\n';
        if (report.withTexts && !theCase.followUp.isEmpty()) out += "    " + tr("Follow-up: %1").arg(theCase.followUp) + '\n';
    }
    out += '\n' + tr("Present (%1): %2").arg(report.present.size()).arg(report.present.join(", ")) + '\n';
    if (!report.absent.isEmpty()) out += tr("Absent (%1): %2").arg(report.absent.size()).arg(report.absent.join(", ")) + '\n';
    return out;
}

QString reportMarkdown(const MeetingReport& report)
{
    QString out = "# " + heading(report) + "\n\n";
    if (report.parts.empty()) {
        out += tr("The meeting has not been run with 'palet run'; there is no time to report.") + "\n";
    } else {
        out += QString("| %1 | %2 | %3 | %4 | %5 |\n|---|---:|---:|---:|---|\n")
                   .arg(tr("Part"), tr("planned"), tr("actual"), tr("over"), tr("Roles"));
        for (size_t index = 0; index < report.parts.size(); ++index) {
            const PartTime& part = report.parts[index];
            out += QString("| %1 | %2 | %3 | %4 | %5 |\n")
                       .arg(cell(partLabel(report, part)), span(part.plannedSeconds), span(part.actualSeconds), overrunText(part),
                            cell(holdersText(report, index)));
        }
        const PartTime total = report.total();
        out += QString("| **%1** | %2 | %3 | %4 | |\n")
                   .arg(tr("Total"), span(total.plannedSeconds), span(total.actualSeconds), overrunText(total));
    }
    out += "\n## " + tr("Cases") + "\n\n";
    for (const Case& theCase : reported(report)) {
        out += "- " + caseLine(theCase) + '\n';
        if (report.withTexts && !theCase.takeaway.isEmpty()) out += "  - " + tr("Takeaway: %1").arg(theCase.takeaway) + '\n';
        if (report.withTexts && !theCase.followUp.isEmpty()) out += "  - " + tr("Follow-up: %1").arg(theCase.followUp) + '\n';
    }
    out += "\n## " + tr("Attendance") + "\n\n";
    out += "- " + tr("Present (%1): %2").arg(report.present.size()).arg(report.present.join(", ")) + '\n';
    if (!report.absent.isEmpty()) out += "- " + tr("Absent (%1): %2").arg(report.absent.size()).arg(report.absent.join(", ")) + '\n';
    return out;
}

QString reportHtml(const MeetingReport& report)
{
    QString out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + tr("en") + "\">\n<head>\n"
                  "<meta charset=\"utf-8\"/>\n<title>" +
                  escaped(heading(report)) + "</title>\n</head>\n<body>\n<h1>" + escaped(heading(report)) + "</h1>\n";
    if (report.parts.empty()) {
        out += "<p>" + escaped(tr("The meeting has not been run with 'palet run'; there is no time to report.")) + "</p>\n";
    } else {
        out += "<table>\n<tr><th>" + escaped(tr("Part")) + "</th><th>" + escaped(tr("planned")) + "</th><th>" +
               escaped(tr("actual")) + "</th><th>" + escaped(tr("over")) + "</th><th>" + escaped(tr("Roles")) + "</th></tr>\n";
        for (size_t index = 0; index < report.parts.size(); ++index) {
            const PartTime& part = report.parts[index];
            out += QString("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                       .arg(escaped(partLabel(report, part)), span(part.plannedSeconds), span(part.actualSeconds), overrunText(part),
                            escaped(holdersText(report, index)));
        }
        const PartTime total = report.total();
        out += QString("<tr><th>%1</th><td>%2</td><td>%3</td><td>%4</td><td></td></tr>\n</table>\n")
                   .arg(escaped(tr("Total")), span(total.plannedSeconds), span(total.actualSeconds), overrunText(total));
    }
    out += "<h2>" + escaped(tr("Cases")) + "</h2>\n<ul>\n";
    for (const Case& theCase : reported(report)) {
        out += "<li>" + escaped(caseLine(theCase));
        if (report.withTexts && !theCase.takeaway.isEmpty()) out += "<br/>" + escaped(tr("Takeaway: %1").arg(theCase.takeaway));
        if (report.withTexts && !theCase.followUp.isEmpty()) out += "<br/>" + escaped(tr("Follow-up: %1").arg(theCase.followUp));
        out += "</li>\n";
    }
    out += "</ul>\n<h2>" + escaped(tr("Attendance")) + "</h2>\n<p>" +
           escaped(tr("Present (%1): %2").arg(report.present.size()).arg(report.present.join(", "))) + "</p>\n";
    if (!report.absent.isEmpty())
        out += "<p>" + escaped(tr("Absent (%1): %2").arg(report.absent.size()).arg(report.absent.join(", "))) + "</p>\n";
    return out + "</body>\n</html>\n";
}

QJsonObject reportJson(const MeetingReport& report)
{
    QJsonArray parts;
    int overruns = 0;
    for (size_t index = 0; index < report.parts.size(); ++index) {
        const PartTime& part = report.parts[index];
        if (overrunSeconds(part)) ++overruns;
        // As in the agenda's JSON: the chair a text (empty in a break), the others null when nobody.
        const bool known = index < report.holders.size();
        const PartHolders held = known ? report.holders[index] : PartHolders{};
        parts.append(QJsonObject{{"position", part.position},
                                 {"chair", known ? QJsonValue{held.chair} : QJsonValue{}},
                                 {"timekeeper", orNull(held.timekeeper)},
                                 {"scribe", orNull(held.scribe)},
                                 {"label", partLabel(report, part)},
                                 {"method", part.methodId},
                                 {"case", caseOf(report, part) ? QJsonValue{caseOf(report, part)->number} : QJsonValue::Null},
                                 {"case_erased", (part.caseNumber || part.caseId) && !caseOf(report, part)},
                                 {"planned_seconds", part.plannedSeconds},
                                 {"actual_seconds", part.actualSeconds},
                                 {"overrun_seconds", overrunSeconds(part)}});
    }
    QJsonArray cases;
    for (const Case& theCase : reported(report)) {
        QJsonObject one{{"number", theCase.number},
                        {"label", theCase.label},
                        {"owner", theCase.ownerName},
                        {"status", caseStatusId(theCase.status)},
                        {"method", theCase.methodId.isEmpty() ? QJsonValue::Null : QJsonValue{theCase.methodId}}};
        if (report.withTexts) one["takeaway"] = theCase.takeaway.isEmpty() ? QJsonValue::Null : QJsonValue{theCase.takeaway};
        if (report.withTexts) one["follow_up"] = theCase.followUp.isEmpty() ? QJsonValue::Null : QJsonValue{theCase.followUp};
        cases.append(one);
    }
    return {{"meeting", report.reference},
            {"group", report.meeting.groupName},
            {"date", report.meeting.date.toString(Qt::ISODate)},
            {"start", report.meeting.start.toString("HH:mm")},
            {"end", report.meeting.end.toString("HH:mm")},
            {"status", meetingStatusId(report.meeting.status)},
            {"run", !report.parts.empty()},
            {"parts", parts},
            {"planned_seconds", report.total().plannedSeconds},
            {"actual_seconds", report.total().actualSeconds},
            {"overruns", overruns},
            {"cases", cases},
            {"with_texts", report.withTexts},
            {"present", QJsonArray::fromStringList(report.present)},
            {"absent", QJsonArray::fromStringList(report.absent)}};
}

} // namespace palet
