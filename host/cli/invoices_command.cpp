// palet invoices: a held meeting's costs split into one invoice per participant, as PDF and as
// UBL e-invoices; and credit invoices to correct them.

#include "commands.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"

#include "papers/pdf_output.hpp"
#include "records/invoice_records.hpp"
#include "records/meeting_records.hpp"
#include "translate.hpp"

#include <QDir>
#include <QJsonArray>

namespace palet::cli {
namespace {

// Invoice numbers may hold '/', which a file name cannot.
QString fileStem(const Invoice& invoice)
{
    QString stem = invoice.number;
    stem.replace('/', '-');
    return (invoice.isCredit() ? tr("credit-invoice") : tr("invoice")) + '-' + stem;
}

QString invoicesText(const std::vector<Invoice>& invoices)
{
    std::vector<QStringList> rows{{tr("NUMBER"), tr("PARTICIPANT"), tr("EXCL. VAT"), tr("VAT"), tr("TOTAL")}};
    qint64 net = 0;
    qint64 vat = 0;
    qint64 total = 0;
    for (const Invoice& invoice : invoices) {
        rows.push_back({invoice.number + (invoice.isCredit() ? tr(" (credits %1)").arg(*invoice.corrects) : QString{}),
                        invoice.participant, euroText(invoice.netCents), euroText(invoice.vatCents), euroText(invoice.totalCents)});
        net += invoice.netCents;
        vat += invoice.vatCents;
        total += invoice.totalCents;
    }
    rows.push_back({tr("Total"), {}, euroText(net), euroText(vat), euroText(total)});
    return table(rows, 1000) + '\n';
}

} // namespace

int runInvoices(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    addLanguageOption(parser);
    parser.addPositionalArgument("MEETING", tr("The meeting, as GROUP@YYYY-MM-DD."));
    parser.addOption({"out", tr("Write a PDF and a UBL e-invoice (XML) of each invoice into DIR."), "DIR"});
    parser.addOption({"credit", tr("Correct the meeting's invoices: a credit invoice for each. Then the costs can be "
                                   "changed and new invoices issued.")});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Issue a held meeting's invoices, one per participant, the costs split equally "
                                          "(palet meeting costs records them); shows them when they were issued before. "
                                          "Issued invoices never change.")))
        return *done;
    if (!hasPositionals(parser, command, 1, tr("the meeting, as GROUP@YYYY-MM-DD"))) return badUsage;
    const auto reference = meetingArgument(parser.positionalArguments().first(), command);
    if (!reference) return badUsage;
    QString folder;
    if (parser.isSet("out")) {
        folder = parser.value("out");
        if (!QDir{}.mkpath(folder)) return refuse(command, tr("cannot make the folder %1").arg(folder));
    }
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    Store& store = *opened.store;
    const auto meeting = findMeeting(store, *reference);
    if (!meeting) return refuse(command, meeting.error);
    const auto meetings = meetingsOf(store, meeting->groupId);
    if (!meetings) return refuse(command, meetings.error);
    const QString name = meetingReferenceText(*meeting, *meetings);

    std::vector<Invoice> invoices;
    QString said;
    if (parser.isSet("credit")) {
        const auto credits = creditInvoices(store, *meeting, QDate::currentDate());
        if (!credits) return refuse(command, credits.error);
        invoices = *credits;
        said = tr("Issued %n credit invoice(s) for %1; the costs can be changed now.\n", int(invoices.size())).arg(name);
    } else {
        const auto issued = issueInvoices(store, *meeting, name, QDate::currentDate());
        if (!issued) return refuse(command, issued.error);
        invoices = issued->invoices;
        said = issued->issuedNow ? tr("Issued %n invoice(s) for %1.\n", int(invoices.size())).arg(name)
                                 : tr("The invoices of %1 were issued before; they never change.\n").arg(name);
    }

    if (!folder.isEmpty()) {
        for (const Invoice& invoice : invoices) {
            const QString stem = QDir{folder}.filePath(fileStem(invoice));
            auto pdf = pdfFromHtml(invoiceHtml(invoice), {invoice.number, {}});
            if (const QString* problem = std::get_if<QString>(&pdf)) return refuse(command, *problem);
            if (const QString problem = writeWholeFile(stem + ".pdf", std::get<QByteArray>(pdf)); !problem.isEmpty())
                return refuse(command, problem);
            if (const QString problem = writeWholeFile(stem + ".xml", invoiceUbl(invoice)); !problem.isEmpty())
                return refuse(command, problem);
        }
    }
    if (parser.isSet("json")) {
        QJsonArray array;
        for (const Invoice& invoice : invoices) array.append(invoiceJson(invoice));
        printJson(array);
        return success;
    }
    printOut(said + invoicesText(invoices));
    if (!folder.isEmpty()) printOut(tr("Wrote a PDF and a UBL e-invoice of each to %1.\n").arg(folder));
    return success;
}

} // namespace palet::cli
