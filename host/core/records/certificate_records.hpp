#pragma once
// Certificates of participation in the store: issued once per present member of a held
// meeting, numbered PE-YEAR-NNNN in sequence per year, signed with the firm's key. Issuing
// again gives back the certificates issued before, unchanged.

#include "papers/certificate.hpp"
#include "papers/pe_rules.hpp"
#include "records/meeting.hpp"
#include "records/store.hpp"

#include <vector>

namespace palet {

struct IssuedCertificate {
    Certificate certificate;
    QByteArray payload;
    QByteArray signature;
};

// Refused unless the meeting was held, someone was present and the firm's details are set.
StoreResult<std::vector<IssuedCertificate>> issueCertificates(Store& store, const Meeting& meeting, const PeRules& rules,
                                                              QDate today);

} // namespace palet
