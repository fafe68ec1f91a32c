#pragma once
// A meeting's report (docs/report.md): each part of the agenda planned against actual, the
// overruns, the cases with their status and takeaways, and who was there. Made from the records
// alone, so it can be written any time after the meeting was run.

#include "records/case.hpp"
#include "records/meeting.hpp"
#include "records/meeting_outcome.hpp"
#include "records/store.hpp"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace palet {

// Who chaired, kept the time and wrote in one part, as the plan that was held assigned them.
struct PartHolders {
    QString chair;
    QString timekeeper;
    QString scribe;
};

struct MeetingReport {
    Meeting meeting;
    QString reference; // GROUP@YYYY-MM-DD, as short as it can be
    std::vector<PartTime> parts; // empty until the meeting was run
    std::vector<Case> cases;     // every case brought in, in their order
    QStringList present;
    QStringList absent;
    bool withTexts = false; // the takeaways are confidential: only when asked
    // One per part, in order, from the plan that was held (planning/held_report); empty when that
    // plan cannot be made again (a method no longer installed), so the report still stands.
    std::vector<PartHolders> holders;

    // The whole meeting as one part: planned and actual seconds added up.
    PartTime total() const;
};

// The case a round treated, found by its id (by its number for a round recorded without one);
// nothing when the case was erased with its owner.
const Case* caseOf(const MeetingReport& report, const PartTime& part);

StoreResult<MeetingReport> gatherReport(const Store& store, const Meeting& meeting, bool withTexts);

// Seconds a part ran over its plan; 0 when it did not.
inline int overrunSeconds(const PartTime& part) { return std::max(0, part.actualSeconds - part.plannedSeconds); }

QString reportText(const MeetingReport& report);
QString reportMarkdown(const MeetingReport& report);
QString reportHtml(const MeetingReport& report);
QJsonObject reportJson(const MeetingReport& report);

} // namespace palet
