#include "meeting_session_front.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"

#include "catalog/method_opening.hpp"
#include "records/case_records.hpp"
#include "records/group_records.hpp"
#include "records/meeting_outcome.hpp"
#include "session/session_summary.hpp"
#include "records/meeting_records.hpp"
#include "translate.hpp"

namespace palet::cli {

MeetingSessionSetup prepareMeetingSession(const QCommandLineParser& parser, const QString& meetingText,
                                          const QString& command, Language language, std::uint64_t seed,
                                          QStringList absent, const std::vector<std::string>* present)
{
    MeetingSessionSetup setup;
    setup.status = badUsage;
    const auto reference = meetingArgument(meetingText, command);
    if (!reference) return setup;
    const auto catalog = loadCatalog(parser);
    if (!catalog) return setup;
    auto opened = openChosenStore(parser, command);
    if (!opened.store) {
        setup.status = opened.status;
        return setup;
    }
    setup.store = std::move(opened.store);
    const auto meeting = findMeeting(*setup.store, *reference);
    if (!meeting) {
        setup.status = refuse(command, meeting.error);
        return setup;
    }
    // A saved plan chose its cases (with their methods, which the plan takes from the cases):
    // plan those again.
    PlanOptions options;
    options.language = language;
    options.savedChoice = true;
    options.absent = absent;
    if (present) {
        const auto group = findGroup(*setup.store, meeting->groupName);
        const auto members = group ? membersOf(*setup.store, group->id) : StoreResult<std::vector<Member>>{group.failure()};
        if (!members) {
            setup.status = refuse(command, members.error);
            return setup;
        }
        for (const Member& member : *members)
            if ((!member.leftOn || *member.leftOn > meeting->date) &&
                std::find(present->begin(), present->end(), utf8(member.name)) == present->end())
                options.absent << member.name;
    }
    auto gathered = gatherPlan(*setup.store, *catalog, *meeting, options);
    if (!gathered) {
        setup.status = refuse(command, gathered.error);
        return setup;
    }
    if (!gathered->plan.fits) {
        setup.status = refuse(command, tr("the meeting's plan does not fit; see 'palet plan %1'").arg(gathered->reference));
        return setup;
    }
    if (meeting->status != MeetingStatus::planned) {
        setup.status = refuse(command, tr("the meeting is %1; only a planned meeting can be run").arg(meetingStatusId(meeting->status)));
        return setup;
    }

    MeetingSessionRequest request;
    request.meeting = utf8(gathered->reference);
    request.title = utf8(tr("Meeting %1").arg(gathered->reference));
    for (const QString& name : gathered->presentNames) request.members.push_back(utf8(name));
    request.language = language;
    request.seed = seed;
    std::vector<MethodImplementation*> methods;
    for (const AgendaLine& line : gathered->plan.lines) {
        const CatalogEntry* entry = catalog->find(line.methodId);
        if (!entry) {
            setup.status = refuse(command, tr("there is no method '%1'").arg(qs(line.methodId)));
            return setup;
        }
        const PluginLoad load = openMethod(*entry, PluginTrace::fromEnvironment());
        if (!load.method) {
            setup.status = refuse(command, qs(load.error));
            return setup;
        }
        setup.opened.push_back(load.method);
        MeetingPartRequest part;
        part.method = load.method.get();
        part.described = entry->spec();
        part.minutes = line.minutes;
        part.label = utf8(line.theCase ? tr("%1: case %2 '%3' (%4)")
                                             .arg(line.title)
                                             .arg(line.theCase->number)
                                             .arg(line.theCase->label, line.theCase->ownerName)
                                       : line.title);
        if (line.theCase) {
            part.caseNumber = line.theCase->number;
            part.owner = utf8(line.theCase->ownerName);
        }
        if (line.methodId == blockIds::opening && gathered->previousCaseOwners == 0)
            part.leftOut.push_back("look-back");
        part.chair = utf8(line.chair);
        part.timekeeper = utf8(line.timekeeper);
        if (!gathered->presentNames.contains(line.chair)) part.chair.clear(); // the guide, not a member
        request.parts.push_back(std::move(part));
        methods.push_back(load.method.get());
    }
    auto plan = planMeetingSession(request);
    if (!plan.value) {
        setup.status = refuse(command, qs(plan.error));
        return setup;
    }
    setup.methods = std::make_unique<MeetingMethods>(*plan.value, std::move(methods));
    setup.plan = std::move(*plan.value);
    setup.gathered = std::move(*gathered);
    setup.status = success;
    return setup;
}

int recordMeetingRun(MeetingSessionSetup& setup, const SessionPlan& plan, const SessionState& state, const QString& command,
                     bool say)
{
    if (!state.finished()) return success;
    const GatheredPlan& gathered = *setup.gathered;
    MeetingOutcome outcome;
    const auto members = membersOf(*setup.store, gathered.group.id);
    if (!members) return refuse(command, members.error);
    for (const Member& member : *members) {
        if (gathered.presentNames.contains(member.name))
            outcome.present.push_back(member.id);
        else if (!member.leftOn || *member.leftOn > gathered.meeting.date)
            outcome.absent.push_back(member.id);
    }
    const SessionSummary summary = summarize(plan, state);
    int treated = 0;
    for (size_t index = 0; index < plan.parts.size(); ++index) {
        const PlanPart& part = plan.parts[index];
        PartTime time;
        time.position = static_cast<int>(index) + 1;
        // The block's or method's name only: a case's label and owner stay with the case, so
        // erasing a member leaves nothing of theirs here.
        time.label = index < gathered.plan.lines.size() ? gathered.plan.lines[index].title : qs(part.methodId);
        time.methodId = qs(part.methodId);
        if (part.caseNumber > 0) time.caseNumber = part.caseNumber;
        for (const AgendaLine& line : gathered.plan.lines)
            if (part.caseNumber > 0 && line.theCase && line.theCase->number == part.caseNumber) time.caseId = line.theCase->id;
        bool ran = false;
        for (const PhaseOutcome& phase : summary.phases) {
            if (!part.holds(phase.phase)) continue;
            time.plannedSeconds += static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(phase.planned).count());
            time.actualSeconds += static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(phase.actual).count());
            ran = ran || phase.runs > 0;
        }
        outcome.parts.push_back(time);
        if (part.caseNumber == 0 || !ran) continue;
        // The case owner's takeaway: the last one recorded during the round.
        QString takeaway;
        for (const auto& [phase, text] : state.takeaways)
            if (part.holds(phase)) takeaway = qs(text);
        for (const AgendaLine& line : gathered.plan.lines)
            if (line.theCase && line.theCase->number == part.caseNumber) outcome.treated.push_back({line.theCase->id, takeaway});
        ++treated;
    }
    if (const auto recorded = recordMeetingOutcome(*setup.store, gathered.meeting.id, outcome); !recorded)
        return refuse(command, recorded.error);
    if (say)
        printOut(tr("Recorded %1 as held: %2 present, %3 treated, the time of each part.\n")
                 .arg(gathered.reference)
                 .arg(outcome.present.size())
                 .arg(caseCountText(treated)));
    return success;
}

} // namespace palet::cli
