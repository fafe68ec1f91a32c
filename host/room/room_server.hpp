#pragma once
// `palet serve`'s server: the room's three views over HTTP and WebSockets (Qt HTTP Server and Qt
// WebSockets), in the same process and event loop as the session. It shows the engine's events
// and passes on the people's commands; the rules are the engine's. docs/room.md describes the
// protocol and the threat model.

#include "join_guard.hpp"
#include "room_command.hpp"
#include "room_secrets.hpp"
#include "room_snapshot.hpp"
#include "room_texts.hpp"

#include "session/session_run.hpp"

#include <QHostAddress>
#include <QHttpServer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class QWebSocket;

namespace palet::room {

struct RoomOptions {
    QString title;                    // the meeting's or the method's name
    Language language = Language::en; // the room's language
    bool languageFixed = false;       // --lang was given: every view speaks it
    bool recordsAttendance = false;   // a stored meeting: confirmations go to the store
};

class RoomServer {
public:
    // `plan` is shown before the start; it must live until attach() or the end. Without one, the
    // console picks what the room runs from the choices offered (offerChoices).
    RoomServer(const SessionPlan* plan, RoomSecrets secrets, RoomOptions options);
    ~RoomServer();
    RoomServer(const RoomServer&) = delete;
    RoomServer& operator=(const RoomServer&) = delete;

    // Listens on `address` at `port`, or the next free port of the ten after it. `host` is how
    // the addresses name this machine. An error, or empty.
    QString listen(const QHostAddress& address, quint16 port, const QString& host);
    QUrl consoleUrl() const;
    QUrl screenUrl() const;
    QUrl joinUrl() const;

    // The session started: its events go to the views, the console's keys and the takeaway to it.
    void attach(SessionRun& run);
    // The session ended; `recorded` says what was recorded. The room stays open for attendance.
    void sessionEnded(const QString& recorded);

    // Without a plan: what the console may pick (docs/room.md, `choices`), and what happens when
    // it picks (an error for the console, or empty after chosen() was called).
    void offerChoices(QJsonObject choices) { facts_.choices = std::move(choices); }
    void onChoose(std::function<QString(const RoomCommand&)> callback) { onChoose_ = std::move(callback); }
    // The session to run: its plan (which must live until attach() or the end), its title, whether
    // it is a stored meeting's (attendance is recorded) and whether its group lets the projector
    // show case labels.
    void chosen(const SessionPlan& plan, const QString& title, bool recordsAttendance, bool caseLabelsOnProjector);

    // Before the start, the phones bring in cases and vote on them here.
    void offerCases(CaseInventory& inventory) { facts_.inventory = &inventory; }
    // The plan was made again at the start (with the chosen case); it must live until attach().
    void replan(const SessionPlan& plan) { plan_ = &plan; }

    // The console asked to start (the callback gives an error for the console, or empty), or to
    // close the room.
    void onStart(std::function<QString()> callback) { onStart_ = std::move(callback); }
    void onClose(std::function<void()> callback) { onClose_ = std::move(callback); }
    // Records a member's confirmed attendance; an error for people, or empty.
    using AttendanceRecorder = std::function<QString(const QString& member, const QDateTime& at)>;
    void onAttendance(AttendanceRecorder recorder) { recordAttendance_ = std::move(recorder); }

private:
    struct Client;

    void route();
    void accept();
    void receive(Client& client, const QByteArray& message);
    void handle(Client& client, const RoomCommand& command);
    void greet(Client& client, const RoomCommand& command);
    void sendError(Client& client, const QString& code, const QString& message);
    void send(Client& client, const QJsonObject& object);
    void broadcast();
    void sendSnapshot(Client& client);
    void forward(const QByteArray& line);
    void drop(Client& client);
    Language languageOf(const RoomCommand& command) const;
    SessionState stateNow() const;
    void refreshJoinCode();

    const SessionPlan* plan_;
    RoomSecrets secrets_;
    RoomOptions options_;
    RoomTexts texts_;
    RoomFacts facts_;
    JoinGuard guard_;
    SessionRun* run_ = nullptr;
    bool ended_ = false;
    QHttpServer http_;
    quint16 port_ = 0;
    QString host_;
    std::vector<std::unique_ptr<Client>> clients_;
    QTimer codeTimer_;
    QTimer resync_;
    std::function<QString()> onStart_;
    std::function<QString(const RoomCommand&)> onChoose_;
    std::function<void()> onClose_;
    AttendanceRecorder recordAttendance_;
};

} // namespace palet::room
