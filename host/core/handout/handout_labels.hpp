#pragma once
// The fixed words of a handout in the handout's own language (a Dutch handout for a Dutch
// group, whatever the facilitator's locale).

#include <palet/method_spec.hpp>

#include <QString>

namespace palet {

enum class HandoutLabel {
    figures, // "%1 %2 · %3 minutes for %4 people · group of %5 (ideal %6)"
    suits,
    ourJudgement,
    perSource,
    themes,
    needs,
    roles,
    phases,
    minutes,    // "%1 min"
    startsAt,   // "from %1"
    onlySpeak,  // "Only these may speak: %1"
    silent,     // "Silence: nobody speaks"
    optionalIn,  // "Optional: runs unless the facilitator leaves it out"
    optionalOut, // "Optional: only when the facilitator chooses it" (not counted in the times)
    absent,     // "Out of the room: %1"
    backTurned, // "Back turned to the group: %1"
    chosenIn,   // "The group chooses who holds this role in step %1, %2.", a role chosen during the method
    choosesHere, // "The group chooses: %1; from the next step on"
    materials,  // "Materials: %1"
    total,      // "Total: %1 minutes"
    totalOwn,   // "Total: %1 minutes (the steps: %2)", the method's own minutes and its steps
    notes,
    sources,
    origin,     // "From %1 (%2)"
    pluginNote, // %1: the method id
    confidential,
    subgroups,       // "Subgroups"
    subgroupsOf,     // "of %1, side by side; with %2 members: %3"
    roundEachMember, // "%1: %2 rounds, one for each member%3" (%3: " of the subgroup" or nothing)
    roundEachHolder, // "%1: %2 rounds, one for each %3"
    ofSubgroup,      // " of the subgroup"
    roundRotates,    // " The role %1 passes to the next member every round."
    roundEnd,        // "End of the round; the next round starts again at step %1."
};

QString handoutLabel(HandoutLabel label, Language language);
QString holdersLabel(const Role& role, Language language); // "exactly one", "3 to 4", "at least 3"
QString conditionLabel(Condition condition, Language language);
QString styleLabel(LearningStyle style, Language language);

} // namespace palet
