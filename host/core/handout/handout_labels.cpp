#include "handout/handout_labels.hpp"

namespace palet {
namespace {

QString pick(Language language, const char* nl, const char* en) { return QString::fromUtf8(language == Language::nl ? nl : en); }

} // namespace

QString handoutLabel(HandoutLabel label, Language language)
{
    const auto in = [language](const char* nl, const char* en) { return pick(language, nl, en); };
    switch (label) {
    case HandoutLabel::figures:
        return in("%1 %2 · %3 minuten voor %4 personen · groep van %5 (ideaal %6)",
                  "%1 %2 · %3 minutes for %4 people · group of %5 (ideal %6)");
    case HandoutLabel::suits: return in("Past bij", "Suits");
    case HandoutLabel::ourJudgement: return in(" (ons oordeel)", " (our judgement)");
    case HandoutLabel::perSource: return in(" (volgens de bron)", " (per the source)");
    case HandoutLabel::themes: return in("Thema's", "Themes");
    case HandoutLabel::needs: return in("Vraagt", "Needs");
    case HandoutLabel::roles: return in("Rollen", "Roles");
    case HandoutLabel::phases: return in("Fasen", "Phases");
    case HandoutLabel::minutes: return in("%1 min", "%1 min");
    case HandoutLabel::startsAt: return in("vanaf %1", "from %1");
    case HandoutLabel::onlySpeak: return in("Alleen deze rollen spreken: %1", "Only these may speak: %1");
    case HandoutLabel::optionalIn:
        return in("Optioneel: gaat door, tenzij de procesbegeleider de fase weglaat",
                  "Optional: runs unless the facilitator leaves it out");
    case HandoutLabel::optionalOut:
        return in("Optioneel: alleen als de procesbegeleider de fase kiest",
                  "Optional: only when the facilitator chooses it");
    case HandoutLabel::silent: return in("Stilte: niemand spreekt", "Silence: nobody speaks");
    case HandoutLabel::absent: return in("Buiten de ruimte: %1", "Out of the room: %1");
    case HandoutLabel::backTurned: return in("Met de rug naar de groep: %1", "Back turned to the group: %1");
    case HandoutLabel::chosenIn:
        return in("De groep kiest wie deze rol heeft in stap %1, %2.", "The group chooses who holds this role in step %1, %2.");
    case HandoutLabel::choosesHere:
        return in("De groep kiest wie %1 is, vanaf de volgende stap", "The group chooses who is %1, from the next step on");
    case HandoutLabel::materials: return in("Materiaal: %1", "Materials: %1");
    case HandoutLabel::total: return in("Totaal: %1 minuten", "Total: %1 minutes");
    case HandoutLabel::totalOwn:
        return in("Totaal: %1 minuten (de stappen: %2)", "Total: %1 minutes (the steps: %2)");
    case HandoutLabel::notes: return in("Toelichting", "Notes");
    case HandoutLabel::sources: return in("Bronnen", "Sources");
    case HandoutLabel::origin: return in("Uit %1 (%2)", "From %1 (%2)");
    case HandoutLabel::pluginNote:
        return in("Een native plugin: hier beschreven zoals het manifest het beschrijft. Tijdens de bijeenkomst past de "
                  "plugin de werkvorm aan de groep en de tijd aan; 'palet check %1' laat zien hoe.",
                  "A native plugin: shown as its manifest describes it. During a meeting the plugin fits the method "
                  "to the group and the time; 'palet check %1' shows that.");
    case HandoutLabel::subgroups: return in("Subgroepen", "Subgroups");
    case HandoutLabel::subgroupsOf: return in("van %1, die tegelijk werken; met %2 leden: %3", "of %1, working side by side; with %2 members: %3");
    case HandoutLabel::roundEachMember: return in("%1: %2 rondes, één voor elk lid%3.", "%1: %2 rounds, one for each member%3.");
    case HandoutLabel::roundEachHolder: return in("%1: %2 rondes, één voor elke %3.", "%1: %2 rounds, one for each %3.");
    case HandoutLabel::ofSubgroup: return in(" van de subgroep", " of the subgroup");
    case HandoutLabel::roundRotates:
        return in(" De rol %1 gaat elke ronde naar het volgende lid.", " The role %1 passes to the next member every round.");
    case HandoutLabel::roundEnd:
        return in("Einde van de ronde; de volgende ronde begint weer bij stap %1.", "End of the round; the next round starts again at step %1.");
    case HandoutLabel::confidential:
        return in("Vertrouwelijk: wat in de groep gezegd wordt, blijft in de groep.",
                  "Confidential: what is said in the group stays in the group.");
    }
    return {};
}

QString holdersLabel(const Role& role, Language language)
{
    switch (role.holders) {
    case RoleHolders::counted:
        if (role.most >= maxGroupMembers) return pick(language, "ten minste %1", "at least %1").arg(role.fewest);
        if (role.fewest == role.most) return pick(language, "precies %1", "exactly %1").arg(role.fewest);
        return pick(language, "%1 tot %2", "%1 to %2").arg(role.fewest).arg(role.most);
    case RoleHolders::one: return pick(language, "precies één", "exactly one");
    case RoleHolders::optional: return pick(language, "optioneel", "optional");
    case RoleHolders::everyoneElse: return pick(language, "alle anderen", "everyone else");
    }
    return {};
}

QString conditionLabel(Condition condition, Language language)
{
    switch (condition) {
    case Condition::safeGroup: return pick(language, "een groep die zich al veilig voelt", "a group that already feels safe");
    case Condition::experiencedGroup: return pick(language, "een ervaren groep", "an experienced group");
    case Condition::trainedFacilitator: return pick(language, "een getrainde procesbegeleider", "a trained facilitator");
    }
    return {};
}

QString styleLabel(LearningStyle style, Language language)
{
    const auto name = language == Language::nl ? learningStyleId(style) : learningStyleEnglish(style);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

} // namespace palet
