#include "plugins/plugin_loader.hpp"

#include "method_spec_check.hpp"
#include "plugins/descriptor_file.hpp"
#include "translate.hpp"

#include <palet/abi_tag.hpp>
#include <palet/plugin_export.hpp>

#include <boost/dll/import.hpp>
#include <boost/dll/shared_library.hpp>

#include <QFileInfo>

#include <cstring>

namespace palet {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

// A string the plugin points to, read no further than a sane length.
std::string pluginString(const char* text)
{
    return text ? std::string{text, strnlen(text, 256)} : std::string{};
}

// Boost.DLL puts dlerror()'s words inside its own message; they are what the user needs.
QString dlerrorText(const std::exception& error)
{
    const std::string what = error.what();
    const std::string marker = "dlerror system message: ";
    const auto at = what.find(marker);
    if (at == std::string::npos) return qs(what);
    std::string text = what.substr(at + marker.size());
    if (const auto end = text.rfind(')'); end != std::string::npos) text.resize(end);
    return qs(text);
}

class PluginMethod final : public MethodImplementation {
public:
    PluginMethod(boost::shared_ptr<const PluginApi> api, void* instance, std::string library, ManifestMethod manifest)
        : api_(std::move(api)), instance_(instance), library_(std::move(library)), manifest_(std::move(manifest))
    {
    }
    ~PluginMethod() override { api_->destroy(instance_); }
    PluginMethod(const PluginMethod&) = delete;
    PluginMethod& operator=(const PluginMethod&) = delete;

    Outcome<MethodSpec> spec(const MethodContext& context) const override
    {
        MethodSpec spec;
        std::string error;
        if (!api_->spec(instance_, context, spec, error))
            return {std::nullopt, tr("%1: the plugin failed to compute its method: %2").arg(qs(library_), qs(error)).toStdString()};
        if (const auto problem = checkMethodSpec(spec); !problem.empty())
            return {std::nullopt, tr("%1: the plugin computed an invalid method: %2").arg(qs(library_), qs(problem)).toStdString()};
        if (spec.id != manifest_.id || spec.version != manifest_.version)
            return {std::nullopt, tr("%1: the plugin computed method '%2' %3 but its manifest describes '%4' %5; "
                                     "keep the manifest in step with the library")
                                      .arg(qs(library_), qs(spec.id), qs(spec.version.toString()), qs(manifest_.id),
                                           qs(manifest_.version.toString()))
                                      .toStdString()};
        return {std::move(spec), {}};
    }

    Outcome<std::vector<RoleMessage>> onEvent(const SessionEvent& event) override
    {
        std::vector<RoleMessage> messages;
        std::string error;
        if (!api_->onEvent(instance_, event, messages, error))
            return {std::nullopt, tr("%1: the plugin failed on a session event: %2").arg(qs(library_), qs(error)).toStdString()};
        return {std::move(messages), {}};
    }

private:
    boost::shared_ptr<const PluginApi> api_; // holds the library loaded
    void* instance_;
    std::string library_;
    ManifestMethod manifest_;
};

PluginDescriptor loadedDescriptor(const boost::dll::shared_library& library)
{
    const auto& loaded = library.get<const palet_plugin_descriptor>(PALET_DESCRIPTOR_SYMBOL);
    return {loaded.struct_size, loaded.sdk_api_version, pluginString(loaded.abi_tag), pluginString(loaded.method_id)};
}

PluginLoad refuse(const PluginTrace& trace, const std::string& library, const QString& cause)
{
    const QString sentence = QString("%1: %2").arg(qs(library), cause);
    trace(tr("refused %1").arg(sentence));
    return {nullptr, sentence.toStdString()};
}

} // namespace

PluginLoad loadPluginMethod(const std::string& libraryPath, const ManifestMethod& manifest, const PluginTrace& trace)
{
    trace(tr("loading %1 for method '%2'").arg(qs(libraryPath), qs(manifest.id)));
    const QFileInfo file{qs(libraryPath)};
    if (!file.exists()) return refuse(trace, libraryPath, tr("no such file"));
    if (!file.isFile()) return refuse(trace, libraryPath, tr("not a file"));

    // Checked from the file, before the library is loaded: loading runs its static initialisers.
    const DescriptorRead read = readPluginDescriptor(libraryPath);
    if (!read.descriptor) return refuse(trace, libraryPath, qs(read.error));
    const PluginDescriptor& descriptor = *read.descriptor;
    if (descriptor.structSize < sizeof(palet_plugin_descriptor))
        return refuse(trace, libraryPath, tr("its descriptor is %1 bytes, smaller than the %2 of SDK 1.0")
                                              .arg(descriptor.structSize).arg(sizeof(palet_plugin_descriptor)));
    const ApiVersion host = ApiVersion::fromPacked(sdkApiVersion);
    const ApiVersion plugin = ApiVersion::fromPacked(descriptor.sdkApiVersion);
    if (plugin.major != host.major || plugin.minor > host.minor)
        return refuse(trace, libraryPath, tr("built for Palet SDK %1.%2 while this host speaks SDK %3.%4; %5")
                                              .arg(plugin.major).arg(plugin.minor).arg(host.major).arg(host.minor)
                                              .arg(plugin.major != host.major
                                                       ? tr("rebuild it against SDK %1.x").arg(host.major)
                                                       : tr("update Palet or rebuild the plugin against SDK %1.%2").arg(host.major).arg(host.minor)));
    if (descriptor.abiTag != PALET_ABI_TAG)
        return refuse(trace, libraryPath, tr("built for the C++ ABI '%1' while this host uses '%2'; rebuild it with the same compiler and standard library")
                                              .arg(qs(descriptor.abiTag), PALET_ABI_TAG));
    if (descriptor.methodId != manifest.id)
        return refuse(trace, libraryPath, tr("the library implements method '%1' but its manifest says '%2'").arg(qs(descriptor.methodId), qs(manifest.id)));

    boost::dll::shared_library library;
    try {
        // rtld_now: an undefined symbol is reported now, not as a crash in the middle of a meeting.
        library.load(boost::dll::fs::path{libraryPath},
                     boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
    } catch (const std::exception& error) {
        return refuse(trace, libraryPath, tr("cannot be loaded as a shared library: %1").arg(dlerrorText(error)));
    }
    // What was loaded must be what was checked.
    if (!library.has(PALET_DESCRIPTOR_SYMBOL) || loadedDescriptor(library) != descriptor)
        return refuse(trace, libraryPath, tr("its loaded descriptor differs from the one in its file"));

    if (!library.has(PALET_API_ALIAS))
        return refuse(trace, libraryPath, tr("it has a descriptor but no '%1' (build it with PALET_EXPORT_METHOD)").arg(PALET_API_ALIAS));
    boost::shared_ptr<const PluginApi> api;
    try {
        api = boost::dll::import_alias<const PluginApi>(std::move(library), PALET_API_ALIAS);
    } catch (const std::exception& error) {
        return refuse(trace, libraryPath, tr("cannot import '%1': %2").arg(PALET_API_ALIAS, dlerrorText(error)));
    }
    if (!api || api->structSize < sizeof(PluginApi))
        return refuse(trace, libraryPath, tr("its function table is smaller than SDK 1.0's"));

    std::string error;
    void* instance = api->create(error);
    if (!instance) return refuse(trace, libraryPath, tr("the plugin's factory failed: %1").arg(qs(error)));
    trace(tr("took %1: method '%2', SDK %3.%4.%5").arg(qs(libraryPath), qs(descriptor.methodId)).arg(plugin.major).arg(plugin.minor).arg(plugin.patch));
    return {std::make_shared<PluginMethod>(std::move(api), instance, libraryPath, manifest), {}};
}

} // namespace palet
