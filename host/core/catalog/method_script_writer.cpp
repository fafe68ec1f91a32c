#include "catalog/method_script_writer.hpp"

#include "catalog/time_notation.hpp"

#include <yaml-cpp/yaml.h>

#include <sstream>

namespace palet {
namespace {

void textMap(YAML::Emitter& out, const LocalizedText& value)
{
    out << YAML::Flow << YAML::BeginMap;
    if (!value.nl.empty()) out << YAML::Key << "nl" << YAML::Value << value.nl;
    if (!value.en.empty()) out << YAML::Key << "en" << YAML::Value << value.en;
    for (const auto& [tag, written] : value.others)
        if (!written.empty()) out << YAML::Key << tag << YAML::Value << written;
    out << YAML::EndMap;
}

void text(YAML::Emitter& out, const char* key, const LocalizedText& value)
{
    if (value.empty()) return;
    out << YAML::Key << key << YAML::Value;
    textMap(out, value);
}

void minuteRange(YAML::Emitter& out, const MinuteRange& range)
{
    if (range.isFixed()) {
        out << range.min;
        return;
    }
    out << YAML::Flow << YAML::BeginMap << YAML::Key << "min" << YAML::Value << range.min << YAML::Key << "max"
        << YAML::Value << range.max << YAML::EndMap;
}

bool hasOtherLanguages(const LocalizedText& text) { return !text.others.empty(); }

// Whether the method says anything only format 2 can: then the script must say `format: 2`.
bool needsFormat2(const MethodSpec& method)
{
    if (method.ownMinutes || method.groupSize.open || !method.rounds.empty() || method.subgroupSize > 0) return true;
    for (const auto* text : {&method.name, &method.summary, &method.description, &method.notes})
        if (hasOtherLanguages(*text)) return true;
    for (const Attribution& source : method.sources)
        if (hasOtherLanguages(source.note)) return true;
    for (const Role& role : method.roles)
        if (role.holders == RoleHolders::counted || role.chosenDuringSession() || hasOtherLanguages(role.name)
            || hasOtherLanguages(role.description))
            return true;
    for (const Phase& phase : method.phases) {
        if (phase.silent || !phase.absent.empty() || !phase.backTurned.empty() || phase.inclusion != Inclusion::always
            || !phase.minutes.counting.empty() || !phase.minutes.inWholeMinutes() || hasOtherLanguages(phase.name) || hasOtherLanguages(phase.description))
            return true;
        for (const RoleInstruction& instruction : phase.instructions)
            if (hasOtherLanguages(instruction.text)) return true;
        for (const LocalizedText& material : phase.materials)
            if (hasOtherLanguages(material)) return true;
    }
    return false;
}

void plain(YAML::Emitter& out, const char* key, const std::string& value)
{
    if (!value.empty()) out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << value;
}

template <typename Values, typename Id>
void list(YAML::Emitter& out, const char* key, const Values& values, Id id)
{
    if (values.empty()) return;
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const auto& value : values) out << std::string{id(value)};
    out << YAML::EndSeq;
}

// A time as the script writes it: 7, 7.5, "7:20" or 30s.
void time(YAML::Emitter& out, int seconds)
{
    const TimeWriting written = writtenTime(seconds);
    if (written.quoted) out << YAML::DoubleQuoted;
    out << written.text;
}

void minutes(YAML::Emitter& out, const PhaseDuration& duration)
{
    out << YAML::Key << "minutes" << YAML::Value;
    switch (duration.kind) {
    case PhaseDuration::Kind::fixed: time(out, duration.minSeconds); return;
    case PhaseDuration::Kind::range:
        out << YAML::Flow << YAML::BeginMap << YAML::Key << "min" << YAML::Value;
        time(out, duration.minSeconds);
        out << YAML::Key << "max" << YAML::Value;
        time(out, duration.maxSeconds);
        out << YAML::EndMap;
        return;
    case PhaseDuration::Kind::perParticipant:
        out << YAML::Flow << YAML::BeginMap << YAML::Key << "per_participant" << YAML::Value;
        time(out, duration.perParticipantSeconds);
        if (!duration.counting.empty()) out << YAML::Key << "counting" << YAML::Value << duration.counting;
        out << YAML::Key << "min" << YAML::Value;
        time(out, duration.minSeconds);
        out << YAML::Key << "max" << YAML::Value;
        time(out, duration.maxSeconds);
        out << YAML::EndMap;
        return;
    }
}

void phase(YAML::Emitter& out, const Phase& phase)
{
    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << phase.id;
    text(out, "name", phase.name);
    text(out, "description", phase.description);
    minutes(out, phase.minutes);
    out << YAML::Key << "instructions" << YAML::Value << YAML::BeginMap;
    for (const RoleInstruction& instruction : phase.instructions) text(out, instruction.roleId.c_str(), instruction.text);
    out << YAML::EndMap;
    const auto role = [](const std::string& roleId) { return roleId; };
    if (phase.silent)
        out << YAML::Key << "speakers" << YAML::Value << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
    else
        list(out, "speakers", phase.speakers, role);
    list(out, "absent", phase.absent, role);
    list(out, "back_turned", phase.backTurned, role);
    if (phase.inclusion != Inclusion::always)
        out << YAML::Key << "optional" << YAML::Value << (phase.inclusion == Inclusion::unlessLeftOut ? "included" : "left-out");
    if (!phase.materials.empty()) {
        out << YAML::Key << "materials" << YAML::Value << YAML::BeginSeq;
        for (const LocalizedText& material : phase.materials) textMap(out, material);
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
}

// A round in the list of phases, in place of its first phase, with its phases inside it.
void round(YAML::Emitter& out, const Round& round, const MethodSpec& method)
{
    out << YAML::BeginMap << YAML::Key << "round" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << round.id;
    text(out, "name", round.name);
    text(out, "description", round.description);
    out << YAML::Key << "for_each" << YAML::Value
        << (round.repeat == RoundRepeat::eachHolder ? round.holdersOf : std::string{"member"});
    if (!round.rotates.empty()) out << YAML::Key << "rotates" << YAML::Value << round.rotates;
    out << YAML::Key << "phases" << YAML::Value << YAML::BeginSeq;
    for (const Phase& each : method.phases)
        if (round.holds(each.id)) phase(out, each);
    out << YAML::EndSeq;
    out << YAML::EndMap << YAML::EndMap;
}

} // namespace

std::string methodScriptYaml(const MethodSpec& method, const std::string& pluginLibrary, const std::string& comment)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    if (needsFormat2(method)) out << YAML::Key << "format" << YAML::Value << 2;
    out << YAML::Key << "id" << YAML::Value << method.id;
    out << YAML::Key << "version" << YAML::Value << method.version.toString();
    if (!pluginLibrary.empty())
        out << YAML::Key << "plugin" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "library"
            << YAML::Value << pluginLibrary << YAML::EndMap;
    if (method.kind == MethodKind::block) out << YAML::Key << "kind" << YAML::Value << "block";
    text(out, "name", method.name);
    text(out, "summary", method.summary);
    text(out, "description", method.description);
    text(out, "notes", method.notes);
    if (!method.sources.empty()) {
        out << YAML::Key << "sources" << YAML::Value << YAML::BeginSeq;
        for (const Attribution& source : method.sources) {
            out << YAML::BeginMap;
            plain(out, "author", source.author);
            plain(out, "title", source.title);
            plain(out, "publisher", source.publisher);
            plain(out, "year", source.year);
            plain(out, "url", source.url);
            text(out, "note", source.note);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    list(out, "styles", method.styles, learningStyleId);
    if (method.styleBasis == StyleBasis::source) out << YAML::Key << "styles_basis" << YAML::Value << "source";
    list(out, "themes", method.themes, [](const std::string& theme) { return theme; });
    out << YAML::Key << "group_size" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "min" << YAML::Value
        << method.groupSize.min;
    if (!method.groupSize.open) out << YAML::Key << "max" << YAML::Value << method.groupSize.max;
    out << YAML::Key << "ideal" << YAML::Value << method.groupSize.ideal << YAML::EndMap;
    if (method.ownMinutes) {
        out << YAML::Key << "minutes" << YAML::Value;
        minuteRange(out, *method.ownMinutes);
    }
    if (method.subgroupSize > 0)
        out << YAML::Key << "subgroups" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "size"
            << YAML::Value << method.subgroupSize << YAML::EndMap;
    list(out, "conditions", method.conditions, conditionId);
    out << YAML::Key << "roles" << YAML::Value << YAML::BeginSeq;
    for (const Role& role : method.roles) {
        out << YAML::BeginMap << YAML::Key << "id" << YAML::Value << role.id;
        text(out, "name", role.name);
        text(out, "description", role.description);
        out << YAML::Key << "holders" << YAML::Value;
        if (role.holders == RoleHolders::counted)
            out << YAML::Flow << YAML::BeginMap << YAML::Key << "min" << YAML::Value << role.fewest << YAML::Key << "max"
                << YAML::Value << role.most << YAML::EndMap;
        else
            out << std::string{roleHoldersId(role.holders)};
        if (role.chosenDuringSession()) out << YAML::Key << "chosen_in" << YAML::Value << role.chosenIn;
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::Key << "phases" << YAML::Value << YAML::BeginSeq;
    for (const Phase& each : method.phases) {
        const Round* repeating = method.roundOf(each.id);
        if (!repeating)
            phase(out, each);
        else if (repeating->phaseIds.front() == each.id)
            round(out, *repeating, method);
    }
    out << YAML::EndSeq;
    out << YAML::EndMap;

    std::ostringstream script;
    std::istringstream lines{comment};
    for (std::string line; std::getline(lines, line);) script << "# " << line << '\n';
    script << out.c_str() << '\n';
    return script.str();
}

} // namespace palet
