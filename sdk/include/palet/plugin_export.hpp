#pragma once
// PALET_EXPORT_METHOD(Class, "method-id") makes a MethodPlugin class loadable by the host. It
// exports the plain-C descriptor and, through BOOST_DLL_ALIAS, a table of functions that catch
// every exception, so none crosses the boundary: failures come back as error text.

#include "palet/abi_tag.hpp"
#include "palet/method_plugin.hpp"
#include "palet/plugin_descriptor.h"
#include "palet/sdk_version.hpp"

#include <boost/config.hpp>
#include <boost/dll/alias.hpp>

#include <exception>
#include <memory>
#include <string>
#include <vector>

namespace palet {

// The functions the host calls. Every one is noexcept and reports failure through `error`. Made by
// PALET_EXPORT_METHOD; never fill it yourself. Later versions only append members.
struct PluginApi {
    std::uint32_t structSize; // sizeof(PluginApi) in the plugin
    void* (*create)(std::string& error) noexcept;
    void (*destroy)(void* instance) noexcept;
    bool (*spec)(const void* instance, const MethodContext& context, MethodSpec& out, std::string& error) noexcept;
    bool (*onEvent)(void* instance, const SessionEvent& event, std::vector<RoleMessage>& out,
                    std::string& error) noexcept;
};

namespace detail {

inline std::string describe(const std::exception_ptr& failure)
{
    try {
        std::rethrow_exception(failure);
    } catch (const std::exception& error) {
        return error.what();
    } catch (...) {
        return "an exception that is not a std::exception";
    }
}

// Runs `work`, turning any exception into `error`; returns whether it succeeded.
template <typename Work>
bool guarded(std::string& error, Work&& work) noexcept
{
    try {
        work();
        return true;
    } catch (...) {
        try {
            error = describe(std::current_exception());
        } catch (...) {
            // out of memory while describing: leave error as it is
        }
        return false;
    }
}

template <typename Plugin>
struct ApiFor {
    static void* create(std::string& error) noexcept
    {
        void* instance = nullptr;
        // Ownership passes to the host, which hands the pointer back to destroy.
        guarded(error, [&] { instance = std::make_unique<Plugin>().release(); });
        return instance;
    }
    static void destroy(void* instance) noexcept
    {
        std::string ignored;
        guarded(ignored, [&] { delete static_cast<Plugin*>(instance); });
    }
    static bool spec(const void* instance, const MethodContext& context, MethodSpec& out, std::string& error) noexcept
    {
        return guarded(error, [&] { out = static_cast<const Plugin*>(instance)->spec(context); });
    }
    static bool onEvent(void* instance, const SessionEvent& event, std::vector<RoleMessage>& out,
                        std::string& error) noexcept
    {
        return guarded(error, [&] { out = static_cast<Plugin*>(instance)->onEvent(event); });
    }

    static constexpr PluginApi table{sizeof(PluginApi), &create, &destroy, &spec, &onEvent};
};

} // namespace detail
} // namespace palet

#define PALET_EXPORT_METHOD(PluginClass, methodId)                                                  \
    extern "C" BOOST_SYMBOL_EXPORT const struct palet_plugin_descriptor palet_plugin_descriptor;    \
    extern "C" const struct palet_plugin_descriptor palet_plugin_descriptor = {                     \
        sizeof(struct palet_plugin_descriptor), PALET_SDK_API_VERSION, PALET_ABI_TAG, methodId};    \
    namespace palet_plugin_export {                                                                 \
    static const ::palet::PluginApi& palet_api = ::palet::detail::ApiFor<PluginClass>::table;      \
    }                                                                                               \
    BOOST_DLL_ALIAS(palet_plugin_export::palet_api, palet_plugin_api)
