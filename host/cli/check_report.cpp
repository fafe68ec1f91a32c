#include "check_report.hpp"

#include "cli_context.hpp"

#include "catalog/method_json.hpp"
#include "handout/handout_labels.hpp"
#include "session/session_plan.hpp"
#include "text/method_figures.hpp"
#include "translate.hpp"

#include <QJsonArray>

#include <algorithm>

namespace palet::cli {
namespace {

QString text(const LocalizedText& value, Language language) { return qs(value.in(language)); }

const std::vector<std::string>* holdersOf(const CheckedMethod& checked, const std::string& roleId)
{
    for (const auto& role : checked.roles)
        if (role.roleId == roleId) return &role.members;
    return nullptr;
}

QJsonArray strings(const std::vector<std::string>& values)
{
    QJsonArray array;
    for (const auto& value : values) array.append(qs(value));
    return array;
}

} // namespace

CheckedMethod checkedMethod(const CatalogEntry& entry, MethodSpec spec, int members, int minutesAvailable,
                            std::vector<std::string> names, const std::string& owner)
{
    CheckedMethod checked{&entry, std::move(spec), members, minutesAvailable, std::move(names), {}, {}, {}};
    // Unnamed members are numbered, so the roles are handed out exactly as a session would.
    std::vector<std::string> assigned = checked.names;
    if (assigned.empty())
        for (int number = 1; number <= members; ++number) assigned.push_back(std::to_string(number));
    auto roles = assignRoles(checked.spec, assigned, owner);
    if (roles.value)
        checked.roles = std::move(*roles.value);
    else
        checked.rolesProblem = roles.error;
    checked.phaseSeconds = fitPhaseSeconds(checked.spec, members, minutesAvailable * secondsPerMinute);
    return checked;
}

QString checkedMethodText(const CheckedMethod& checked, Language language)
{
    QString lines = "  " + tr("Roles:") + '\n';
    for (const Role& role : checked.spec.roles) {
        const auto* holders = holdersOf(checked, role.id);
        QString who;
        if (!checked.rolesProblem.empty())
            who = QString{};
        else if (!holders && role.chosenDuringSession())
            who = tr("chosen by the group in phase '%1'").arg(qs(role.chosenIn));
        else if (!holders)
            who = tr("nobody");
        else if (checked.names.empty())
            who = tr("%n member(s)", static_cast<int>(holders->size()));
        else {
            QStringList names;
            for (const auto& name : *holders) names << qs(name);
            who = names.join(", ");
        }
        lines += QString("    %1 (%2, %3)%4\n")
                     .arg(qs(role.id), text(role.name, language), holdersLabel(role, language),
                          who.isEmpty() ? QString{} : ": " + who);
    }
    if (!checked.rolesProblem.empty()) lines += "    " + tr("The roles cannot be held: %1").arg(qs(checked.rolesProblem)) + '\n';
    lines += "  " + tr("Phases:") + '\n';
    int start = 0;
    for (size_t index = 0; index < checked.spec.phases.size(); ++index) {
        const Phase& phase = checked.spec.phases[index];
        const int seconds = checked.phaseSeconds.at(index);
        lines += QString("    %1  %2 (%3): %4\n")
                     .arg(clockTextOfSeconds(start), qs(phase.id), text(phase.name, language),
                          seconds % secondsPerMinute == 0 ? tr("%n minute(s)", seconds / secondsPerMinute)
                                                          : tr("%1 minutes").arg(secondsAsMinutes(seconds)));
        start += seconds;
    }
    return lines;
}

QJsonObject checkedMethodJson(const CheckedMethod& checked, Language language)
{
    const MethodSpec& spec = checked.spec;
    QJsonArray roles;
    for (const Role& role : spec.roles) {
        QJsonObject object{{"id", qs(role.id)},
                           {"name", text(role.name, language)},
                           {"holders", qs(roleHoldersId(role.holders))}};
        const auto* holders = holdersOf(checked, role.id);
        object["held_by"] = static_cast<int>(holders ? holders->size() : 0);
        object["chosen_in"] = role.chosenDuringSession() ? QJsonValue{qs(role.chosenIn)} : QJsonValue::Null;
        if (!checked.names.empty()) object["members"] = strings(holders ? *holders : std::vector<std::string>{});
        roles.append(object);
    }
    QJsonArray phases;
    int start = 0;
    for (size_t index = 0; index < spec.phases.size(); ++index) {
        const Phase& phase = spec.phases[index];
        const int seconds = checked.phaseSeconds.at(index);
        QJsonObject instructions;
        for (const auto& instruction : phase.instructions) instructions[qs(instruction.roleId)] = text(instruction.text, language);
        phases.append(QJsonObject{{"id", qs(phase.id)},
                                  {"name", text(phase.name, language)},
                                  {"minutes", static_cast<double>(seconds) / secondsPerMinute},
                                  {"seconds", seconds},
                                  {"starts_at", static_cast<double>(start) / secondsPerMinute},
                                  {"duration", phaseDurationJson(phase.minutes)},
                                  {"instructions", instructions},
                                  {"speakers", strings(phase.speakers)}});
        start += seconds;
    }
    const MinuteRange total = spec.minutesFor(checked.members);
    QJsonObject result{{"ok", true},
                       {"kind", "plugin"},
                       {"id", qs(spec.id)},
                       {"version", qs(spec.version.toString())},
                       {"name", text(spec.name, language)},
                       {"library", qs(checked.entry->origin.path)},
                       {"manifest", qs(checked.entry->origin.manifest)},
                       {"group_size", checked.members},
                       {"minutes_available", checked.minutesAvailable},
                       {"minutes", QJsonObject{{"min", total.min}, {"max", total.max}}},
                       {"planned_minutes", minutesRoundedUp(start)},
                       {"planned_seconds", start},
                       {"roles", roles},
                       {"phases", phases}};
    if (!checked.names.empty()) result["members"] = strings(checked.names);
    if (!checked.rolesProblem.empty()) result["roles_problem"] = qs(checked.rolesProblem);
    return result;
}

QJsonObject refusedPluginJson(const std::string& path, const std::string& methodId, const std::string& problem)
{
    return {{"ok", false}, {"kind", "plugin"}, {"id", qs(methodId)}, {"path", qs(path)}, {"error", qs(problem)}};
}

} // namespace palet::cli
