// palet attendance: a held meeting's proof of attendance, and members confirming their presence.

#include "commands.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"
#include "subcommands.hpp"

#include "papers/attendance_sheet.hpp"
#include "papers/pdf_output.hpp"
#include "records/attendance_confirmation.hpp"
#include "records/meeting_records.hpp"
#include "records/record_names.hpp"
#include "translate.hpp"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#include <unistd.h>

namespace palet::cli {
namespace {

int confirm(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addJsonOption(parser);
    parser.addPositionalArgument("MEETING", tr("The meeting, as GROUP@YYYY-MM-DD."));
    parser.addOption({"member", tr("The member who confirms (required)."), "NAME"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Confirm a member's presence at a meeting that runs or was held, with the "
                                          "time; the attendance list shows who confirmed.")))
        return *done;
    if (!hasPositionals(parser, command, 1, tr("the meeting, as GROUP@YYYY-MM-DD"))) return badUsage;
    if (!parser.isSet("member") || parser.value("member").trimmed().isEmpty())
        return misuse(command, tr("--member is required: the member who confirms"));
    const auto reference = meetingArgument(parser.positionalArguments().first(), command);
    if (!reference) return badUsage;
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    Store& store = *opened.store;
    const auto meeting = findMeeting(store, *reference);
    if (!meeting) return refuse(command, meeting.error);
    const auto meetings = meetingsOf(store, meeting->groupId);
    if (!meetings) return refuse(command, meetings.error);
    const auto confirmed = confirmAttendance(store, {meeting->id, parser.value("member"), ConfirmationChannel::commandLine, {}});
    if (!confirmed) return refuse(command, confirmed.error);

    const AttendanceConfirmation& kept = confirmed->confirmation;
    const QString name = meetingReferenceText(*meeting, *meetings);
    if (parser.isSet("json")) {
        printJson(QJsonObject{{"meeting", name},
                              {"member", kept.memberName},
                              {"confirmed_at", kept.confirmedAt.toString(Qt::ISODate)},
                              {"channel", confirmationChannelId(kept.channel)},
                              {"earlier", confirmed->earlier}});
        return success;
    }
    const QString when = kept.confirmedAt.toLocalTime().toString("yyyy-MM-dd HH:mm");
    printOut(confirmed->earlier
                 ? tr("%1 had already confirmed being at %2, at %3; nothing changed.\n").arg(kept.memberName, name, when)
                 : tr("%1 confirmed being at %2, at %3.\n").arg(kept.memberName, name, when));
    return success;
}

int attendanceSheet(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStoreOption(parser);
    addLanguageOption(parser);
    parser.addPositionalArgument("MEETING", tr("The meeting, as GROUP@YYYY-MM-DD."));
    parser.addOption({"format", tr("md (default), html, json or pdf."), "FORMAT"});
    parser.addOption({"out", tr("Write to FILE instead of standard output."), "FILE"});
    const QString command = arguments.first();
    if (const auto done = parseCommand(parser, arguments,
                                       tr("The proof of attendance of a held meeting, for the group to sign: the hours "
                                          "held, the guide, the present members with their PE register, the absent ones, "
                                          "and who confirmed digitally.\n"
                                          "Members confirm with: palet attendance confirm MEETING --member NAME")))
        return *done;
    const QString format = parser.isSet("format") ? parser.value("format") : QStringLiteral("md");
    if (!QStringList{"md", "html", "json", "pdf"}.contains(format))
        return misuse(command, tr("--format must be md, html, json or pdf, not '%1'").arg(format));
    if (!hasPositionals(parser, command, 1, tr("the meeting, as GROUP@YYYY-MM-DD"))) return badUsage;
    if (format == "pdf" && !parser.isSet("out") && isatty(STDOUT_FILENO))
        return misuse(command, tr("a PDF is not for the terminal; give --out FILE"));
    const auto reference = meetingArgument(parser.positionalArguments().first(), command);
    if (!reference) return badUsage;
    auto opened = openChosenStore(parser, command);
    if (!opened.store) return opened.status;
    const auto meeting = findMeeting(*opened.store, *reference);
    if (!meeting) return refuse(command, meeting.error);
    const auto sheet = gatherAttendanceSheet(*opened.store, *meeting);
    if (!sheet) return refuse(command, sheet.error);

    QByteArray bytes;
    if (format == "pdf") {
        auto pdf = pdfFromHtml(attendanceHtml(*sheet), {tr("Proof of attendance: %1").arg(sheet->reference), {}});
        if (const QString* problem = std::get_if<QString>(&pdf)) return refuse(command, *problem);
        bytes = std::get<QByteArray>(std::move(pdf));
    } else if (format == "json") {
        if (!parser.isSet("out")) {
            printJson(attendanceJson(*sheet));
            return success;
        }
        bytes = QJsonDocument{attendanceJson(*sheet)}.toJson(QJsonDocument::Indented);
    } else {
        bytes = (format == "html" ? attendanceHtml(*sheet) : attendanceMarkdown(*sheet)).toUtf8();
    }
    if (!parser.isSet("out")) {
        std::fwrite(bytes.constData(), 1, bytes.size(), stdout);
        return success;
    }
    if (const QString problem = writeWholeFile(parser.value("out"), bytes); !problem.isEmpty()) return refuse(command, problem);
    printOut(tr("Wrote the proof of attendance of %1 to %2.\n").arg(sheet->reference, parser.value("out")));
    return success;
}

} // namespace

int runAttendance(const QStringList& arguments)
{
    static const std::vector<Subcommand> subcommands{
        {"confirm", confirm, QT_TRANSLATE_NOOP("palet", "Confirm a member's presence at a meeting, with the time.")},
    };
    // `palet attendance MEETING` makes the paper; a meeting's name has an '@', a subcommand none,
    // so a word close to a subcommand's name is taken as a misspelt one.
    if (arguments.size() >= 2 && !arguments[1].contains('@') &&
        (arguments[1] == "confirm" || !didYouMeanText(arguments[1], {"confirm"}).isEmpty()))
        return runSubcommand(arguments, subcommands, {});
    return attendanceSheet(arguments);
}

} // namespace palet::cli
