#include "records/invoice_records.hpp"

#include "papers/attendance_sheet.hpp"
#include "papers/firm_checks.hpp"
#include "records/calendar_text.hpp"
#include "records/firm_records.hpp"
#include "records/group_records.hpp"
#include "records/record_names.hpp"
#include "translate.hpp"
#include "text/domain_words.hpp"

#include <QJsonDocument>

#include <algorithm>
#include <map>

namespace palet {
namespace {

StoreResult<std::vector<Invoice>> invoicesWhere(const Store& store, const QString& condition, const QVariantList& values)
{
    auto rows = store.run("SELECT document FROM invoices WHERE " + condition + " ORDER BY year, sequence", values);
    if (!rows) return rows.failure();
    std::vector<Invoice> invoices;
    while (rows->next()) {
        const auto invoice = invoiceFromDocument(QJsonDocument::fromJson(rows->value(0).toString().toUtf8()).object());
        if (!invoice) return refusal(tr("an invoice in the store cannot be read; it was changed outside Palet"));
        invoices.push_back(*invoice);
    }
    return invoices;
}

// Invoices of the meeting that no credit invoice corrects, and that are not credits themselves.
StoreResult<std::vector<Invoice>> standing(const Store& store, qint64 meetingId)
{
    return invoicesWhere(store,
                         "meeting_id = ? AND corrects IS NULL AND number NOT IN"
                         " (SELECT corrects FROM invoices WHERE corrects IS NOT NULL)",
                         {meetingId});
}

// The next free sequence number of the year; the table is locked on PostgreSQL so that two
// facilitators issuing at once take turns.
StoreResult<int> nextSequence(const Store& store, int year)
{
    if (store.driver() == StoreDriver::postgresql)
        if (auto locked = store.run("LOCK TABLE invoices IN EXCLUSIVE MODE"); !locked) return locked.failure();
    auto rows = store.run("SELECT COALESCE(MAX(sequence), 0) FROM invoices WHERE year = ?", {year});
    if (!rows) return rows.failure();
    return rows->next() ? rows->value(0).toInt() + 1 : 1;
}

StoreStatus insertInvoice(const Store& store, const Invoice& invoice, qint64 meetingId, std::optional<qint64> memberId)
{
    auto inserted = store.run(
        "INSERT INTO invoices (number, year, sequence, meeting_id, member_id, participant, issued_on, net_cents, vat_cents,"
        " total_cents, corrects, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {invoice.number, invoice.year, invoice.sequence, meetingId,
         memberId ? QVariant{*memberId} : QVariant{QMetaType::fromType<qlonglong>()}, invoice.participant,
         dateText(invoice.issuedOn), invoice.netCents, invoice.vatCents, invoice.totalCents,
         invoice.corrects ? QVariant{*invoice.corrects} : QVariant{QMetaType::fromType<QString>()},
         QString::fromUtf8(QJsonDocument{invoiceDocument(invoice)}.toJson(QJsonDocument::Compact))});
    if (!inserted) return inserted.failure();
    return done();
}

struct Participant {
    qint64 memberId = 0;
    QString name;
    QString address; // empty when none was given
};

StoreResult<std::vector<Participant>> participantsOf(const Store& store, const Meeting& meeting, InvoiceParticipants who)
{
    // Present as the proof of attendance has it: recorded present, or confirmed when not
    // recorded. All members: those present, absent, or (not run with Palet) of the group that day.
    const auto sheet = gatherAttendanceSheet(store, meeting);
    if (!sheet) return sheet.failure();
    std::vector<SheetMember> chosen = sheet->present;
    if (who == InvoiceParticipants::members) {
        chosen.insert(chosen.end(), sheet->absent.begin(), sheet->absent.end());
        chosen.insert(chosen.end(), sheet->unrecorded.begin(), sheet->unrecorded.end());
    }
    auto rows = store.run("SELECT a.member_id, a.address FROM invoice_addresses a JOIN members p ON p.id = a.member_id"
                          " WHERE p.group_id = ?",
                          {meeting.groupId});
    if (!rows) return rows.failure();
    std::map<qint64, QString> addresses;
    while (rows->next()) addresses[rows->value(0).toLongLong()] = rows->value(1).toString();
    std::vector<Participant> participants;
    for (const SheetMember& member : chosen) participants.push_back({member.memberId, member.name, addresses[member.memberId]});
    std::sort(participants.begin(), participants.end(), [](const Participant& a, const Participant& b) {
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    return participants;
}

} // namespace

StoreResult<QString> setInvoiceAddress(Store& store, const QString& groupName, const QString& memberName,
                                       const QString& address)
{
    const auto postal = dutchPostalAddress(address);
    if (!postal)
        return refusal(tr("'%1' is not an address with a street and a line with postcode and city, such as "
                          "\"Dorpsstraat 5, 1234 AB Ergens\"")
                           .arg(address));
    const QString kept = postal->street + ", " + postal->postcode + ' ' + postal->city;
    return store.write([&]() -> StoreResult<QString> {
        const auto group = findGroup(store, groupName);
        if (!group) return group.failure();
        const auto members = membersOf(store, group->id);
        if (!members) return members.failure();
        QStringList names;
        for (const Member& member : *members) {
            names << member.name;
            if (nameKey(member.name) != nameKey(memberName)) continue;
            if (auto removed = store.run("DELETE FROM invoice_addresses WHERE member_id = ?", {member.id}); !removed)
                return removed.failure();
            if (auto inserted = store.run("INSERT INTO invoice_addresses (member_id, address) VALUES (?, ?)", {member.id, kept});
                !inserted)
                return inserted.failure();
            return kept;
        }
        return refusal(tr("%1 has no member '%2'%3").arg(group->name, memberName, didYouMeanText(memberName, names)));
    });
}

StoreResult<MeetingCosts> setMeetingCosts(Store& store, const Meeting& meeting, const MeetingCosts& costs)
{
    if (meeting.status == MeetingStatus::cancelled)
        return refusal(tr("the meeting of %1 on %2 was cancelled; it has no costs").arg(meeting.groupName, dateText(meeting.date)));
    if (costs.rateCents < 0 || costs.prepMinutes < 0 || costs.travelMinutes < 0 || costs.travelCents < 0 ||
        costs.locationCents < 0 || costs.facilitiesCents < 0)
        return refusal(tr("costs cannot be negative"));
    MeetingCosts kept = costs;
    kept.guidingMinutes = meeting.start.secsTo(meeting.end) / 60;
    return store.write([&]() -> StoreResult<MeetingCosts> {
        const auto issued = standing(store, meeting.id);
        if (!issued) return issued.failure();
        if (!issued->empty())
            return refusal(tr("the meeting's invoices were issued (%1 and more); they never change. Credit them first with: "
                              "palet invoices MEETING --credit")
                               .arg(issued->front().number));
        if (auto removed = store.run("DELETE FROM meeting_costs WHERE meeting_id = ?", {meeting.id}); !removed)
            return removed.failure();
        auto inserted = store.run("INSERT INTO meeting_costs (meeting_id, rate_cents, guiding_minutes, prep_minutes,"
                                  " travel_minutes, travel_cents, location_cents, facilities_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                  {meeting.id, kept.rateCents, kept.guidingMinutes, kept.prepMinutes, kept.travelMinutes,
                                   kept.travelCents, kept.locationCents, kept.facilitiesCents});
        if (!inserted) return inserted.failure();
        return kept;
    });
}

StoreResult<std::optional<MeetingCosts>> meetingCostsOf(const Store& store, qint64 meetingId)
{
    auto rows = store.run("SELECT rate_cents, guiding_minutes, prep_minutes, travel_minutes, travel_cents, location_cents,"
                          " facilities_cents FROM meeting_costs WHERE meeting_id = ?",
                          {meetingId});
    if (!rows) return rows.failure();
    if (!rows->next()) return std::optional<MeetingCosts>{};
    MeetingCosts costs;
    costs.rateCents = rows->value(0).toInt();
    costs.guidingMinutes = rows->value(1).toInt();
    costs.prepMinutes = rows->value(2).toInt();
    costs.travelMinutes = rows->value(3).toInt();
    costs.travelCents = rows->value(4).toLongLong();
    costs.locationCents = rows->value(5).toLongLong();
    costs.facilitiesCents = rows->value(6).toLongLong();
    return std::optional<MeetingCosts>{costs};
}

StoreResult<IssuedInvoices> issueInvoices(Store& store, const Meeting& meeting, const QString& reference, QDate today)
{
    return store.write([&]() -> StoreResult<IssuedInvoices> {
        const auto existing = standing(store, meeting.id);
        if (!existing) return existing.failure();
        if (!existing->empty()) return IssuedInvoices{*existing, false};
        if (meeting.status != MeetingStatus::held)
            return refusal(tr("%1 is %2, not held; invoices are sent once the meeting has been held")
                               .arg(reference, meetingStatusText(meeting.status)));
        const auto firm = firmOf(store);
        if (!firm) return firm.failure();
        const auto costs = meetingCostsOf(store, meeting.id);
        if (!costs) return costs.failure();
        if (!*costs)
            return refusal(tr("%1 has no costs recorded; record them first with: palet meeting costs %1 --prep-hours H "
                              "--travel-hours H --travel-costs EUR --location EUR")
                               .arg(reference));
        const auto participants = participantsOf(store, meeting, firm->participants);
        if (!participants) return participants.failure();
        if (participants->empty())
            return refusal(firm->participants == InvoiceParticipants::present
                               ? tr("%1 has no members recorded as present, so there is no one to invoice").arg(reference)
                               : tr("%1 had no members, so there is no one to invoice").arg(reference));
        QStringList unaddressed;
        for (const Participant& participant : *participants)
            if (participant.address.isEmpty()) unaddressed << participant.name;
        if (!unaddressed.isEmpty())
            return refusal(tr("an invoice names the customer's address, and there is none for %1; give each with: "
                              "palet member address NAME \"Street 1, 1234 AB City\" --group \"%2\"")
                               .arg(unaddressed.join(", "), meeting.groupName));
        const std::vector<CostLine> lines = costLines(**costs);
        if (lines.empty()) return refusal(tr("the costs of %1 come to € 0.00; there is nothing to invoice").arg(reference));
        const auto shares = splitEqually(lines, int(participants->size()));
        const auto first = nextSequence(store, today.year());
        if (!first) return first.failure();

        IssuedInvoices issued;
        issued.issuedNow = true;
        for (std::size_t who = 0; who < participants->size(); ++who) {
            Invoice invoice;
            invoice.year = today.year();
            invoice.sequence = *first + int(who);
            invoice.number = invoiceNumberText(firm->invoiceNumberFormat, invoice.year, invoice.sequence);
            invoice.issuedOn = today;
            invoice.dueOn = today.addDays(firm->paymentDays);
            invoice.participant = participants->at(who).name;
            invoice.participantAddress = participants->at(who).address;
            invoice.participants = int(participants->size());
            invoice.meeting = reference;
            invoice.group = meeting.groupName;
            invoice.meetingDate = meeting.date;
            invoice.seller = *firm;
            invoice.vatPercent = firm->vatPercent;
            const std::vector<qint64> vat = vatPerLine(shares[who], firm->vatPercent);
            for (std::size_t line = 0; line < lines.size(); ++line) {
                invoice.lines.push_back({lines[line].kind, lines[line].minutes, lines[line].cents, shares[who][line], vat[line]});
                invoice.netCents += shares[who][line];
                invoice.vatCents += vat[line];
            }
            invoice.totalCents = invoice.netCents + invoice.vatCents;
            if (auto kept = insertInvoice(store, invoice, meeting.id, participants->at(who).memberId); !kept)
                return kept.failure();
            issued.invoices.push_back(std::move(invoice));
        }
        return issued;
    });
}

StoreResult<std::vector<Invoice>> invoicesOf(const Store& store, qint64 meetingId)
{
    return invoicesWhere(store, "meeting_id = ?", {meetingId});
}

StoreResult<std::vector<Invoice>> creditInvoices(Store& store, const Meeting& meeting, QDate today)
{
    return store.write([&]() -> StoreResult<std::vector<Invoice>> {
        const auto open = standing(store, meeting.id);
        if (!open) return open.failure();
        if (open->empty()) return refusal(tr("the meeting has no invoices that stand; there is nothing to credit"));
        const auto first = nextSequence(store, today.year());
        if (!first) return first.failure();
        const auto firm = firmOf(store);
        if (!firm) return firm.failure();
        std::vector<Invoice> credits;
        for (const Invoice& original : *open) {
            Invoice credit = original;
            credit.year = today.year();
            credit.sequence = *first + int(credits.size());
            credit.number = invoiceNumberText(firm->invoiceNumberFormat, credit.year, credit.sequence);
            credit.issuedOn = today;
            credit.dueOn = today;
            credit.corrects = original.number;
            for (InvoiceLine& line : credit.lines) {
                line.meetingCents = -line.meetingCents;
                line.netCents = -line.netCents;
                line.vatCents = -line.vatCents;
            }
            credit.netCents = -original.netCents;
            credit.vatCents = -original.vatCents;
            credit.totalCents = -original.totalCents;
            auto member = store.run("SELECT member_id FROM invoices WHERE number = ?", {original.number});
            if (!member) return member.failure();
            std::optional<qint64> memberId;
            if (member->next() && !member->value(0).isNull()) memberId = member->value(0).toLongLong();
            if (auto kept = insertInvoice(store, credit, meeting.id, memberId); !kept) return kept.failure();
            credits.push_back(std::move(credit));
        }
        return credits;
    });
}

} // namespace palet
