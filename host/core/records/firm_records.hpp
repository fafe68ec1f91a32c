#pragma once
// The firm's details in the store (records/firm.hpp), set once and changed field by field.
// Setting them the first time also makes the firm's signing key; the secret half stays in the
// store and is read only to sign.

#include "records/firm.hpp"
#include "records/store.hpp"

#include <optional>

namespace palet {

// What to change; the fields not given stay as they are. The first time, name, address, kvk,
// vatNumber and iban are required.
struct FirmChange {
    std::optional<QString> name;
    std::optional<QString> address;
    std::optional<QString> kvk;
    std::optional<QString> vatNumber;
    std::optional<QString> iban;
    std::optional<int> rateCents;
    std::optional<int> vatPercent;
    std::optional<int> paymentDays;
    std::optional<QString> invoiceNumberFormat;
    std::optional<InvoiceParticipants> participants;
};

// Checks every value (the IBAN by its check digits) and changes all or nothing.
StoreResult<Firm> setFirm(Store& store, const FirmChange& change);

// The firm, or a refusal that says how to set it.
StoreResult<Firm> firmOf(const Store& store);

// The secret half of the firm's signing key, to sign with.
StoreResult<QByteArray> firmSecretKey(const Store& store);

} // namespace palet
