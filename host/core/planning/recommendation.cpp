#include "planning/recommendation.hpp"

#include "text/domain_words.hpp"
#include "text/method_figures.hpp"
#include "translate.hpp"

#include <algorithm>
#include <cstdlib>

namespace palet {
namespace {

QString qs(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

// The sentences of the reasons, translated once for a whole ranking rather than once a method:
// a palette of a thousand methods would otherwise look up thousands of translations.
struct Phrases {
    QString madeFor = tr("made for %1–%2 people; you are %3");
    QString needsMinutes = tr("needs at least %1 minutes; you have %2");
    QString needsExperience = tr("needs an experienced group — yours is new");
    QString needsSafety = tr("needs a group that already feels safe — yours is new");
    QString needsFacilitator = tr("needs a trained facilitator — none is present");
    QString noDutch = tr("has no Dutch text");
    QString noEnglish = tr("has no English text");
    QString fits = tr("fits %1 people (%2–%3, ideal %4)");
    QString keptShort = tr("%1 minutes: fits your %2 if kept short");
    QString ofYours = tr("%1 of your %2 minutes");
    QString judgement = tr(" (our judgement)");
    QString suits = tr("suits %1 of your %2 members with a known style: %3");
    QString suitsNone = tr("suits none of the learning styles present");
    QString madeForProblem;
    QString notMadeForProblem;

    explicit Phrases(const GroupProfile& group)
    {
        if (!group.problemKind) return;
        madeForProblem = tr("made for %1 problems").arg(themeText(*group.problemKind));
        notMadeForProblem = tr("not made for %1 problems").arg(themeText(*group.problemKind));
    }
};

// Why a method cannot be used by this group now; empty when it can.
std::vector<std::string> exclusions(const MethodOverview& method, const GroupProfile& group, const MinuteRange& minutes,
                                    const Phrases& phrases)
{
    std::vector<std::string> reasons;
    const auto add = [&](const QString& reason) { reasons.push_back(reason.toStdString()); };
    if (!method.groupSize.admits(group.members))
        add(phrases.madeFor.arg(method.groupSize.min).arg(method.groupSize.max).arg(group.members));
    if (minutes.min > group.minutesAvailable) add(phrases.needsMinutes.arg(minutes.min).arg(group.minutesAvailable));
    if (method.needs(Condition::experiencedGroup) && !group.experienced) add(phrases.needsExperience);
    if (method.needs(Condition::safeGroup) && !group.experienced) add(phrases.needsSafety);
    if (method.needs(Condition::trainedFacilitator) && !group.trainedFacilitator) add(phrases.needsFacilitator);
    if (group.language) {
        const std::string& name = *group.language == Language::nl ? method.name.nl : method.name.en;
        if (name.empty()) add(*group.language == Language::nl ? phrases.noDutch : phrases.noEnglish);
    }
    return reasons;
}

Recommendation scored(const CatalogEntry& entry, const GroupProfile& group, const MinuteRange& minutes,
                      const Phrases& phrases)
{
    using namespace recommendationWeights;
    const MethodOverview& method = entry.overview();
    Recommendation result{&entry, 0, minutes, {}};
    const auto add = [&](const QString& reason) { result.reasons.push_back(reason.toStdString()); };

    // Group size: full marks at the ideal size, less the further from it within min..max.
    const int spread = std::max(1, method.groupSize.max - method.groupSize.min);
    result.score += groupSize * (spread - std::min(spread, std::abs(group.members - method.groupSize.ideal))) / spread;
    add(phrases.fits.arg(group.members).arg(method.groupSize.min).arg(method.groupSize.max).arg(method.groupSize.ideal));

    // Time: the share of the available time the method uses at most.
    const int used = std::min(minutes.max, group.minutesAvailable);
    result.score += time * used / std::max(1, group.minutesAvailable);
    add((minutes.max > group.minutesAvailable ? phrases.keptShort : phrases.ofYours)
            .arg(minutesText(minutes))
            .arg(group.minutesAvailable));

    // Learning styles: the share of members whose style the method suits.
    int known = 0;
    int suited = 0;
    QStringList suitedStyles;
    for (const auto& [style, count] : group.styles) {
        known += count;
        if (count > 0 && method.suits(style)) {
            suited += count;
            suitedStyles << QString("%1 × %2").arg(count).arg(qs(learningStyleId(style)));
        }
    }
    if (known > 0) {
        result.score += styles * suited / known;
        const QString basis = method.styleBasis == StyleBasis::judgement ? phrases.judgement : QString{};
        if (suited > 0)
            add(phrases.suits.arg(suited).arg(known).arg(suitedStyles.join(", ")) + basis);
        else
            add(phrases.suitsNone + basis);
    }

    // The kind of problem.
    if (group.problemKind) {
        const bool fits = std::find(method.themes.begin(), method.themes.end(), *group.problemKind) != method.themes.end();
        if (fits) result.score += problem;
        add(fits ? phrases.madeForProblem : phrases.notMadeForProblem);
    }
    return result;
}

} // namespace

Recommendations recommend(const MethodCatalog& catalog, const GroupProfile& group)
{
    Recommendations result;
    const Phrases phrases{group};
    // Only what the overview holds, so that ranking a thousand methods decodes no whole method.
    for (const auto& entry : catalog.methods()) {
        if (entry.headline().kind != MethodKind::method) continue;
        const MinuteRange minutes = entry.overview().minutesFor(group.members);
        auto reasons = exclusions(entry.overview(), group, minutes, phrases);
        if (reasons.empty())
            result.ranked.push_back(scored(entry, group, minutes, phrases));
        else
            result.leftOut.push_back({&entry, std::move(reasons)});
    }
    // The catalog is sorted by id, so a stable sort on the score alone breaks ties by id.
    std::stable_sort(result.ranked.begin(), result.ranked.end(),
                     [](const Recommendation& a, const Recommendation& b) { return a.score > b.score; });
    return result;
}

} // namespace palet
