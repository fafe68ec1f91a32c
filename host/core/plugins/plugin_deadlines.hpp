#pragma once
// How long palet waits for a plugin: to be loaded and compute its method, and to answer a session
// event. PALET_PLUGIN_SPEC_DEADLINE and PALET_PLUGIN_EVENT_DEADLINE set them in seconds.

#include <chrono>

namespace palet {

struct PluginDeadlines {
    std::chrono::milliseconds spec{5000};
    std::chrono::milliseconds event{1000};

    // The defaults, or what the environment sets (a number of seconds from 0.01 to 600).
    static PluginDeadlines fromEnvironment();
};

} // namespace palet
