#include "records/firm_records.hpp"

#include "papers/firm_checks.hpp"
#include "papers/signature.hpp"
#include "translate.hpp"

namespace palet {
namespace {

const QString firmColumns = "SELECT name, address, kvk, vat_number, iban, rate_cents, vat_percent, payment_days,"
                            " invoice_number_format, invoice_participants, public_key FROM firm WHERE id = 1";

Firm firmFrom(const QSqlQuery& row)
{
    Firm firm;
    firm.name = row.value(0).toString();
    firm.address = row.value(1).toString();
    firm.kvk = row.value(2).toString();
    firm.vatNumber = row.value(3).toString();
    firm.iban = row.value(4).toString();
    firm.rateCents = row.value(5).toInt();
    firm.vatPercent = row.value(6).toInt();
    firm.paymentDays = row.value(7).toInt();
    firm.invoiceNumberFormat = row.value(8).toString();
    firm.participants = invoiceParticipantsFromId(row.value(9).toString()).value_or(InvoiceParticipants::present);
    firm.publicKey = QByteArray::fromBase64(row.value(10).toString().toLatin1());
    return firm;
}

StoreResult<std::optional<Firm>> storedFirm(const Store& store)
{
    auto rows = store.run(firmColumns);
    if (!rows) return rows.failure();
    if (!rows->next()) return std::optional<Firm>{};
    return std::optional<Firm>{firmFrom(*rows)};
}

std::optional<QString> changeProblem(const FirmChange& change)
{
    if (change.name && change.name->simplified().isEmpty()) return tr("the firm's name cannot be empty");
    if (change.name && change.name->simplified().size() > 120) return tr("the firm's name is longer than 120 characters");
    if (change.address && change.address->trimmed().isEmpty()) return tr("the firm's address cannot be empty");
    if (change.address && change.address->size() > 400) return tr("the firm's address is longer than 400 characters");
    if (change.address)
        if (auto problem = addressProblem(*change.address)) return problem;
    if (change.kvk)
        if (auto problem = kvkProblem(*change.kvk)) return problem;
    if (change.vatNumber)
        if (auto problem = vatNumberProblem(*change.vatNumber)) return problem;
    if (change.iban)
        if (auto problem = ibanProblem(*change.iban)) return problem;
    if (change.rateCents && (*change.rateCents < 0 || *change.rateCents > 10'000'00))
        return tr("the hourly rate must be from € 0.00 to € 10,000.00");
    if (change.vatPercent && (*change.vatPercent < 0 || *change.vatPercent > 100))
        return tr("the VAT rate must be a whole percentage from 0 to 100");
    if (change.paymentDays && (*change.paymentDays < 0 || *change.paymentDays > 365))
        return tr("the payment term must be from 0 to 365 days");
    if (change.invoiceNumberFormat)
        if (auto problem = invoiceNumberFormatProblem(*change.invoiceNumberFormat)) return problem;
    return std::nullopt;
}

// Addresses keep their lines, each tidied.
QString tidyAddress(const QString& address)
{
    QStringList lines;
    for (const QString& line : address.split('\n'))
        if (!line.simplified().isEmpty()) lines << line.simplified();
    return lines.join('\n');
}

} // namespace

QString invoiceParticipantsId(InvoiceParticipants who)
{
    return who == InvoiceParticipants::members ? QStringLiteral("members") : QStringLiteral("present");
}

std::optional<InvoiceParticipants> invoiceParticipantsFromId(const QString& id)
{
    if (id == "present") return InvoiceParticipants::present;
    if (id == "members") return InvoiceParticipants::members;
    return std::nullopt;
}

StoreResult<Firm> setFirm(Store& store, const FirmChange& change)
{
    if (const auto problem = changeProblem(change)) return refusal(*problem);
    return store.write([&]() -> StoreResult<Firm> {
        if (store.driver() == StoreDriver::postgresql)
            if (auto locked = store.run("LOCK TABLE firm IN EXCLUSIVE MODE"); !locked) return locked.failure();
        const auto existing = storedFirm(store);
        if (!existing) return existing.failure();
        Firm firm = existing->value_or(Firm{});
        if (!*existing) {
            QStringList missing;
            if (!change.name) missing << "--name";
            if (!change.address) missing << "--address";
            if (!change.kvk) missing << "--kvk";
            if (!change.vatNumber) missing << "--vat-number";
            if (!change.iban) missing << "--iban";
            if (!missing.isEmpty())
                return refusal(tr("the firm's details are set for the first time, so these are needed too: %1")
                                   .arg(missing.join(", ")));
        }
        if (change.name) firm.name = change.name->simplified();
        if (change.address) firm.address = tidyAddress(*change.address);
        if (change.kvk) firm.kvk = change.kvk->trimmed();
        if (change.vatNumber) firm.vatNumber = compactIban(*change.vatNumber);
        if (change.iban) firm.iban = compactIban(*change.iban);
        if (change.rateCents) firm.rateCents = *change.rateCents;
        if (change.vatPercent) firm.vatPercent = *change.vatPercent;
        if (change.paymentDays) firm.paymentDays = *change.paymentDays;
        if (change.invoiceNumberFormat) firm.invoiceNumberFormat = *change.invoiceNumberFormat;
        if (change.participants) firm.participants = *change.participants;
        const QVariantList values{firm.name, firm.address, firm.kvk, firm.vatNumber, firm.iban, firm.rateCents,
                                  firm.vatPercent, firm.paymentDays, firm.invoiceNumberFormat,
                                  invoiceParticipantsId(firm.participants)};
        if (*existing) {
            auto updated = store.run("UPDATE firm SET name = ?, address = ?, kvk = ?, vat_number = ?, iban = ?, rate_cents = ?,"
                                     " vat_percent = ?, payment_days = ?, invoice_number_format = ?, invoice_participants = ?"
                                     " WHERE id = 1",
                                     values);
            if (!updated) return updated.failure();
            return firm;
        }
        const SigningKey key = newSigningKey();
        firm.publicKey = key.publicKey;
        auto inserted = store.run("INSERT INTO firm (id, name, address, kvk, vat_number, iban, rate_cents, vat_percent,"
                                  " payment_days, invoice_number_format, invoice_participants, public_key, secret_key)"
                                  " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                  values + QVariantList{QString::fromLatin1(key.publicKey.toBase64()),
                                                        QString::fromLatin1(key.secretKey.toBase64())});
        if (!inserted) return inserted.failure();
        return firm;
    });
}

StoreResult<Firm> firmOf(const Store& store)
{
    const auto firm = storedFirm(store);
    if (!firm) return firm.failure();
    if (!*firm)
        return refusal(tr("the firm's details are missing; set them once with: palet firm set --name TEXT --address TEXT "
                          "--kvk NUMBER --vat-number NUMBER --iban IBAN"));
    return **firm;
}

StoreResult<QByteArray> firmSecretKey(const Store& store)
{
    auto rows = store.run("SELECT secret_key FROM firm WHERE id = 1");
    if (!rows) return rows.failure();
    if (!rows->next())
        return refusal(tr("the firm's details are missing; set them once with: palet firm set --name TEXT --address TEXT "
                          "--kvk NUMBER --vat-number NUMBER --iban IBAN"));
    return QByteArray::fromBase64(rows->value(0).toString().toLatin1());
}

} // namespace palet
