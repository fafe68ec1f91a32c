#pragma once
// PALET_DEBUG_PLUGINS=1 traces every file considered as a plugin and why it was taken or refused.

#include <QString>

#include <functional>

namespace palet {

class PluginTrace {
public:
    using Sink = std::function<void(const QString&)>;

    PluginTrace() = default;
    explicit PluginTrace(Sink sink) : sink_(std::move(sink)) {}

    // A trace to standard error when PALET_DEBUG_PLUGINS is set to a non-zero value; else silent.
    static PluginTrace fromEnvironment();

    // Whether anything is traced: callers in hot loops test it before building their line.
    explicit operator bool() const { return static_cast<bool>(sink_); }

    void operator()(const QString& line) const
    {
        if (sink_) sink_(line);
    }

private:
    Sink sink_;
};

} // namespace palet
