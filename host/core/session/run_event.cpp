#include "session/run_event.hpp"

#include <array>
#include <utility>

namespace palet {
namespace {

constexpr std::array<std::pair<RunEventKind, std::string_view>, 15> kindIds{{
    {RunEventKind::sessionStarted, "session-started"},
    {RunEventKind::phaseStarted, "phase-started"},
    {RunEventKind::warning, "warning"},
    {RunEventKind::phaseEnded, "phase-ended"},
    {RunEventKind::paused, "paused"},
    {RunEventKind::resumed, "resumed"},
    {RunEventKind::extended, "extended"},
    {RunEventKind::skipped, "skipped"},
    {RunEventKind::takeaway, "takeaway"},
    {RunEventKind::followUp, "follow-up"},
    {RunEventKind::reopened, "reopened"},
    {RunEventKind::finished, "finished"},
    {RunEventKind::alive, "alive"},
    {RunEventKind::pluginStopped, "plugin-stopped"},
    {RunEventKind::roleChosen, "role-chosen"},
}};

constexpr std::array<std::pair<EndReason, std::string_view>, 4> reasonIds{{
    {EndReason::next, "next"},
    {EndReason::back, "back"},
    {EndReason::autoAdvance, "auto"},
    {EndReason::quit, "quit"},
}};

} // namespace

std::string_view runEventKindId(RunEventKind kind)
{
    for (const auto& [candidate, id] : kindIds)
        if (candidate == kind) return id;
    return "";
}

std::optional<RunEventKind> runEventKindFromId(std::string_view id)
{
    for (const auto& [kind, candidate] : kindIds)
        if (candidate == id) return kind;
    return std::nullopt;
}

std::string_view endReasonId(EndReason reason)
{
    for (const auto& [candidate, id] : reasonIds)
        if (candidate == reason) return id;
    return "";
}

std::optional<EndReason> endReasonFromId(std::string_view id)
{
    for (const auto& [reason, candidate] : reasonIds)
        if (candidate == id) return reason;
    return std::nullopt;
}

} // namespace palet
