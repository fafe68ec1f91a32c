#pragma once
// A meeting's costs and its invoices in the store (docs/papers.md). Invoices are issued once per
// meeting, one per participant, numbered in sequence per year of issue; a number is never given
// twice. An issued invoice never changes: a correction is a credit invoice, after which the
// costs may change and a new set be issued.

#include "papers/invoice.hpp"
#include "papers/meeting_costs.hpp"
#include "records/meeting.hpp"
#include "records/store.hpp"

#include <optional>
#include <vector>

namespace palet {

// The guide's time and costs; guiding is the meeting's scheduled length. Refused for a cancelled
// meeting, and while the meeting has invoices that were not credited.
StoreResult<MeetingCosts> setMeetingCosts(Store& store, const Meeting& meeting, const MeetingCosts& costs);
StoreResult<std::optional<MeetingCosts>> meetingCostsOf(const Store& store, qint64 meetingId);

// Where a member's invoices go: a Dutch address, "Street 1, 1234 AB City" (papers/firm_checks.hpp).
// The member is found by name in the group; a former member too.
StoreResult<QString> setInvoiceAddress(Store& store, const QString& groupName, const QString& memberName,
                                       const QString& address);

// The meeting's invoices that stand (issued and not credited), issuing them first when there are
// none: the costs split equally over the participants, who are the present members or all
// members as the firm's setting says, ordered by name. Refused unless the meeting was held, its
// costs are recorded, the firm's details are set and every participant has an invoice address.
struct IssuedInvoices {
    std::vector<Invoice> invoices;
    bool issuedNow = false;
};
StoreResult<IssuedInvoices> issueInvoices(Store& store, const Meeting& meeting, const QString& reference, QDate today);

// Every invoice of the meeting, credit invoices too, in the order of their numbers.
StoreResult<std::vector<Invoice>> invoicesOf(const Store& store, qint64 meetingId);

// A credit invoice for every invoice of the meeting that stands; gives the credit invoices.
StoreResult<std::vector<Invoice>> creditInvoices(Store& store, const Meeting& meeting, QDate today);

} // namespace palet
