#include "catalog/method_format.hpp"

#include <palet/method_spec.hpp>

namespace palet::methodFormat {

const FormatObject method{
    "method",
    {"format", "id", "version", "kind", "name", "summary", "description", "notes", "sources", "styles",
     "styles_basis", "themes", "group_size", "conditions", "minutes", "subgroups", "roles", "phases", "plugin"},
    {"id", "version", "name", "group_size", "roles", "phases"}};

const FormatObject source{"source", {"author", "title", "publisher", "year", "url", "note"}, {}};

// Format 1 also requires max; format 2 leaves it out for a group with only a minimum.
const FormatObject groupSize{"group_size", {"min", "max", "ideal"}, {"min"}};

const FormatObject role{"role", {"id", "name", "description", "holders", "chosen_in"}, {"id", "name", "holders"}};

const FormatObject phase{
    "phase",
    {"id", "name", "description", "minutes", "instructions", "speakers", "materials", "absent", "back_turned", "optional"},
    {"id", "name", "minutes", "instructions"}};

// Format 2: phases repeated for each member or each holder of a role, with a role that rotates.
const FormatObject roundEntry{"phase", {"round"}, {"round"}};
const FormatObject round{"round", {"id", "name", "description", "for_each", "rotates", "phases"}, {"id", "name", "for_each", "phases"}};

// Format 2: the group works in subgroups of this size, side by side.
const FormatObject subgroups{"subgroups", {"size"}, {"size"}};

// Format 2: how many members hold a role, when it is not one, optional or everyone else.
const FormatObject holderCount{"holders", {"min", "max"}, {"min"}};

const FormatObject localizedText{"text", {"nl", "en"}, {}};

const FormatObject minutesRange{"minutes", {"min", "max"}, {"min", "max"}};

// Only in a plugin's manifest: the library that implements the method, relative to the manifest.
const FormatObject plugin{"plugin", {"library"}, {"library"}};

const FormatObject minutesPerParticipant{"minutes", {"per_participant", "counting", "min", "max"}, {"per_participant"}};

std::vector<std::string_view> styleIds()
{
    std::vector<std::string_view> ids;
    for (LearningStyle style : allLearningStyles) ids.push_back(learningStyleId(style));
    return ids;
}

std::vector<std::string_view> styleBasisIds() { return {"judgement", "source"}; }

std::vector<std::string_view> kindIds() { return {"method", "block"}; }

std::vector<std::string_view> conditionIds()
{
    std::vector<std::string_view> ids;
    for (Condition condition : allConditions) ids.push_back(conditionId(condition));
    return ids;
}

std::vector<std::string_view> inclusionIds() { return {"included", "left-out"}; }

std::vector<std::string_view> roleHolderIds()
{
    return {roleHoldersId(RoleHolders::one), roleHoldersId(RoleHolders::optional),
            roleHoldersId(RoleHolders::everyoneElse)};
}

} // namespace palet::methodFormat
