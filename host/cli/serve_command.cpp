#include "commands.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"
#include "session_choice.hpp"
#include "session_front.hpp"
#include "session_pick.hpp"

#include "room_server.hpp"
#include "records/attendance_confirmation.hpp"
#include "session/case_inventory.hpp"
#include "translate.hpp"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkInterface>

#include <algorithm>
#include <cstdio>
#include <iterator>

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

// The options that choose the session; without any, the console picks it.
constexpr const char* sessionOptions[] = {"method", "members", "owner", "minutes", "absent"};

// What the console may pick (docs/room.md): the meetings still to be held and the methods.
QJsonObject choicesJson(const SessionPicker& picker)
{
    QJsonArray meetings;
    for (const PlannedMeeting& planned : picker.meetings())
        meetings.append(QJsonObject{{"reference", planned.reference},
                                    {"group", planned.meeting.groupName},
                                    {"date", planned.meeting.date.toString(Qt::ISODate)},
                                    {"start", planned.meeting.start.toString("HH:mm")},
                                    {"end", planned.meeting.end.toString("HH:mm")}});
    QJsonArray methods;
    for (const MethodChoice& method : picker.methods()) methods.append(QJsonObject{{"id", method.id}, {"name", method.name}});
    return QJsonObject{{"meetings", meetings}, {"methods", methods}};
}

// At the start, after cases were brought in or votes cast in the room: the plan made again by the
// core, a meeting's with its cases chosen from the votes (and saved), one method's with the
// favourite case's owner as its case owner. An error for the console, or empty.
QString replanWithCases(ChosenSession& chosen, const CaseInventory& inventory, const QCommandLineParser& parser,
                        const QString& command)
{
    if (!inventory.changed()) return {};
    const SessionPlan& planned = chosen.sessionPlan();
    if (chosen.meeting) return replanMeetingSession(*chosen.meeting, parser, command, planned);
    const InventoryCase* favourite = inventory.favourite();
    if (!favourite || planned.holders(caseOwnerRole) == std::vector<std::string>{utf8(favourite->owner)}) return {};
    auto plan = planWithOwner(*chosen.method, planned, utf8(favourite->owner));
    if (!plan.value) return qs(plan.error);
    chosen.plan = std::move(*plan.value);
    return {};
}

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
                                          "as 'palet run', with its journal. Without a meeting or --method, the "
                                          "facilitator picks one in the console. Started again after a crash, it goes on "
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
    // `palet serve` alone: the facilitator picks the meeting or the method in the console.
    const bool picking = !resumed && parser.positionalArguments().isEmpty() &&
                         std::none_of(std::begin(sessionOptions), std::end(sessionOptions),
                                      [&](const char* option) { return parser.isSet(option); });
    std::optional<SessionPicker> picker;
    ChosenSession chosen;
    if (picking) {
        if (!(picker = SessionPicker::open(parser, command))) return badUsage;
    } else {
        chosen = resumed ? chooseJournalSession(parser, *resumed, command) : chooseSession(parser, command);
        if (!chosen.chosen()) return chosen.status;
    }

    room::RoomSecrets secrets = room::RoomSecrets::fresh();
    if (resumed) {
        QString error;
        if (auto kept = room::RoomSecrets::read(secretsPath(*resumed), error)) secrets = std::move(*kept);
    }
    room::RoomOptions options;
    options.language = picking ? picker->language() : chosen.sessionPlan().context.language;
    options.languageFixed = parser.isSet("lang");
    room::RoomServer room{picking ? nullptr : &chosen.sessionPlan(), secrets, options};
    // Before the start the phones bring in cases and vote; a meeting keeps them in its store.
    std::optional<CaseInventory> inventory;
    const auto prepareRoom = [&]() -> QString {
        const SessionPlan& plan = chosen.sessionPlan();
        if (!resumed && chosen.meeting) {
            auto stored = CaseInventory::ofMeeting(*chosen.meeting->store, chosen.meeting->run->gathered.meeting, plan.members);
            if (!stored) return stored.error;
            inventory = std::move(*stored);
        } else if (!resumed) {
            inventory.emplace(plan.members);
        }
        if (inventory) room.offerCases(*inventory);
        room.chosen(plan, chosen.meeting ? tr("Meeting %1").arg(chosen.meeting->run->gathered.reference) : QString{},
                    chosen.meeting.has_value(), chosen.meeting && chosen.meeting->run->gathered.group.caseLabelsOnProjector);
        return {};
    };
    if (picking) {
        room.offerChoices(choicesJson(*picker));
        room.onChoose([&](const room::RoomCommand& choice) -> QString {
            QString error;
            auto picked = choice.meeting.isEmpty() ? picker->pickMethod(choice.method, choice.members, error)
                                                   : picker->pickMeeting(choice.meeting, error);
            if (!picked) return error;
            chosen = std::move(*picked);
            for (const auto& note : chosen.sessionPlan().notes) printError(tr("%1: note: %2\n").arg(command, qs(note)));
            return prepareRoom();
        });
    } else if (const QString error = prepareRoom(); !error.isEmpty()) {
        return refuse(command, error);
    }
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
        room.onStart([&]() -> QString {
            if (const QString error = replanWithCases(chosen, *inventory, parser, command); !error.isEmpty()) return error;
            room.replan(chosen.sessionPlan());
            waiting.quit();
            return {};
        });
        waiting.exec();
        if (closed) return success;
    }
    const SessionPlan& started = chosen.sessionPlan();

    const auto gap = [&](std::chrono::milliseconds) { return gapIsPause; };
    auto opened = resumed ? SessionRun::resume(started, chosen.sessionMethod(), *resumed, *chosen.contents,
                                               *chosen.recorded, front->run, gap)
                          : SessionRun::start(started, chosen.sessionMethod(), chosen.journalPath, front->run);
    if (!opened.run) {
        printError(opened.scriptFailed ? qs(opened.error) + '\n' : tr("%1: %2\n").arg(command, qs(opened.error)));
        return badInput;
    }
    SessionRun& run = *opened.run;
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
