#include "records/certificate_records.hpp"

#include "papers/attendance_sheet.hpp"
#include "papers/signature.hpp"
#include "records/calendar_text.hpp"
#include "records/firm_records.hpp"
#include "records/meeting_outcome.hpp"
#include "translate.hpp"

namespace palet {
namespace {

// Meeting parts that are breaks: the building block of that name.
int breakMinutes(const std::vector<PartTime>& parts)
{
    int seconds = 0;
    for (const PartTime& part : parts)
        if (part.methodId == "block-break") seconds += part.actualSeconds;
    return (seconds + 30) / 60;
}

StoreResult<std::optional<IssuedCertificate>> stored(const Store& store, qint64 meetingId, qint64 memberId)
{
    auto rows = store.run("SELECT payload, signature FROM certificates WHERE meeting_id = ? AND member_id = ?",
                          {meetingId, memberId});
    if (!rows) return rows.failure();
    if (!rows->next()) return std::optional<IssuedCertificate>{};
    IssuedCertificate issued;
    issued.payload = rows->value(0).toString().toUtf8();
    issued.signature = QByteArray::fromBase64(rows->value(1).toString().toLatin1());
    const auto certificate = certificateFromPayload(issued.payload);
    if (!certificate) return refusal(tr("a certificate in the store cannot be read; it was changed outside Palet"));
    issued.certificate = *certificate;
    return std::optional<IssuedCertificate>{issued};
}

} // namespace

StoreResult<std::vector<IssuedCertificate>> issueCertificates(Store& store, const Meeting& meeting, const PeRules& rules,
                                                              QDate today)
{
    return store.write([&]() -> StoreResult<std::vector<IssuedCertificate>> {
        const auto sheet = gatherAttendanceSheet(store, meeting);
        if (!sheet) return sheet.failure();
        if (sheet->present.empty())
            return refusal(tr("no one is recorded as present at %1, so there is no one to certify").arg(sheet->reference));
        const auto firm = firmOf(store);
        if (!firm) return firm.failure();
        const auto secret = firmSecretKey(store);
        if (!secret) return secret.failure();
        const auto parts = partTimesOf(store, meeting.id);
        if (!parts) return parts.failure();
        const int heldMinutes = (sheet->heldSeconds + 30) / 60;
        const int breaks = breakMinutes(*parts);

        if (store.driver() == StoreDriver::postgresql)
            if (auto locked = store.run("LOCK TABLE certificates IN EXCLUSIVE MODE"); !locked) return locked.failure();
        auto last = store.run("SELECT COALESCE(MAX(sequence), 0) FROM certificates WHERE year = ?", {today.year()});
        if (!last) return last.failure();
        int sequence = last->next() ? last->value(0).toInt() : 0;

        std::vector<IssuedCertificate> issued;
        for (const SheetMember& member : sheet->present) {
            const auto earlier = stored(store, meeting.id, member.memberId);
            if (!earlier) return earlier.failure();
            if (*earlier) {
                issued.push_back(**earlier);
                continue;
            }
            Certificate c;
            c.number = QString("PE-%1-%2").arg(today.year()).arg(++sequence, 4, 10, QChar('0'));
            c.issuedOn = today;
            c.firm = firm->name;
            c.member = member.name;
            c.peRegister = member.peRegister;
            c.group = meeting.groupName;
            c.profession = sheet->profession;
            c.date = meeting.date;
            c.start = clockTimeText(meeting.start);
            c.end = clockTimeText(meeting.end);
            c.heldMinutes = heldMinutes;
            c.guide = sheet->guide;
            const RegisterMatch match = matchRegister(rules, member.peRegister);
            if (match.rule) {
                const PeCredit credit = creditFor(*match.rule, heldMinutes, breaks);
                c.registerId = match.rule->id;
                c.registerName = match.rule->name;
                c.countedMinutes = credit.countedMinutes;
                c.points = credit.points;
            } else {
                c.countedMinutes = std::max(0, heldMinutes - breaks);
            }
            IssuedCertificate one{c, certificatePayload(c), {}};
            one.signature = signMessage(*secret, one.payload);
            auto inserted = store.run("INSERT INTO certificates (number, year, sequence, meeting_id, member_id, payload, signature)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?)",
                                      {c.number, today.year(), sequence, meeting.id, member.memberId,
                                       QString::fromUtf8(one.payload), QString::fromLatin1(one.signature.toBase64())});
            if (!inserted) return inserted.failure();
            issued.push_back(std::move(one));
        }
        return issued;
    });
}

} // namespace palet
