#pragma once
// The one plugin library a helper loads, and the object it made. Palet has checked the
// descriptor in the file before it started the helper; what the loader maps must be that same
// descriptor, or nothing of the plugin's C++ is called.

#include "plugins/plugin_wire.hpp"

#include <palet/plugin_export.hpp>

#include <boost/dll/shared_library.hpp>
#include <boost/shared_ptr.hpp>

#include <optional>
#include <string>

namespace palet::pluginhost {

struct ExpectedDescriptor {
    std::uint32_t structSize = 0;
    std::uint32_t sdkApiVersion = 0;
    std::string abiTag;
    std::string methodId;
};

class PluginLibrary {
public:
    PluginLibrary() = default;
    ~PluginLibrary();
    PluginLibrary(const PluginLibrary&) = delete;
    PluginLibrary& operator=(const PluginLibrary&) = delete;

    // Loads the library and makes the plugin's object; the answer to `open`.
    QCborMap open(const std::string& path, const ExpectedDescriptor& expected);
    QCborMap spec(const MethodContext& context) const;
    QCborMap onEvent(const SessionEvent& event);

private:
    boost::shared_ptr<const PluginApi> api_; // holds the library loaded
    void* instance_ = nullptr;
};

} // namespace palet::pluginhost
