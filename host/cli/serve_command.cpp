#include "commands.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"
#include "session_choice.hpp"
#include "session_front.hpp"

#include "room_server.hpp"
#include "records/attendance_confirmation.hpp"
#include "translate.hpp"

#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkInterface>

#include <cstdio>

namespace palet::cli {
namespace {

// How phones on the local network reach this computer: its first IPv4 address that is not the
// loopback, else its name.
QString lanHost()
{
    for (const QHostAddress& address : QNetworkInterface::allAddresses())
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) return address.toString();
    return QHostAddress{QHostAddress::LocalHost}.toString();
}

QString secretsPath(const std::string& journal) { return qs(journal) + ".room"; }

} // namespace

int runServe(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCatalogOptions(parser);
    addLanguageOption(parser);
    addStoreOption(parser);
    addSessionChoiceOptions(parser);
    addFrontOptions(parser);
    parser.addOption({"port", tr("Listen on port N, or the next free one after it (default 8080; 0: any free port)."), "N"});
    parser.addOption({"lan", tr("Listen on the local network, so that phones can join (default: this computer only).")});
    parser.addOption({"gap", tr("When the room goes on from a journal: the time palet was not running counts as a "
                                "'pause' (the default) or as meeting time ('count')."),
                      "pause|count"});
    if (const auto done = parseCommand(parser, arguments,
                                       tr("Run a meeting in the room: a web page for the projector, one for every "
                                          "participant's phone and a console for the facilitator, on the same session "
                                          "as 'palet run', with its journal. Started again after a crash, it goes on "
                                          "from the journal.")))
        return *done;
    const QString command = QStringLiteral("palet serve");
    const auto front = frontOptions(parser);
    if (!front) return badUsage;
    std::optional<int> port = 8080;
    if (parser.isSet("port") && !(port = intOption(parser, "port", 0, 65535))) return badUsage;
    bool gapIsPause = true;
    if (parser.isSet("gap")) {
        const QString gap = parser.value("gap");
        if (gap != "pause" && gap != "count") return misuse(command, tr("--gap must be pause or count, not '%1'").arg(gap));
        gapIsPause = gap == "pause";
    }

    // A journal that holds an unfinished session goes on: the one --journal names, else the
    // meeting's newest.
    std::optional<std::string> resumed;
    if (parser.isSet("journal")) {
        if (QFileInfo{parser.value("journal")}.size() > 0) resumed = utf8(parser.value("journal"));
    } else if (!parser.positionalArguments().isEmpty()) {
        resumed = latestUnfinished(parser.positionalArguments().first());
    }
    ChosenSession chosen = resumed ? chooseJournalSession(parser, *resumed, command) : chooseSession(parser, command);
    if (!chosen.chosen()) return chosen.status;

    room::RoomSecrets secrets = room::RoomSecrets::fresh();
    if (resumed) {
        QString error;
        if (auto kept = room::RoomSecrets::read(secretsPath(*resumed), error)) secrets = std::move(*kept);
    }
    const SessionPlan& plan = chosen.sessionPlan();
    room::RoomOptions options;
    options.language = plan.context.language;
    options.languageFixed = parser.isSet("lang");
    options.recordsAttendance = chosen.meeting.has_value();
    if (chosen.meeting) options.title = tr("Meeting %1").arg(chosen.meeting->run->gathered.reference);
    room::RoomServer room{plan, secrets, options};
    const bool lan = parser.isSet("lan");
    if (const QString error = room.listen(lan ? QHostAddress{QHostAddress::Any} : QHostAddress{QHostAddress::LocalHost},
                                          static_cast<quint16>(*port), lan ? lanHost() : QStringLiteral("127.0.0.1"));
        !error.isEmpty())
        return refuse(command, error);

    printOut(tr("The room is open.\n"
                "  Console (yours alone: it holds the key to the meeting): %1\n"
                "  Projector: %2\n"
                "  Phones join at: %3\n")
                 .arg(room.consoleUrl().toString(), room.screenUrl().toString(), room.joinUrl().toString()));
    std::fflush(stdout);

    QEventLoop waiting;
    bool closed = false;
    room.onClose([&] {
        closed = true;
        waiting.quit();
    });
    if (!resumed) {
        room.onStart([&] { waiting.quit(); });
        waiting.exec();
        if (closed) return success;
    }

    const auto gap = [&](std::chrono::milliseconds) { return gapIsPause; };
    auto started = resumed ? SessionRun::resume(plan, chosen.sessionMethod(), *resumed, *chosen.contents,
                                                *chosen.recorded, front->run, gap)
                           : SessionRun::start(plan, chosen.sessionMethod(), chosen.journalPath, front->run);
    if (!started.run) {
        printError(started.scriptFailed ? qs(started.error) + '\n' : tr("%1: %2\n").arg(command, qs(started.error)));
        return badInput;
    }
    SessionRun& run = *started.run;
    if (const QString error = secrets.save(secretsPath(run.journal().path())); !error.isEmpty())
        printError(tr("%1: %2\n").arg(command, error));
    room.attach(run);
    if (front->jsonEvents)
        run.watch([](const RunEvent&, const QByteArray& line) {
            std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
            std::fflush(stdout);
        });
    if (const std::string error = run.runToEnd(); !error.empty()) {
        printError(tr("palet: %1\nThe session stopped; the journal %2 holds it up to the last event shown.\n")
                       .arg(qs(error), qs(run.journal().path())));
        return badInput;
    }

    QString recorded;
    if (chosen.meeting) {
        const SessionRunner& runner = run.runner();
        const auto outcome = palet::recordMeetingRun(*chosen.meeting->store, *chosen.meeting->run, runner.plan(), runner.state());
        if (!outcome) return refuse(command, outcome.error);
        recorded = tr("Recorded %1 as held: %2 present, %3 treated, the time of each part.\n")
                       .arg(outcome->reference)
                       .arg(outcome->present)
                       .arg(caseCountText(outcome->treated));
        if (!front->jsonEvents) printOut(recorded);
        room.onAttendance([&](const QString& member, const QDateTime& at) -> QString {
            ConfirmationRequest request;
            request.meetingId = chosen.meeting->run->gathered.meeting.id;
            request.memberName = member;
            request.channel = ConfirmationChannel::room;
            request.at = at;
            const auto confirmed = confirmAttendance(*chosen.meeting->store, request);
            return confirmed ? QString{} : confirmed.error;
        });
    }
    if (!front->jsonEvents) printOut(tr("Journal: %1\n").arg(qs(run.journal().path())));
    room.sessionEnded(recorded.trimmed());
    if (!closed) {
        if (!front->jsonEvents) printOut(tr("The meeting has ended. The room stays open for the attendance until you close it in the console.\n"));
        std::fflush(stdout);
        room.onClose([&] { waiting.quit(); });
        waiting.exec();
    }
    return success;
}

} // namespace palet::cli
