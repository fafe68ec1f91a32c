#include "plugins/plugin_trace.hpp"

#include <cstdio>

namespace palet {

PluginTrace PluginTrace::fromEnvironment()
{
    const QByteArray setting = qgetenv("PALET_DEBUG_PLUGINS");
    if (setting.isEmpty() || setting == "0") return {};
    return PluginTrace{[](const QString& line) {
        const QByteArray bytes = ("palet: plugins: " + line + '\n').toUtf8();
        std::fwrite(bytes.constData(), 1, bytes.size(), stderr);
    }};
}

} // namespace palet
