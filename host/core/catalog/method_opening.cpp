#include "catalog/method_opening.hpp"

namespace palet {

PluginLoad openMethod(const CatalogEntry& entry, const PluginTrace& trace, AfterBreakdown afterBreakdown)
{
    if (entry.origin.kind == MethodOrigin::Kind::yaml) return {std::make_shared<ScriptedMethod>(entry.spec()), {}};
    const MethodHeadline& manifest = entry.headline();
    return loadPluginMethod(entry.origin.path, {std::string{manifest.id}, manifest.version}, trace, afterBreakdown);
}

} // namespace palet
