// palet firm, meeting costs, invoices, certificates and member history, through the real binary
// on each back-end, in English and in Dutch: a meeting of six whose costs come to € 775.00.

#include "pdf_text.hpp"
#include "records_sandbox.hpp"

#include "records/group_records.hpp"
#include "records/meeting_outcome.hpp"
#include "records/meeting_records.hpp"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

using namespace palet::test;

namespace {

const QString meeting = "Zorgteam@2025-03-12";

const QStringList firmDetails{"firm", "set", "--name", "Intervisie & Co", "--address", "Stationsweg 1, 3511 AB Utrecht",
                              "--kvk", "12345678", "--vat-number", "NL123456789B01", "--iban", "NL91 ABNA 0417 1643 00"};

// Zorgteam with seven members, six of them present at a meeting on 12 March 2025, 09:30–12:30,
// as a run records it: 2 h 50 min held, a quarter of an hour of it a break.
void holdMeeting(const RecordsSandbox& sandbox)
{
    REQUIRE(sandbox.run({"group", "create", "Zorgteam", "--profession", "mediators"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "--pe-register", "MfN 12345"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Bram", "--pe-register", "SKJ 100200300"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Cor", "--pe-register", "Registerplein 46101234"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Dirk", "Eva", "Fenna", "Gijs"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-03-12", "--start", "09:30", "--end", "12:30",
                         "--facilitator", "Els de Gids"})
                .exitCode == 0);
    int house = 0;
    for (const char* name : {"Anna", "Bram", "Cor", "Dirk", "Eva", "Fenna", "Gijs"})
        REQUIRE(sandbox.run({"member", "address", name, QString("Dorpsstraat %1, 1234 ab Ergens").arg(++house)}).exitCode == 0);
    palet::Store store = sandbox.openStore();
    const auto found = palet::findMeeting(store, *palet::parseMeetingReference(meeting));
    REQUIRE(found);
    const auto members = palet::membersOf(store, found->groupId);
    REQUIRE(members);
    palet::MeetingOutcome outcome;
    for (const palet::Member& member : *members) (member.name == "Gijs" ? outcome.absent : outcome.present).push_back(member.id);
    outcome.parts = {{1, "Opening", "block-opening", std::nullopt, 900, 960, std::nullopt},
                     {2, "Ronde 1", "peer-consultation", 1, 3600, 3900, std::nullopt},
                     {3, "Pauze", "block-break", std::nullopt, 900, 900, std::nullopt},
                     {4, "Ronde 2", "peer-consultation", 2, 3600, 3540, std::nullopt},
                     {5, "Afsluiting", "block-closing-round", std::nullopt, 900, 900, std::nullopt}};
    REQUIRE(palet::recordMeetingOutcome(store, found->id, outcome));
}

// 3 h guiding, 1.5 h preparation and 1 h travel at € 125.00, € 37.50 travel, € 50.00 location.
PaletRun recordCosts(const RecordsSandbox& sandbox, const QStringList& more = {})
{
    return sandbox.run(QStringList{"meeting", "costs", meeting, "--prep-hours", "1.5", "--travel-hours", "1",
                                   "--travel-costs", "37.50", "--location", "50"} +
                       more);
}

QString yearNumber(int sequence)
{
    return QString("%1-%2").arg(QDate::currentDate().year()).arg(sequence, 4, 10, QChar('0'));
}

QDomElement child(const QDomElement& parent, const QString& path)
{
    QDomElement element = parent;
    for (const QString& name : path.split('/')) {
        element = element.firstChildElement(name);
        if (element.isNull()) FAIL("no " + path.toStdString() + " in the UBL");
    }
    return element;
}

qint64 cents(const QDomElement& amount)
{
    CHECK(amount.attribute("currencyID") == "EUR");
    const QStringList parts = amount.text().split('.');
    REQUIRE(parts.size() == 2);
    REQUIRE(parts[1].size() == 2);
    return parts[0].toLongLong() * 100 + (amount.text().startsWith('-') ? -1 : 1) * parts[1].toLongLong();
}

} // namespace

TEST_CASE("palet firm set keeps the firm's details, checks the IBAN and changes nothing when one is wrong")
{
    RecordsSandbox sandbox;
    const auto missing = sandbox.run({"firm", "show"});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("the firm's details are missing; set them once with: palet firm set"));

    QStringList wrongIban = firmDetails;
    wrongIban.last() = "NL91 ABNA 0417 1643 01";
    const auto refused = sandbox.run(wrongIban);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err == "palet firm set: 'NL91 ABNA 0417 1643 01' is not a valid IBAN: its check digits do not match "
                         "(a typing error?)\n");
    CHECK(sandbox.run({"firm", "show"}).exitCode == 1);
    const auto partial = sandbox.run({"firm", "set", "--name", "Intervisie & Co"});
    CHECK(partial.exitCode == 1);
    CHECK(partial.err.contains("these are needed too: --address, --kvk, --vat-number, --iban"));
    CHECK(sandbox.run({"firm", "set", "--vat", "121"}).exitCode == 2);
    CHECK(sandbox.run({"firm", "set", "--rate", "-3"}).exitCode == 2);
    CHECK(sandbox.run({"firm", "set", "--invoice", "everyone"}).exitCode == 2);

    const auto set = sandbox.run(firmDetails);
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains("NL91 ABNA 0417 1643 00"));
    CHECK(set.out.contains("€ 125.00 excluding VAT"));
    const QJsonObject firm = sandbox.run({"firm", "show", "--json"}).json().object();
    CHECK(firm["name"] == "Intervisie & Co");
    CHECK(firm["iban"] == "NL91ABNA0417164300");
    CHECK(firm["vat_percent"] == 21);
    CHECK(firm["rate_cents"] == 12500);
    CHECK(firm["payment_days"] == 30);
    CHECK(firm["invoice_number_format"] == "{year}-{number:4}");
    CHECK(firm["invoice_participants"] == "present");
    CHECK(QByteArray::fromBase64(firm["public_key"].toString().toLatin1()).size() == 32);

    // A change keeps the key and the other details.
    REQUIRE(sandbox.run({"firm", "set", "--rate", "130", "--payment-days", "14"}).exitCode == 0);
    const QJsonObject changed = sandbox.run({"firm", "show", "--json"}).json().object();
    CHECK(changed["rate_cents"] == 13000);
    CHECK(changed["payment_days"] == 14);
    CHECK(changed["public_key"] == firm["public_key"]);
    CHECK(changed["kvk"] == "12345678");

    sandbox.set("LANG", "nl_NL.UTF-8");
    const auto dutch = sandbox.run({"firm", "show"});
    CHECK(dutch.out.contains("Uurtarief"));
    CHECK(dutch.out.contains("€ 130,00 exclusief btw"));
}

TEST_CASE("six participants of a meeting costing € 775.00 get six invoices that add up to the cent")
{
    RecordsSandbox sandbox;
    holdMeeting(sandbox);
    REQUIRE(sandbox.run(firmDetails).exitCode == 0);
    const auto costs = recordCosts(sandbox, {"--json"});
    INFO(costs.err.toStdString());
    REQUIRE(costs.exitCode == 0);
    CHECK(costs.json().object()["total_cents"] == 77500);
    CHECK(costs.json().object()["guiding_minutes"] == 180); // the scheduled length, not the time held

    const QString folder = sandbox.path("invoices");
    const auto issued = sandbox.run({"invoices", meeting, "--json", "--out", folder});
    INFO(issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    const QJsonArray invoices = issued.json().array();
    REQUIRE(invoices.size() == 6);
    qint64 net = 0;
    QStringList participants;
    for (int i = 0; i < 6; ++i) {
        const QJsonObject invoice = invoices[i].toObject();
        participants << invoice["participant"].toString();
        CHECK(invoice["number"] == yearNumber(i + 1));
        CHECK(invoice["net_cents"].toInt() == (i < 4 ? 12917 : 12916)); // 77500 = 6 × 12916 + 4
        CHECK(invoice["vat_cents"].toInt() == (i < 4 ? 2713 : 2712));
        CHECK(invoice["total_cents"].toInt() == invoice["net_cents"].toInt() + invoice["vat_cents"].toInt());
        qint64 lineNet = 0;
        qint64 lineVat = 0;
        for (const QJsonValue& line : invoice["lines"].toArray()) {
            lineNet += line["net_cents"].toInt();
            lineVat += line["vat_cents"].toInt();
        }
        CHECK(lineNet == invoice["net_cents"].toInt());
        CHECK(lineVat == invoice["vat_cents"].toInt());
        net += invoice["net_cents"].toInt();
    }
    CHECK(net == 77500);
    CHECK(participants == QStringList{"Anna", "Bram", "Cor", "Dirk", "Eva", "Fenna"}); // present, by name: not Gijs

    // A PDF and a UBL e-invoice for each; the UBL has what NLCIUS requires and adds up.
    const QString anna = QDir{folder}.filePath("invoice-" + yearNumber(1));
    const QString text = pdfText(anna + ".pdf");
    CHECK(text.contains("Invoice " + yearNumber(1)));
    CHECK(text.contains("Intervisie & Co"));
    CHECK(text.contains("Anna"));
    CHECK(text.contains("€ 129.17"));
    CHECK(text.contains("€ 156.30"));
    CHECK(text.contains("NL91 ABNA 0417 1643 00"));
    qint64 ublNet = 0;
    for (int i = 1; i <= 6; ++i) {
        QFile file{QDir{folder}.filePath("invoice-" + yearNumber(i) + ".xml")};
        REQUIRE(file.open(QIODevice::ReadOnly));
        QDomDocument document;
        REQUIRE(document.setContent(&file, true));
        const QDomElement root = document.documentElement();
        CHECK(root.localName() == "Invoice");
        CHECK(root.namespaceURI() == "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2");
        CHECK(child(root, "CustomizationID").text() == "urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0");
        CHECK(child(root, "ID").text() == yearNumber(i));
        CHECK_FALSE(child(root, "IssueDate").text().isEmpty());
        CHECK_FALSE(child(root, "DueDate").text().isEmpty());
        CHECK(child(root, "InvoiceTypeCode").text() == "380");
        CHECK(child(root, "DocumentCurrencyCode").text() == "EUR");
        CHECK(child(root, "BuyerReference").text() == meeting);
        const QDomElement seller = child(root, "AccountingSupplierParty/Party");
        CHECK(child(seller, "PostalAddress/StreetName").text() == "Stationsweg 1");
        CHECK(child(seller, "PostalAddress/PostalZone").text() == "3511 AB");
        CHECK(child(seller, "PostalAddress/CityName").text() == "Utrecht");
        CHECK(child(seller, "PostalAddress/Country/IdentificationCode").text() == "NL");
        CHECK(child(seller, "PartyTaxScheme/CompanyID").text() == "NL123456789B01");
        CHECK(child(seller, "PartyLegalEntity/CompanyID").attribute("schemeID") == "0106");
        CHECK(child(seller, "PartyLegalEntity/CompanyID").text() == "12345678");
        const QDomElement buyer = child(root, "AccountingCustomerParty/Party");
        CHECK(child(buyer, "PartyLegalEntity/RegistrationName").text() == invoices[i - 1]["participant"].toString());
        CHECK(child(buyer, "PostalAddress/StreetName").text() == QString("Dorpsstraat %1").arg(i));
        CHECK(child(buyer, "PostalAddress/PostalZone").text() == "1234 AB");
        CHECK(child(buyer, "PostalAddress/CityName").text() == "Ergens");
        CHECK(child(buyer, "PostalAddress/Country/IdentificationCode").text() == "NL");
        CHECK(child(root, "PaymentMeans/PaymentMeansCode").text() == "30");
        CHECK(child(root, "PaymentMeans/PayeeFinancialAccount/ID").text() == "NL91ABNA0417164300");
        const QDomElement totals = child(root, "LegalMonetaryTotal");
        qint64 lines = 0;
        int lineCount = 0;
        for (QDomElement line = root.firstChildElement("InvoiceLine"); !line.isNull(); line = line.nextSiblingElement("InvoiceLine")) {
            lines += cents(child(line, "LineExtensionAmount"));
            CHECK(child(line, "Item/ClassifiedTaxCategory/Percent").text() == "21");
            CHECK(cents(child(line, "Price/PriceAmount")) == cents(child(line, "LineExtensionAmount")));
            ++lineCount;
        }
        CHECK(lineCount == 5);
        const qint64 exclusive = cents(child(totals, "TaxExclusiveAmount"));
        const qint64 tax = cents(child(root, "TaxTotal/TaxAmount"));
        CHECK(cents(child(totals, "LineExtensionAmount")) == lines);
        CHECK(exclusive == lines);
        CHECK(cents(child(root, "TaxTotal/TaxSubtotal/TaxableAmount")) == exclusive);
        CHECK(cents(child(root, "TaxTotal/TaxSubtotal/TaxAmount")) == tax);
        CHECK(child(root, "TaxTotal/TaxSubtotal/TaxCategory/ID").text() == "S");
        CHECK(tax == (exclusive * 21 + 50) / 100);
        CHECK(cents(child(totals, "TaxInclusiveAmount")) == exclusive + tax);
        CHECK(cents(child(totals, "PayableAmount")) == exclusive + tax);
        ublNet += exclusive;
    }
    CHECK(ublNet == 77500);

    // Issued invoices never change: the same again, and the costs are locked.
    const QJsonArray again = sandbox.run({"invoices", meeting, "--json"}).json().array();
    CHECK(again == invoices);
    const auto locked = recordCosts(sandbox, {"--location", "80"});
    CHECK(locked.exitCode == 1);
    CHECK(locked.err.contains("invoices were issued (" + yearNumber(1) + " and more); they never change"));
    CHECK(sandbox.run({"meeting", "costs", meeting, "--json"}).json().object()["location_cents"] == 5000);
}

TEST_CASE("a correction is a credit invoice — then the costs change and a new set gets the next numbers")
{
    RecordsSandbox sandbox;
    holdMeeting(sandbox);
    REQUIRE(sandbox.run(firmDetails).exitCode == 0);
    REQUIRE(recordCosts(sandbox).exitCode == 0);
    REQUIRE(sandbox.run({"invoices", meeting}).exitCode == 0);

    const QString folder = sandbox.path("credits");
    const auto credited = sandbox.run({"invoices", meeting, "--credit", "--json", "--out", folder});
    INFO(credited.err.toStdString());
    REQUIRE(credited.exitCode == 0);
    const QJsonArray credits = credited.json().array();
    REQUIRE(credits.size() == 6);
    qint64 sum = 0;
    for (int i = 0; i < 6; ++i) {
        CHECK(credits[i]["number"] == yearNumber(7 + i));
        CHECK(credits[i]["corrects"] == yearNumber(1 + i));
        CHECK(credits[i]["credit"] == true);
        sum += credits[i]["net_cents"].toInt();
    }
    CHECK(sum == -77500);
    QFile xml{QDir{folder}.filePath("credit-invoice-" + yearNumber(7) + ".xml")};
    REQUIRE(xml.open(QIODevice::ReadOnly));
    QDomDocument document;
    REQUIRE(document.setContent(&xml, true));
    CHECK(document.documentElement().localName() == "CreditNote");
    CHECK(child(document.documentElement(), "CreditNoteTypeCode").text() == "381");
    CHECK(child(document.documentElement(), "BillingReference/InvoiceDocumentReference/ID").text() == yearNumber(1));
    CHECK(cents(child(document.documentElement(), "LegalMonetaryTotal/PayableAmount")) == 12917 + 2713);

    REQUIRE(recordCosts(sandbox, {"--location", "80"}).exitCode == 0);
    const QJsonArray renewed = sandbox.run({"invoices", meeting, "--json"}).json().array();
    REQUIRE(renewed.size() == 6);
    CHECK(renewed[0]["number"] == yearNumber(13));
    qint64 net = 0;
    for (const QJsonValue& invoice : renewed) net += invoice["net_cents"].toInt();
    CHECK(net == 80500);
    CHECK(sandbox.run({"invoices", meeting, "--credit"}).exitCode == 0);
    const auto nothing = sandbox.run({"invoices", meeting, "--credit"});
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.err.contains("there is nothing to credit"));
}

TEST_CASE("bad costs, a meeting not held and missing firm details are refused and change nothing")
{
    RecordsSandbox sandbox;
    holdMeeting(sandbox);
    const auto noFirm = recordCosts(sandbox);
    CHECK(noFirm.exitCode == 1);
    CHECK(noFirm.err.contains("no --rate given, and the firm's details are missing"));
    const auto noInvoices = sandbox.run({"invoices", meeting});
    CHECK(noInvoices.exitCode == 1);
    CHECK(noInvoices.err.contains("the firm's details are missing"));
    REQUIRE(sandbox.run(firmDetails).exitCode == 0);

    const auto negative = recordCosts(sandbox, {"--location", "-5"});
    CHECK(negative.exitCode == 2);
    CHECK(negative.err.contains("--location must be an amount in euros such as 40 or 12.50, not '-5'"));
    const auto words = recordCosts(sandbox, {"--travel-costs", "veel"});
    CHECK(words.exitCode == 2);
    CHECK(words.err.contains("--travel-costs must be an amount in euros"));
    const auto hours = recordCosts(sandbox, {"--prep-hours", "anderhalf"});
    CHECK(hours.exitCode == 2);
    CHECK(hours.err.contains("--prep-hours must be hours such as 1, 1.5 or 0.25, not 'anderhalf'"));
    const auto incomplete = sandbox.run({"meeting", "costs", meeting, "--location", "50"});
    CHECK(incomplete.exitCode == 2);
    CHECK(incomplete.err.contains("these are needed too: --prep-hours, --travel-hours, --travel-costs"));
    const auto noCosts = sandbox.run({"invoices", meeting});
    CHECK(noCosts.exitCode == 1);
    CHECK(noCosts.err.contains("has no costs recorded; record them first"));
    const auto badAddress = sandbox.run({"member", "address", "Anna", "Ergens"});
    CHECK(badAddress.exitCode == 1);
    CHECK(badAddress.err.contains("'Ergens' is not an address with a street and a line with postcode and city"));
    {
        palet::Store store = sandbox.openStore();
        runSql(store, {"DELETE FROM invoice_addresses WHERE member_id IN (SELECT id FROM members WHERE name IN ('Bram', 'Eva'))"});
    }
    REQUIRE(recordCosts(sandbox).exitCode == 0);
    const auto noAddress = sandbox.run({"invoices", meeting});
    CHECK(noAddress.exitCode == 1);
    CHECK(noAddress.err.contains("there is none for Bram, Eva; give each with: palet member address NAME"));
    REQUIRE(sandbox.run({"member", "address", "bram", "Dorpsstraat 2, 1234 AB Ergens"}).exitCode == 0);
    REQUIRE(sandbox.run({"member", "address", "Eva", "Dorpsstraat 5, 1234 AB Ergens", "--group", "Zorgteam"}).exitCode == 0);

    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2099-01-05", "--start", "09:30", "--end", "12:30"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "costs", "Zorgteam@2099-01-05", "--prep-hours", "1", "--travel-hours", "0",
                         "--travel-costs", "0", "--location", "0"})
                .exitCode == 0);
    const auto planned = sandbox.run({"invoices", "Zorgteam@2099-01-05"});
    CHECK(planned.exitCode == 1);
    CHECK(planned.err.contains("Zorgteam@2099-01-05 is planned, not held"));
    // Nothing was issued by any of these: the first real invoice takes number 1.
    CHECK(sandbox.run({"invoices", meeting, "--json"}).json().array().at(0).toObject()["number"] == yearNumber(1));

    sandbox.set("LANG", "nl_NL.UTF-8");
    const auto dutch = sandbox.run({"invoices", "Zorgteam@2099-01-05"});
    CHECK(dutch.err.contains("Zorgteam@2099-01-05 is gepland, niet gehouden"));
}

TEST_CASE("with the firm's setting 'members', every member of the group that day gets an invoice")
{
    RecordsSandbox sandbox;
    holdMeeting(sandbox);
    REQUIRE(sandbox.run(firmDetails + QStringList{"--invoice", "members"}).exitCode == 0);
    REQUIRE(recordCosts(sandbox).exitCode == 0);
    const QJsonArray invoices = sandbox.run({"invoices", meeting, "--json"}).json().array();
    REQUIRE(invoices.size() == 7);
    qint64 net = 0;
    for (const QJsonValue& invoice : invoices) net += invoice["net_cents"].toInt();
    CHECK(net == 77500);
    CHECK(invoices[6]["participant"] == "Gijs");
}

TEST_CASE("certificates carry each member's PE points, verify as genuine, and an edited one does not")
{
    RecordsSandbox sandbox;
    holdMeeting(sandbox);
    const auto noFirm = sandbox.run({"certificates", meeting, "--json"});
    CHECK(noFirm.exitCode == 1);
    CHECK(noFirm.err.contains("the firm's details are missing"));
    REQUIRE(sandbox.run(firmDetails).exitCode == 0);

    const auto json = sandbox.run({"certificates", meeting, "--json"});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonArray list = json.json().array();
    REQUIRE(list.size() == 6);
    std::map<QString, QJsonObject> byMember;
    for (const QJsonValue& one : list) byMember[one["member"].toString()] = one.toObject();
    // 2 h 50 min held, 15 min of it a break: 2 h 35 min counts.
    CHECK(byMember["Anna"]["register"] == "mfn");
    CHECK(byMember["Anna"]["hours"].toDouble() == Approx(2.58));
    CHECK(byMember["Anna"]["points"].toDouble() == 2); // whole points, rounded down
    CHECK(byMember["Bram"]["register"] == "skj");
    CHECK(byMember["Bram"]["points"].toDouble() == 2);
    CHECK(byMember["Cor"]["register"] == "registerplein");
    CHECK(byMember["Cor"]["points"].toDouble() == 2.5); // half points
    CHECK(byMember["Dirk"]["register"].isNull());
    CHECK(byMember["Dirk"]["points"].toDouble() == 0);
    CHECK(byMember["Anna"]["held_minutes"] == 170);
    CHECK(byMember["Anna"]["guide"] == "Els de Gids");
    CHECK(byMember["Anna"]["number"].toString().startsWith(QString("PE-%1-").arg(QDate::currentDate().year())));
    CHECK_FALSE(byMember.count("Gijs"));

    const QString folder = sandbox.path("certificates");
    const auto written = sandbox.run({"certificates", meeting, "--out", folder});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    const QString annaFile = QDir{folder}.filePath("certificate-" + byMember["Anna"]["number"].toString() + "-Anna.pdf");
    REQUIRE(QFile::exists(annaFile));
    const QString text = pdfText(annaFile);
    CHECK(text.contains("Certificate of participation"));
    CHECK(text.contains("MfN 12345"));
    CHECK(text.contains("2 (MfN-register (mediators))"));
    CHECK(text.contains("Els de Gids"));
    CHECK(text.contains(byMember["Anna"]["number"].toString()));

    const auto genuine = sandbox.run({"certificates", "verify", annaFile});
    INFO(genuine.err.toStdString());
    CHECK(genuine.exitCode == 0);
    CHECK(genuine.out.startsWith("Genuine and unchanged: certificate " + byMember["Anna"]["number"].toString() + " for Anna"));
    // An outsider with only the firm's public key.
    const QString key = sandbox.run({"firm", "show", "--json"}).json().object()["public_key"].toString();
    RecordsSandbox outsider;
    CHECK(outsider.run({"certificates", "verify", annaFile, "--key", key}).exitCode == 0);

    QFile original{annaFile};
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    // The points raised from 2 to 9 in the signed facts.
    const qsizetype start = bytes.indexOf("<palet:payload>") + 15;
    const qsizetype end = bytes.indexOf("</palet:payload>");
    QByteArray payload = QByteArray::fromBase64(bytes.mid(start, end - start));
    REQUIRE(payload.contains("points: 2\n"));
    payload.replace("points: 2\n", "points: 9\n");
    QByteArray edited = bytes;
    edited.replace(start, end - start, payload.toBase64());
    const QString editedFile = sandbox.path("edited.pdf");
    QFile out{editedFile};
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(edited);
    out.close();
    const auto forged = sandbox.run({"certificates", "verify", editedFile});
    CHECK(forged.exitCode == 1);
    CHECK(forged.err.contains("NOT genuine"));
    // The facts left alone, but the file changed after it was issued.
    const QString touchedFile = sandbox.path("touched.pdf");
    QFile touched{touchedFile};
    REQUIRE(touched.open(QIODevice::WriteOnly));
    // One byte of the first page's content changed, outside the signed facts.
    QByteArray altered = bytes;
    const qsizetype facts = bytes.indexOf("<x:xmpmeta");
    qsizetype stream = bytes.indexOf("stream\n");
    while (stream >= facts - 200 && stream <= bytes.indexOf("</x:xmpmeta>")) stream = bytes.indexOf("stream\n", stream + 1);
    REQUIRE(stream > 0);
    altered[stream + 20] = char(altered[stream + 20] ^ 0x01);
    touched.write(altered);
    touched.close();
    const auto changed = sandbox.run({"certificates", "verify", touchedFile});
    CHECK(changed.exitCode == 1);
    CHECK(changed.err.contains("NOT unchanged"));
    // Another firm's key.
    RecordsSandbox other;
    REQUIRE(other.run(firmDetails).exitCode == 0);
    CHECK(other.run({"certificates", "verify", annaFile}).exitCode == 1);
    const auto missing = sandbox.run({"certificates", "verify", sandbox.path("missing.pdf")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("cannot read"));
    const auto notOne = sandbox.run({"certificates", "verify", sandbox.path("invoices.pdf"), "--key", "bm90IGEga2V5"});
    CHECK(notOne.exitCode == 2);

    // Issued once: the same numbers again.
    CHECK(sandbox.run({"certificates", meeting, "--json"}).json().array() == list);

    sandbox.set("LANG", "nl_NL.UTF-8");
    const QString dutchFolder = sandbox.path("nl");
    REQUIRE(sandbox.run({"certificates", meeting, "--out", dutchFolder}).exitCode == 0);
    const QString dutch = pdfText(QDir{dutchFolder}.filePath("certificaat-" + byMember["Anna"]["number"].toString() + "-Anna.pdf"));
    CHECK(dutch.contains("Bewijs van deelname"));
    const auto dutchVerify = sandbox.run({"certificates", "verify", annaFile});
    CHECK(dutchVerify.out.startsWith("Echt en ongewijzigd"));
}

TEST_CASE("palet member history gives the meetings, hours and points of a year")
{
    RecordsSandbox sandbox;
    holdMeeting(sandbox);
    const auto history = sandbox.run({"member", "history", "anna", "--year", "2025", "--json"});
    INFO(history.err.toStdString());
    REQUIRE(history.exitCode == 0);
    const QJsonObject anna = history.json().array()[0].toObject();
    CHECK(anna["member"] == "Anna");
    CHECK(anna["year"] == 2025);
    CHECK(anna["register_name"] == "MfN-register (mediators)");
    REQUIRE(anna["meetings"].toArray().size() == 1);
    CHECK(anna["meetings"][0]["meeting"] == meeting);
    CHECK(anna["counted_minutes"] == 155);
    CHECK(anna["points"].toDouble() == 2);
    const auto text = sandbox.run({"member", "history", "Anna", "--year", "2025"});
    CHECK(text.out.contains("Anna in Zorgteam, 2025 (PE register MfN 12345):"));
    CHECK(text.out.contains("Zorgteam@2025-03-12"));
    const auto gijs = sandbox.run({"member", "history", "Gijs", "--year", "2025", "--json"}).json().array()[0].toObject();
    CHECK(gijs["meetings"].toArray().isEmpty()); // absent
    CHECK(sandbox.run({"member", "history", "Anna", "--year", "2024", "--json"}).json().array().at(0).toObject()["meetings"].toArray().isEmpty());
    CHECK(sandbox.run({"member", "history", "Anne", "--year", "2025"}).exitCode == 1);
    CHECK(sandbox.run({"member", "history", "Anna", "--year", "volgend"}).exitCode == 2);
    sandbox.set("LANG", "nl_NL.UTF-8");
    CHECK(sandbox.run({"member", "history", "Anna", "--year", "2025"}).out.contains("Anna in Zorgteam, 2025 (PE-register MfN 12345):"));
}

TEST_CASE("issued invoices keep the firm's details of their day, and erasing a member keeps their invoices")
{
    RecordsSandbox sandbox;
    holdMeeting(sandbox);
    REQUIRE(sandbox.run(firmDetails).exitCode == 0);
    REQUIRE(recordCosts(sandbox).exitCode == 0);
    REQUIRE(sandbox.run({"attendance", "confirm", meeting, "--member", "Anna"}).exitCode == 0);
    REQUIRE(sandbox.run({"certificates", meeting, "--json"}).exitCode == 0);
    const QString before = sandbox.path("before");
    REQUIRE(sandbox.run({"invoices", meeting, "--out", before}).exitCode == 0);

    // A new account afterwards goes on new invoices only.
    REQUIRE(sandbox.run({"firm", "set", "--iban", "DE89 3704 0044 0532 0130 00"}).exitCode == 0);
    const QString after = sandbox.path("after");
    REQUIRE(sandbox.run({"invoices", meeting, "--out", after}).exitCode == 0);
    CHECK(pdfText(QDir{after}.filePath("invoice-" + yearNumber(1) + ".pdf")).contains("NL91 ABNA 0417 1643 00"));
    QFile first{QDir{before}.filePath("invoice-" + yearNumber(1) + ".xml")};
    QFile second{QDir{after}.filePath("invoice-" + yearNumber(1) + ".xml")};
    REQUIRE(first.open(QIODevice::ReadOnly));
    REQUIRE(second.open(QIODevice::ReadOnly));
    const QByteArray ubl = second.readAll();
    CHECK(first.readAll() == ubl);
    CHECK(ubl.contains("NL91ABNA0417164300"));

    // Erasure: Anna's confirmation, certificate and address go; her invoice stays, unlinked.
    REQUIRE(sandbox.run({"member", "erase", "Anna", "--yes"}).exitCode == 0);
    palet::Store store = sandbox.openStore();
    for (const char* table : {"attendance_confirmations", "certificates", "invoice_addresses"}) {
        auto rows = store.run(QString("SELECT COUNT(*) FROM %1 t WHERE NOT EXISTS (SELECT 1 FROM members p WHERE p.id = t.member_id)")
                                  .arg(table));
        REQUIRE(rows);
        REQUIRE(rows->next());
        CHECK(rows->value(0).toInt() == 0);
    }
    auto certificates = store.run("SELECT COUNT(*) FROM certificates");
    REQUIRE(certificates);
    REQUIRE(certificates->next());
    CHECK(certificates->value(0).toInt() == 5);
    auto invoice = store.run("SELECT member_id, participant FROM invoices WHERE number = ?", {yearNumber(1)});
    REQUIRE(invoice);
    REQUIRE(invoice->next());
    CHECK(invoice->value(0).isNull());
    CHECK(invoice->value(1).toString() == "Anna");
    const QJsonArray kept = sandbox.run({"invoices", meeting, "--json"}).json().array();
    REQUIRE(kept.size() == 6);
    CHECK(kept[0]["participant"] == "Anna");
}

TEST_CASE("two facilitators issuing invoices at once get numbers that follow each other, none given twice")
{
    RecordsSandbox sandbox;
    holdMeeting(sandbox);
    REQUIRE(sandbox.run(firmDetails + QStringList{"--invoice", "members"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2025-06-11", "--start", "09:30", "--end", "12:30",
                         "--status", "held"})
                .exitCode == 0);
    REQUIRE(recordCosts(sandbox).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "costs", "Zorgteam@2025-06-11", "--prep-hours", "1", "--travel-hours", "1",
                         "--travel-costs", "20", "--location", "60"})
                .exitCode == 0);
    auto first = sandbox.start({"invoices", meeting, "--json"});
    auto second = sandbox.start({"invoices", "Zorgteam@2025-06-11", "--json"});
    REQUIRE(first->waitForFinished(60000));
    REQUIRE(second->waitForFinished(60000));
    INFO(first->readAllStandardError().toStdString() << second->readAllStandardError().toStdString());
    CHECK(first->exitCode() == 0);
    CHECK(second->exitCode() == 0);
    QStringList numbers;
    for (QProcess* process : {first.get(), second.get()})
        for (const QJsonValue& invoice : QJsonDocument::fromJson(process->readAllStandardOutput()).array())
            numbers << invoice["number"].toString();
    numbers.sort();
    QStringList expected;
    for (int i = 1; i <= 14; ++i) expected << yearNumber(i);
    CHECK(numbers == expected);
}

TEST_CASE("costs, addresses and invoices in Dutch")
{
    RecordsSandbox sandbox;
    holdMeeting(sandbox);
    sandbox.set("LANG", "nl_NL.UTF-8");
    REQUIRE(sandbox.run(firmDetails).exitCode == 0);
    const auto address = sandbox.run({"member", "address", "Anna", "Kerkstraat 9, 4321 ZZ Elders"});
    CHECK(address.out == "Facturen voor Anna gaan naar Kerkstraat 9, 4321 ZZ Elders.\n");
    const auto costs = recordCosts(sandbox);
    REQUIRE(costs.exitCode == 0);
    CHECK(costs.out.startsWith("Kosten van Zorgteam@2025-03-12, tegen € 125,00 per uur:\n"));
    CHECK(costs.out.contains("Begeleiding van de bijeenkomst  3 u"));
    CHECK(costs.out.contains("€ 775,00"));
    const auto refused = recordCosts(sandbox, {"--location", "-5"});
    CHECK(refused.err.contains("--location moet een bedrag in euro's zijn, zoals 40 of 12.50, niet '-5'"));
    const QString folder = sandbox.path("facturen");
    const auto issued = sandbox.run({"invoices", meeting, "--out", folder});
    INFO(issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    CHECK(issued.out.startsWith("6 facturen voor Zorgteam@2025-03-12 opgemaakt.\n"));
    const QString text = pdfText(QDir{folder}.filePath("factuur-" + yearNumber(1) + ".pdf"));
    CHECK(text.contains("Factuur " + yearNumber(1)));
    CHECK(text.contains("Kerkstraat 9, 4321 ZZ Elders"));
    CHECK(text.contains("Totaal exclusief btw"));
    CHECK(text.contains("€ 129,17"));
    const auto credited = sandbox.run({"invoices", meeting, "--credit", "--out", folder});
    CHECK(credited.out.startsWith("6 creditfacturen voor Zorgteam@2025-03-12 opgemaakt; je kunt de kosten nu wijzigen.\n"));
    CHECK(pdfText(QDir{folder}.filePath("creditfactuur-" + yearNumber(7) + ".pdf")).contains("Creditfactuur " + yearNumber(7)));
}

TEST_CASE("palet certificates registers shows the rules with their sources — a firm's file adds to them, a bad one is refused")
{
    RecordsSandbox sandbox;
    const QJsonArray shipped = sandbox.run({"certificates", "registers", "--json"}).json().array();
    REQUIRE(shipped.size() >= 4);
    CHECK(shipped[0]["id"] == "mfn");
    CHECK(shipped[0]["points_per_hour"].toDouble() == 1);
    CHECK(shipped[0]["sources"][0]["url"].toString().startsWith("https://"));

    // The firm's own file in $XDG_DATA_HOME/palet replaces a register by its id.
    QDir{}.mkpath(sandbox.path("data/palet"));
    QFile firmRules{sandbox.path("data/palet/pe-registers.yaml")};
    REQUIRE(firmRules.open(QIODevice::WriteOnly));
    firmRules.write("format: 1\nregisters:\n  - id: mfn\n    name: MfN (afspraak)\n    prefixes: [MfN]\n    points_per_hour: 2\n"
                    "    sources: [{title: afspraak met het register, checked: 2026-11}]\n");
    firmRules.close();
    const QJsonArray extended = sandbox.run({"certificates", "registers", "--json"}).json().array();
    REQUIRE(extended.size() == shipped.size());
    CHECK(extended[0]["name"] == "MfN (afspraak)");
    CHECK(extended[0]["points_per_hour"].toDouble() == 2);
    const auto text = sandbox.run({"certificates", "registers"});
    CHECK(text.out.startsWith("MfN (afspraak) (mfn)\n"));
    CHECK(text.out.contains("  points per hour: 2, rounded down to a multiple of 1; at least 0 minutes; breaks do not count\n"));

    const QString bad = sandbox.path("bad.yaml");
    QFile badRules{bad};
    REQUIRE(badRules.open(QIODevice::WriteOnly));
    badRules.write("format: 1\nregisters:\n  - id: nip\n    name: NIP\n    prefixes: [NIP]\n    points_per_hour: veel\n"
                   "    sources: [{title: NIP, checked: 2026-11}]\n");
    badRules.close();
    const auto refused = sandbox.run({"certificates", "registers", "--rules", bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err == "palet certificates registers: " + bad +
                             ":6:22: points_per_hour must be a number with at most two decimals, such as 1 or 0.5, not 'veel'\n");
    holdMeeting(sandbox);
    REQUIRE(sandbox.run(firmDetails).exitCode == 0);
    const auto certificates = sandbox.run({"certificates", meeting, "--json", "--rules", bad});
    CHECK(certificates.exitCode == 1);
    palet::Store store = sandbox.openStore();
    auto issued = store.run("SELECT COUNT(*) FROM certificates");
    REQUIRE(issued);
    REQUIRE(issued->next());
    CHECK(issued->value(0).toInt() == 0);
}
