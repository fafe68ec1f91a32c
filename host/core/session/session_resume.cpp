#include "session/session_resume.hpp"

#include "text/method_figures.hpp"
#include "translate.hpp"

#include <algorithm>

namespace palet {

PlanRequest planRequestFrom(const RecordedPlan& recorded)
{
    PlanRequest request;
    request.members = recorded.members;
    request.owner = recorded.owner;
    // 0: the session was run without minutes available, and the method chose.
    if (recorded.minutesAvailable > 0) request.minutesAvailable = recorded.minutesAvailable;
    request.language = recorded.language;
    request.seed = recorded.seed;
    request.textLanguage = recorded.textLanguage;
    request.takeIn = recorded.takenIn;
    request.leaveOut = recorded.leftOut;
    return request;
}

std::string planMismatch(const RecordedPlan& recorded, const SessionPlan& plan)
{
    const auto q = [](const std::string& text) { return QString::fromStdString(text); };
    if (recorded.methodVersion != plan.method.version.toString())
        return tr("the session ran %1 %2, but %3 is installed now")
            .arg(q(recorded.methodId), q(recorded.methodVersion), q(plan.method.version.toString()))
            .toStdString();
    if (static_cast<int>(recorded.phases.size()) != plan.phaseCount())
        return tr("the session had %1 phases, the method now makes %2").arg(recorded.phases.size()).arg(plan.phaseCount()).toStdString();
    for (int index = 0; index < plan.phaseCount(); ++index) {
        const auto& [id, seconds] = recorded.phases[static_cast<size_t>(index)];
        if (id != plan.method.phases[static_cast<size_t>(index)].id || seconds != plan.phaseSeconds[static_cast<size_t>(index)])
            return tr("phase %1 was '%2' of %3 minutes, the method now makes it '%4' of %5")
                .arg(index + 1)
                .arg(q(id))
                .arg(secondsAsMinutes(seconds))
                .arg(q(plan.method.phases[static_cast<size_t>(index)].id))
                .arg(secondsAsMinutes(plan.phaseSeconds[static_cast<size_t>(index)]))
                .toStdString();
    }
    if (recorded.roles != plan.roles) return tr("the roles are handed out differently now").toStdString();
    return {};
}

std::chrono::milliseconds realTimeDown(const SessionState& restored, const std::string& bootId, std::int64_t bootNowMs,
                                       std::int64_t wallNowMs)
{
    const bool sameBoot = !bootId.empty() && bootId == restored.bootId && restored.lastBootMs > 0;
    const std::int64_t down = sameBoot ? bootNowMs - restored.lastBootMs : wallNowMs - restored.lastWallMs;
    return std::chrono::milliseconds{std::max<std::int64_t>(down, 0)};
}

} // namespace palet
