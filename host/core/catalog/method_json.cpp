#include "catalog/method_json.hpp"

#include <QJsonArray>

namespace palet {
namespace {

QString text(const LocalizedText& value, Language language) { return QString::fromStdString(value.in(language)); }

QString str(std::string_view value) { return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size())); }

QJsonObject range(const MinuteRange& minutes) { return {{"min", minutes.min}, {"max", minutes.max}}; }

QJsonObject duration(const PhaseDuration& minutes)
{
    switch (minutes.kind) {
    case PhaseDuration::Kind::fixed: return {{"kind", "fixed"}, {"minutes", minutes.min}};
    case PhaseDuration::Kind::range: return {{"kind", "range"}, {"min", minutes.min}, {"max", minutes.max}};
    case PhaseDuration::Kind::perParticipant:
        return {{"kind", "per_participant"}, {"per_participant", minutes.perParticipant},
                {"min", minutes.min}, {"max", minutes.max}};
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

QJsonObject methodSummaryJson(const CatalogEntry& entry, int groupSize, Language language)
{
    const MethodSpec& spec = entry.spec;
    QJsonArray styles;
    for (LearningStyle style : spec.styles) styles.append(str(learningStyleId(style)));
    QJsonArray conditions;
    for (Condition condition : spec.conditions) conditions.append(str(conditionId(condition)));

    return {
        {"id", QString::fromStdString(spec.id)},
        {"version", QString::fromStdString(spec.version.toString())},
        {"kind", spec.kind == MethodKind::block ? "block" : "method"},
        {"name", text(spec.name, language)},
        {"summary", text(spec.summary, language)},
        {"minutes", range(spec.minutesFor(groupSize))},
        {"minutes_for_group_size", groupSize},
        {"group_size", QJsonObject{{"min", spec.groupSize.min}, {"max", spec.groupSize.max}, {"ideal", spec.groupSize.ideal}}},
        {"styles", styles},
        {"styles_basis", spec.styleBasis == StyleBasis::source ? "source" : "judgement"},
        {"themes", strings(spec.themes)},
        {"conditions", conditions},
        {"languages", [&] {
             QJsonArray languages;
             if (!spec.name.nl.empty()) languages.append("nl");
             if (!spec.name.en.empty()) languages.append("en");
             return languages;
         }()},
        {"origin", [&] {
             QJsonObject origin{{"kind", str(originKindId(entry.origin.kind))},
                                {"path", QString::fromStdString(entry.origin.path)},
                                {"source", QString::fromStdString(entry.origin.source)}};
             if (!entry.origin.manifest.empty()) origin["manifest"] = QString::fromStdString(entry.origin.manifest);
             return origin;
         }()},
    };
}

QJsonObject methodDetailJson(const CatalogEntry& entry, int groupSize, Language language)
{
    const MethodSpec& spec = entry.spec;
    QJsonObject result = methodSummaryJson(entry, groupSize, language);
    result["description"] = text(spec.description, language);
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
    for (const auto& role : spec.roles)
        roles.append(QJsonObject{{"id", QString::fromStdString(role.id)},
                                 {"name", text(role.name, language)},
                                 {"description", text(role.description, language)},
                                 {"holders", str(roleHoldersId(role.holders))}});
    result["roles"] = roles;

    QJsonArray phases;
    int startMin = 0;
    int startMax = 0;
    for (const auto& phase : spec.phases) {
        const MinuteRange minutes = phase.minutes.forGroup(groupSize);
        QJsonObject instructions;
        for (const auto& instruction : phase.instructions)
            instructions[QString::fromStdString(instruction.roleId)] = text(instruction.text, language);
        QJsonArray materials;
        for (const auto& material : phase.materials) materials.append(text(material, language));
        phases.append(QJsonObject{{"id", QString::fromStdString(phase.id)},
                                  {"name", text(phase.name, language)},
                                  {"description", text(phase.description, language)},
                                  {"minutes", range(minutes)},
                                  {"duration", duration(phase.minutes)},
                                  {"starts_at", range({startMin, startMax})},
                                  {"instructions", instructions},
                                  {"speakers", strings(phase.speakers)},
                                  {"materials", materials}});
        startMin += minutes.min;
        startMax += minutes.max;
    }
    result["phases"] = phases;
    return result;
}

} // namespace palet
