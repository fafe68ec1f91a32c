#pragma once
// Plugins that broke down (crashed, hung, garbled their answer, ended their helper), remembered
// in $XDG_CACHE_HOME/palet/plugin-failures.json with the stamp of the library file: such a plugin
// is not loaded again while its file is unchanged, unless asked (palet check --retry), as
// GStreamer's registry does with a plugin that crashed its scanner. Only the sentence is kept:
// never what the plugin wrote, which may name people.

#include <QString>

#include <optional>
#include <string>

namespace palet {

struct RememberedFailure {
    std::string sentence; // how it broke down, naming the library
    QString when;         // ISO 8601, UTC
};

class PluginFailureMemory {
public:
    // The memory in `file`; an empty path remembers nothing (PALET_NO_CACHE=1).
    explicit PluginFailureMemory(QString file) : file_(std::move(file)) {}
    // The user's: $XDG_CACHE_HOME/palet/plugin-failures.json, or none with PALET_NO_CACHE=1.
    static PluginFailureMemory forUser();

    // The failure remembered for `library`, while the file is the one that failed.
    std::optional<RememberedFailure> find(const std::string& library) const;
    void remember(const std::string& library, const std::string& sentence) const;
    void forget(const std::string& library) const;
    // What a listing that shows failures depends on: the memory file's own stamp.
    QString stamp() const;

private:
    QString file_;
};

} // namespace palet
