#include "session/session_runner.hpp"

#include "records/text_limits.hpp"
#include "session/role_choice.hpp"
#include "translate.hpp"

#include <algorithm>

namespace palet {

SessionRunner::SessionRunner(SessionPlan plan, MethodImplementation& method, const Clock& clock)
    : plan_(std::move(plan)), method_(method), clock_(clock)
{
}

SessionTime SessionRunner::plannedTime(int phase) const
{
    return std::chrono::seconds{plan_.phaseSeconds.at(static_cast<size_t>(phase))};
}

bool SessionRunner::onPhase() const
{
    return (state_.status == SessionStatus::running || state_.status == SessionStatus::paused) && state_.phase >= 0;
}

RunEvent SessionRunner::make(RunEventKind kind, SessionTime now, int line) const
{
    RunEvent event;
    event.kind = kind;
    event.t = now;
    event.line = line;
    event.phase = state_.phase;
    event.deadline = state_.deadline;
    event.length = state_.length;
    event.remaining = state_.remaining(now);
    return event;
}

void SessionRunner::push(Events& events, RunEvent event)
{
    event.seq = state_.nextSeq;
    state_.apply(event);
    events.push_back(std::move(event));
}

bool SessionRunner::silenced(int phase) const
{
    // In a meeting each part has its own method; else one method runs the whole session.
    const PlanPart* part = plan_.partAt(phase);
    return std::any_of(state_.pluginStops.begin(), state_.pluginStops.end(),
                       [&](const SessionState::PluginStop& stop) { return plan_.partAt(stop.phase) == part; });
}

std::optional<std::string> SessionRunner::hear(SessionEvent::Kind kind, int phase, RunEvent* event)
{
    if (silenced(phase)) return std::nullopt;
    SessionEvent heard;
    heard.kind = kind;
    heard.phaseId = plan_.method.phases.at(static_cast<size_t>(phase)).id;
    heard.phaseIndex = phase;
    heard.plannedSeconds = plan_.phaseSeconds.at(static_cast<size_t>(phase));
    heard.plannedMinutes = minutesRoundedUp(heard.plannedSeconds);
    heard.seed = plan_.context.seed;
    heard.roleHolders = roleHoldersAt(plan_, state_, phase);
    heard.members = memberRolesAt(plan_, state_, phase);
    if (const PhasePlace* place = plan_.placeAt(phase)) {
        heard.roundId = place->roundId;
        heard.round = place->round;
        heard.rounds = place->rounds;
        heard.roundMember = place->roundMember;
        for (const SubgroupPlace& subgroup : place->subgroups) {
            SubgroupHolders told{subgroup.members, {}, subgroup.roundMember, subgroup.finished};
            for (const RoleAssignment& role : subgroup.roles) told.roleHolders[role.roleId] = role.members;
            heard.subgroups.push_back(std::move(told));
        }
    }
    auto answer = method_.onEvent(heard);
    if (answer.brokeDown) return std::move(answer.error);
    if (!event) return std::nullopt;
    if (answer.value)
        event->messages = std::move(*answer.value);
    else
        event->pluginError = answer.error;
    return std::nullopt;
}

void SessionRunner::pushStopped(Events& events, int phase, std::string sentence, SessionTime now, int line)
{
    RunEvent stopped = make(RunEventKind::pluginStopped, now, line);
    stopped.phase = phase;
    stopped.pluginError = std::move(sentence);
    push(events, std::move(stopped));
}

SessionRunner::Events SessionRunner::start()
{
    if (state_.started()) return {};
    const SessionTime now = clock_.now();
    Events events;
    RunEvent started = make(RunEventKind::sessionStarted, now, 0);
    started.bootId = bootIdentity();
    started.speed = clock_.speed();
    push(events, started);
    startPhase(events, 0, now + plannedTime(0), plannedTime(0), now, 0);
    return events;
}

void SessionRunner::startPhase(Events& events, int phase, SessionTime deadline, SessionTime length, SessionTime now, int line)
{
    RunEvent started = make(RunEventKind::phaseStarted, now, line);
    started.phase = phase;
    started.deadline = deadline;
    started.length = length;
    started.remaining = deadline - now;
    auto brokeDown = hear(SessionEvent::Kind::phaseStarted, phase, &started);
    push(events, std::move(started));
    if (brokeDown) pushStopped(events, phase, std::move(*brokeDown), now, line);
}

void SessionRunner::endPhase(Events& events, EndReason reason, int nextPhase, SessionTime now, int line)
{
    RunEvent ended = make(RunEventKind::phaseEnded, now, line);
    ended.reason = reason;
    ended.nextPhase = nextPhase;
    ended.planned = plannedTime(state_.phase);
    const SessionTime pausedNow = state_.status == SessionStatus::paused ? now - state_.pausedAt : SessionTime{0};
    ended.actual = now - state_.phaseStart - state_.pausedInPhase - pausedNow;
    const int phase = state_.phase;
    auto brokeDown = hear(SessionEvent::Kind::phaseEnded, phase, &ended);
    push(events, std::move(ended));
    if (brokeDown) pushStopped(events, phase, std::move(*brokeDown), now, line);
}

void SessionRunner::completePending(Events& events, SessionTime now, int line, std::optional<SessionTime> anchor)
{
    if (!state_.pending) return;
    const int following = state_.pendingPhase;
    if (state_.pendingReason == EndReason::quit) {
        const int from = state_.runs.empty() ? 0 : state_.runs.back().phase + 1;
        for (int phase = from; phase < plan_.phaseCount(); ++phase) {
            const bool ran = std::any_of(state_.runs.begin(), state_.runs.end(),
                                         [&](const PhaseRun& run) { return run.phase == phase; });
            const bool skippedAlready = std::find(state_.skipped.begin(), state_.skipped.end(), phase) != state_.skipped.end();
            if (ran || skippedAlready) continue;
            RunEvent skipped = make(RunEventKind::skipped, now, line);
            skipped.phase = phase;
            push(events, skipped);
        }
    }
    if (state_.pendingReason == EndReason::quit || following < 0) {
        RunEvent finished = make(RunEventKind::finished, now, line);
        finished.quit = state_.pendingReason == EndReason::quit;
        push(events, finished);
        return;
    }
    if (state_.pendingReason == EndReason::back && state_.leftWhenEnded.count(following)) {
        // Going back returns to the phase with the time it had left, usually after a slip of the key.
        startPhase(events, following, now + state_.leftWhenEnded.at(following), state_.lengthWhenEnded.at(following), now, line);
        return;
    }
    startPhase(events, following, anchor.value_or(now) + plannedTime(following), plannedTime(following), now, line);
}

void SessionRunner::resumeFirst(Events& events, SessionTime now, int line)
{
    if (state_.status != SessionStatus::paused) return;
    RunEvent resumed = make(RunEventKind::resumed, now, line);
    resumed.pausedFor = now - state_.pausedAt;
    resumed.deadline = state_.deadline + resumed.pausedFor;
    resumed.remaining = resumed.deadline - now;
    push(events, resumed);
}

SessionRunner::Events SessionRunner::chooseRole(const std::string& roleId, const std::string& member, int line)
{
    if (!state_.started() || state_.finished() || !choiceProblem(plan_, state_, roleId, member).empty()) return {};
    RunEvent chosen = make(RunEventKind::roleChosen, clock_.now(), line);
    chosen.roleId = roleId;
    chosen.member = member;
    Events events;
    push(events, std::move(chosen));
    return events;
}

void SessionRunner::chooseDefaults(Events& events, SessionTime now, int line)
{
    for (std::string roleId = choiceDue(plan_, state_); !roleId.empty(); roleId = choiceDue(plan_, state_)) {
        const std::vector<std::string> free = choosableMembers(plan_, state_, roleId);
        if (free.empty()) return; // planning leaves a member for every choice; nothing to take otherwise
        RunEvent chosen = make(RunEventKind::roleChosen, now, line);
        chosen.roleId = roleId;
        chosen.member = free.front();
        chosen.byDefault = true;
        push(events, std::move(chosen));
    }
}

SessionRunner::Events SessionRunner::next(int line)
{
    if (!onPhase()) return {};
    const SessionTime now = clock_.now();
    Events events;
    resumeFirst(events, now, line);
    chooseDefaults(events, now, line);
    const int following = state_.phase + 1 < plan_.phaseCount() ? state_.phase + 1 : -1;
    endPhase(events, EndReason::next, following, now, line);
    completePending(events, now, line);
    return events;
}

SessionRunner::Events SessionRunner::back(int line)
{
    if (!onPhase() || state_.phase == 0) return {};
    const SessionTime now = clock_.now();
    Events events;
    resumeFirst(events, now, line);
    endPhase(events, EndReason::back, state_.phase - 1, now, line);
    completePending(events, now, line);
    return events;
}

SessionRunner::Events SessionRunner::togglePause(int line)
{
    if (!onPhase()) return {};
    const SessionTime now = clock_.now();
    Events events;
    if (state_.status == SessionStatus::paused)
        resumeFirst(events, now, line);
    else
        push(events, make(RunEventKind::paused, now, line));
    return events;
}

SessionRunner::Events SessionRunner::extend(int line)
{
    if (!onPhase()) return {};
    const SessionTime now = clock_.now();
    RunEvent extended = make(RunEventKind::extended, now, line);
    extended.added = extensionStep;
    extended.deadline += extensionStep;
    extended.length += extensionStep;
    extended.remaining += extensionStep;
    Events events;
    push(events, extended);
    return events;
}

SessionRunner::Events SessionRunner::quit(int line)
{
    if (!onPhase()) return {};
    const SessionTime now = clock_.now();
    Events events;
    endPhase(events, EndReason::quit, -1, now, line);
    completePending(events, now, line);
    return events;
}

SessionRunner::Events SessionRunner::recordTakeaway(const std::string& text, int line)
{
    // Every front bounds what it takes; this keeps the journal and the store to the same bound.
    if (!state_.started() || state_.finished() || text.empty() || text.size() > maximumTextBytes) return {};
    RunEvent takeaway = make(RunEventKind::takeaway, clock_.now(), line);
    takeaway.text = text;
    Events events;
    push(events, takeaway);
    return events;
}

SessionRunner::Events SessionRunner::recordFollowUp(int caseNumber, const std::string& text, int line)
{
    if (!state_.started() || state_.finished() || text.empty() || text.size() > maximumTextBytes) return {};
    if (std::none_of(plan_.lookBack.begin(), plan_.lookBack.end(), [&](const LookBackCase& looked) { return looked.number == caseNumber; }))
        return {};
    RunEvent followUp = make(RunEventKind::followUp, clock_.now(), line);
    followUp.caseNumber = caseNumber;
    followUp.text = text;
    Events events;
    push(events, followUp);
    return events;
}

bool SessionRunner::asksTakeawayOnNext() const
{
    if (!onPhase() || !plan_.isTakeawayPhase(state_.phase)) return false;
    if (plan_.parts.empty()) return state_.takeaway.empty();
    // In a meeting, each round asks its own case owner once.
    const PlanPart* part = plan_.partAt(state_.phase);
    return std::none_of(state_.takeaways.begin(), state_.takeaways.end(),
                        [&](const auto& recorded) { return part->holds(recorded.first); });
}

SessionRunner::Events SessionRunner::tick(bool autoAdvance)
{
    const SessionTime now = clock_.now();
    Events events;
    // Several things may be due at once after a long sleep: every one of them, in order.
    while (state_.status == SessionStatus::running && state_.phase >= 0) {
        const size_t before = events.size();
        for (int percent : warningPercents) {
            if (percent >= state_.warnedPercent || now < warningTime(state_.deadline, state_.length, percent)) continue;
            RunEvent warning = make(RunEventKind::warning, now, 0);
            warning.percentLeft = percent;
            push(events, warning);
        }
        if (autoAdvance && now >= state_.deadline) {
            chooseDefaults(events, now, 0);
            const SessionTime anchor = state_.deadline;
            const int following = state_.phase + 1 < plan_.phaseCount() ? state_.phase + 1 : -1;
            endPhase(events, EndReason::autoAdvance, following, now, 0);
            completePending(events, now, 0, anchor);
        }
        if (events.size() == before) break;
    }
    return events;
}

std::optional<SessionTime> SessionRunner::nextWake(bool autoAdvance) const
{
    if (state_.status != SessionStatus::running || state_.phase < 0) return std::nullopt;
    std::optional<SessionTime> wake;
    for (int percent : warningPercents)
        if (percent < state_.warnedPercent) {
            wake = warningTime(state_.deadline, state_.length, percent);
            break;
        }
    if (autoAdvance && (!wake || state_.deadline < *wake)) wake = state_.deadline;
    return wake;
}

std::string SessionRunner::restore(const std::vector<RunEvent>& journal)
{
    state_ = {};
    stoppedWhileRestoring_.clear();
    // The event a plugin broke down on is not heard again: the session went on without it.
    std::vector<int> brokeOn;
    for (const RunEvent& event : journal)
        if (event.kind == RunEventKind::pluginStopped) brokeOn.push_back(event.seq - 1);
    const auto replay = [&](SessionEvent::Kind kind, const RunEvent& event) {
        if (std::find(brokeOn.begin(), brokeOn.end(), event.seq) != brokeOn.end()) return;
        if (auto brokeDown = hear(kind, event.phase, nullptr)) {
            state_.pluginStops.push_back({event.phase, *brokeDown}); // heard no more from here, as during the session
            stoppedWhileRestoring_.emplace_back(event.phase, std::move(*brokeDown));
        }
    };
    for (const RunEvent& event : journal) {
        if (event.kind == RunEventKind::alive) {
            state_.apply(event);
            continue;
        }
        if (!state_.started() && event.kind != RunEventKind::sessionStarted)
            return tr("the journal does not begin with session-started").toStdString();
        if (event.seq != state_.nextSeq)
            return tr("the journal goes from event %1 to event %2").arg(state_.nextSeq - 1).arg(event.seq).toStdString();
        if (event.phase >= plan_.phaseCount() || event.nextPhase >= plan_.phaseCount())
            return tr("event %1 names phase %2, which the plan does not have")
                .arg(event.seq)
                .arg(std::max(event.phase, event.nextPhase) + 1)
                .toStdString();
        if (event.kind == RunEventKind::roleChosen && !choiceProblem(plan_, state_, event.roleId, event.member).empty())
            return tr("event %1 chooses %2 for the role '%3': %4")
                .arg(event.seq)
                .arg(QString::fromStdString(event.member), QString::fromStdString(event.roleId),
                     QString::fromStdString(choiceProblem(plan_, state_, event.roleId, event.member)))
                .toStdString();
        if (event.kind == RunEventKind::phaseStarted) replay(SessionEvent::Kind::phaseStarted, event);
        if (event.kind == RunEventKind::phaseEnded) replay(SessionEvent::Kind::phaseEnded, event);
        state_.apply(event);
    }
    if (!state_.started()) return tr("the journal holds no event").toStdString();
    return {};
}

SessionRunner::Events SessionRunner::reopen(SessionTime down, bool downCounts)
{
    if (!state_.started() || state_.finished()) return {};
    const SessionTime now = clock_.now();
    RunEvent reopened = make(RunEventKind::reopened, now, 0);
    reopened.bootId = bootIdentity();
    reopened.speed = clock_.speed();
    reopened.down = down;
    reopened.downCounts = downCounts;
    if (state_.phase >= 0 && state_.status == SessionStatus::running && !downCounts) reopened.deadline += down;
    reopened.remaining = state_.status == SessionStatus::paused ? reopened.deadline - state_.pausedAt : reopened.deadline - now;
    Events events;
    push(events, reopened);
    for (auto& [phase, sentence] : stoppedWhileRestoring_) pushStopped(events, phase, std::move(sentence), now, 0);
    stoppedWhileRestoring_.clear();
    if (state_.phase < 0 && !state_.pending && state_.runs.empty())
        startPhase(events, 0, now + plannedTime(0), plannedTime(0), now, 0);
    completePending(events, now, 0);
    return events;
}

} // namespace palet
