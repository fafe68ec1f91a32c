#pragma once
// The firm that guides groups and sends the invoices and certificates: one per store, so a
// firm's shared PostgreSQL gives every facilitator the same details, numbering and key.

#include <QByteArray>
#include <QString>

#include <optional>

namespace palet {

// Who a meeting's invoices go to.
enum class InvoiceParticipants { present, members };

QString invoiceParticipantsId(InvoiceParticipants who); // "present" or "members"
std::optional<InvoiceParticipants> invoiceParticipantsFromId(const QString& id);

struct Firm {
    QString name;
    QString address; // lines separated by '\n'
    QString kvk;
    QString vatNumber;
    QString iban; // compact: upper case, no spaces
    int rateCents = 12500; // the default hourly rate excluding VAT (seed 003: € 125.00)
    int vatPercent = 21;
    int paymentDays = 30;
    QString invoiceNumberFormat = QStringLiteral("{year}-{number:4}");
    InvoiceParticipants participants = InvoiceParticipants::present;
    QByteArray publicKey; // Ed25519: certificates are verified with it
};

} // namespace palet
