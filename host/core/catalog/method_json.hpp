#pragma once
// The JSON form of methods printed by `palet list --json` and `palet show --json`: a documented,
// stable contract (docs/json-output.md). Texts are given in the asked language.

#include "catalog/method_catalog.hpp"
#include "text/json_writer.hpp"

#include <QJsonObject>

namespace palet {

// id, version, name, summary, minutes, group_size, styles, themes, conditions, origin: from the
// entry's overview only, so that listing never decodes a whole spec.
void writeMethodSummary(JsonWriter& out, const CatalogEntry& entry, int groupSize, Language language);

// The summary plus description, notes, sources, roles and phases.
QJsonObject methodDetailJson(const CatalogEntry& entry, int groupSize, Language language);

} // namespace palet
