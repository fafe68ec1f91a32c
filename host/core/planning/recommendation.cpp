#include "planning/recommendation.hpp"

#include "text/domain_words.hpp"
#include "text/method_figures.hpp"
#include "translate.hpp"

#include <algorithm>
#include <cstdlib>

namespace palet {
namespace {

QString qs(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

// Why a method cannot be used by this group now; empty when it can.
std::vector<std::string> exclusions(const MethodSpec& spec, const GroupProfile& group, const MinuteRange& minutes)
{
    std::vector<std::string> reasons;
    const auto add = [&](const QString& reason) { reasons.push_back(reason.toStdString()); };
    if (!spec.groupSize.admits(group.members))
        add(tr("made for %1–%2 people; you are %3").arg(spec.groupSize.min).arg(spec.groupSize.max).arg(group.members));
    if (minutes.min > group.minutesAvailable)
        add(tr("needs at least %1 minutes; you have %2").arg(minutes.min).arg(group.minutesAvailable));
    if (spec.needs(Condition::experiencedGroup) && !group.experienced)
        add(tr("needs an experienced group — yours is new"));
    if (spec.needs(Condition::safeGroup) && !group.experienced)
        add(tr("needs a group that already feels safe — yours is new"));
    if (spec.needs(Condition::trainedFacilitator) && !group.trainedFacilitator)
        add(tr("needs a trained facilitator — none is present"));
    if (group.language) {
        const std::string& name = *group.language == Language::nl ? spec.name.nl : spec.name.en;
        if (name.empty()) add(*group.language == Language::nl ? tr("has no Dutch text") : tr("has no English text"));
    }
    return reasons;
}

Recommendation scored(const CatalogEntry& entry, const GroupProfile& group, const MinuteRange& minutes)
{
    using namespace recommendationWeights;
    const MethodSpec& spec = entry.spec();
    Recommendation result{&entry, 0, minutes, {}};
    const auto add = [&](const QString& reason) { result.reasons.push_back(reason.toStdString()); };

    // Group size: full marks at the ideal size, less the further from it within min..max.
    const int spread = std::max(1, spec.groupSize.max - spec.groupSize.min);
    result.score += groupSize * (spread - std::min(spread, std::abs(group.members - spec.groupSize.ideal))) / spread;
    add(tr("fits %1 people (%2–%3, ideal %4)").arg(group.members).arg(spec.groupSize.min).arg(spec.groupSize.max).arg(spec.groupSize.ideal));

    // Time: the share of the available time the method uses at most.
    const int used = std::min(minutes.max, group.minutesAvailable);
    result.score += time * used / std::max(1, group.minutesAvailable);
    if (minutes.max > group.minutesAvailable)
        add(tr("%1 minutes: fits your %2 if kept short").arg(minutesText(minutes)).arg(group.minutesAvailable));
    else
        add(tr("%1 of your %2 minutes").arg(minutesText(minutes)).arg(group.minutesAvailable));

    // Learning styles: the share of members whose style the method suits.
    int known = 0;
    int suited = 0;
    QStringList suitedStyles;
    for (const auto& [style, count] : group.styles) {
        known += count;
        if (count > 0 && spec.suits(style)) {
            suited += count;
            suitedStyles << QString("%1 × %2").arg(count).arg(qs(learningStyleId(style)));
        }
    }
    if (known > 0) {
        result.score += styles * suited / known;
        const QString basis = spec.styleBasis == StyleBasis::judgement ? tr(" (our judgement)") : QString{};
        if (suited > 0)
            add(tr("suits %1 of your %2 members with a known style: %3").arg(suited).arg(known).arg(suitedStyles.join(", ")) + basis);
        else
            add(tr("suits none of the learning styles present") + basis);
    }

    // The kind of problem.
    if (group.problemKind) {
        const bool fits = std::find(spec.themes.begin(), spec.themes.end(), *group.problemKind) != spec.themes.end();
        if (fits) result.score += problem;
        add(fits ? tr("made for %1 problems").arg(themeText(*group.problemKind))
                 : tr("not made for %1 problems").arg(themeText(*group.problemKind)));
    }
    return result;
}

} // namespace

Recommendations recommend(const MethodCatalog& catalog, const GroupProfile& group)
{
    Recommendations result;
    for (const auto& entry : catalog.methods()) {
        if (entry.spec().kind != MethodKind::method) continue;
        const MinuteRange minutes = entry.spec().minutesFor(group.members);
        auto reasons = exclusions(entry.spec(), group, minutes);
        if (reasons.empty())
            result.ranked.push_back(scored(entry, group, minutes));
        else
            result.leftOut.push_back({&entry, std::move(reasons)});
    }
    // The catalog is sorted by id, so a stable sort on the score alone breaks ties by id.
    std::stable_sort(result.ranked.begin(), result.ranked.end(),
                     [](const Recommendation& a, const Recommendation& b) { return a.score > b.score; });
    return result;
}

} // namespace palet
