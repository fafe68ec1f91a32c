#include "catalog/method_json.hpp"

#include <QJsonArray>
#include <QJsonDocument>

namespace palet {
namespace {

QString text(const LocalizedText& value, Language language) { return QString::fromStdString(value.in(language)); }

QString str(std::string_view value) { return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size())); }

QJsonObject range(const MinuteRange& minutes) { return {{"min", minutes.min}, {"max", minutes.max}}; }

// Seconds as minutes: a whole number when whole (7), else a fraction (7.5).
double inMinutes(int seconds) { return static_cast<double>(seconds) / secondsPerMinute; }

// In minutes (7.5), with the exact seconds beside them.
QJsonObject range(const SecondRange& seconds)
{
    return {{"min", inMinutes(seconds.min)}, {"max", inMinutes(seconds.max)}, {"min_seconds", seconds.min}, {"max_seconds", seconds.max}};
}

QJsonObject duration(const PhaseDuration& minutes)
{
    switch (minutes.kind) {
    case PhaseDuration::Kind::fixed:
        return {{"kind", "fixed"}, {"minutes", inMinutes(minutes.minSeconds)}, {"seconds", minutes.minSeconds}};
    case PhaseDuration::Kind::range:
        return {{"kind", "range"}, {"min", inMinutes(minutes.minSeconds)}, {"max", inMinutes(minutes.maxSeconds)},
                {"min_seconds", minutes.minSeconds}, {"max_seconds", minutes.maxSeconds}};
    case PhaseDuration::Kind::perParticipant:
        return {{"kind", "per_participant"}, {"per_participant", inMinutes(minutes.perParticipantSeconds)},
                {"per_participant_seconds", minutes.perParticipantSeconds},
                {"min", inMinutes(minutes.minSeconds)}, {"max", inMinutes(minutes.maxSeconds)},
                {"min_seconds", minutes.minSeconds}, {"max_seconds", minutes.maxSeconds},
                {"counting", minutes.counting.empty() ? QJsonValue::Null : QJsonValue{QString::fromStdString(minutes.counting)}}};
    }
    return {};
}

QJsonArray strings(const std::vector<std::string>& values)
{
    QJsonArray array;
    for (const auto& value : values) array.append(QString::fromStdString(value));
    return array;
}

} // namespace

QJsonObject phaseDurationJson(const PhaseDuration& minutes) { return duration(minutes); }

void writeSummaryMembers(JsonWriter& out, const MethodOverview& method, Language language)
{
    const auto array = [&](const auto& values, auto id) {
        out.beginArray();
        for (const auto& value : values) out.value(id(value));
        out.endArray();
    };
    out.key("conditions");
    array(method.conditions, conditionId);
    out.key("group_size");
    out.beginObject();
    out.key("ideal");
    out.value(method.groupSize.ideal);
    out.key("max");
    out.value(method.groupSize.max);
    out.key("min");
    out.value(method.groupSize.min);
    out.key("open");
    out.value(method.groupSize.open);
    out.endObject();
    out.key("id");
    out.value(method.id);
    out.key("kind");
    out.value(method.kind == MethodKind::block ? "block" : "method");
    out.key("languages");
    out.beginArray();
    if (!method.name.nl.empty()) out.value("nl");
    if (!method.name.en.empty()) out.value("en");
    for (const auto& [tag, written] : method.name.others)
        if (!written.empty()) out.value(tag);
    out.endArray();
    out.key("name");
    out.value(method.name.in(language));
    out.key("styles");
    array(method.styles, learningStyleId);
    out.key("styles_basis");
    out.value(method.styleBasis == StyleBasis::source ? "source" : "judgement");
    out.key("summary");
    out.value(method.summary.in(language));
    out.key("themes");
    array(method.themes, [](const std::string& theme) -> std::string_view { return theme; });
    out.key("version");
    out.value(method.version.toString());
}

void writeMethodSummary(JsonWriter& out, const CatalogEntry& entry, int groupSize, Language language)
{
    out.beginObject();
    writeSummaryMembers(out, entry.overview(), language);
    const MinuteRange minutes = entry.overview().minutesFor(groupSize);
    out.key("minutes");
    out.beginObject();
    out.key("max");
    out.value(minutes.max);
    out.key("min");
    out.value(minutes.min);
    out.endObject();
    out.key("minutes_for_group_size");
    out.value(groupSize);
    out.key("origin");
    out.beginObject();
    out.key("kind");
    out.value(originKindId(entry.origin));
    if (!entry.origin.manifest.empty()) {
        out.key("manifest");
        out.value(entry.origin.manifest);
    }
    if (!entry.origin.pack.empty()) {
        out.key("pack");
        out.value(entry.origin.pack);
    }
    out.key("path");
    out.value(entry.origin.path);
    if (!entry.origin.pack.empty()) {
        out.key("publisher");
        out.value(entry.origin.publisher);
    }
    out.key("source");
    out.value(entry.origin.source);
    out.endObject();
    out.endObject();
}

QJsonObject methodDetailJson(const CatalogEntry& entry, int groupSize, Language language)
{
    const MethodSpec& spec = entry.spec();
    JsonWriter summary{JsonWriter::Layout::compact};
    writeMethodSummary(summary, entry, groupSize, language);
    QJsonObject result = QJsonDocument::fromJson(QByteArray::fromStdString(summary.text())).object();
    result["description"] = text(spec.description, language);
    result["own_minutes"] = spec.ownMinutes ? QJsonValue{range(*spec.ownMinutes)} : QJsonValue::Null;
    result["notes"] = text(spec.notes, language);

    QJsonArray sources;
    for (const auto& source : spec.sources)
        sources.append(QJsonObject{{"author", QString::fromStdString(source.author)},
                                   {"title", QString::fromStdString(source.title)},
                                   {"publisher", QString::fromStdString(source.publisher)},
                                   {"year", QString::fromStdString(source.year)},
                                   {"url", QString::fromStdString(source.url)},
                                   {"note", text(source.note, language)}});
    result["sources"] = sources;

    QJsonArray roles;
    for (const auto& role : spec.roles) {
        QJsonObject object{{"id", QString::fromStdString(role.id)},
                           {"name", text(role.name, language)},
                           {"description", text(role.description, language)},
                           {"holders", str(roleHoldersId(role.holders))}};
        if (role.holders == RoleHolders::counted) {
            object["holders_min"] = role.fewest;
            object["holders_max"] = role.most;
        }
        object["chosen_in"] = role.chosenDuringSession() ? QJsonValue{QString::fromStdString(role.chosenIn)} : QJsonValue::Null;
        roles.append(object);
    }
    result["roles"] = roles;

    QJsonArray phases;
    SecondRange start;
    for (const auto& phase : spec.phases) {
        const SecondRange seconds = phase.minutes.secondsFor(spec.largestSubgroup(groupSize));
        const Round* round = spec.roundOf(phase.id);
        QJsonObject instructions;
        for (const auto& instruction : phase.instructions)
            instructions[QString::fromStdString(instruction.roleId)] = text(instruction.text, language);
        QJsonArray materials;
        for (const auto& material : phase.materials) materials.append(text(material, language));
        phases.append(QJsonObject{{"id", QString::fromStdString(phase.id)},
                                  {"name", text(phase.name, language)},
                                  {"description", text(phase.description, language)},
                                  {"minutes", range(seconds)},
                                  {"duration", duration(phase.minutes)},
                                  {"starts_at", range(start)},
                                  {"instructions", instructions},
                                  {"speakers", strings(phase.speakers)},
                                  {"silent", phase.silent},
                                  {"absent", strings(phase.absent)},
                                  {"back_turned", strings(phase.backTurned)},
                                  {"optional", phase.inclusion == Inclusion::always         ? QJsonValue::Null
                                               : phase.inclusion == Inclusion::unlessLeftOut ? QJsonValue{"included"}
                                                                                             : QJsonValue{"left-out"}},
                                  {"materials", materials},
                                  {"round", round ? QJsonValue{QString::fromStdString(round->id)} : QJsonValue::Null}});
        if (!phase.runsUnlessChosenOtherwise()) continue; // not counted in the others' start
        start += seconds;
        // The phases after a round start once all its rounds are over.
        const int times = round && round->phaseIds.back() == phase.id ? spec.roundsFor(*round, groupSize) : 1;
        if (times > 1)
            for (const auto& repeated : spec.phases)
                if (round->holds(repeated.id) && repeated.runsUnlessChosenOtherwise()) {
                    const SecondRange once = repeated.minutes.secondsFor(spec.largestSubgroup(groupSize));
                    start += SecondRange{(times - 1) * once.min, (times - 1) * once.max};
                }
    }
    result["phases"] = phases;
    QJsonArray rounds;
    for (const Round& round : spec.rounds)
        rounds.append(QJsonObject{{"id", QString::fromStdString(round.id)},
                                  {"name", text(round.name, language)},
                                  {"description", text(round.description, language)},
                                  {"for_each", round.repeat == RoundRepeat::eachHolder ? QString::fromStdString(round.holdersOf) : QString{"member"}},
                                  {"rotates", round.rotates.empty() ? QJsonValue::Null : QJsonValue{QString::fromStdString(round.rotates)}},
                                  {"phases", strings(round.phaseIds)},
                                  {"rounds", spec.roundsFor(round, groupSize)}});
    result["rounds"] = rounds;
    result["subgroup_size"] = spec.subgroupSize > 0 ? QJsonValue{spec.subgroupSize} : QJsonValue::Null;
    return result;
}

} // namespace palet
