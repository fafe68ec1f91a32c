#include "catalog/method_overview.hpp"

#include <algorithm>

namespace palet {
namespace {

// Numbers and lengths are varints and enums one byte: an overview is read for every method of a
// palette on every run, and kept for each of them in the metadata cache.

void encode(ByteWriter& out, const LocalizedText& text)
{
    out.shortText(text.nl);
    out.shortText(text.en);
    out.varint(text.others.size());
    for (const auto& [tag, written] : text.others) {
        out.shortText(tag);
        out.shortText(written);
    }
}

void decode(ByteReader& in, LocalizedText& text)
{
    text.nl = in.shortText();
    text.en = in.shortText();
    text.others.resize(in.shortCount(2));
    for (auto& [tag, written] : text.others) {
        tag = in.shortText();
        written = in.shortText();
    }
}

// Enums are stored as one byte; a value past the last one means damage.
template <typename Enum>
void encodeEnums(ByteWriter& out, const std::vector<Enum>& values)
{
    out.varint(values.size());
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
    values.resize(in.shortCount(1));
    for (Enum& value : values)
        if (!decodeEnum(in, value, last)) return false;
    return true;
}

void encodeTexts(ByteWriter& out, const std::vector<std::string>& values)
{
    out.varint(values.size());
    for (const auto& value : values) out.shortText(value);
}

void decodeTexts(ByteReader& in, std::vector<std::string>& values)
{
    values.resize(in.shortCount(1));
    for (auto& value : values) value = in.shortText();
}

// A phase's duration, every field of it: the one place the cache writes the SDK's PhaseDuration.
void encode(ByteWriter& out, const PhaseDuration& minutes)
{
    out.u8(static_cast<std::uint8_t>(minutes.kind));
    out.svarint(minutes.minSeconds);
    out.svarint(minutes.maxSeconds);
    out.svarint(minutes.perParticipantSeconds);
    out.shortText(minutes.counting);
    out.varint(minutes.participantsBySize.size());
    for (int count : minutes.participantsBySize) out.svarint(count);
}

bool decode(ByteReader& in, PhaseDuration& minutes)
{
    const bool valid = decodeEnum(in, minutes.kind, PhaseDuration::Kind::perParticipant);
    minutes.minSeconds = in.smallInt();
    minutes.maxSeconds = in.smallInt();
    minutes.perParticipantSeconds = in.smallInt();
    minutes.counting = in.shortText();
    minutes.participantsBySize.resize(in.shortCount(1));
    for (int& count : minutes.participantsBySize) count = in.smallInt();
    return valid;
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
    // The same reckoning as MethodSpec::phaseSecondsFor, from what the overview keeps.
    MethodSpec shape;
    shape.subgroupSize = subgroupSize;
    const int present = shape.largestSubgroup(members);
    SecondRange total;
    for (std::size_t index = 0; index < phaseMinutes.size(); ++index) {
        const int round = index < phaseRounds.size() ? phaseRounds[index] : -1;
        const int times = round >= 0 && round < static_cast<int>(rounds.size()) ? shape.roundsFor(rounds[static_cast<std::size_t>(round)], members) : 1;
        const SecondRange once = phaseMinutes[index].secondsFor(present);
        total += SecondRange{once.min * times, once.max * times};
    }
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
    out.shortText(overview.id);
    out.svarint(overview.version.major);
    out.svarint(overview.version.minor);
    out.svarint(overview.version.patch);
    out.u8(static_cast<std::uint8_t>(overview.kind));
    encode(out, overview.name);
    encode(out, overview.summary);
    out.svarint(overview.groupSize.min);
    out.svarint(overview.groupSize.max);
    out.svarint(overview.groupSize.ideal);
    out.u8(overview.groupSize.open ? 1 : 0);
    encodeEnums(out, overview.styles);
    out.u8(static_cast<std::uint8_t>(overview.styleBasis));
    encodeTexts(out, overview.themes);
    encodeEnums(out, overview.conditions);
    out.varint(overview.phaseMinutes.size());
    for (const auto& minutes : overview.phaseMinutes) encode(out, minutes);
    encodeTexts(out, overview.sourceNames);
    out.u8(overview.ownMinutes ? 1 : 0);
    if (overview.ownMinutes) {
        out.svarint(overview.ownMinutes->min);
        out.svarint(overview.ownMinutes->max);
    }
    out.svarint(overview.subgroupSize);
    out.varint(overview.phaseRounds.size());
    for (int round : overview.phaseRounds) out.svarint(round);
    out.varint(overview.rounds.size());
    for (const Round& round : overview.rounds) {
        out.u8(static_cast<std::uint8_t>(round.repeat));
        out.varint(round.holdersBySize.size());
        for (int count : round.holdersBySize) out.svarint(count);
    }
}

bool decode(ByteReader& in, MethodOverview& overview)
{
    overview.id = in.shortText();
    overview.version = {in.smallInt(), in.smallInt(), in.smallInt()};
    bool valid = decodeEnum(in, overview.kind, MethodKind::block);
    decode(in, overview.name);
    decode(in, overview.summary);
    overview.groupSize = {in.smallInt(), in.smallInt(), in.smallInt()};
    overview.groupSize.open = in.u8() == 1;
    valid = valid && decodeEnums(in, overview.styles, LearningStyle::beslisser) &&
            decodeEnum(in, overview.styleBasis, StyleBasis::source);
    decodeTexts(in, overview.themes);
    valid = valid && decodeEnums(in, overview.conditions, Condition::trainedFacilitator);
    overview.phaseMinutes.resize(in.shortCount(5));
    for (auto& minutes : overview.phaseMinutes) valid = valid && decode(in, minutes);
    decodeTexts(in, overview.sourceNames);
    overview.ownMinutes.reset();
    if (in.u8() == 1) overview.ownMinutes = MinuteRange{in.smallInt(), in.smallInt()};
    overview.subgroupSize = in.smallInt();
    overview.phaseRounds.resize(in.shortCount(1));
    for (int& round : overview.phaseRounds) round = in.smallInt();
    overview.rounds.resize(in.shortCount(2));
    for (Round& round : overview.rounds) {
        valid = valid && decodeEnum(in, round.repeat, RoundRepeat::eachHolder);
        round.holdersBySize.resize(in.shortCount(1));
        for (int& count : round.holdersBySize) count = in.smallInt();
    }
    return valid && !in.failed();
}

} // namespace palet
