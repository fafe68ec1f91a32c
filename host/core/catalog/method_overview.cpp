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
    for (const auto& phase : spec.phases)
        if (phase.runsUnlessChosenOtherwise()) overview.phaseMinutes.push_back(phase.minutes);
    for (const auto& source : spec.sources)
        for (const auto* field : {&source.author, &source.title, &source.publisher})
            if (!field->empty()) overview.sourceNames.push_back(*field);
    overview.ownMinutes = spec.ownMinutes;
    return overview;
}

MinuteRange MethodOverview::minutesFor(int members) const
{
    if (ownMinutes) return *ownMinutes;
    SecondRange total;
    for (const auto& minutes : phaseMinutes) total += minutes.secondsFor(members);
    return total.inWholeMinutes();
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
        out.i32(minutes.minSeconds);
        out.i32(minutes.maxSeconds);
        out.i32(minutes.perParticipantSeconds);
        out.text(minutes.counting);
        out.u32(static_cast<std::uint32_t>(minutes.participantsBySize.size()));
        for (int count : minutes.participantsBySize) out.i32(count);
    }
    encodeTexts(out, overview.sourceNames);
    out.u8(overview.ownMinutes ? 1 : 0);
    out.i32(overview.ownMinutes.value_or(MinuteRange{}).min);
    out.i32(overview.ownMinutes.value_or(MinuteRange{}).max);
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
        minutes.minSeconds = in.i32();
        minutes.maxSeconds = in.i32();
        minutes.perParticipantSeconds = in.i32();
        minutes.counting = in.text();
        minutes.participantsBySize.resize(in.count(4));
        for (int& count : minutes.participantsBySize) count = in.i32();
    }
    decodeTexts(in, overview.sourceNames);
    const bool hasOwnMinutes = in.u8() == 1;
    const MinuteRange own{in.i32(), in.i32()};
    overview.ownMinutes = hasOwnMinutes ? std::optional{own} : std::nullopt;
    return valid && !in.failed();
}

} // namespace palet
