#pragma once
// The keys of the YAML method format, in one place: the reader checks scripts against these
// tables and a test checks docs/schema/method.schema.json against them.

#include <string_view>
#include <vector>

namespace palet {

struct FormatObject {
    std::string_view name; // as it appears in messages
    std::vector<std::string_view> keys;
    std::vector<std::string_view> required;
};

namespace methodFormat {

// The newest format this Palet reads; every earlier one is read as it always was.
inline constexpr int latest = 2;

extern const FormatObject method;
extern const FormatObject source;
extern const FormatObject groupSize;
extern const FormatObject role;
extern const FormatObject phase;
extern const FormatObject holderCount;
extern const FormatObject localizedText;
extern const FormatObject minutesRange;
extern const FormatObject minutesPerParticipant;
extern const FormatObject plugin;
extern const FormatObject roundEntry; // format 2: an entry of `phases` that holds a round
extern const FormatObject round;
extern const FormatObject subgroups;

// A round's for_each: every member, or else the holders of a role named by its id.
inline constexpr std::string_view eachMember = "member";

std::vector<std::string_view> styleIds();
std::vector<std::string_view> styleBasisIds();
std::vector<std::string_view> kindIds();
std::vector<std::string_view> conditionIds();
std::vector<std::string_view> roleHolderIds();
std::vector<std::string_view> inclusionIds(); // an optional phase: included or left out unless chosen

} // namespace methodFormat
} // namespace palet
