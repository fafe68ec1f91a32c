#pragma once
// A held meeting's report with who held the key roles of each part: the records' report, and the
// roles from the plan that was held (the one assignment the agenda, the live run and its JSON
// have), so that the report cannot say otherwise.

#include "catalog/method_catalog.hpp"
#include "records/meeting_report.hpp"

namespace palet {

StoreResult<MeetingReport> gatherHeldReport(const Store& store, const MethodCatalog& catalog, const Meeting& meeting, bool withTexts);

} // namespace palet
