#include "commands.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"
#include "subcommands.hpp"

#include "papers/attendance_sheet.hpp"
#include "papers/member_history.hpp"
#include "records/calendar_text.hpp"
#include "records/invoice_records.hpp"
#include "records/member_erasure.hpp"
#include "records/record_names.hpp"
#include "session/journal_erasure.hpp"
#include "session/journal_location.hpp"
#include "translate.hpp"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

#include <unistd.h>

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

// Erasure cannot be undone: on a terminal the user types the member's name to go ahead.
bool confirmedOnTerminal(const QString& name, const QStringList& groups)
{
    printError(tr("This erases %1 from %2 for good: their name, their cases with texts and takeaways, their "
                  "attendance and roles. It cannot be undone.\nType the name '%1' to go ahead: ")
                   .arg(name, groups.join(", ")));
    std::fflush(stderr);
    QTextStream in{stdin};
    return nameKey(in.readLine()) == nameKey(name);
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
    parser.addOption({"yes", tr("Erase without asking (for scripts); without it, Palet asks on the terminal.")});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Erase a member's personal data and the texts of their cases for good (the "
                                          "GDPR's right to erasure). This cannot be undone.")))
        return *done;
    if (!hasPositionals(parser, command, 1, tr("the member's name"))) return badUsage;
    const QString name = parser.positionalArguments().first();
    const bool confirm = !parser.isSet("yes");
    if (confirm && !isatty(STDIN_FILENO))
        return misuse(command, tr("erasure cannot be undone and there is no terminal to confirm it on; add --yes to "
                                  "erase %1 without asking")
                                   .arg(name));
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
    // A session still running would keep writing to a journal erasure cannot then rewrite.
    if (const auto running = journalsInUse(sessionsFolder()); !running.empty())
        return refuse(command, tr("a session is running (its journal is %1); erase when it has ended, so that erasure "
                                  "reaches its journal too")
                                   .arg(qs(running.front())));
    if (confirm && !confirmedOnTerminal(name, groups)) {
        printError(tr("%1: that is not the name; nothing was erased\n").arg(command));
        return badInput;
    }
    const auto erasure = eraseMember(store, name, groups);
    if (!erasure) return refuse(command, erasure.error);
    // The journals of the sessions run here hold the names and texts the sessions showed.
    const JournalErasure journals = eraseFromJournals(sessionsFolder(), *erasure);
    if (parser.isSet("json")) {
        QJsonArray erased;
        for (const ErasedMembership& membership : erasure->memberships)
            erased.append(QJsonObject{{"group", membership.group},
                                      {"member", membership.member},
                                      {"cases", membership.cases},
                                      {"attendance", membership.attendance},
                                      {"roles", membership.roles}});
        const bool sqlite = store.driver() == StoreDriver::sqlite;
        const QStringList steps = sqlite ? QStringList{"DELETE in one transaction", "secure_delete=ON", "VACUUM",
                                                       "wal_checkpoint(TRUNCATE)"}
                                         : QStringList{"DELETE in one transaction", "VACUUM FULL"};
        QJsonArray rewritten;
        for (const std::string& path : journals.rewritten) rewritten.append(qs(path));
        QJsonArray failed;
        for (const std::string& problem : journals.failed) failed.append(qs(problem));
        printJson(QJsonObject{{"erased", erased},
                              {"scrubbed", erasure->scrubbed},
                              {"note", erasure->note.isEmpty() ? QJsonValue{} : QJsonValue{erasure->note}},
                              {"store", QJsonObject{{"location", store.location().displayName()},
                                                    {"driver", sqlite ? "sqlite" : "postgresql"},
                                                    {"scrubbed", erasure->scrubbed},
                                                    {"steps", QJsonArray::fromStringList(steps)}}},
                              {"journals", QJsonObject{{"folder", qs(journals.folder)},
                                                       {"looked_at", journals.journals},
                                                       {"rewritten", rewritten},
                                                       {"failed", failed},
                                                       {"member_placeholder", erasedMemberPlaceholder},
                                                       {"text_placeholder", erasedTextPlaceholder}}}});
        return journals.failed.empty() ? success : badInput;
    }
    QString out;
    for (const ErasedMembership& membership : erasure->memberships) out += erasedText(membership);
    if (store.driver() == StoreDriver::sqlite && erasure->scrubbed)
        out += tr("It is gone from the store %1: overwritten, not merely marked as deleted.\n").arg(store.location().path);
    else if (store.driver() == StoreDriver::postgresql)
        out += tr("It is deleted from the database %1.\n").arg(store.location().displayName());
    if (!journals.rewritten.empty())
        out += tr("In %n session journal(s) in %1, their name is replaced by \"erased member\" and the texts of their "
                  "cases by \"erased\".\n",
                  static_cast<int>(journals.rewritten.size()))
                   .arg(qs(journals.folder));
    else
        out += tr("The session journals in %1 held nothing of theirs.\n").arg(qs(journals.folder));
    out += tr("Palet cannot reach copies it does not keep itself: journals kept elsewhere with --journal, agendas, "
              "reports and handouts you saved or printed, and backups.\n");
    printOut(out);
    if (!erasure->note.isEmpty()) printError(tr("%1: note: %2\n").arg(command, erasure->note));
    for (const std::string& problem : journals.failed)
        printError(tr("%1: could not rewrite the journal %2; it may still hold their name or texts: delete it, or remove "
                            "them by hand\n").arg(command, qs(problem)));
    return journals.failed.empty() ? success : badInput;
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
