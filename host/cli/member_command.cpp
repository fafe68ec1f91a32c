#include "commands.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"
#include "subcommands.hpp"

#include "papers/attendance_sheet.hpp"
#include "papers/member_history.hpp"
#include "records/calendar_text.hpp"
#include "records/invoice_records.hpp"
#include "records/member_erasure.hpp"
#include "translate.hpp"

#include <QJsonArray>
#include <QJsonObject>

namespace palet::cli {
namespace {

QString erasedText(const ErasedMembership& erased)
{
    QStringList parts{tr("their name, learning style and PE register")};
    parts << tr("%n case(s) with their texts", erased.cases);
    parts << tr("%n attendance record(s)", erased.attendance);
    parts << tr("%n role(s)", erased.roles);
    return tr("Erased %1 from %2: %3.\n").arg(erased.member, erased.group, parts.join(", "));
}

int erase(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument("NAME", tr("The member whose data is to be erased."));
    parser.addOption({"group", tr("Erase them from this group (may be repeated); needed when more than one group has a "
                                  "member of that name."),
                      "GROUP"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Erase a member's personal data and the texts of their cases for good (the "
                                          "GDPR's right to erasure). This cannot be undone.")))
        return *done;
    if (!hasPositionals(parser, command, 1, tr("the member's name"))) return badUsage;
    const QString name = parser.positionalArguments().first();
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    Store& store = *opened.store;

    QStringList groups = parser.values("group");
    if (groups.isEmpty()) {
        const auto found = groupsWithMember(store, name);
        if (!found) return refuse(command, found.error);
        if (found->size() > 1) {
            QStringList options;
            for (const QString& group : *found) options << QString("--group \"%1\"").arg(group);
            return refuse(command, tr("more than one group has a member '%1' (%2); say which with %3, or give them all if "
                                      "it is the same person")
                                       .arg(name, found->join(", "), options.join(tr(" or "))));
        }
        groups = *found;
    }
    const auto erasure = eraseMember(store, name, groups);
    if (!erasure) return refuse(command, erasure.error);

    if (parser.isSet("json")) {
        QJsonArray erased;
        for (const ErasedMembership& membership : erasure->memberships)
            erased.append(QJsonObject{{"group", membership.group},
                                      {"member", membership.member},
                                      {"cases", membership.cases},
                                      {"attendance", membership.attendance},
                                      {"roles", membership.roles}});
        printJson(QJsonObject{{"erased", erased},
                              {"scrubbed", erasure->scrubbed},
                              {"note", erasure->note.isEmpty() ? QJsonValue{} : QJsonValue{erasure->note}}});
        return success;
    }
    QString out;
    for (const ErasedMembership& membership : erasure->memberships) out += erasedText(membership);
    if (store.driver() == StoreDriver::sqlite && erasure->scrubbed)
        out += tr("The deleted data is overwritten in %1 and its write-ahead log is emptied.\n").arg(store.location().path);
    printOut(out);
    if (!erasure->note.isEmpty()) printError(tr("%1: note: %2\n").arg(command, erasure->note));
    return success;
}

int address(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    parser.addPositionalArgument("NAME", tr("The member."));
    parser.addPositionalArgument("ADDRESS", tr("Street and number, then postcode and city, e.g. \"Dorpsstraat 5, 1234 AB Ergens\"."));
    parser.addOption({"group", tr("The member's group; needed when more than one group has a member of that name."), "GROUP"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments, tr("Set the address a member's invoices are sent to."))) return *done;
    if (!hasPositionals(parser, command, 2, tr("the member's name and the address"))) return badUsage;
    const QString name = parser.positionalArguments().at(0);
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    Store& store = *opened.store;
    QString group = parser.value("group");
    if (group.isEmpty()) {
        const auto found = groupsWithMember(store, name);
        if (!found) return refuse(command, found.error);
        if (found->size() > 1)
            return refuse(command, tr("more than one group has a member '%1' (%2); say which with --group")
                                       .arg(name, found->join(", ")));
        group = found->first();
    }
    const auto kept = setInvoiceAddress(store, group, name, parser.positionalArguments().at(1));
    if (!kept) return refuse(command, kept.error);
    printOut(tr("Invoices to %1 go to %2.\n").arg(name, *kept));
    return success;
}

int history(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument("NAME", tr("The member."));
    parser.addOption({"year", tr("The year (default: this year)."), "YEAR"});
    parser.addOption({"rules", tr("Also read PE points rules from FILE (may be repeated; see docs/papers.md)."), "FILE"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("The meetings a member attended in a year, with the hours and the PE points of "
                                          "their register.")))
        return *done;
    if (!hasPositionals(parser, command, 1, tr("the member's name"))) return badUsage;
    int year = QDate::currentDate().year();
    if (parser.isSet("year")) {
        bool ok = false;
        year = parser.value("year").toInt(&ok);
        if (!ok || year < 1900 || year > 9999) return misuse(command, tr("--year must be a year such as 2027, not '%1'").arg(parser.value("year")));
    }
    const PeRulesReading reading = readPeRules(peRuleFiles() + parser.values("rules"));
    if (!reading.errors.empty()) {
        for (const Diagnostic& error : reading.errors) printError(tr("%1: %2\n").arg(command, qs(error.toString())));
        return badInput;
    }
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    const auto histories = memberHistories(*opened.store, parser.positionalArguments().first(), year, reading.rules);
    if (!histories) return refuse(command, histories.error);
    if (parser.isSet("json")) {
        QJsonArray array;
        for (const MemberHistory& one : *histories) array.append(memberHistoryJson(one));
        printJson(array);
        return success;
    }
    QString out;
    for (const MemberHistory& one : *histories) {
        out += tr("%1 in %2, %3").arg(one.member, one.group).arg(one.year);
        if (!one.peRegister.isEmpty()) out += tr(" (PE register %1)").arg(one.peRegister);
        out += ":\n";
        if (one.meetings.empty()) {
            out += tr("  no meetings attended\n");
            continue;
        }
        const bool points = !one.registerName.isEmpty();
        std::vector<QStringList> rows{{tr("MEETING"), tr("HELD"), tr("COUNTS")}};
        if (points) rows[0] << tr("POINTS");
        for (const AttendedMeeting& meeting : one.meetings) {
            rows.push_back({meeting.reference, heldText(meeting.heldMinutes * 60), heldText(meeting.countedMinutes * 60)});
            if (points) rows.back() << pointsText(meeting.points);
        }
        rows.push_back({tr("Total (%n meeting(s))", int(one.meetings.size())), {}, heldText(one.countedMinutes * 60)});
        if (points) rows.back() << pointsText(one.points);
        out += table(rows, 1000) + '\n';
        if (!points && !one.peRegister.isEmpty())
            out += tr("  No PE points rules are known for %1; see docs/papers.md to add them.\n").arg(one.peRegister);
    }
    printOut(out);
    return success;
}

} // namespace

int runMember(const QStringList& arguments)
{
    static const std::vector<Subcommand> subcommands{
        {"erase", erase, QT_TRANSLATE_NOOP("palet", "Erase a member's personal data and case texts for good.")},
        {"address", address, QT_TRANSLATE_NOOP("palet", "Set the address a member's invoices are sent to.")},
        {"history", history, QT_TRANSLATE_NOOP("palet", "The meetings a member attended in a year, with hours and PE points.")},
    };
    return runSubcommand(arguments, subcommands, tr("Members' personal data."));
}

} // namespace palet::cli
