#include "handout/handout_content.hpp"

#include "catalog/text_language.hpp"
#include "handout/handout_labels.hpp"
#include "text/domain_words.hpp"
#include "text/method_figures.hpp"

#include <algorithm>

namespace palet {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QString sourceText(const Attribution& source, Language language)
{
    QStringList parts;
    for (const auto* part : {&source.author, &source.title, &source.publisher, &source.year})
        if (!part->empty()) parts << qs(*part);
    QString text = parts.join(", ");
    if (!source.url.empty()) text += " <" + qs(source.url) + ">";
    if (!source.note.empty()) text += ". " + qs(source.note.in(language));
    return text;
}

// One round's time: its phases once.
SecondRange roundSeconds(const MethodSpec& spec, const Round& round, int members)
{
    SecondRange once;
    for (const auto& phase : spec.phases)
        if (round.holds(phase.id) && phase.runsUnlessChosenOtherwise()) once += phase.minutes.secondsFor(spec.largestSubgroup(members));
    return once;
}

QString roleName(const MethodSpec& spec, const std::string& roleId, Language language)
{
    const Role* role = spec.role(roleId);
    return role ? qs(role->name.in(language)) : qs(roleId);
}

} // namespace

HandoutContent handoutContent(const CatalogEntry& entry, int members, Language language, const std::string& textLanguage)
{
    MethodSpec spec = entry.spec();
    showTextsIn(spec, textLanguage, language);
    const auto label = [language](HandoutLabel which) { return handoutLabel(which, language); };
    const MinuteRange total = spec.minutesFor(members);
    // The steps' own sum, to the second: 7½ + 7½ minutes are 15, not 16.
    const SecondRange steps = spec.phaseSecondsFor(members);
    const QString totalText = spec.ownMinutes ? minutesText(total) : minutesText(steps);

    HandoutContent content;
    content.language = language;
    content.title = qs(spec.name.in(language));
    content.figures = label(HandoutLabel::figures)
                          .arg(qs(spec.id), qs(spec.version.toString()), totalText)
                          .arg(members)
                          .arg(groupSizeText(spec.groupSize))
                          .arg(spec.groupSize.ideal);
    content.summary = qs(spec.summary.in(language));
    content.description = qs(spec.description.in(language));

    if (!spec.styles.empty()) {
        QStringList styles;
        for (LearningStyle style : spec.styles) styles << styleLabel(style, language);
        content.facts.emplace_back(label(HandoutLabel::suits),
                                   styles.join(", ") + label(spec.styleBasis == StyleBasis::judgement ? HandoutLabel::ourJudgement
                                                                                                      : HandoutLabel::perSource));
    }
    if (!spec.themes.empty()) {
        QStringList themes;
        for (const auto& theme : spec.themes) themes << themeWord(theme, language);
        content.facts.emplace_back(label(HandoutLabel::themes), themes.join(", "));
    }
    if (!spec.conditions.empty()) {
        QStringList conditions;
        for (Condition condition : spec.conditions) conditions << conditionLabel(condition, language);
        content.facts.emplace_back(label(HandoutLabel::needs), conditions.join(", "));
    }

    if (spec.subgroupSize >= 2) {
        QStringList sizes;
        for (int size : subgroupSizes(members, spec.subgroupSize)) sizes << QString::number(size);
        content.facts.emplace_back(label(HandoutLabel::subgroups),
                                   label(HandoutLabel::subgroupsOf).arg(spec.subgroupSize).arg(members).arg(sizes.join(" + ")));
    }

    content.rolesTitle = label(HandoutLabel::roles);
    for (const auto& role : spec.roles) {
        QString description = qs(role.description.in(language));
        // A role chosen during the method: when, by its step's number and name.
        const auto chosenAt = std::find_if(spec.phases.begin(), spec.phases.end(), [&](const Phase& phase) { return phase.id == role.chosenIn; });
        if (role.chosenDuringSession() && chosenAt != spec.phases.end()) {
            const QString chosen = label(HandoutLabel::chosenIn).arg(chosenAt - spec.phases.begin() + 1).arg(qs(chosenAt->name.in(language)));
            description = description.isEmpty() ? chosen : chosen + ' ' + description;
        }
        content.roles.push_back({qs(role.name.in(language)), QString("(%1, %2)").arg(qs(role.id), holdersLabel(role, language)), description});
    }

    content.phasesTitle = label(HandoutLabel::phases);
    SecondRange start;
    int roundFirstStep = 0;
    for (const auto& phase : spec.phases) {
        const Round* round = spec.roundOf(phase.id);
        const int times = round ? spec.roundsFor(*round, members) : 1;
        const SecondRange minutes = phase.minutes.secondsFor(spec.largestSubgroup(members));
        HandoutContent::PhaseBlock block;
        block.number = static_cast<int>(content.phases.size()) + 1;
        block.name = qs(phase.name.in(language));
        block.minutes = label(HandoutLabel::minutes).arg(minutesText(minutes));
        block.start = label(HandoutLabel::startsAt)
                          .arg(start.isFixed() ? clockTextOfSeconds(start.min) : clockTextOfSeconds(start.min) + "–" + clockTextOfSeconds(start.max));
        block.description = qs(phase.description.in(language));
        for (const auto& instruction : phase.instructions)
            block.instructions.emplace_back(roleName(spec, instruction.roleId, language), qs(instruction.text.in(language)));
        if (phase.silent) {
            block.speakers = label(HandoutLabel::silent);
        } else if (!phase.speakers.empty()) {
            QStringList speakers;
            for (const auto& speaker : phase.speakers) speakers << roleName(spec, speaker, language);
            block.speakers = label(HandoutLabel::onlySpeak).arg(speakers.join(", "));
        }
        QStringList presence;
        const auto roleNames = [&](const std::vector<std::string>& ids) {
            QStringList named;
            for (const auto& id : ids) named << roleName(spec, id, language);
            return named.join(", ");
        };
        if (!phase.absent.empty()) presence << label(HandoutLabel::absent).arg(roleNames(phase.absent));
        if (!phase.backTurned.empty()) presence << label(HandoutLabel::backTurned).arg(roleNames(phase.backTurned));
        for (const auto& role : spec.roles)
            if (role.chosenIn == phase.id) presence << label(HandoutLabel::choosesHere).arg(qs(role.name.in(language)));
        block.presence = presence.join(" · ");
        if (phase.isOptional())
            block.optional = label(phase.runsUnlessChosenOtherwise() ? HandoutLabel::optionalIn : HandoutLabel::optionalOut);
        if (!phase.materials.empty()) {
            QStringList materials;
            for (const auto& material : phase.materials) materials << qs(material.in(language));
            block.materials = label(HandoutLabel::materials).arg(materials.join(", "));
        }
        if (round && round->phaseIds.front() == phase.id) {
            roundFirstStep = block.number;
            const QString name = qs(round->name.in(language));
            block.roundStart = round->repeat == RoundRepeat::eachHolder
                                   ? label(HandoutLabel::roundEachHolder).arg(name).arg(times).arg(roleName(spec, round->holdersOf, language))
                                   : label(HandoutLabel::roundEachMember)
                                         .arg(name)
                                         .arg(times)
                                         .arg(spec.subgroupSize >= 2 ? label(HandoutLabel::ofSubgroup) : QString{});
            if (!round->rotates.empty()) block.roundStart += label(HandoutLabel::roundRotates).arg(roleName(spec, round->rotates, language));
            if (!round->description.empty()) block.roundStart += ' ' + qs(round->description.in(language));
        }
        if (round && round->phaseIds.back() == phase.id && times > 1) block.roundEnd = label(HandoutLabel::roundEnd).arg(roundFirstStep);
        content.phases.push_back(std::move(block));
        // The steps after a round start when all its rounds are over.
        if (phase.runsUnlessChosenOtherwise())
            start += round && round->phaseIds.back() == phase.id
                         ? SecondRange{minutes.min + (times - 1) * roundSeconds(spec, *round, members).min,
                                       minutes.max + (times - 1) * roundSeconds(spec, *round, members).max}
                         : minutes;
    }
    content.total = spec.ownMinutes && steps.inWholeMinutes() != total
                        ? label(HandoutLabel::totalOwn).arg(minutesText(total), minutesText(steps))
                        : label(HandoutLabel::total).arg(totalText);

    content.notesTitle = label(HandoutLabel::notes);
    content.notes = qs(spec.notes.in(language));
    content.sourcesTitle = label(HandoutLabel::sources);
    for (const auto& source : spec.sources) content.sources << sourceText(source, language);
    if (entry.origin.kind == MethodOrigin::Kind::plugin) content.pluginNote = label(HandoutLabel::pluginNote).arg(qs(spec.id));
    content.origin = label(HandoutLabel::origin)
                         .arg(qs(entry.origin.manifest.empty() ? entry.origin.path : entry.origin.manifest), originSourceText(entry.origin));
    return content;
}

} // namespace palet
