#include "plugin_library.hpp"

#include <boost/dll/import.hpp>

#include <cstring>

namespace palet::pluginhost {
namespace {

// A string the plugin points to, read no further than a sane length.
std::string pluginString(const char* text)
{
    return text ? std::string{text, strnlen(text, 256)} : std::string{};
}

// Boost.DLL puts dlerror()'s words inside its own message; they are what the user needs.
std::string dlerrorText(const std::exception& error)
{
    const std::string what = error.what();
    const std::string marker = "dlerror system message: ";
    const auto at = what.find(marker);
    if (at == std::string::npos) return what;
    std::string text = what.substr(at + marker.size());
    if (const auto end = text.rfind(')'); end != std::string::npos) text.resize(end);
    return text;
}

QCborMap ok()
{
    QCborMap answer;
    answer[QStringLiteral("ok")] = true;
    return answer;
}

} // namespace

PluginLibrary::~PluginLibrary()
{
    if (instance_) api_->destroy(instance_);
}

QCborMap PluginLibrary::open(const std::string& path, const ExpectedDescriptor& expected)
{
    using wire::Failure;
    if (instance_) return wire::failureAnswer(Failure::protocol, "a library is open already");
    boost::dll::shared_library library;
    try {
        // rtld_now: an undefined symbol is reported now, not in the middle of a meeting.
        library.load(boost::dll::fs::path{path}, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
    } catch (const std::exception& error) {
        return wire::failureAnswer(Failure::cannotLoad, dlerrorText(error));
    }
    // What was loaded must be what palet checked.
    if (!library.has(PALET_DESCRIPTOR_SYMBOL)) return wire::failureAnswer(Failure::descriptorDiffers, {});
    const auto& loaded = library.get<const palet_plugin_descriptor>(PALET_DESCRIPTOR_SYMBOL);
    if (loaded.struct_size != expected.structSize || loaded.sdk_api_version != expected.sdkApiVersion
        || pluginString(loaded.abi_tag) != expected.abiTag || pluginString(loaded.method_id) != expected.methodId)
        return wire::failureAnswer(Failure::descriptorDiffers, {});

    if (!library.has(PALET_API_ALIAS)) return wire::failureAnswer(Failure::noApi, {});
    boost::shared_ptr<const PluginApi> api;
    try {
        api = boost::dll::import_alias<const PluginApi>(std::move(library), PALET_API_ALIAS);
    } catch (const std::exception& error) {
        return wire::failureAnswer(Failure::apiImport, dlerrorText(error));
    }
    if (!api || api->structSize < sizeof(PluginApi)) return wire::failureAnswer(Failure::apiTooSmall, {});

    std::string error;
    void* instance = api->create(error);
    if (!instance) return wire::failureAnswer(Failure::factory, error);
    api_ = std::move(api);
    instance_ = instance;
    return ok();
}

QCborMap PluginLibrary::spec(const MethodContext& context) const
{
    if (!instance_) return wire::failureAnswer(wire::Failure::protocol, "no library is open");
    MethodSpec spec;
    std::string error;
    if (!api_->spec(instance_, context, spec, error)) return wire::failureAnswer(wire::Failure::spec, error);
    QCborMap answer = ok();
    answer[QStringLiteral("spec")] = wire::specToBytes(spec);
    return answer;
}

QCborMap PluginLibrary::onEvent(const SessionEvent& event)
{
    if (!instance_) return wire::failureAnswer(wire::Failure::protocol, "no library is open");
    std::vector<RoleMessage> messages;
    std::string error;
    if (!api_->onEvent(instance_, event, messages, error)) return wire::failureAnswer(wire::Failure::event, error);
    QCborMap answer = ok();
    answer[QStringLiteral("messages")] = wire::messagesToCbor(messages);
    return answer;
}

} // namespace palet::pluginhost
