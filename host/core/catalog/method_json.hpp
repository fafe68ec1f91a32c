#pragma once
// The JSON form of methods printed by `palet list --json` and `palet show --json`: a documented,
// stable contract (docs/json-output.md). Texts are given in the asked language.

#include "catalog/method_catalog.hpp"
#include "catalog/method_overview.hpp"
#include "text/json_writer.hpp"

#include <QJsonObject>

#include <string>

namespace palet {

// id, version, name, summary, minutes, group_size, styles, themes, conditions, origin: all from
// the method's overview, which the metadata cache keeps.
void writeMethodSummary(JsonWriter& out, const CatalogEntry& entry, int groupSize, Language language);

// The summary's members that depend on the method alone (all but minutes and origin).
void writeSummaryMembers(JsonWriter& out, const MethodOverview& method, Language language);

// A phase's minutes as written: {kind: "fixed", minutes}, {kind: "range", min, max} or
// {kind: "per_participant", per_participant, min, max}.
QJsonObject phaseDurationJson(const PhaseDuration& minutes);

// The summary plus description, notes, sources, roles and phases.
QJsonObject methodDetailJson(const CatalogEntry& entry, int groupSize, Language language);

} // namespace palet
