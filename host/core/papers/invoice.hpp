#pragma once
// One participant's invoice for a meeting, as issued: everything printed on it is kept with it
// (the firm's details of that day included), so it reads the same for as long as it is kept.
// A credit invoice corrects an earlier one with the same lines, negated.

#include "papers/meeting_costs.hpp"
#include "records/firm.hpp"

#include <QDate>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace palet {

struct InvoiceLine {
    CostKind kind = CostKind::guiding;
    int minutes = 0;          // the whole meeting's, for the kinds paid by the hour
    qint64 meetingCents = 0;  // the whole line, before it was split
    qint64 netCents = 0;      // this participant's share
    qint64 vatCents = 0;
};

struct Invoice {
    QString number;
    int year = 0;
    int sequence = 0;
    QDate issuedOn;
    QDate dueOn;
    QString participant;
    QString participantAddress; // "Street 1, 1234 AB City"
    int participants = 1; // how many shared the costs
    QString meeting; // GROUP@YYYY-MM-DD
    QString group;
    QDate meetingDate;
    Firm seller; // as it was when the invoice was issued
    int vatPercent = 21;
    std::vector<InvoiceLine> lines;
    qint64 netCents = 0;
    qint64 vatCents = 0;
    qint64 totalCents = 0;
    std::optional<QString> corrects; // a credit invoice: the number of the invoice it corrects

    bool isCredit() const { return corrects.has_value(); }
};

// The whole invoice as kept in the store, and read back; the signing key is never in it.
QJsonObject invoiceDocument(const Invoice& invoice);
std::optional<Invoice> invoiceFromDocument(const QJsonObject& document);

// The short form for `palet invoices --json`.
QJsonObject invoiceJson(const Invoice& invoice);

QString invoiceHtml(const Invoice& invoice);

// A UBL 2.1 Invoice (a CreditNote for a credit invoice) following NLCIUS, the Dutch profile of
// EN 16931: urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0.
QByteArray invoiceUbl(const Invoice& invoice);

} // namespace palet
