#include "plugins/plugin_deadlines.hpp"

#include <QByteArray>

namespace palet {
namespace {

std::chrono::milliseconds setting(const char* name, std::chrono::milliseconds fallback)
{
    bool ok = false;
    const double seconds = qgetenv(name).toDouble(&ok);
    if (!ok || seconds < 0.01 || seconds > 600) return fallback;
    return std::chrono::milliseconds{static_cast<long long>(seconds * 1000)};
}

} // namespace

PluginDeadlines PluginDeadlines::fromEnvironment()
{
    const PluginDeadlines defaults;
    return {setting("PALET_PLUGIN_SPEC_DEADLINE", defaults.spec), setting("PALET_PLUGIN_EVENT_DEADLINE", defaults.event)};
}

} // namespace palet
