// The rules of the papers as pure functions: splitting costs, VAT per line, amounts and hours as
// typed, IBAN and other checks, and PE points by a register's rules.

#include "papers/firm_checks.hpp"
#include "papers/invoice.hpp"
#include "papers/meeting_costs.hpp"
#include "papers/pe_rules.hpp"
#include "papers/signature.hpp"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <numeric>

using namespace palet;

TEST_CASE("costs of € 775.00 split over six participants add up to the cent, the extra cents to the first")
{
    MeetingCosts costs;
    costs.rateCents = 12500;
    costs.guidingMinutes = 180;      // € 375.00
    costs.prepMinutes = 90;          // € 187.50
    costs.travelMinutes = 60;        // € 125.00
    costs.travelCents = 3750;        // € 37.50
    costs.locationCents = 5000;      // € 50.00
    const auto lines = costLines(costs);
    REQUIRE(lines.size() == 5); // no facilities: no line
    CHECK(totalCents(lines) == 77500);
    const auto shares = splitEqually(lines, 6);
    REQUIRE(shares.size() == 6);
    std::vector<qint64> totals;
    for (const auto& share : shares) totals.push_back(std::accumulate(share.begin(), share.end(), qint64{0}));
    CHECK(std::accumulate(totals.begin(), totals.end(), qint64{0}) == 77500);
    // 77500 = 6 × 12916 + 4: the first four pay a cent more.
    CHECK(totals == std::vector<qint64>{12917, 12917, 12917, 12917, 12916, 12916});
    for (std::size_t line = 0; line < lines.size(); ++line) {
        qint64 sum = 0;
        for (const auto& share : shares) sum += share[line];
        CHECK(sum == lines[line].cents);
    }
}

TEST_CASE("every split adds up, and no two participants differ by more than a cent")
{
    for (int participants = 1; participants <= 10; ++participants)
        for (qint64 first : {1, 7, 99, 12345, 77501})
            for (qint64 second : {0, 3, 50, 999}) {
                const std::vector<CostLine> lines{{CostKind::guiding, 60, first}, {CostKind::location, 0, second}};
                const auto shares = splitEqually(lines, participants);
                qint64 sum = 0;
                qint64 low = std::numeric_limits<qint64>::max();
                qint64 high = 0;
                for (std::size_t who = 0; who < shares.size(); ++who) {
                    const qint64 total = shares[who][0] + shares[who][1];
                    sum += total;
                    low = std::min(low, total);
                    high = std::max(high, total);
                    if (who > 0) CHECK(shares[who - 1][0] + shares[who - 1][1] >= total); // extra cents first
                }
                CHECK(sum == first + second);
                CHECK(high - low <= 1);
            }
}

TEST_CASE("VAT is the invoice's net × the rate, handed out over the lines so that they add up")
{
    // 12917 × 21 % = 2712.57 → 2713, though the lines' own VAT would round to a different sum.
    const std::vector<qint64> net{6250, 3125, 2084, 625, 833};
    const auto vat = vatPerLine(net, 21);
    CHECK(std::accumulate(vat.begin(), vat.end(), qint64{0}) == 2713);
    for (std::size_t i = 0; i < net.size(); ++i) {
        CHECK(vat[i] * 100 <= net[i] * 21 + 100);
        CHECK(vat[i] * 100 >= net[i] * 21 - 100);
    }
    const auto credit = vatPerLine({-6250, -3125, -2084, -625, -833}, 21);
    CHECK(std::accumulate(credit.begin(), credit.end(), qint64{0}) == -2713);
    CHECK(vatPerLine({1000}, 0) == std::vector<qint64>{0});
    CHECK(vatPerLine({50}, 21) == std::vector<qint64>{11}); // 10.5 rounds half up
}

TEST_CASE("amounts and hours are read as people type them, and nothing else")
{
    CHECK(centsFromText("125") == 12500);
    CHECK(centsFromText("125.5") == 12550);
    CHECK(centsFromText("125,50") == 12550);
    CHECK(centsFromText("€ 37.50") == 3750);
    CHECK(centsFromText("0") == 0);
    for (const char* bad : {"-5", "12.345", "abc", "", "1e3", "12.", "1 000"}) CHECK_FALSE(centsFromText(bad));
    CHECK(minutesFromHoursText("1.5") == 90);
    CHECK(minutesFromHoursText("0,25") == 15);
    CHECK(minutesFromHoursText("2") == 120);
    CHECK_FALSE(minutesFromHoursText("0.01")); // not whole minutes
    CHECK_FALSE(minutesFromHoursText("-1"));
    CHECK_FALSE(minutesFromHoursText("one"));
    CHECK(decimalText(12917) == "129.17");
    CHECK(decimalText(-5) == "-0.05");
    CHECK(euroText(77500) == "€ 775.00");
    CHECK(euroText(123456789) == "€ 1,234,567.89");
}

TEST_CASE("an IBAN is checked by its check digits — KvK and VAT numbers by their form")
{
    CHECK_FALSE(ibanProblem("NL91 ABNA 0417 1643 00"));
    CHECK_FALSE(ibanProblem("nl91abna0417164300"));
    CHECK(ibanProblem("NL91 ABNA 0417 1643 01")->contains("check digits"));
    CHECK(ibanProblem("NL91 ABNA 0417 1643")->contains("18"));
    CHECK(ibanProblem("12345")->contains("not an IBAN"));
    CHECK_FALSE(ibanProblem("DE89 3704 0044 0532 0130 00"));
    CHECK(groupedIban("nl91abna0417164300") == "NL91 ABNA 0417 1643 00");
    CHECK_FALSE(kvkProblem("12345678"));
    CHECK(kvkProblem("1234567"));
    CHECK_FALSE(vatNumberProblem("NL123456789B01"));
    CHECK(vatNumberProblem("NL123456789"));
    CHECK_FALSE(vatNumberProblem("BE0123456789"));
    const auto address = dutchPostalAddress("Stationsweg 1, 3511 ab Utrecht");
    REQUIRE(address);
    CHECK(address->street == "Stationsweg 1");
    CHECK(address->postcode == "3511 AB");
    CHECK(address->city == "Utrecht");
    CHECK(addressProblem("Stationsweg 1 Utrecht"));
    CHECK_FALSE(invoiceNumberFormatProblem("{year}-{number:4}"));
    CHECK(invoiceNumberText("{year}-{number:4}", 2025, 7) == "2025-0007");
    CHECK(invoiceNumberText("F{number}", 2025, 12) == "F12");
    CHECK(invoiceNumberFormatProblem("{year}")->contains("{number}"));
    CHECK(invoiceNumberFormatProblem("{year}-{nummer}-{number}")->contains("{nummer}"));
}

TEST_CASE("an Ed25519 signature holds for its message and key only")
{
    const SigningKey key = newSigningKey();
    const QByteArray signature = signMessage(key.secretKey, "certificate");
    CHECK(signature.size() == 64);
    CHECK(signatureHolds(key.publicKey, "certificate", signature));
    CHECK_FALSE(signatureHolds(key.publicKey, "certificatE", signature));
    CHECK_FALSE(signatureHolds(newSigningKey().publicKey, "certificate", signature));
    CHECK(keyFingerprint(key.publicKey).size() == 19);
}

namespace {

QString writeRules(const QTemporaryDir& folder, const QString& name, const QByteArray& text)
{
    const QString path = folder.filePath(name);
    QFile file{path};
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
}

} // namespace

TEST_CASE("the shipped PE points rules read without errors, each with its sources")
{
    const PeRulesReading reading = readPeRules({PALET_SOURCE_DIR "/data/pe-registers.yaml"});
    for (const Diagnostic& error : reading.errors) FAIL(error.toString());
    REQUIRE(reading.rules.registers.size() >= 4);
    for (const PeRegisterRule& rule : reading.rules.registers) {
        INFO(rule.id.toStdString());
        CHECK_FALSE(rule.sources.empty());
        for (const PeSource& source : rule.sources) CHECK(source.url.startsWith("https://"));
    }
    const RegisterMatch mediator = matchRegister(reading.rules, "mfn 12345");
    REQUIRE(mediator.rule);
    CHECK(mediator.rule->id == "mfn");
    CHECK(mediator.number == "12345");
    CHECK(matchRegister(reading.rules, "MfN-register: 777").number == "777");
    CHECK_FALSE(matchRegister(reading.rules, "BIG 19012").rule);
    CHECK_FALSE(matchRegister(reading.rules, "SKJX 1").rule); // a prefix is a whole word
}

TEST_CASE("PE points follow the register's rate, rounding, minimum, maximum and whether breaks count")
{
    PeRegisterRule rule;
    rule.pointsPerHour = 100;
    rule.step = 100;
    rule.rounding = PointsRounding::down;
    rule.minimumMinutes = 60;
    CHECK(creditFor(rule, 170, 15).countedMinutes == 155);
    CHECK(creditFor(rule, 170, 15).points == 200); // 2 h 35 min: two whole points
    rule.rounding = PointsRounding::nearest;
    CHECK(creditFor(rule, 170, 15).points == 300);
    rule.step = 50;
    rule.rounding = PointsRounding::down;
    CHECK(creditFor(rule, 170, 15).points == 250);
    rule.rounding = PointsRounding::none;
    CHECK(creditFor(rule, 170, 15).points == 258); // 155 / 60 = 2.583…
    CHECK(creditFor(rule, 59, 0).points == 0);     // under the minimum
    rule.breaksCount = true;
    CHECK(creditFor(rule, 170, 15).countedMinutes == 170);
    rule.maximumPoints = 200;
    CHECK(creditFor(rule, 170, 15).points == 200);
    CHECK(pointsText(250) == "2.5");
    CHECK(pointsText(258) == "2.58");
    CHECK(pointsText(300) == "3");
}

TEST_CASE("a firm's rules file extends the shipped rules and replaces a register by its id")
{
    const QTemporaryDir folder;
    const QString firm = writeRules(folder, "firm.yaml",
                                    "format: 1\n"
                                    "registers:\n"
                                    "  - id: mfn\n"
                                    "    name: MfN (our reading)\n"
                                    "    prefixes: [MfN]\n"
                                    "    points_per_hour: 1.5\n"
                                    "    sources: [{title: agreement with the register, checked: 2026-11}]\n"
                                    "  - id: nip\n"
                                    "    name: NIP\n"
                                    "    prefixes: [NIP]\n"
                                    "    points_per_hour: 1\n"
                                    "    sources: [{title: NIP, url: https://psynip.nl, checked: 2026-11}]\n");
    const PeRulesReading reading = readPeRules({PALET_SOURCE_DIR "/data/pe-registers.yaml", firm});
    CHECK(reading.errors.empty());
    const RegisterMatch mediator = matchRegister(reading.rules, "MfN 1");
    REQUIRE(mediator.rule);
    CHECK(mediator.rule->name == "MfN (our reading)");
    CHECK(mediator.rule->pointsPerHour == 150);
    REQUIRE(matchRegister(reading.rules, "NIP 4").rule);
}

TEST_CASE("a rules file with errors is refused whole, each error at its place")
{
    const QTemporaryDir folder;
    const QString bad = writeRules(folder, "bad.yaml",
                                   "format: 1\n"
                                   "registers:\n"
                                   "  - id: nip\n"
                                   "    name: NIP\n"
                                   "    prefixes: [NIP]\n"
                                   "    points_per_hour: -1\n"
                                   "    roundng: down\n"
                                   "    sources: [{title: NIP, checked: 2026-11}]\n"
                                   "  - id: other\n"
                                   "    name: Other\n"
                                   "    prefixes: [Other]\n"
                                   "    points_per_hour: 1\n");
    const PeRulesReading reading = readPeRules({bad});
    REQUIRE(reading.errors.size() == 3);
    CHECK(reading.errors[0].toString() == bad.toStdString() + ":7:5: unknown key 'roundng' in a register; did you mean 'rounding'?");
    CHECK(reading.errors[1].toString() == bad.toStdString() + ":6:22: points_per_hour must be a number with at most two "
                                                              "decimals, such as 1 or 0.5, not '-1'");
    CHECK(reading.errors[2].toString() == bad.toStdString() + ":9:5: a register needs 'sources'");
    CHECK(reading.rules.registers.empty());
}

TEST_CASE("an invoice reads back from what the store keeps, and without VAT its e-invoice says it is exempt")
{
    Invoice invoice;
    invoice.number = "2025-0042";
    invoice.year = 2025;
    invoice.sequence = 42;
    invoice.issuedOn = QDate{2025, 3, 13};
    invoice.dueOn = QDate{2025, 4, 12};
    invoice.participant = "Anna";
    invoice.participantAddress = "Dorpsstraat 5, 1234 AB Ergens";
    invoice.participants = 6;
    invoice.meeting = "Zorgteam@2025-03-12";
    invoice.group = "Zorgteam";
    invoice.meetingDate = QDate{2025, 3, 12};
    invoice.seller.name = "Intervisie & Co";
    invoice.seller.address = "Stationsweg 1\n3511 AB Utrecht";
    invoice.seller.kvk = "12345678";
    invoice.seller.vatNumber = "NL123456789B01";
    invoice.seller.iban = "NL91ABNA0417164300";
    invoice.vatPercent = 0;
    invoice.lines = {{CostKind::guiding, 180, 37500, 6250, 0}, {CostKind::location, 0, 5000, 834, 0}};
    invoice.netCents = 7084;
    invoice.totalCents = 7084;
    const auto back = invoiceFromDocument(invoiceDocument(invoice));
    REQUIRE(back);
    CHECK(invoiceDocument(*back) == invoiceDocument(invoice));
    const QString ubl = QString::fromUtf8(invoiceUbl(invoice));
    CHECK(ubl.contains("<cbc:ID>E</cbc:ID>"));
    CHECK(ubl.contains("<cbc:TaxExemptionReason>"));
    CHECK(ubl.contains("<cbc:PayableAmount currencyID=\"EUR\">70.84</cbc:PayableAmount>"));
    CHECK(ubl.contains("<cbc:StreetName>Stationsweg 1</cbc:StreetName>"));

    Invoice credit = invoice;
    credit.number = "2025-0043";
    credit.corrects = "2025-0042";
    credit.netCents = credit.totalCents = -7084;
    for (InvoiceLine& line : credit.lines) line.netCents = -line.netCents;
    const QString creditUbl = QString::fromUtf8(invoiceUbl(credit));
    CHECK(creditUbl.contains("<CreditNote"));
    CHECK(creditUbl.contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>"));
    CHECK(creditUbl.contains("<cbc:PayableAmount currencyID=\"EUR\">70.84</cbc:PayableAmount>")); // positive on a credit note
    CHECK_FALSE(creditUbl.contains("DueDate"));
}
