#include "session/meeting_run.hpp"

#include "catalog/method_opening.hpp"
#include "records/group_records.hpp"
#include "records/meeting_outcome.hpp"
#include "records/case_records.hpp"
#include "records/meeting_records.hpp"
#include "session/recorded_meeting.hpp"
#include "session/session_summary.hpp"
#include "translate.hpp"
#include "text/domain_words.hpp"

#include <algorithm>
#include <span>

namespace palet {
namespace {

std::string utf8(const QString& text) { return text.toStdString(); }
QString qs(const std::string& text) { return QString::fromStdString(text); }

// The case a round of the session treats, as the store has it now: by its id, or by its number in
// a journal written before rounds named their case's id. None for a block, or when it was erased.
const Case* caseOf(const std::vector<Case>& cases, const PlanPart& part)
{
    if (part.caseNumber == 0) return nullptr;
    for (const Case& theCase : cases)
        if (part.caseId > 0 ? theCase.id == part.caseId : theCase.number == part.caseNumber) return &theCase;
    return nullptr;
}

// `saveIn`: choose the cases again from the votes and save that plan; else plan the cases a saved
// plan chose.
StoreResult<MeetingRun> prepare(const Store& store, const MethodCatalog& catalog, const MeetingReference& reference,
                                const MeetingRunRequest& request, Store* saveIn)
{
    const auto meeting = findMeeting(store, reference);
    if (!meeting) return meeting.failure();
    // A saved plan chose its cases (with their methods, which the plan takes from the cases):
    // plan those again.
    PlanOptions options;
    options.language = request.language;
    options.savedChoice = saveIn == nullptr;
    options.absent = request.absent;
    if (request.present) {
        options.absent.clear();
        const auto group = findGroup(store, meeting->groupName);
        const auto members = group ? membersOf(store, group->id) : StoreResult<std::vector<Member>>{group.failure()};
        if (!members) return members.failure();
        for (const Member& member : *members)
            if ((!member.leftOn || *member.leftOn > meeting->date) &&
                std::find(request.present->begin(), request.present->end(), utf8(member.name)) == request.present->end())
                options.absent << member.name;
    }
    auto gathered = gatherPlan(store, catalog, *meeting, options);
    if (!gathered) return gathered.failure();
    const bool resumed = !request.recordedPlan.isEmpty();
    // A resumed session goes on as it was planned, whatever the store would plan now.
    if (!resumed && !gathered->plan.fits)
        return refusal(tr("the meeting's plan does not fit; see 'palet plan %1'").arg(gathered->reference));
    if (meeting->status != MeetingStatus::planned)
        return refusal(tr("the meeting is %1; only a planned meeting can be run").arg(meetingStatusText(meeting->status)));
    if (saveIn)
        if (const auto saved = savePlan(*saveIn, *gathered); !saved) return saved.failure();

    MeetingRun run;
    MeetingSessionRequest session;
    session.meeting = utf8(gathered->reference);
    session.title = utf8(tr("Meeting %1").arg(gathered->reference));
    for (const QString& name : gathered->presentNames) session.members.push_back(utf8(name));
    session.language = request.language;
    session.seed = request.seed;
    session.previousMeeting = utf8(gathered->previousReference);
    for (const Case& looked : gathered->lookBack)
        session.lookBack.push_back({looked.number, looked.id, utf8(looked.label), utf8(looked.ownerName), utf8(looked.takeaway)});
    std::vector<MethodImplementation*> methods;
    std::vector<std::string> fallbackNotes;
    const auto open = [&](const std::string& methodId) -> StoreResult<MethodImplementation*> {
        const CatalogEntry* entry = catalog.find(methodId);
        if (!entry) return refusal(tr("there is no method '%1'").arg(qs(methodId)));
        // A resumed meeting needs the plugins it ran with. A new one goes ahead without a plugin
        // that broke down before: its manifest describes the method, without live messages.
        PluginLoad load = openMethod(*entry, request.trace, request.present ? AfterBreakdown::retry : AfterBreakdown::refuse);
        if (!load.method && load.brokeDownBefore) {
            fallbackNotes.push_back(utf8(tr("%1 runs as its manifest describes it, without its plugin: %2")
                                             .arg(qs(methodId), qs(load.error))));
            load.method = std::make_shared<ScriptedMethod>(entry->spec());
        }
        if (!load.method) return refusal(qs(load.error));
        run.opened.push_back(load.method);
        methods.push_back(load.method.get());
        return load.method.get();
    };
    if (resumed) {
        auto recorded = recordedMeetingFromJson(request.recordedPlan);
        if (!recorded.value) return refusal(qs(recorded.error));
        session.title = recorded.value->title;
        if (request.present) session.members = *request.present;
        session.previousMeeting = recorded.value->previousMeeting;
        session.lookBack = recorded.value->lookBack;
        for (size_t index = 0; index < recorded.value->parts.size(); ++index) {
            auto method = open(recorded.value->methodIds[index]);
            if (!method) return method.failure();
            MeetingPartRequest part = recorded.value->parts[index];
            part.method = *method;
            session.parts.push_back(std::move(part));
        }
    }
    for (const AgendaLine& line : resumed ? std::span<const AgendaLine>{} : std::span<const AgendaLine>{gathered->plan.lines}) {
        auto method = open(line.methodId);
        if (!method) return method.failure();
        MeetingPartRequest part;
        part.method = *method;
        part.minutes = line.minutes;
        part.title = utf8(line.title);
        part.label = utf8(line.theCase ? tr("%1: case %2 '%3' (%4)")
                                             .arg(line.title)
                                             .arg(line.theCase->number)
                                             .arg(line.theCase->label, line.theCase->ownerName)
                                       : line.title);
        if (line.theCase) {
            part.caseNumber = line.theCase->number;
            part.caseId = line.theCase->id;
            part.owner = utf8(line.theCase->ownerName);
        }
        for (const PlannedPhase& phase : line.phases) part.phaseSeconds.push_back({phase.id, phase.seconds});
        for (const PartRoleHolders& role : line.roles) {
            std::vector<std::string> holders;
            for (const QString& name : role.holders) holders.push_back(utf8(name));
            part.roles.push_back({role.roleId, holders});
        }
        session.parts.push_back(std::move(part));
    }
    auto plan = planMeetingSession(session);
    if (!plan.value) return refusal(qs(plan.error));
    run.methods = std::make_unique<MeetingMethods>(*plan.value, std::move(methods));
    run.plan = std::move(*plan.value);
    run.plan.notes.insert(run.plan.notes.end(), fallbackNotes.begin(), fallbackNotes.end());
    run.gathered = std::move(*gathered);
    return run;
}

} // namespace

StoreResult<MeetingRun> prepareMeetingRun(const Store& store, const MethodCatalog& catalog,
                                          const MeetingReference& reference, const MeetingRunRequest& request)
{
    return prepare(store, catalog, reference, request, nullptr);
}

StoreResult<MeetingRun> replanMeetingRun(Store& store, const MethodCatalog& catalog, const MeetingReference& reference,
                                         const MeetingRunRequest& request)
{
    return prepare(store, catalog, reference, request, &store);
}

StoreResult<RecordedMeetingRun> recordMeetingRun(Store& store, const MeetingRun& run, const SessionPlan& plan,
                                                 const SessionState& state)
{
    RecordedMeetingRun recorded;
    const GatheredPlan& gathered = run.gathered;
    recorded.reference = gathered.reference;
    if (!state.finished()) return recorded;
    MeetingOutcome outcome;
    const auto members = membersOf(store, gathered.group.id);
    if (!members) return members.failure();
    for (const Member& member : *members) {
        if (gathered.presentNames.contains(member.name))
            outcome.present.push_back(member.id);
        else if (!member.leftOn || *member.leftOn > gathered.meeting.date)
            outcome.absent.push_back(member.id);
    }
    const auto cases = casesOf(store, gathered.meeting.id);
    if (!cases) return cases.failure();
    const SessionSummary summary = summarize(plan, state);
    for (size_t index = 0; index < plan.parts.size(); ++index) {
        const PlanPart& part = plan.parts[index];
        PartTime time;
        time.position = static_cast<int>(index) + 1;
        // The block's or method's name only: a case's label and owner stay with the case, so
        // erasing a member leaves nothing of theirs here. (Journals before titles: the agenda's.)
        time.label = !part.title.empty() ? qs(part.title)
                     : index < gathered.plan.lines.size() ? gathered.plan.lines[index].title
                                                          : qs(part.methodId);
        time.methodId = qs(part.methodId);
        const Case* theCase = caseOf(*cases, part);
        if (part.caseNumber > 0) time.caseNumber = theCase ? theCase->number : part.caseNumber;
        // A round whose case was erased while the session ran keeps that case's id: the report
        // shows it as a case of an erased member, with its times.
        if (theCase) time.caseId = theCase->id;
        else if (part.caseId > 0) time.caseId = part.caseId;
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
        if (theCase) outcome.treated.push_back({theCase->id, takeaway});
        ++recorded.treated;
    }
    // The look-back ran: last time's cases are looked back on, with what their owners told.
    const auto lookBackRan = [&] {
        for (const PhaseOutcome& phase : summary.phases)
            if (phase.runs > 0 && plan.method.phases[static_cast<size_t>(phase.phase)].id == "look-back") return true;
        return false;
    };
    if (!gathered.lookBack.empty() && lookBackRan())
        for (const Case& looked : gathered.lookBack) {
            // The session numbered last time's cases as they were when it began.
            const auto inSession = std::find_if(plan.lookBack.begin(), plan.lookBack.end(), [&](const LookBackCase& one) {
                return one.caseId > 0 ? one.caseId == looked.id : one.number == looked.number;
            });
            const auto told = inSession == plan.lookBack.end() ? state.followUps.end() : state.followUps.find(inSession->number);
            outcome.lookedBack.push_back({looked.id, told == state.followUps.end() ? QString{} : qs(told->second)});
        }
    if (const auto written = recordMeetingOutcome(store, gathered.meeting.id, outcome); !written) return written.failure();
    recorded.recorded = true;
    recorded.present = static_cast<int>(outcome.present.size());
    return recorded;
}

} // namespace palet
