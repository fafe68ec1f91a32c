#include "catalog/method_opening.hpp"

namespace palet {

PluginLoad openMethod(const CatalogEntry& entry, const PluginTrace& trace)
{
    if (entry.origin.kind == MethodOrigin::Kind::yaml) return {std::make_shared<ScriptedMethod>(entry.spec()), {}};
    return loadPluginMethod(entry.origin.path, entry.spec().id, trace);
}

} // namespace palet
