#pragma once
// Cases in the store: brought to a meeting by a current member of its group.

#include "records/case.hpp"
#include "records/meeting.hpp"
#include "records/store.hpp"

#include <vector>

namespace palet {

struct NewCase {
    QString ownerName;
    QString label; // short: one line of at most maximumLabelLength characters
    QString text;  // optional
    CaseStatus status = CaseStatus::broughtIn;
    QString takeaway; // optional
    QString theme;    // optional: a method theme id, checked by the caller
};

StoreResult<Case> addCase(Store& store, const Meeting& meeting, const NewCase& newCase);

// In the order they were brought in, numbered from 1.
StoreResult<std::vector<Case>> casesOf(const Store& store, qint64 meetingId);

} // namespace palet
