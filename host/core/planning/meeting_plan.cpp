#include "planning/meeting_plan.hpp"

#include "planning/meeting_bounds.hpp"
#include "planning/minute_sharing.hpp"
#include "session/round_plan.hpp"

#include "text/domain_words.hpp"
#include "translate.hpp"

#include <algorithm>
#include <tuple>

namespace palet {
namespace {

QString qs(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }
std::string utf8(const QString& text) { return text.toStdString(); }

QString clock(QTime time) { return time.toString("HH:mm"); }

QString rangeText(const MinuteRange& range)
{
    return range.isFixed() ? tr("%1 min").arg(range.min) : tr("%1–%2 min").arg(range.min).arg(range.max);
}

QString caseText(const Case& theCase) { return tr("case %1 '%2' (%3)").arg(theCase.number).arg(theCase.label, theCase.ownerName); }

// One item of the agenda before it gets its clock time.
struct Item {
    AgendaLine line;
    int minutes = 0;
    PastTheMost past = PastTheMost::never; // a method with its own minutes: its phases fill them
};

// The phases a block runs: the look-back counts the previous meeting's case owners, not everyone
// present, and a group's first meeting has nothing to look back on.
std::vector<PlannedPhase> blockPhases(const MethodSpec& spec, int present, int previousCaseOwners)
{
    std::vector<PlannedPhase> phases;
    for (const Phase& phase : spec.phases) {
        if (!phase.runsUnlessChosenOtherwise()) continue;
        if (spec.id == blockIds::opening && phase.id == "look-back") {
            if (previousCaseOwners > 0) phases.push_back({phase.id, 0, phase.minutes.secondsFor(previousCaseOwners)});
            continue;
        }
        phases.push_back({phase.id, 0, phase.minutes.secondsFor(present)});
    }
    return phases;
}

// A round's phases. Every case is treated here for the first time, so a phase that reports back
// on actions agreed at an earlier treatment (action learning's) is left out; so is an optional
// phase that runs only when chosen, as nobody chooses in a meeting's plan; and so is a phase in
// which the group would choose a role's holder (format 2's chosen_in): the meeting chose its case
// in its choosing block, and the agenda names every holder, fairly over the year.
std::vector<PlannedPhase> methodPhases(const MethodSpec& spec, int present)
{
    const auto chosenIn = [&](const Phase& phase) {
        return std::any_of(spec.roles.begin(), spec.roles.end(), [&](const Role& role) { return role.chosenIn == phase.id; });
    };
    // Rounds are written out, and subgroups side by side last as long as the largest one.
    std::vector<PlannedPhase> phases;
    for (const SessionStep& step : sessionSteps(spec, present)) {
        const Phase& phase = spec.phases[static_cast<size_t>(step.phase)];
        if (phase.id != followUpPhaseId && phase.runsUnlessChosenOtherwise() && !chosenIn(phase))
            phases.push_back({phase.id, 0, phase.minutes.secondsFor(spec.largestSubgroup(present))});
    }
    return phases;
}

// The phases' time in whole minutes: their seconds added up, then rounded up.
MinuteRange phasesRange(const std::vector<PlannedPhase>& phases)
{
    SecondRange total;
    for (const PlannedPhase& phase : phases) total += phase.range;
    return total.inWholeMinutes();
}

// A line's minutes over its phases, shared as the live run shares a method's minutes.
void sharePhaseMinutes(AgendaLine& line, PastTheMost past)
{
    std::vector<SecondRange> ranges;
    std::vector<std::string> steps; // a round's phases written out share alike
    for (const PlannedPhase& phase : line.phases) {
        ranges.push_back(phase.range);
        steps.push_back(phase.id);
    }
    const std::vector<int> shares = shareSecondsByStep(ranges, steps, line.minutes * secondsPerMinute, past);
    for (std::size_t i = 0; i < shares.size(); ++i) line.phases[i].seconds = shares[i];
}

Item blockItem(const MethodSpec& spec, std::vector<PlannedPhase> phases, Language language)
{
    Item item;
    item.line.kind = AgendaLine::Kind::block;
    item.line.methodId = spec.id;
    item.line.title = qs(spec.name.in(language));
    item.line.range = spec.ownMinutes.value_or(phasesRange(phases));
    if (spec.ownMinutes) item.past = PastTheMost::inProportion;
    item.line.phases = std::move(phases);
    return item;
}

struct Blocks {
    std::vector<Item> before; // opening, inventory, choosing
    std::vector<Item> after;  // closing round, evaluation
    std::optional<Item> pause;
    MinuteRange total() const
    {
        MinuteRange sum;
        for (const Item& item : before) sum += item.line.range;
        for (const Item& item : after) sum += item.line.range;
        if (pause) sum += pause->line.range;
        return sum;
    }
};

// A round: the case and the method it is treated with (none: no method fits its time).
struct Round {
    Case theCase;
    const CatalogEntry* method = nullptr;
    bool groupsChoice = false;
    QStringList why;
};

// Scores this close to the best are as good: the choice among them goes to variety and to the
// case owner (docs/planning.md).
constexpr int closeScore = 10;

class Planner {
public:
    Planner(const MethodCatalog& catalog, const MeetingPlanRequest& request) : catalog_(catalog), request_(request) {}

    PlanResult plan();

private:
    QString groupsChoice(const Case& theCase) const
    {
        if (const auto given = request_.methods.find(theCase.id); given != request_.methods.end()) return given->second;
        return theCase.methodId;
    }
    std::vector<Round> roundsFor(const std::vector<Case>& cases, int count, int window) const;
    Round proposed(const Case& theCase, int perCase, std::map<const CatalogEntry*, int>& usedFor) const;
    MinuteRange roundsMinutes(const std::vector<Round>& rounds) const;
    MinuteRange roundRange(const MethodSpec& spec) const
    {
        return spec.ownMinutes.value_or(phasesRange(methodPhases(spec, request_.present)));
    }
    bool allHaveMethods(const std::vector<Round>& rounds) const
    {
        return std::all_of(rounds.begin(), rounds.end(), [](const Round& round) { return round.method != nullptr; });
    }
    bool fitsIn(const std::vector<Round>& rounds, int window) const
    {
        return allHaveMethods(rounds) && blocks_.total().min + roundsMinutes(rounds).min <= window;
    }
    void explainMisfit(MeetingPlan& plan, const std::vector<Round>& rounds, int window) const;
    void layOut(MeetingPlan& plan, const std::vector<Round>& rounds) const;

    const MethodCatalog& catalog_;
    const MeetingPlanRequest& request_;
    Blocks blocks_;
};

std::vector<Round> Planner::roundsFor(const std::vector<Case>& cases, int count, int window) const
{
    std::vector<Round> rounds;
    const int perCase = count > 0 ? (window - blocks_.total().min) / count : 0;
    // The group's choices first: the methods Palet proposes vary around them.
    std::map<const CatalogEntry*, int> usedFor; // method -> the case it treats already
    for (int index = 0; index < count; ++index) {
        const Case& theCase = cases[static_cast<std::size_t>(index)];
        if (const QString chosen = groupsChoice(theCase); !chosen.isEmpty())
            if (const CatalogEntry* entry = catalog_.find(utf8(chosen))) usedFor.emplace(entry, theCase.number);
    }
    for (int index = 0; index < count; ++index) {
        const Case& theCase = cases[static_cast<std::size_t>(index)];
        if (const QString chosen = groupsChoice(theCase); !chosen.isEmpty())
            rounds.push_back({theCase, catalog_.find(utf8(chosen)), true, {tr("the group's choice")}});
        else
            rounds.push_back(proposed(theCase, perCase, usedFor));
    }
    return rounds;
}

Round Planner::proposed(const Case& theCase, int perCase, std::map<const CatalogEntry*, int>& usedFor) const
{
    Round round{theCase, nullptr, false, {}};
    GroupProfile profile = request_.profile;
    profile.members = request_.present;
    profile.minutesAvailable = std::max(1, perCase);
    if (!theCase.theme.isEmpty()) profile.problemKind = utf8(theCase.theme);
    const Recommendations ranked = recommend(catalog_, profile);
    if (ranked.ranked.empty()) return round;
    const auto ownerStyle = request_.ownerStyles.find(theCase.ownerId);
    const auto suitsOwner = [&](const Recommendation& candidate) {
        return ownerStyle != request_.ownerStyles.end() && candidate.entry->spec().suits(ownerStyle->second);
    };
    // Among the close ones: first one not used yet in this meeting, then one that suits the
    // owner's learning style, then the best score (ties by id, as ranked).
    const Recommendation& best = ranked.ranked.front();
    const Recommendation* pick = &best;
    const auto rank = [&](const Recommendation& candidate) {
        return std::tuple{!usedFor.count(candidate.entry), suitsOwner(candidate), candidate.score};
    };
    for (const Recommendation& candidate : ranked.ranked)
        if (candidate.score >= best.score - closeScore && rank(candidate) > rank(*pick)) pick = &candidate;
    round.method = pick->entry;
    round.why << tr("scores %1 of 100 for this group and %2 minutes").arg(pick->score).arg(profile.minutesAvailable);
    if (profile.problemKind)
        round.why << (std::find(pick->entry->spec().themes.begin(), pick->entry->spec().themes.end(), *profile.problemKind) !=
                              pick->entry->spec().themes.end()
                          ? tr("made for %1 problems").arg(themeText(*profile.problemKind))
                          : tr("not made for %1 problems, but the best that fits").arg(themeText(*profile.problemKind)));
    if (suitsOwner(*pick))
        round.why << tr("suits %1's learning style (%2)").arg(theCase.ownerName, qs(learningStyleId(ownerStyle->second)));
    if (pick != &best) {
        if (const auto used = usedFor.find(best.entry); used != usedFor.end())
            round.why << tr("%1 (%2) scores close but treats case %3 already: the methods vary over the meeting")
                             .arg(qs(best.entry->spec().id))
                             .arg(best.score)
                             .arg(used->second);
        else
            round.why << tr("%1 (%2) scores close, but suits the case owner less").arg(qs(best.entry->spec().id)).arg(best.score);
    }
    usedFor.emplace(round.method, theCase.number);
    return round;
}

MinuteRange Planner::roundsMinutes(const std::vector<Round>& rounds) const
{
    MinuteRange total;
    for (const Round& round : rounds)
        if (round.method) total += roundRange(round.method->spec());
    return total;
}

void Planner::explainMisfit(MeetingPlan& plan, const std::vector<Round>& rounds, int window) const
{
    plan.fits = false;
    for (const Round& round : rounds)
        if (!round.method) plan.doesNotFit << tr("no method fits the time left for %1").arg(caseText(round.theCase));
    if (!allHaveMethods(rounds)) return;
    const int needed = blocks_.total().min + roundsMinutes(rounds).min;
    const int short_ = needed - window;
    plan.doesNotFit << tr("the agenda needs at least %1 minutes and the meeting has %2 (%3–%4): %n minute(s) short", short_)
                           .arg(needed)
                           .arg(window)
                           .arg(clock(request_.start), clock(request_.end));
    for (const Round& round : rounds)
        plan.doesNotFit << tr("%1 with %2 takes %3")
                               .arg(caseText(round.theCase), qs(round.method->spec().id), rangeText(roundRange(round.method->spec())));
    // One case fewer: the one treated last that, left out, makes the rest fit.
    for (std::size_t index = rounds.size(); index-- > 0;) {
        std::vector<Round> fewer = rounds;
        fewer.erase(fewer.begin() + static_cast<std::ptrdiff_t>(index));
        if (!fitsIn(fewer, window)) continue;
        plan.wouldFit << tr("one case fewer: leave out %1 (then at least %2 minutes)")
                             .arg(caseText(rounds[index].theCase))
                             .arg(blocks_.total().min + roundsMinutes(fewer).min);
        break;
    }
    // A shorter method for one case, the last treated first.
    for (auto round = rounds.rbegin(); round != rounds.rend(); ++round) {
        const int current = roundRange(round->method->spec()).min;
        const int allowed = current - short_;
        if (allowed <= 0) continue;
        GroupProfile profile = request_.profile;
        profile.members = request_.present;
        profile.minutesAvailable = allowed;
        const Recommendations ranked = recommend(catalog_, profile);
        for (const Recommendation& shorter : ranked.ranked) {
            if (shorter.minutes.min > allowed || shorter.entry == round->method) continue;
            plan.wouldFit << tr("a shorter method for %1: %2 (%3) instead of %4 (%5)")
                                 .arg(caseText(round->theCase), qs(shorter.entry->spec().id), rangeText(shorter.minutes),
                                      qs(round->method->spec().id), rangeText(roundRange(round->method->spec())));
            break;
        }
    }
    plan.wouldFit << tr("a later end: %1 instead of %2").arg(clock(request_.start.addSecs(60 * needed)), clock(request_.end));
}

void Planner::layOut(MeetingPlan& plan, const std::vector<Round>& rounds) const
{
    std::vector<Item> items = blocks_.before;
    for (const Round& round : rounds) {
        if (!round.method) continue;
        Item item;
        item.line.kind = AgendaLine::Kind::round;
        item.line.methodId = round.method->spec().id;
        item.line.title = qs(round.method->spec().name.in(request_.language));
        item.line.phases = methodPhases(round.method->spec(), request_.present);
        item.line.range = roundRange(round.method->spec());
        if (round.method->spec().ownMinutes) item.past = PastTheMost::inProportion;
        item.line.theCase = round.theCase;
        item.line.why = round.why;
        items.push_back(item);
    }
    const std::size_t afterRounds = items.size();
    items.insert(items.end(), blocks_.after.begin(), blocks_.after.end());

    // Every item gets its least; what the window has over is handed out a minute at a time to
    // the items that can still grow, so that each is stretched alike.
    int spare = plan.windowMinutes();
    for (Item& item : items) {
        item.minutes = item.line.range.min;
        spare -= item.minutes;
    }
    if (blocks_.pause) spare -= blocks_.pause->line.range.min;
    for (bool grew = true; spare > 0 && grew;) {
        grew = false;
        for (Item& item : items) {
            if (spare == 0) break;
            if (item.minutes < item.line.range.max) {
                ++item.minutes;
                --spare;
                grew = true;
            }
        }
    }

    if (blocks_.pause) {
        // The break goes between the choosing and the closing round, at the boundary nearest the
        // middle of the meeting.
        Item pause = *blocks_.pause;
        pause.minutes = pause.line.range.min;
        if (spare > 0) {
            const int extra = std::min(spare, pause.line.range.max - pause.minutes);
            pause.minutes += extra;
            spare -= extra;
        }
        int total = pause.minutes;
        for (const Item& item : items) total += item.minutes;
        std::size_t best = blocks_.before.size();
        int bestDistance = total;
        int elapsed = 0;
        for (std::size_t index = 0; index <= afterRounds; ++index) {
            if (index >= blocks_.before.size()) {
                const int distance = std::abs(2 * elapsed - (total - pause.minutes));
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = index;
                }
            }
            if (index < items.size()) elapsed += items[index].minutes;
        }
        items.insert(items.begin() + static_cast<std::ptrdiff_t>(best), pause);
    }

    QTime at = request_.start;
    for (Item& item : items) {
        item.line.minutes = item.minutes;
        sharePhaseMinutes(item.line, item.past);
        item.line.start = at;
        at = at.addSecs(60 * item.minutes);
        item.line.end = at;
        plan.lines.push_back(item.line);
    }
    if (plan.fits && spare > 0)
        plan.notes << tr("the agenda ends at %1, %2 minutes before the meeting's end").arg(clock(at)).arg(spare);
}

PlanResult Planner::plan()
{
    if (request_.present < request_.minimumPresent)
        return {std::nullopt, tr("a meeting goes ahead with at least %1 members present; %2 are")
                                  .arg(request_.minimumPresent)
                                  .arg(request_.present)};
    if (!request_.start.isValid() || !request_.end.isValid() || request_.start >= request_.end)
        return {std::nullopt, tr("the meeting needs a start before its end")};
    const int window = request_.start.secsTo(request_.end) / 60;
    if (const QString refusal = meetingLengthRefusal(window); !refusal.isEmpty()) return {std::nullopt, refusal};

    const auto block = [&](const char* id) { return catalog_.find(id); };
    for (const char* id : {blockIds::opening, blockIds::inventory, blockIds::choosing, blockIds::pause, blockIds::closingRound,
                           blockIds::evaluation})
        if (!block(id) || block(id)->spec().kind != MethodKind::block)
            return {std::nullopt, tr("the meeting building block %1 is not in the catalog").arg(qs(id))};
    const int owners = request_.previousCaseOwners;
    const auto item = [&](const char* id) {
        const MethodSpec& spec = block(id)->spec();
        return blockItem(spec, blockPhases(spec, request_.present, owners), request_.language);
    };
    blocks_.before = {item(blockIds::opening), item(blockIds::inventory), item(blockIds::choosing)};
    blocks_.after = {item(blockIds::closingRound), item(blockIds::evaluation)};
    if (window > breakAfterMinutes) blocks_.pause = item(blockIds::pause);

    MeetingPlan plan;
    plan.start = request_.start;
    plan.end = request_.end;
    plan.present = request_.present;
    for (const QString& warning : {meetingLengthWarning(window), groupSizeWarning(request_.present)})
        if (!warning.isEmpty()) plan.warnings << warning;
    if (request_.firstMeeting)
        plan.notes << tr("the group's first meeting: no look-back; agree the rules on confidentiality together instead");
    else if (owners == 0)
        plan.notes << tr("no cases were treated at the previous meeting: the opening has no look-back");

    // Triage first, then the most current and appealing (the most votes), then the order brought in.
    std::vector<Case> candidates;
    for (const Case& theCase : request_.cases) {
        if (theCase.status == CaseStatus::treated || theCase.status == CaseStatus::lookedBack) continue;
        if (theCase.triage == CaseTriage::coaching) {
            plan.setAside.push_back({theCase, tr("too personal: better served by individual coaching")});
            continue;
        }
        if (theCase.triage == CaseTriage::workMeeting) {
            plan.setAside.push_back({theCase, tr("too much about content: better served by a work meeting")});
            continue;
        }
        if (!theCase.triage) plan.notes << tr("%1 is not triaged yet; counted as suited to intervision").arg(caseText(theCase));
        candidates.push_back(theCase);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Case& a, const Case& b) { return a.votes > b.votes; });

    for (const auto& [caseId, methodId] : request_.methods) {
        const CatalogEntry* entry = catalog_.find(utf8(methodId));
        if (!entry || entry->spec().kind != MethodKind::method)
            return {std::nullopt, tr("there is no method '%1' to treat a case with").arg(methodId)};
        if (std::none_of(candidates.begin(), candidates.end(), [&](const Case& c) { return c.id == caseId; }))
            return {std::nullopt, tr("a method was chosen for a case that is not to be treated at this meeting")};
    }
    for (const Case& theCase : candidates)
        if (!theCase.methodId.isEmpty() && !request_.methods.count(theCase.id) && !catalog_.find(utf8(theCase.methodId)))
            return {std::nullopt, tr("the method %1 chosen for %2 is not in the catalog").arg(theCase.methodId, caseText(theCase))};

    const int wanted = static_cast<int>(candidates.size());
    if (request_.caseCount && *request_.caseCount > wanted)
        return {std::nullopt, tr("%1 cases were asked for; %2 can be treated").arg(*request_.caseCount).arg(wanted)};

    std::vector<Round> rounds;
    if (request_.caseCount) {
        rounds = roundsFor(candidates, *request_.caseCount, window);
    } else {
        int count = wanted;
        for (; count > 0; --count) {
            rounds = roundsFor(candidates, count, window);
            if (fitsIn(rounds, window)) break;
        }
        if (count == 0 && wanted > 0) rounds = roundsFor(candidates, 1, window); // the plan says why it does not fit
    }
    if (!fitsIn(rounds, window)) explainMisfit(plan, rounds, window);
    for (std::size_t index = rounds.size(); index < candidates.size(); ++index)
        plan.setAside.push_back({candidates[index], tr("no time left in this meeting")});

    for (const Round& round : rounds) {
        plan.chosen.push_back(round.theCase);
        if (!round.method) continue;
        const GroupSize& size = round.method->spec().groupSize;
        if (!size.admits(request_.present))
            plan.warnings << tr("%1 is made for %2–%3 members; %4 are present")
                                 .arg(qs(round.method->spec().id))
                                 .arg(size.min)
                                 .arg(size.max)
                                 .arg(request_.present);
    }
    plan.minutesNeeded = blocks_.total().min + roundsMinutes(rounds).min;
    layOut(plan, rounds);
    return {std::move(plan), {}};
}

} // namespace

PlanResult makeMeetingPlan(const MethodCatalog& catalog, const MeetingPlanRequest& request)
{
    return Planner{catalog, request}.plan();
}

} // namespace palet
