#pragma once
// The JSON form of methods printed by `palet list --json` and `palet show --json`: a documented,
// stable contract (docs/json-output.md). Texts are given in the asked language.

#include "catalog/method_catalog.hpp"

#include <QJsonObject>

namespace palet {

// id, version, name, summary, minutes, group_size, styles, themes, conditions, origin.
QJsonObject methodSummaryJson(const CatalogEntry& entry, int groupSize, Language language);

// The summary plus description, notes, sources, roles and phases.
QJsonObject methodDetailJson(const CatalogEntry& entry, int groupSize, Language language);

} // namespace palet
