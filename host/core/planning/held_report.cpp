#include "planning/held_report.hpp"

#include "planning/plan_gathering.hpp"

namespace palet {

StoreResult<MeetingReport> gatherHeldReport(const Store& store, const MethodCatalog& catalog, const Meeting& meeting, bool withTexts)
{
    auto report = gatherReport(store, meeting, withTexts);
    if (!report || report->parts.empty()) return report;
    // A plan that cannot be made again (a method since removed) leaves the roles out, not the report;
    // nor are roles given to parts the recorded run does not match.
    const auto held = gatherPlan(store, catalog, meeting, PlanOptions{});
    if (!held || held->plan.lines.size() != report->parts.size()) return report;
    for (const AgendaLine& line : held->plan.lines)
        report->holders.push_back({line.chair, line.timekeeper, holdersOf(line.roles, scribeRoleId).value(0)});
    return report;
}

} // namespace palet
