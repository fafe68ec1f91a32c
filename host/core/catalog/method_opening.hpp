#pragma once
// Turns a catalog entry into a method a session can use: a script as it is, a plugin by
// loading its library (the only place a library is loaded).

#include "catalog/method_catalog.hpp"
#include "plugins/plugin_loader.hpp"

namespace palet {

PluginLoad openMethod(const CatalogEntry& entry, const PluginTrace& trace = {},
                      AfterBreakdown afterBreakdown = AfterBreakdown::refuse);

} // namespace palet
