#include "catalog/method_overview.hpp"

#include <algorithm>

namespace palet {
namespace {

void encode(ByteWriter& out, const LocalizedText& text)
{
    out.text(text.nl);
    out.text(text.en);
    out.u32(static_cast<std::uint32_t>(text.others.size()));
    for (const auto& [tag, written] : text.others) {
        out.text(tag);
        out.text(written);
    }
}

void decode(ByteReader& in, LocalizedText& text)
{
    text.nl = in.text();
    text.en = in.text();
    text.others.resize(in.count(8));
    for (auto& [tag, written] : text.others) {
        tag = in.text();
        written = in.text();
    }
}

// Enums are stored as one byte; a value past the last one means damage.
template <typename Enum>
void encodeEnums(ByteWriter& out, const std::vector<Enum>& values)
{
    out.u32(static_cast<std::uint32_t>(values.size()));
    for (Enum value : values) out.u8(static_cast<std::uint8_t>(value));
}

template <typename Enum>
bool decodeEnum(ByteReader& in, Enum& value, Enum last)
{
    const std::uint8_t stored = in.u8();
    value = static_cast<Enum>(stored);
    return stored <= static_cast<std::uint8_t>(last);
}

template <typename Enum>
bool decodeEnums(ByteReader& in, std::vector<Enum>& values, Enum last)
{
    values.resize(in.count(1));
    for (Enum& value : values)
        if (!decodeEnum(in, value, last)) return false;
    return true;
}

void encodeTexts(ByteWriter& out, const std::vector<std::string>& values)
{
    out.u32(static_cast<std::uint32_t>(values.size()));
    for (const auto& value : values) out.text(value);
}

void decodeTexts(ByteReader& in, std::vector<std::string>& values)
{
    values.resize(in.count(4));
    for (auto& value : values) value = in.text();
}

} // namespace

MethodOverview MethodOverview::of(const MethodSpec& spec)
{
    MethodOverview overview{spec.id,     spec.version,    spec.kind,   spec.name,       spec.summary, spec.groupSize,
                            spec.styles, spec.styleBasis, spec.themes, spec.conditions, {},           {},          {}};
    for (const auto& phase : spec.phases) {
        if (!phase.runsUnlessChosenOtherwise()) continue;
        overview.phaseMinutes.push_back(phase.minutes);
        const Round* round = spec.roundOf(phase.id);
        overview.phaseRounds.push_back(round ? static_cast<int>(round - spec.rounds.data()) : -1);
    }
    overview.subgroupSize = spec.subgroupSize;
    // Only what says how often a round runs.
    for (const Round& round : spec.rounds) overview.rounds.push_back({.id = {}, .name = {}, .repeat = round.repeat, .holdersBySize = round.holdersBySize});
    if (spec.rounds.empty()) overview.phaseRounds.clear();
    for (const auto& source : spec.sources)
        for (const auto* field : {&source.author, &source.title, &source.publisher})
            if (!field->empty()) overview.sourceNames.push_back(*field);
    overview.ownMinutes = spec.ownMinutes;
    return overview;
}

MinuteRange MethodOverview::minutesFor(int members) const
{
    if (ownMinutes) return *ownMinutes;
    // The same reckoning as MethodSpec::phaseMinutesFor, from what the overview keeps.
    MethodSpec shape;
    shape.subgroupSize = subgroupSize;
    const int present = shape.largestSubgroup(members);
    MinuteRange total;
    for (std::size_t index = 0; index < phaseMinutes.size(); ++index) {
        const int round = index < phaseRounds.size() ? phaseRounds[index] : -1;
        const int times = round >= 0 && round < static_cast<int>(rounds.size()) ? shape.roundsFor(rounds[static_cast<std::size_t>(round)], members) : 1;
        const MinuteRange once = phaseMinutes[index].forGroup(present);
        total += MinuteRange{once.min * times, once.max * times};
    }
    return total;
}

bool MethodOverview::suits(LearningStyle style) const
{
    return std::find(styles.begin(), styles.end(), style) != styles.end();
}

bool MethodOverview::needs(Condition condition) const
{
    return std::find(conditions.begin(), conditions.end(), condition) != conditions.end();
}

void encode(ByteWriter& out, const MethodOverview& overview)
{
    out.text(overview.id);
    out.i32(overview.version.major);
    out.i32(overview.version.minor);
    out.i32(overview.version.patch);
    out.u8(static_cast<std::uint8_t>(overview.kind));
    encode(out, overview.name);
    encode(out, overview.summary);
    out.i32(overview.groupSize.min);
    out.i32(overview.groupSize.max);
    out.i32(overview.groupSize.ideal);
    out.u8(overview.groupSize.open ? 1 : 0);
    encodeEnums(out, overview.styles);
    out.u8(static_cast<std::uint8_t>(overview.styleBasis));
    encodeTexts(out, overview.themes);
    encodeEnums(out, overview.conditions);
    out.u32(static_cast<std::uint32_t>(overview.phaseMinutes.size()));
    for (const auto& minutes : overview.phaseMinutes) {
        out.u8(static_cast<std::uint8_t>(minutes.kind));
        out.i32(minutes.min);
        out.i32(minutes.max);
        out.i32(minutes.perParticipant);
        out.text(minutes.counting);
        out.u32(static_cast<std::uint32_t>(minutes.participantsBySize.size()));
        for (int count : minutes.participantsBySize) out.i32(count);
    }
    encodeTexts(out, overview.sourceNames);
    out.u8(overview.ownMinutes ? 1 : 0);
    out.i32(overview.ownMinutes.value_or(MinuteRange{}).min);
    out.i32(overview.ownMinutes.value_or(MinuteRange{}).max);
    out.i32(overview.subgroupSize);
    out.u32(static_cast<std::uint32_t>(overview.phaseRounds.size()));
    for (int round : overview.phaseRounds) out.i32(round);
    out.u32(static_cast<std::uint32_t>(overview.rounds.size()));
    for (const Round& round : overview.rounds) {
        out.u8(static_cast<std::uint8_t>(round.repeat));
        out.u32(static_cast<std::uint32_t>(round.holdersBySize.size()));
        for (int count : round.holdersBySize) out.i32(count);
    }
}

bool decode(ByteReader& in, MethodOverview& overview)
{
    overview.id = in.text();
    overview.version = {in.i32(), in.i32(), in.i32()};
    bool valid = decodeEnum(in, overview.kind, MethodKind::block);
    decode(in, overview.name);
    decode(in, overview.summary);
    overview.groupSize = {in.i32(), in.i32(), in.i32()};
    overview.groupSize.open = in.u8() == 1;
    valid = valid && decodeEnums(in, overview.styles, LearningStyle::beslisser) &&
            decodeEnum(in, overview.styleBasis, StyleBasis::source);
    decodeTexts(in, overview.themes);
    valid = valid && decodeEnums(in, overview.conditions, Condition::trainedFacilitator);
    overview.phaseMinutes.resize(in.count(21));
    for (auto& minutes : overview.phaseMinutes) {
        valid = valid && decodeEnum(in, minutes.kind, PhaseDuration::Kind::perParticipant);
        minutes.min = in.i32();
        minutes.max = in.i32();
        minutes.perParticipant = in.i32();
        minutes.counting = in.text();
        minutes.participantsBySize.resize(in.count(4));
        for (int& count : minutes.participantsBySize) count = in.i32();
    }
    decodeTexts(in, overview.sourceNames);
    const bool hasOwnMinutes = in.u8() == 1;
    const MinuteRange own{in.i32(), in.i32()};
    overview.ownMinutes = hasOwnMinutes ? std::optional{own} : std::nullopt;
    overview.subgroupSize = in.i32();
    overview.phaseRounds.resize(in.count(4));
    for (int& round : overview.phaseRounds) round = in.i32();
    overview.rounds.resize(in.count(5));
    for (Round& round : overview.rounds) {
        valid = valid && decodeEnum(in, round.repeat, RoundRepeat::eachHolder);
        round.holdersBySize.resize(in.count(4));
        for (int& count : round.holdersBySize) count = in.i32();
    }
    return valid && !in.failed();
}

} // namespace palet
