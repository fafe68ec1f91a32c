#pragma once
// The checks a firm's details pass before they go on an invoice: each gives the problem as a
// sentence, or nothing when the value is fine.

#include <QString>

#include <optional>

namespace palet {

// ISO 13616: country, check digits, account; the check digits by mod 97; a Dutch IBAN has 18
// characters. Spaces are allowed and ignored.
std::optional<QString> ibanProblem(const QString& iban);
// The IBAN as it is kept: upper case, no spaces. Printed in groups of four.
QString compactIban(const QString& iban);
QString groupedIban(const QString& iban);

// An address as NLCIUS wants a Dutch seller's: a street line and a line with the postcode and
// the city, such as "Stationsweg 1, 3511 AB Utrecht" (lines split by a comma or a new line).
struct PostalAddress {
    QString street;
    QString postcode; // 3511 AB
    QString city;
};
std::optional<PostalAddress> dutchPostalAddress(const QString& address);
std::optional<QString> addressProblem(const QString& address);

// Chamber of Commerce (KvK) number: eight digits.
std::optional<QString> kvkProblem(const QString& number);

// A VAT identification number: a Dutch one as NL, nine digits, B, two digits (NL123456789B01);
// another EU one as its two-letter country and 2 to 12 letters or digits.
std::optional<QString> vatNumberProblem(const QString& number);

// An invoice number format: text with {year} and {number}, or {number:N} for at least N digits.
std::optional<QString> invoiceNumberFormatProblem(const QString& format);
QString invoiceNumberText(const QString& format, int year, int sequence);

} // namespace palet
