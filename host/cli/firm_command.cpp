// palet firm: the firm's details for invoices and certificates, kept in the store.

#include "commands.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"
#include "subcommands.hpp"

#include "papers/firm_checks.hpp"
#include "papers/meeting_costs.hpp"
#include "papers/signature.hpp"
#include "records/firm_records.hpp"
#include "translate.hpp"

#include <QJsonObject>

namespace palet::cli {
namespace {

QJsonObject firmJson(const Firm& firm)
{
    return {{"name", firm.name},
            {"address", firm.address},
            {"kvk", firm.kvk},
            {"vat_number", firm.vatNumber},
            {"iban", firm.iban},
            {"rate_cents", firm.rateCents},
            {"vat_percent", firm.vatPercent},
            {"payment_days", firm.paymentDays},
            {"invoice_number_format", firm.invoiceNumberFormat},
            {"invoice_participants", invoiceParticipantsId(firm.participants)},
            {"public_key", QString::fromLatin1(firm.publicKey.toBase64())},
            {"key_fingerprint", keyFingerprint(firm.publicKey)}};
}

QString firmText(const Firm& firm)
{
    const QDate today = QDate::currentDate();
    std::vector<QStringList> rows{
        {tr("Name"), firm.name},
        {tr("Address"), QString{firm.address}.replace('\n', ", ")},
        {tr("KvK number"), firm.kvk},
        {tr("VAT number"), firm.vatNumber},
        {tr("IBAN"), groupedIban(firm.iban)},
        {tr("Hourly rate"), tr("%1 excluding VAT").arg(euroText(firm.rateCents))},
        {tr("VAT"), tr("%1 %").arg(firm.vatPercent)},
        {tr("Payment term"), tr("%n day(s)", firm.paymentDays)},
        {tr("Invoice numbers"), tr("%1, such as %2").arg(firm.invoiceNumberFormat,
                                                         invoiceNumberText(firm.invoiceNumberFormat, today.year(), 1))},
        {tr("Invoiced"), firm.participants == InvoiceParticipants::present ? tr("the members present")
                                                                            : tr("all members")},
        {tr("Signing key"), keyFingerprint(firm.publicKey)},
        {tr("Public key"), QString::fromLatin1(firm.publicKey.toBase64())},
    };
    return table(rows, 1000) + '\n';
}

int set(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    parser.addOption({"name", tr("The firm's name."), "TEXT"});
    parser.addOption({"address", tr("Street and number, then postcode and city, e.g. \"Stationsweg 1, 3511 AB Utrecht\"."), "TEXT"});
    parser.addOption({"kvk", tr("The Chamber of Commerce (KvK) number: eight digits."), "NUMBER"});
    parser.addOption({"vat-number", tr("The VAT identification number, e.g. NL123456789B01."), "NUMBER"});
    parser.addOption({"iban", tr("The account invoices are paid to; its check digits are checked."), "IBAN"});
    parser.addOption({"rate", tr("The default hourly rate excluding VAT, e.g. 125 or 125.50 (default 125)."), "EUR"});
    parser.addOption({"vat", tr("The VAT rate in whole percent (default 21)."), "PERCENT"});
    parser.addOption({"payment-days", tr("The payment term in days (default 30)."), "N"});
    parser.addOption({"invoice-number-format", tr("How invoice numbers look: {year} and {number}, or {number:4} for at least "
                                                  "four digits (default {year}-{number:4})."),
                      "FORMAT"});
    parser.addOption({"invoice", tr("Who gets a meeting's invoices: present (default) or members (all members)."), "WHO"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Set the firm's details, once; later, change any of them. The first time also "
                                          "makes the firm's key that signs certificates.")))
        return *done;
    if (!hasPositionals(parser, command, 0, {})) return badUsage;
    FirmChange change;
    for (const auto& [option, field] : {std::pair{"name", &change.name}, std::pair{"address", &change.address},
                                        std::pair{"kvk", &change.kvk}, std::pair{"vat-number", &change.vatNumber},
                                        std::pair{"iban", &change.iban},
                                        std::pair{"invoice-number-format", &change.invoiceNumberFormat}})
        if (parser.isSet(option)) *field = parser.value(option);
    if (parser.isSet("rate")) {
        const auto cents = centsFromText(parser.value("rate"));
        if (!cents || *cents > 10'000'00)
            return misuse(command, tr("--rate must be an amount in euros such as 125 or 125.50, not '%1'").arg(parser.value("rate")));
        change.rateCents = int(*cents);
    }
    if (parser.isSet("vat")) {
        bool ok = false;
        const int percent = parser.value("vat").toInt(&ok);
        if (!ok || percent < 0 || percent > 100)
            return misuse(command, tr("--vat must be a whole percentage from 0 to 100, not '%1'").arg(parser.value("vat")));
        change.vatPercent = percent;
    }
    if (parser.isSet("payment-days")) {
        bool ok = false;
        const int days = parser.value("payment-days").toInt(&ok);
        if (!ok || days < 0 || days > 365)
            return misuse(command, tr("--payment-days must be a whole number of days from 0 to 365, not '%1'")
                                       .arg(parser.value("payment-days")));
        change.paymentDays = days;
    }
    if (parser.isSet("invoice")) {
        change.participants = invoiceParticipantsFromId(parser.value("invoice"));
        if (!change.participants)
            return misuse(command, tr("--invoice must be present or members, not '%1'").arg(parser.value("invoice")));
    }
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    const auto firm = setFirm(*opened.store, change);
    if (!firm) return refuse(command, firm.error);
    if (parser.isSet("json")) printJson(firmJson(*firm));
    else printOut(tr("The firm's details are kept in the store.\n") + firmText(*firm));
    return success;
}

int show(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("Show the firm's details and its public key."))) return *done;
    if (!hasPositionals(parser, command, 0, {})) return badUsage;
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    const auto firm = firmOf(*opened.store);
    if (!firm) return refuse(command, firm.error);
    if (parser.isSet("json")) printJson(firmJson(*firm));
    else printOut(firmText(*firm));
    return success;
}

} // namespace

int runFirm(const QStringList& arguments)
{
    static const std::vector<Subcommand> subcommands{
        {"set", set, QT_TRANSLATE_NOOP("palet", "Set or change the firm's details.")},
        {"show", show, QT_TRANSLATE_NOOP("palet", "Show the firm's details and its public key.")},
    };
    return runSubcommand(arguments, subcommands,
                         tr("The firm that guides groups: its details on invoices and certificates, kept in the store."));
}

} // namespace palet::cli
