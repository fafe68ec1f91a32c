#include "commands.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"
#include "subcommands.hpp"
#include "terminal_width.hpp"

#include "papers/attendance_sheet.hpp"
#include "papers/meeting_costs.hpp"
#include "planning/meeting_bounds.hpp"
#include "records/calendar_text.hpp"
#include "records/case_records.hpp"
#include "records/firm_records.hpp"
#include "records/group_records.hpp"
#include "records/invoice_records.hpp"
#include "records/meeting_records.hpp"
#include "records/record_json.hpp"
#include "text/domain_words.hpp"
#include "text/text_layout.hpp"
#include "translate.hpp"

#include <QJsonArray>

namespace palet::cli {
namespace {

QString timeSpan(const Meeting& meeting)
{
    return clockTimeText(meeting.start) + "–" + clockTimeText(meeting.end);
}

// Which of the group's guided meetings this is ("2 of 4"), counting those not cancelled.
QString guidedOrdinal(const Meeting& planned, const std::vector<Meeting>& meetings, int guided)
{
    if (planned.status == MeetingStatus::cancelled) return {};
    int ordinal = 0;
    for (const Meeting& meeting : meetings) {
        if (meeting.status != MeetingStatus::cancelled) ++ordinal;
        if (meeting.id == planned.id) break;
    }
    if (ordinal > guided) return {};
    return tr("It is guided meeting %1 of %2.\n").arg(ordinal).arg(guided);
}

int newMeeting(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument("GROUP", tr("The group that meets."));
    parser.addOption({"date", tr("The day, as YYYY-MM-DD (required)."), "DATE"});
    parser.addOption({"start", tr("The start, as HH:MM (required)."), "TIME"});
    parser.addOption({"end", tr("The end, as HH:MM, on the same day (required)."), "TIME"});
    parser.addOption({"place", tr("Where the group meets."), "TEXT"});
    // --facilitator was its first name; it keeps working.
    parser.addOption({{"guide", "facilitator"}, tr("Who guides the meeting: a person of the firm, not a member (default: the group's guide while it is guided)."), "NAME"});
    parser.addOption({"status", tr("planned (default), held or cancelled, to record past meetings."), "STATUS"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("Plan a meeting of a group."))) return *done;
    if (!hasPositionals(parser, command, 1, tr("the group"))) return badUsage;
    if (!parser.isSet("date") || !parser.isSet("start") || !parser.isSet("end"))
        return misuse(command, tr("--date, --start and --end are required"));
    NewMeeting meeting;
    const auto date = dateOption(parser, "date", command);
    if (!date) return badUsage;
    const auto start = clockTimeOption(parser, "start", command);
    if (!start) return badUsage;
    const auto end = clockTimeOption(parser, "end", command);
    if (!end) return badUsage;
    if (*end <= *start)
        return misuse(command, tr("the meeting must end after it starts (--end %1 is not after --start %2)")
                                   .arg(clockTimeText(*end), clockTimeText(*start)));
    const int minutes = start->secsTo(*end) / 60;
    if (const QString refusal = meetingLengthRefusal(minutes); !refusal.isEmpty()) return refuse(command, refusal);
    meeting.date = *date;
    meeting.start = *start;
    meeting.end = *end;
    meeting.place = parser.value("place");
    meeting.facilitator = parser.value("guide");
    if (parser.isSet("status")) {
        const auto status = readMeetingStatus(parser.value("status"));
        if (!status.value) return misuse(command, "--status: " + status.error);
        meeting.status = *status.value;
    }

    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    Store& store = *opened.store;
    const auto planned = planMeeting(store, parser.positionalArguments().first(), meeting);
    if (!planned) return refuse(command, planned.error);
    const auto meetings = meetingsOf(store, planned->groupId);
    if (!meetings) return refuse(command, meetings.error);
    const auto group = findGroup(store, planned->groupName);
    if (!group) return refuse(command, group.error);
    const QString reference = meetingReferenceText(*planned, *meetings);
    if (parser.isSet("json")) {
        printJson(meetingJson(*planned, reference));
        return success;
    }
    QString out = tr("Planned %1, %2").arg(reference, timeSpan(*planned));
    if (planned->status != MeetingStatus::planned)
        out = tr("Recorded %1, %2 (%3)").arg(reference, timeSpan(*planned), meetingStatusText(planned->status));
    if (!planned->place.isEmpty()) out += tr(" at %1").arg(planned->place);
    if (!planned->facilitator.isEmpty()) out += tr(", guided by %1").arg(planned->facilitator);
    out += ".\n" + guidedOrdinal(*planned, *meetings, group->guidedMeetings);
    out += tr("Bring in cases with: palet case add \"%1\" --owner NAME --label TEXT\n").arg(reference);
    printOut(out);
    if (const QString warning = meetingLengthWarning(minutes); !warning.isEmpty()) printError(tr("%1: note: %2\n").arg(command, warning));
    return success;
}

int listMeetings(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument("GROUP", tr("The group."));
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("List a group's meetings."))) return *done;
    if (!hasPositionals(parser, command, 1, tr("the group"))) return badUsage;
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    const Store& store = *opened.store;
    const auto group = findGroup(store, parser.positionalArguments().first());
    if (!group) return refuse(command, group.error);
    const auto meetings = meetingsOf(store, group->id);
    if (!meetings) return refuse(command, meetings.error);

    QJsonArray array;
    std::vector<QStringList> rows{{tr("MEETING"), tr("TIME"), tr("STATUS"), tr("CASES"), tr("PLACE (GUIDE)")}};
    for (const Meeting& meeting : *meetings) {
        const auto cases = casesOf(store, meeting.id);
        if (!cases) return refuse(command, cases.error);
        const QString reference = meetingReferenceText(meeting, *meetings);
        QJsonObject object = meetingJson(meeting, reference);
        object["cases"] = static_cast<int>(cases->size());
        array.append(object);
        QString where = meeting.place;
        if (!meeting.facilitator.isEmpty()) where += QString(where.isEmpty() ? "(%1)" : " (%1)").arg(meeting.facilitator);
        rows.push_back({reference, timeSpan(meeting), meetingStatusText(meeting.status), QString::number(cases->size()), where});
    }
    if (parser.isSet("json")) printJson(array);
    else if (meetings->empty())
        printOut(tr("%1 has no meetings yet. Plan one: palet meeting new \"%1\" --date YYYY-MM-DD --start HH:MM --end HH:MM\n")
                     .arg(group->name));
    else printOut(table(rows, outputWidth()));
    return success;
}

QString costsText(const QString& reference, const MeetingCosts& costs)
{
    std::vector<QStringList> rows{{tr("COST"), tr("TIME"), tr("EXCL. VAT")}};
    const std::vector<CostLine> lines = costLines(costs);
    for (const CostLine& line : lines)
        rows.push_back({costKindLabel(line.kind), line.minutes ? heldText(line.minutes * 60) : QString{}, euroText(line.cents)});
    rows.push_back({tr("Total"), {}, euroText(totalCents(lines))});
    return tr("Costs of %1, at %2 an hour:\n").arg(reference, euroText(costs.rateCents)) + table(rows, 1000) + '\n';
}

QJsonObject costsJson(const QString& reference, const MeetingCosts& costs)
{
    QJsonArray lines;
    const std::vector<CostLine> all = costLines(costs);
    for (const CostLine& line : all)
        lines.append(QJsonObject{{"kind", costKindId(line.kind)}, {"minutes", line.minutes}, {"cents", line.cents}});
    return {{"meeting", reference},
            {"rate_cents", costs.rateCents},
            {"guiding_minutes", costs.guidingMinutes},
            {"prep_minutes", costs.prepMinutes},
            {"travel_minutes", costs.travelMinutes},
            {"travel_cents", costs.travelCents},
            {"location_cents", costs.locationCents},
            {"facilities_cents", costs.facilitiesCents},
            {"lines", lines},
            {"total_cents", totalCents(all)}};
}

int meetingCosts(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument("MEETING", tr("The meeting, as GROUP@YYYY-MM-DD."));
    parser.addOption({"rate", tr("The hourly rate excluding VAT (default: the firm's)."), "EUR"});
    parser.addOption({"prep-hours", tr("Hours of preparation, e.g. 1 or 1.5."), "H"});
    parser.addOption({"travel-hours", tr("Hours of travel, charged at the rate."), "H"});
    parser.addOption({"travel-costs", tr("Travel costs excluding VAT."), "EUR"});
    parser.addOption({"location", tr("The location's costs excluding VAT."), "EUR"});
    parser.addOption({"facilities", tr("Any facilities' costs excluding VAT (default 0)."), "EUR"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Record what a meeting costs: guiding (its scheduled length) and preparation at "
                                          "the hourly rate, travel time and costs, the location and facilities. Without "
                                          "options, show them.")))
        return *done;
    if (!hasPositionals(parser, command, 1, tr("the meeting, as GROUP@YYYY-MM-DD"))) return badUsage;
    const auto reference = meetingArgument(parser.positionalArguments().first(), command);
    if (!reference) return badUsage;
    const QStringList required{"prep-hours", "travel-hours", "travel-costs", "location"};
    const bool anyGiven = std::any_of(required.begin(), required.end(), [&](const QString& name) { return parser.isSet(name); }) ||
                          parser.isSet("rate") || parser.isSet("facilities");
    MeetingCosts costs;
    if (anyGiven) {
        QStringList missing;
        for (const QString& name : required)
            if (!parser.isSet(name)) missing << "--" + name;
        if (!missing.isEmpty()) return misuse(command, tr("these are needed too: %1 (give 0 for none)").arg(missing.join(", ")));
        for (const auto& [name, field] : {std::pair{"prep-hours", &costs.prepMinutes}, std::pair{"travel-hours", &costs.travelMinutes}}) {
            const auto minutes = minutesFromHoursText(parser.value(name));
            if (!minutes)
                return misuse(command, tr("--%1 must be hours such as 1, 1.5 or 0.25, not '%2'").arg(name, parser.value(name)));
            *field = *minutes;
        }
        for (const auto& [name, field] : {std::pair{"travel-costs", &costs.travelCents}, std::pair{"location", &costs.locationCents},
                                          std::pair{"facilities", &costs.facilitiesCents}}) {
            if (!parser.isSet(name)) continue;
            const auto cents = centsFromText(parser.value(name));
            if (!cents)
                return misuse(command, tr("--%1 must be an amount in euros such as 40 or 12.50, not '%2'").arg(name, parser.value(name)));
            *field = *cents;
        }
        if (parser.isSet("rate")) {
            const auto cents = centsFromText(parser.value("rate"));
            if (!cents || *cents > 10'000'00)
                return misuse(command, tr("--rate must be an amount in euros such as 125 or 125.50, not '%1'").arg(parser.value("rate")));
            costs.rateCents = int(*cents);
        }
    }
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    Store& store = *opened.store;
    const auto meeting = findMeeting(store, *reference);
    if (!meeting) return refuse(command, meeting.error);
    const auto meetings = meetingsOf(store, meeting->groupId);
    if (!meetings) return refuse(command, meetings.error);
    const QString name = meetingReferenceText(*meeting, *meetings);
    if (!anyGiven) {
        const auto kept = meetingCostsOf(store, meeting->id);
        if (!kept) return refuse(command, kept.error);
        if (!*kept) return refuse(command, tr("%1 has no costs recorded yet").arg(name));
        if (parser.isSet("json")) printJson(costsJson(name, **kept));
        else printOut(costsText(name, **kept));
        return success;
    }
    if (!parser.isSet("rate")) {
        const auto firm = firmOf(store);
        if (!firm) return refuse(command, tr("no --rate given, and %1").arg(firm.error));
        costs.rateCents = firm->rateCents;
    }
    const auto kept = setMeetingCosts(store, *meeting, costs);
    if (!kept) return refuse(command, kept.error);
    if (parser.isSet("json")) printJson(costsJson(name, *kept));
    else printOut(costsText(name, *kept));
    return success;
}

} // namespace

int runMeeting(const QStringList& arguments)
{
    static const std::vector<Subcommand> subcommands{
        {"new", newMeeting, QT_TRANSLATE_NOOP("palet", "Plan a meeting of a group.")},
        {"list", listMeetings, QT_TRANSLATE_NOOP("palet", "List a group's meetings.")},
        {"costs", meetingCosts, QT_TRANSLATE_NOOP("palet", "Record or show what a meeting costs, for its invoices.")},
    };
    return runSubcommand(arguments, subcommands,
                         tr("Meetings of a group. A meeting is named GROUP@YYYY-MM-DD, e.g. Zorgteam@2025-03-12."));
}

} // namespace palet::cli
