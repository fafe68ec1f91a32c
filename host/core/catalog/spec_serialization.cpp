#include "catalog/spec_serialization.hpp"

#include <string>
#include <vector>

namespace palet {
namespace {

// Each type is written and read by one function pair, field by field in declaration order.
// Declared first so that the templates below find every one of them.
void write(QDataStream& out, const LocalizedText& text);
void read(QDataStream& in, LocalizedText& text);
void write(QDataStream& out, const std::pair<std::string, std::string>& tagged);
void read(QDataStream& in, std::pair<std::string, std::string>& tagged);
void write(QDataStream& out, const Attribution& source);
void read(QDataStream& in, Attribution& source);
void write(QDataStream& out, const Role& role);
void read(QDataStream& in, Role& role);
void write(QDataStream& out, const RoleInstruction& instruction);
void read(QDataStream& in, RoleInstruction& instruction);
void write(QDataStream& out, const PhaseDuration& minutes);
void read(QDataStream& in, PhaseDuration& minutes);
void write(QDataStream& out, const Phase& phase);
void read(QDataStream& in, Phase& phase);
void write(QDataStream& out, const Round& round);
void read(QDataStream& in, Round& round);

void write(QDataStream& out, const std::string& text)
{
    out << static_cast<quint32>(text.size());
    out.writeRawData(text.data(), static_cast<int>(text.size()));
}
void read(QDataStream& in, std::string& text)
{
    quint32 size = 0;
    in >> size;
    if (size > (1u << 24)) { // no field of a 1 MiB script is larger; the cache is damaged
        in.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    text.resize(size);
    if (in.readRawData(text.data(), static_cast<int>(size)) != static_cast<int>(size)) in.setStatus(QDataStream::ReadPastEnd);
}

void write(QDataStream& out, bool value) { out << static_cast<quint8>(value ? 1 : 0); }
void read(QDataStream& in, bool& value)
{
    quint8 stored = 0;
    in >> stored;
    if (stored > 1) in.setStatus(QDataStream::ReadCorruptData);
    value = stored == 1;
}

void write(QDataStream& out, int value) { out << static_cast<qint32>(value); }
void read(QDataStream& in, int& value)
{
    qint32 stored = 0;
    in >> stored;
    value = stored;
}

template <typename Enum>
    requires std::is_enum_v<Enum>
void write(QDataStream& out, Enum value)
{
    write(out, static_cast<int>(value));
}
template <typename Enum>
    requires std::is_enum_v<Enum>
void read(QDataStream& in, Enum& value)
{
    int stored = 0;
    read(in, stored);
    value = static_cast<Enum>(stored);
}

template <typename Item>
void write(QDataStream& out, const std::vector<Item>& items)
{
    write(out, static_cast<int>(items.size()));
    for (const auto& item : items) write(out, item);
}
template <typename Item>
void read(QDataStream& in, std::vector<Item>& items)
{
    int size = 0;
    read(in, size);
    if (size < 0 || size > 100000) {
        in.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    items.resize(static_cast<std::size_t>(size));
    for (auto& item : items) read(in, item);
}

template <typename... Fields>
void writeAll(QDataStream& out, const Fields&... fields)
{
    (write(out, fields), ...);
}
template <typename... Fields>
void readAll(QDataStream& in, Fields&... fields)
{
    (read(in, fields), ...);
}

void write(QDataStream& out, const std::pair<std::string, std::string>& tagged) { writeAll(out, tagged.first, tagged.second); }
void read(QDataStream& in, std::pair<std::string, std::string>& tagged) { readAll(in, tagged.first, tagged.second); }

void write(QDataStream& out, const LocalizedText& text) { writeAll(out, text.nl, text.en, text.others); }
void read(QDataStream& in, LocalizedText& text) { readAll(in, text.nl, text.en, text.others); }

void write(QDataStream& out, const Attribution& source)
{
    writeAll(out, source.author, source.title, source.publisher, source.year, source.url, source.note);
}
void read(QDataStream& in, Attribution& source)
{
    readAll(in, source.author, source.title, source.publisher, source.year, source.url, source.note);
}

void write(QDataStream& out, const Role& role)
{
    writeAll(out, role.id, role.name, role.description, role.holders, role.fewest, role.most, role.chosenIn);
}
void read(QDataStream& in, Role& role)
{
    readAll(in, role.id, role.name, role.description, role.holders, role.fewest, role.most, role.chosenIn);
}

void write(QDataStream& out, const RoleInstruction& instruction) { writeAll(out, instruction.roleId, instruction.text); }
void read(QDataStream& in, RoleInstruction& instruction) { readAll(in, instruction.roleId, instruction.text); }

void write(QDataStream& out, const PhaseDuration& minutes)
{
    writeAll(out, minutes.kind, minutes.minSeconds, minutes.maxSeconds, minutes.perParticipantSeconds, minutes.counting, minutes.participantsBySize);
}
void read(QDataStream& in, PhaseDuration& minutes)
{
    readAll(in, minutes.kind, minutes.minSeconds, minutes.maxSeconds, minutes.perParticipantSeconds, minutes.counting, minutes.participantsBySize);
}

void write(QDataStream& out, const Phase& phase)
{
    writeAll(out, phase.id, phase.name, phase.description, phase.minutes, phase.instructions, phase.speakers, phase.materials,
             phase.silent, phase.backTurned, phase.absent, phase.inclusion);
}
void read(QDataStream& in, Phase& phase)
{
    readAll(in, phase.id, phase.name, phase.description, phase.minutes, phase.instructions, phase.speakers, phase.materials,
            phase.silent, phase.backTurned, phase.absent, phase.inclusion);
}

void write(QDataStream& out, const Round& round)
{
    writeAll(out, round.id, round.name, round.description, round.phaseIds, round.repeat, round.holdersOf, round.rotates,
             round.holdersBySize);
}
void read(QDataStream& in, Round& round)
{
    readAll(in, round.id, round.name, round.description, round.phaseIds, round.repeat, round.holdersOf, round.rotates,
            round.holdersBySize);
}

} // namespace

QDataStream& operator<<(QDataStream& out, const MethodSpec& spec)
{
    writeAll(out, spec.id, spec.version.major, spec.version.minor, spec.version.patch, spec.kind, spec.name, spec.summary,
             spec.description, spec.notes, spec.sources, spec.styles, spec.styleBasis, spec.themes, spec.groupSize.min,
             spec.groupSize.max, spec.groupSize.ideal, spec.groupSize.open, spec.conditions, spec.roles, spec.phases);
    writeAll(out, spec.ownMinutes.has_value(), spec.ownMinutes.value_or(MinuteRange{}).min, spec.ownMinutes.value_or(MinuteRange{}).max);
    writeAll(out, spec.rounds, spec.subgroupSize);
    return out;
}

QDataStream& operator>>(QDataStream& in, MethodSpec& spec)
{
    readAll(in, spec.id, spec.version.major, spec.version.minor, spec.version.patch, spec.kind, spec.name, spec.summary,
            spec.description, spec.notes, spec.sources, spec.styles, spec.styleBasis, spec.themes, spec.groupSize.min,
            spec.groupSize.max, spec.groupSize.ideal, spec.groupSize.open, spec.conditions, spec.roles, spec.phases);
    bool hasOwnMinutes = false;
    MinuteRange own;
    readAll(in, hasOwnMinutes, own.min, own.max);
    spec.ownMinutes = hasOwnMinutes ? std::optional{own} : std::nullopt;
    readAll(in, spec.rounds, spec.subgroupSize);
    return in;
}

QDataStream& operator<<(QDataStream& out, const Diagnostic& diagnostic)
{
    writeAll(out, diagnostic.file, diagnostic.line, diagnostic.column, diagnostic.message);
    return out;
}

QDataStream& operator>>(QDataStream& in, Diagnostic& diagnostic)
{
    readAll(in, diagnostic.file, diagnostic.line, diagnostic.column, diagnostic.message);
    return in;
}

} // namespace palet
