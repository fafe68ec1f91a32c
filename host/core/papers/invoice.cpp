#include "papers/invoice.hpp"

#include "papers/firm_checks.hpp"
#include "records/calendar_text.hpp"
#include "translate.hpp"

#include <QJsonArray>
#include <QXmlStreamWriter>

namespace palet {
namespace {

QString escaped(const QString& text) { return text.toHtmlEscaped(); }

std::optional<CostKind> costKindFromId(const QString& id)
{
    for (CostKind kind : {CostKind::guiding, CostKind::preparation, CostKind::travelTime, CostKind::travelCosts,
                          CostKind::location, CostKind::facilities})
        if (costKindId(kind) == id) return kind;
    return std::nullopt;
}

QString hoursText(int minutes)
{
    if (minutes % 60 == 0) return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

// What a line says: "Guiding the meeting (3 h × € 125.00; your share of € 375.00 split over 6)".
QString lineText(const Invoice& invoice, const InvoiceLine& line)
{
    QString text = costKindLabel(line.kind);
    if (line.minutes > 0) text += tr(" (%1 × %2 an hour)").arg(hoursText(line.minutes), euroText(invoice.seller.rateCents));
    if (invoice.participants > 1)
        text += tr("; a share of %1 split over %n participant(s)", invoice.participants).arg(euroText(line.meetingCents));
    return text;
}

QJsonObject firmDocument(const Firm& firm)
{
    return {{"name", firm.name},       {"address", firm.address},   {"kvk", firm.kvk},
            {"vat_number", firm.vatNumber}, {"iban", firm.iban}, {"rate_cents", firm.rateCents},
            {"payment_days", firm.paymentDays}};
}

Firm firmFromDocument(const QJsonObject& object)
{
    Firm firm;
    firm.name = object["name"].toString();
    firm.address = object["address"].toString();
    firm.kvk = object["kvk"].toString();
    firm.vatNumber = object["vat_number"].toString();
    firm.iban = object["iban"].toString();
    firm.rateCents = object["rate_cents"].toInt();
    firm.paymentDays = object["payment_days"].toInt();
    return firm;
}

// UBL amounts: positive on a credit note, whose type says it is a credit.
QString ublAmount(const Invoice& invoice, qint64 cents)
{
    return decimalText(invoice.isCredit() ? -cents : cents);
}

} // namespace

QJsonObject invoiceDocument(const Invoice& invoice)
{
    QJsonArray lines;
    for (const InvoiceLine& line : invoice.lines)
        lines.append(QJsonObject{{"kind", costKindId(line.kind)},
                                 {"minutes", line.minutes},
                                 {"meeting_cents", line.meetingCents},
                                 {"net_cents", line.netCents},
                                 {"vat_cents", line.vatCents}});
    return {{"number", invoice.number},
            {"year", invoice.year},
            {"sequence", invoice.sequence},
            {"issued_on", dateText(invoice.issuedOn)},
            {"due_on", dateText(invoice.dueOn)},
            {"participant", invoice.participant},
            {"participant_address", invoice.participantAddress},
            {"participants", invoice.participants},
            {"meeting", invoice.meeting},
            {"group", invoice.group},
            {"meeting_date", dateText(invoice.meetingDate)},
            {"seller", firmDocument(invoice.seller)},
            {"vat_percent", invoice.vatPercent},
            {"lines", lines},
            {"net_cents", invoice.netCents},
            {"vat_cents", invoice.vatCents},
            {"total_cents", invoice.totalCents},
            {"corrects", invoice.corrects ? QJsonValue{*invoice.corrects} : QJsonValue::Null}};
}

std::optional<Invoice> invoiceFromDocument(const QJsonObject& document)
{
    Invoice invoice;
    invoice.number = document["number"].toString();
    invoice.year = document["year"].toInt();
    invoice.sequence = document["sequence"].toInt();
    const auto issued = dateFromText(document["issued_on"].toString());
    const auto due = dateFromText(document["due_on"].toString());
    const auto held = dateFromText(document["meeting_date"].toString());
    if (invoice.number.isEmpty() || !issued || !due || !held) return std::nullopt;
    invoice.issuedOn = *issued;
    invoice.dueOn = *due;
    invoice.meetingDate = *held;
    invoice.participant = document["participant"].toString();
    invoice.participantAddress = document["participant_address"].toString();
    invoice.participants = document["participants"].toInt(1);
    invoice.meeting = document["meeting"].toString();
    invoice.group = document["group"].toString();
    invoice.seller = firmFromDocument(document["seller"].toObject());
    invoice.vatPercent = document["vat_percent"].toInt();
    for (const QJsonValue& value : document["lines"].toArray()) {
        const QJsonObject object = value.toObject();
        const auto kind = costKindFromId(object["kind"].toString());
        if (!kind) return std::nullopt;
        invoice.lines.push_back({*kind, object["minutes"].toInt(), qint64(object["meeting_cents"].toDouble()),
                                 qint64(object["net_cents"].toDouble()), qint64(object["vat_cents"].toDouble())});
    }
    invoice.netCents = qint64(document["net_cents"].toDouble());
    invoice.vatCents = qint64(document["vat_cents"].toDouble());
    invoice.totalCents = qint64(document["total_cents"].toDouble());
    if (document["corrects"].isString()) invoice.corrects = document["corrects"].toString();
    return invoice;
}

QJsonObject invoiceJson(const Invoice& invoice)
{
    QJsonArray lines;
    for (const InvoiceLine& line : invoice.lines)
        lines.append(QJsonObject{{"kind", costKindId(line.kind)},
                                 {"description", lineText(invoice, line)},
                                 {"net_cents", line.netCents},
                                 {"vat_cents", line.vatCents}});
    return {{"participant", invoice.participant},
            {"number", invoice.number},
            {"meeting", invoice.meeting},
            {"issued_on", dateText(invoice.issuedOn)},
            {"due_on", dateText(invoice.dueOn)},
            {"vat_percent", invoice.vatPercent},
            {"lines", lines},
            {"net_cents", invoice.netCents},
            {"vat_cents", invoice.vatCents},
            {"total_cents", invoice.totalCents},
            {"credit", invoice.isCredit()},
            {"corrects", invoice.corrects ? QJsonValue{*invoice.corrects} : QJsonValue::Null}};
}

QString invoiceHtml(const Invoice& invoice)
{
    const Firm& seller = invoice.seller;
    const QString title = invoice.isCredit() ? tr("Credit invoice %1").arg(invoice.number) : tr("Invoice %1").arg(invoice.number);
    QString out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + tr("en") + "\">\n<head>\n"
                  "<meta charset=\"utf-8\"/>\n<title>" + escaped(title) + "</title>\n"
                  "<style>\nbody { font-family: sans-serif; }\ntable.lines { border-collapse: collapse; width: 100%; }\n"
                  "table.lines th, table.lines td { border-bottom: 1px solid #888; padding: 5px; text-align: left; }\n"
                  "td.amount, th.amount { text-align: right; }\n</style>\n</head>\n<body>\n";
    out += "<p><b>" + escaped(seller.name) + "</b><br/>" + escaped(seller.address).replace('\n', "<br/>") + "<br/>" +
           escaped(tr("KvK %1").arg(seller.kvk)) + "<br/>" + escaped(tr("VAT number %1").arg(seller.vatNumber)) + "</p>\n";
    out += "<h1>" + escaped(title) + "</h1>\n<table class=\"facts\">\n";
    const auto fact = [&](const QString& label, const QString& value) {
        out += QString("<tr><th align=\"left\">%1</th><td>%2</td></tr>\n").arg(escaped(label), escaped(value));
    };
    fact(tr("To"), invoice.participant + ", " + invoice.participantAddress);
    fact(tr("Invoice date"), dateText(invoice.issuedOn));
    if (!invoice.isCredit()) fact(tr("Due date"), dateText(invoice.dueOn));
    if (invoice.corrects) fact(tr("Corrects invoice"), *invoice.corrects);
    fact(tr("For"), tr("the intervision meeting of %1 on %2").arg(invoice.group, dateText(invoice.meetingDate)));
    out += "</table>\n<p></p>\n<table class=\"lines\" width=\"100%\">\n<tr><th>" + escaped(tr("Description")) +
           "</th><th class=\"amount\" align=\"right\">" + escaped(tr("Amount")) + "</th><th class=\"amount\" align=\"right\">" +
           escaped(tr("VAT %1 %").arg(invoice.vatPercent)) + "</th></tr>\n";
    for (const InvoiceLine& line : invoice.lines)
        out += QString("<tr><td>%1</td><td class=\"amount\" align=\"right\">%2</td><td class=\"amount\" align=\"right\">%3</td></tr>\n")
                   .arg(escaped(lineText(invoice, line)), escaped(euroText(line.netCents)), escaped(euroText(line.vatCents)));
    out += QString("<tr><th>%1</th><th class=\"amount\" align=\"right\">%2</th><th class=\"amount\" align=\"right\">%3</th></tr>\n")
               .arg(escaped(tr("Total excluding VAT")), escaped(euroText(invoice.netCents)), escaped(euroText(invoice.vatCents)));
    out += QString("<tr><th>%1</th><th class=\"amount\" align=\"right\">%2</th><td></td></tr>\n</table>\n")
               .arg(escaped(tr("Total including VAT")), escaped(euroText(invoice.totalCents)));
    if (invoice.isCredit())
        out += "<p>" + escaped(tr("This credit invoice cancels invoice %1; the amount is settled with it.").arg(*invoice.corrects)) + "</p>\n";
    else
        out += "<p>" + escaped(tr("Please pay %1 by %2 to %3 in the name of %4, quoting %5.")
                                   .arg(euroText(invoice.totalCents), dateText(invoice.dueOn), groupedIban(seller.iban),
                                        seller.name, invoice.number)) + "</p>\n";
    return out + "</body>\n</html>\n";
}

QByteArray invoiceUbl(const Invoice& invoice)
{
    const bool credit = invoice.isCredit();
    const QString root = credit ? "CreditNote" : "Invoice";
    const QString cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    const QString cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    QByteArray bytes;
    QXmlStreamWriter xml{&bytes};
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace("urn:oasis:names:specification:ubl:schema:xsd:" + root + "-2");
    xml.writeNamespace(cac, "cac");
    xml.writeNamespace(cbc, "cbc");
    xml.writeStartElement("urn:oasis:names:specification:ubl:schema:xsd:" + root + "-2", root);
    const auto basic = [&](const QString& name, const QString& value) { xml.writeTextElement(cbc, name, value); };
    const auto amount = [&](const QString& name, qint64 cents) {
        xml.writeStartElement(cbc, name);
        xml.writeAttribute("currencyID", "EUR");
        xml.writeCharacters(ublAmount(invoice, cents));
        xml.writeEndElement();
    };
    const auto taxCategory = [&](const QString& element) {
        xml.writeStartElement(cac, element);
        basic("ID", invoice.vatPercent > 0 ? "S" : "E");
        basic("Percent", QString::number(invoice.vatPercent));
        if (invoice.vatPercent == 0) basic("TaxExemptionReason", tr("Exempt from VAT"));
        xml.writeStartElement(cac, "TaxScheme");
        basic("ID", "VAT");
        xml.writeEndElement();
        xml.writeEndElement();
    };

    basic("CustomizationID", "urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0");
    basic("ID", invoice.number);
    basic("IssueDate", dateText(invoice.issuedOn));
    if (!credit) basic("DueDate", dateText(invoice.dueOn));
    basic(credit ? "CreditNoteTypeCode" : "InvoiceTypeCode", credit ? "381" : "380");
    basic("Note", tr("Intervision meeting of %1 on %2").arg(invoice.group, dateText(invoice.meetingDate)));
    basic("DocumentCurrencyCode", "EUR");
    basic("BuyerReference", invoice.meeting);
    if (invoice.corrects) {
        xml.writeStartElement(cac, "BillingReference");
        xml.writeStartElement(cac, "InvoiceDocumentReference");
        basic("ID", *invoice.corrects);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    const PostalAddress address = dutchPostalAddress(invoice.seller.address).value_or(PostalAddress{});
    xml.writeStartElement(cac, "AccountingSupplierParty");
    xml.writeStartElement(cac, "Party");
    xml.writeStartElement(cac, "PartyName");
    basic("Name", invoice.seller.name);
    xml.writeEndElement();
    xml.writeStartElement(cac, "PostalAddress");
    basic("StreetName", address.street);
    basic("CityName", address.city);
    basic("PostalZone", address.postcode);
    xml.writeStartElement(cac, "Country");
    basic("IdentificationCode", "NL");
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(cac, "PartyTaxScheme");
    basic("CompanyID", invoice.seller.vatNumber);
    xml.writeStartElement(cac, "TaxScheme");
    basic("ID", "VAT");
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(cac, "PartyLegalEntity");
    basic("RegistrationName", invoice.seller.name);
    xml.writeStartElement(cbc, "CompanyID");
    xml.writeAttribute("schemeID", "0106"); // the Dutch Chamber of Commerce, as NLCIUS asks of a Dutch seller
    xml.writeCharacters(invoice.seller.kvk);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();

    const PostalAddress buyer = dutchPostalAddress(invoice.participantAddress).value_or(PostalAddress{});
    xml.writeStartElement(cac, "AccountingCustomerParty");
    xml.writeStartElement(cac, "Party");
    xml.writeStartElement(cac, "PartyName");
    basic("Name", invoice.participant);
    xml.writeEndElement();
    xml.writeStartElement(cac, "PostalAddress");
    basic("StreetName", buyer.street);
    basic("CityName", buyer.city);
    basic("PostalZone", buyer.postcode);
    xml.writeStartElement(cac, "Country");
    basic("IdentificationCode", "NL");
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(cac, "PartyLegalEntity");
    basic("RegistrationName", invoice.participant);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(cac, "PaymentMeans");
    basic("PaymentMeansCode", "30"); // credit transfer
    basic("PaymentID", invoice.corrects.value_or(invoice.number));
    xml.writeStartElement(cac, "PayeeFinancialAccount");
    basic("ID", invoice.seller.iban);
    xml.writeEndElement();
    xml.writeEndElement();
    if (!credit) {
        xml.writeStartElement(cac, "PaymentTerms");
        basic("Note", tr("Payment within %n day(s)", invoice.seller.paymentDays));
        xml.writeEndElement();
    }

    xml.writeStartElement(cac, "TaxTotal");
    amount("TaxAmount", invoice.vatCents);
    xml.writeStartElement(cac, "TaxSubtotal");
    amount("TaxableAmount", invoice.netCents);
    amount("TaxAmount", invoice.vatCents);
    taxCategory("TaxCategory");
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(cac, "LegalMonetaryTotal");
    amount("LineExtensionAmount", invoice.netCents);
    amount("TaxExclusiveAmount", invoice.netCents);
    amount("TaxInclusiveAmount", invoice.totalCents);
    amount("PayableAmount", invoice.totalCents);
    xml.writeEndElement();

    int position = 0;
    for (const InvoiceLine& line : invoice.lines) {
        xml.writeStartElement(cac, credit ? "CreditNoteLine" : "InvoiceLine");
        basic("ID", QString::number(++position));
        xml.writeStartElement(cbc, credit ? "CreditedQuantity" : "InvoicedQuantity");
        xml.writeAttribute("unitCode", "C62"); // one share
        xml.writeCharacters("1");
        xml.writeEndElement();
        amount("LineExtensionAmount", line.netCents);
        xml.writeStartElement(cac, "Item");
        basic("Name", lineText(invoice, line).left(200));
        taxCategory("ClassifiedTaxCategory");
        xml.writeEndElement();
        xml.writeStartElement(cac, "Price");
        amount("PriceAmount", line.netCents);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace palet
