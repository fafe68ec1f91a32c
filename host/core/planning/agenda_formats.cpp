#include "planning/agenda_formats.hpp"

#include "translate.hpp"

#include <QJsonArray>
#include <QLocale>

namespace palet {
namespace {

QString clock(QTime time) { return time.toString("HH:mm"); }

QString span(const AgendaLine& line) { return clock(line.start) + "–" + clock(line.end); }

QString title(const GatheredPlan& gathered)
{
    QString text = tr("Agenda of %1, %2–%3").arg(gathered.reference, clock(gathered.meeting.start), clock(gathered.meeting.end));
    if (!gathered.meeting.place.isEmpty()) text += ", " + gathered.meeting.place;
    return text;
}

// What the line is: the block, or the round of a case with its method.
QString part(const AgendaLine& line)
{
    if (!line.theCase) return line.title;
    return tr("Case %1 '%2' (%3): %4").arg(line.theCase->number).arg(line.theCase->label, line.theCase->ownerName, line.title);
}

QString scribeOf(const AgendaLine& line) { return holdersOf(line.roles, scribeRoleId).value(0); }

QString rolesText(const AgendaLine& line)
{
    QStringList roles;
    if (!line.chair.isEmpty()) roles << tr("chair: %1").arg(line.chair);
    if (!line.timekeeper.isEmpty()) roles << tr("timekeeper: %1").arg(line.timekeeper);
    if (const QString scribe = scribeOf(line); !scribe.isEmpty()) roles << tr("scribe: %1").arg(scribe);
    return roles.join(", ");
}

QString presentText(const GatheredPlan& gathered)
{
    QString text = tr("Present (%1): %2").arg(gathered.presentNames.size()).arg(gathered.presentNames.join(", "));
    if (gathered.guided) text += "; " + tr("a guided meeting");
    return text;
}

// A title for people: "Intervision Wijkteam Noord — 15 December 2026", the date in the language
// of the texts.
QString titleInWords(const GatheredPlan& gathered)
{
    const QLocale locale{tr("en")};
    return tr("Intervision %1 — %2").arg(gathered.group.name, locale.toString(gathered.meeting.date, "d MMMM yyyy"));
}

QString timesAndPlace(const GatheredPlan& gathered)
{
    QString text = clock(gathered.meeting.start) + "–" + clock(gathered.meeting.end);
    if (!gathered.meeting.place.isEmpty()) text += ", " + gathered.meeting.place;
    return text;
}

struct Section {
    QString heading;
    QStringList items;
};

// The agenda goes round the group: the cases set aside, and why, are the facilitator's to know
// ('palet case list'), never the agenda's.
std::vector<Section> sections(const GatheredPlan& gathered)
{
    const MeetingPlan& plan = gathered.plan;
    QStringList methods;
    for (const AgendaLine& line : plan.lines)
        if (line.theCase && !line.why.isEmpty())
            methods << tr("case %1 with %2: %3").arg(line.theCase->number).arg(QString::fromStdString(line.methodId), line.why.join("; "));
    QStringList lookBack;
    for (const Case& theCase : gathered.lookBack) lookBack << lookBackText(theCase);
    return {{tr("Does not fit"), plan.doesNotFit}, {tr("Would fit"), plan.wouldFit}, {tr("Warnings"), plan.warnings},
            {lookBackHeading(gathered), lookBack}, {tr("Why these methods"), methods}, {tr("Notes"), plan.notes}};
}

QJsonArray lookBackJson(const GatheredPlan& gathered)
{
    QJsonArray cases;
    const auto orNull = [](const QString& text) { return text.isEmpty() ? QJsonValue{} : QJsonValue{text}; };
    for (const Case& theCase : gathered.lookBack)
        cases.append(QJsonObject{{"meeting", gathered.previousReference},
                                 {"number", theCase.number},
                                 {"label", theCase.label},
                                 {"owner", theCase.ownerName},
                                 {"takeaway", orNull(theCase.takeaway)},
                                 {"follow_up", orNull(theCase.followUp)}});
    return cases;
}

// A4 on paper: the table with borders, no part, heading or list split over two pages.
const char* printStyle = "<style>\n"
                         "  @page { size: A4; margin: 18mm 15mm; }\n"
                         "  body { font: 11pt/1.4 sans-serif; max-width: 48em; margin: 1em auto; color: #222; }\n"
                         "  h1 { font-size: 1.5em; margin-bottom: 0.1em; } h2 { font-size: 1.1em; break-after: avoid; }\n"
                         "  .when, .confidential { color: #555; } .confidential { font-style: italic; margin-top: 2em; }\n"
                         "  table { border-collapse: collapse; width: 100%; }\n"
                         "  th, td { border: 1px solid #999; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }\n"
                         "  th { background: #eee; } td.minutes { text-align: right; }\n"
                         "  tr, ul, li { break-inside: avoid; page-break-inside: avoid; }\n"
                         "  thead { display: table-header-group; }\n"
                         "  @media print { body { margin: 0; max-width: none; } }\n"
                         "</style>\n";

QJsonArray strings(const QStringList& list)
{
    QJsonArray array;
    for (const QString& text : list) array.append(text);
    return array;
}

} // namespace

QString confidentialityText()
{
    return tr("Confidential: what is said in the group stays in the group.");
}

QString lookBackText(const Case& theCase)
{
    QString text = tr("case %1 '%2' (%3)").arg(theCase.number).arg(theCase.label, theCase.ownerName);
    text += " — " + (theCase.takeaway.isEmpty() ? tr("no takeaway recorded") : tr("takeaway: %1").arg(theCase.takeaway));
    if (!theCase.followUp.isEmpty()) text += " — " + tr("follow-up: %1").arg(theCase.followUp);
    return text;
}

QString lookBackHeading(const GatheredPlan& gathered) { return tr("Look back at %1").arg(gathered.previousReference); }

QString agendaText(const GatheredPlan& gathered)
{
    QString out = title(gathered) + '\n' + presentText(gathered) + "\n\n";
    int width = 0;
    for (const AgendaLine& line : gathered.plan.lines) width = std::max(width, static_cast<int>(part(line).size()));
    for (const AgendaLine& line : gathered.plan.lines) {
        const QString roles = rolesText(line);
        out += QString("  %1  %2").arg(span(line), roles.isEmpty() ? part(line) : part(line).leftJustified(width));
        if (!roles.isEmpty()) out += "  " + roles;
        out += '\n';
    }
    for (const Section& section : sections(gathered)) {
        if (section.items.isEmpty()) continue;
        out += '\n' + section.heading + ":\n";
        for (const QString& item : section.items) out += "  - " + item + '\n';
    }
    return out;
}

QString agendaMarkdown(const GatheredPlan& gathered)
{
    const auto cell = [](QString text) { return text.replace('|', "\\|"); };
    QString out = "# " + title(gathered) + "\n\n" + presentText(gathered) + "\n\n";
    out += "| " + tr("Time") + " | " + tr("Part") + " | " + tr("Minutes") + " | " + tr("Chair") + " | " + tr("Timekeeper") + " | " +
           tr("Scribe") + " |\n";
    out += "|---|---|---|---|---|---|\n";
    for (const AgendaLine& line : gathered.plan.lines)
        out += QString("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                   .arg(span(line), cell(part(line)))
                   .arg(line.minutes)
                   .arg(cell(line.chair), cell(line.timekeeper), cell(scribeOf(line)));
    for (const Section& section : sections(gathered)) {
        if (section.items.isEmpty()) continue;
        out += "\n## " + section.heading + "\n\n";
        for (const QString& item : section.items) out += "- " + item + '\n';
    }
    return out;
}

QString agendaHtml(const GatheredPlan& gathered)
{
    const auto escaped = [](const QString& text) { return text.toHtmlEscaped(); };
    QString out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + tr("en") + "\">\n<head>\n"
                  "<meta charset=\"utf-8\"/>\n<title>" + escaped(titleInWords(gathered)) + "</title>\n" + printStyle +
                  "</head>\n<body>\n";
    out += "<h1>" + escaped(titleInWords(gathered)) + "</h1>\n<p class=\"when\">" + escaped(timesAndPlace(gathered)) +
           "</p>\n<p>" + escaped(presentText(gathered)) + "</p>\n";
    out += "<table>\n<thead><tr><th>" + tr("Time") + "</th><th>" + tr("Part") + "</th><th>" + tr("Minutes") + "</th><th>" +
           tr("Chair") + "</th><th>" + tr("Timekeeper") + "</th><th>" + tr("Scribe") + "</th></tr></thead>\n<tbody>\n";
    for (const AgendaLine& line : gathered.plan.lines)
        out += QString("<tr><td>%1</td><td>%2</td><td class=\"minutes\">%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                   .arg(escaped(span(line)), escaped(part(line)))
                   .arg(line.minutes)
                   .arg(escaped(line.chair), escaped(line.timekeeper), escaped(scribeOf(line)));
    out += "</tbody>\n</table>\n";
    for (const Section& section : sections(gathered)) {
        if (section.items.isEmpty()) continue;
        out += "<h2>" + escaped(section.heading) + "</h2>\n<ul>\n";
        for (const QString& item : section.items) out += "<li>" + escaped(item) + "</li>\n";
        out += "</ul>\n";
    }
    return out + "<p class=\"confidential\">" + escaped(confidentialityText()) + "</p>\n</body>\n</html>\n";
}

QJsonObject agendaJson(const GatheredPlan& gathered)
{
    const MeetingPlan& plan = gathered.plan;
    QJsonArray lines;
    for (const AgendaLine& line : plan.lines) {
        QJsonValue theCase;
        if (line.theCase)
            theCase = QJsonObject{{"number", line.theCase->number}, {"label", line.theCase->label}, {"owner", line.theCase->ownerName}};
        QJsonArray roles;
        for (const PartRoleHolders& role : line.roles)
            roles.append(QJsonObject{{"role", QString::fromStdString(role.roleId)}, {"members", strings(role.holders)}});
        const QString scribe = scribeOf(line);
        QJsonArray phases;
        for (const PlannedPhase& phase : line.phases)
            phases.append(QJsonObject{{"id", QString::fromStdString(phase.id)},
                                      {"minutes", static_cast<double>(phase.seconds) / secondsPerMinute},
                                      {"seconds", phase.seconds}});
        lines.append(QJsonObject{{"start", clock(line.start)},
                                 {"end", clock(line.end)},
                                 {"minutes", line.minutes},
                                 {"kind", line.kind == AgendaLine::Kind::round ? "round" : "block"},
                                 {"method", QString::fromStdString(line.methodId)},
                                 {"title", line.title},
                                 {"case", theCase},
                                 {"chair", line.chair},
                                 {"timekeeper", line.timekeeper.isEmpty() ? QJsonValue{} : QJsonValue{line.timekeeper}},
                                 {"scribe", scribe.isEmpty() ? QJsonValue{} : QJsonValue{scribe}},
                                 {"roles", roles},
                                 {"why", strings(line.why)},
                                 {"phases", phases}});
    }
    QJsonArray chosen;
    for (const Case& theCase : plan.chosen) chosen.append(theCase.number);
    return {{"meeting", gathered.reference},
            {"group", gathered.group.name},
            {"date", gathered.meeting.date.toString(Qt::ISODate)},
            {"start", clock(plan.start)},
            {"end", clock(plan.end)},
            {"place", gathered.meeting.place},
            {"present", strings(gathered.presentNames)},
            {"guided", gathered.guided},
            {"guide", gathered.guide.isEmpty() ? QJsonValue{} : QJsonValue{gathered.guide}},
            {"experienced", gathered.experienced},
            {"fits", plan.fits},
            {"minutes_needed", plan.minutesNeeded},
            {"lines", lines},
            {"look_back", lookBackJson(gathered)},
            {"chosen", chosen},
            {"does_not_fit", strings(plan.doesNotFit)},
            {"would_fit", strings(plan.wouldFit)},
            {"warnings", strings(plan.warnings)},
            {"notes", strings(plan.notes)}};
}

} // namespace palet
