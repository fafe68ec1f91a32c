#include "records/record_names.hpp"

#include "did_you_mean.hpp"
#include "translate.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace palet {
namespace {

// Which rule of names a name breaks, if any.
enum class NameRule { fine, empty, tooLong, control };

NameRule brokenRule(const QString& name)
{
    const QString tidy = tidyName(name);
    if (tidy.isEmpty()) return NameRule::empty;
    if (tidy.size() > maximumNameLength) return NameRule::tooLong;
    // Format characters (U+202E turns text around, U+200B is invisible) make one name look like
    // another.
    if (std::any_of(tidy.begin(), tidy.end(), [](QChar c) {
            return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
        }))
        return NameRule::control;
    return NameRule::fine;
}

} // namespace

QString tidyName(const QString& name)
{
    return name.simplified();
}

QString nameKey(const QString& name)
{
    return tidyName(name).toCaseFolded();
}

QString groupNameProblem(const QString& name)
{
    switch (brokenRule(name)) {
    case NameRule::empty: return tr("a group needs a name");
    case NameRule::tooLong: return tr("a group name can have at most %1 characters").arg(maximumNameLength);
    case NameRule::control: return tr("a group name cannot contain control or invisible formatting characters");
    case NameRule::fine: break;
    }
    if (name.contains('@'))
        return tr("a group name cannot contain '@', which separates the group from the date in GROUP@YYYY-MM-DD");
    return {};
}

QString memberNameProblem(const QString& name)
{
    switch (brokenRule(name)) {
    case NameRule::empty: return tr("a member needs a name");
    case NameRule::tooLong: return tr("a member's name can have at most %1 characters").arg(maximumNameLength);
    case NameRule::control: return tr("a member's name cannot contain control or invisible formatting characters");
    case NameRule::fine: break;
    }
    // Lists of members on the command line (--members, --absent) are split at commas and their
    // names trimmed, so such a name could never be given back.
    if (name.front().isSpace() || name.back().isSpace()) return tr("a member's name cannot begin or end with a space");
    if (name.contains(','))
        return tr("a member's name cannot contain ',', which separates the names in --members and --absent");
    return {};
}

std::optional<QString> closestName(const QString& word, const QStringList& candidates)
{
    std::vector<std::string> storage;
    for (const QString& candidate : candidates) storage.push_back(candidate.toStdString());
    const std::vector<std::string_view> views{storage.begin(), storage.end()};
    const auto suggestion = closestMatch(word.toStdString(), views);
    if (!suggestion) return std::nullopt;
    return QString::fromStdString(*suggestion);
}

QString didYouMeanText(const QString& word, const QStringList& candidates)
{
    const auto suggestion = closestName(word, candidates);
    return suggestion ? tr("; did you mean '%1'?").arg(*suggestion) : QString{};
}

} // namespace palet
