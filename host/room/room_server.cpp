#include "room_server.hpp"

#include "qr_svg.hpp"

#include "session/role_choice.hpp"
#include "session/takeaway_author.hpp"
#include "translate.hpp"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QWebSocket>

namespace palet::room {
namespace {

using Status = QHttpServerResponder::StatusCode;

// No script but our own files, no style but our own, no connection but back to this server.
constexpr const char* contentPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                                      "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// Messages a client may send per second before the room stops listening to it; a client that
// goes on sending far beyond that is disconnected.
constexpr int messagesPerSecond = 40;
constexpr int droppedBeforeClose = 400;

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

QByteArray mimeTypeOf(const QString& name)
{
    if (name.endsWith(".js")) return "text/javascript; charset=utf-8";
    if (name.endsWith(".css")) return "text/css; charset=utf-8";
    if (name.endsWith(".svg")) return "image/svg+xml";
    return "text/html; charset=utf-8";
}

QHttpServerResponse webFile(const QString& name)
{
    QFile file{":/room/web/" + name};
    if (!file.open(QIODevice::ReadOnly)) return QHttpServerResponse{Status::NotFound};
    return QHttpServerResponse{mimeTypeOf(name), file.readAll()};
}

// 401 without the secret, 403 with a wrong one.
QHttpServerResponse guarded(const QHttpServerRequest& request, const char* parameter, const QString& secret,
                            const QString& page)
{
    const QString given = request.query().queryItemValue(parameter);
    if (given.isEmpty())
        return QHttpServerResponse{"text/plain; charset=utf-8", QByteArray("This address needs its secret (?") + parameter +
                                                                   "=…), as palet serve printed it.\n",
                                   Status::Unauthorized};
    if (!sameSecret(given, secret))
        return QHttpServerResponse{"text/plain; charset=utf-8", "This secret is not the room's.\n", Status::Forbidden};
    return webFile(page);
}

} // namespace

struct RoomServer::Client {
    QWebSocket* socket = nullptr;
    QString address;
    bool greeted = false;
    View view = View::phone;
    Language language = Language::en;
    QString member; // a phone that joined
    qint64 windowStart = 0;
    int inWindow = 0;
    int dropped = 0;
    bool warned = false;
    bool gone = false; // disconnected; removed once the event loop is back
};

RoomServer::RoomServer(const SessionPlan* plan, RoomSecrets secrets, RoomOptions options)
    : plan_(plan), secrets_(std::move(secrets)), options_(std::move(options))
{
    facts_.title = options_.title;
    if (plan) facts_.members = plan->members;
    route();
    QObject::connect(&http_, &QAbstractHttpServer::newWebSocketConnection, [this] { accept(); });
    // The pages count the time down themselves; a fresh state now and then puts right a page
    // whose timers slept (a locked phone, a laptop's lid).
    resync_.setInterval(15000);
    QObject::connect(&resync_, &QTimer::timeout, [this] { broadcast(); });
    codeTimer_.setSingleShot(true);
    QObject::connect(&codeTimer_, &QTimer::timeout, [this] {
        refreshJoinCode();
        broadcast();
    });
}

RoomServer::~RoomServer()
{
    for (const auto& client : clients_) {
        QObject::disconnect(client->socket, nullptr, nullptr, nullptr);
        if (!client->gone) client->socket->abort();
        client->socket->deleteLater();
    }
}

void RoomServer::route()
{
    http_.route("/", [] {
        QHttpServerResponse response{Status::Found};
        response.setHeader("Location", "/join");
        return response;
    });
    http_.route("/join", [] { return webFile("join.html"); });
    http_.route("/screen", [this](const QHttpServerRequest& request) {
        return guarded(request, "key", secrets_.screenKey, "screen.html");
    });
    http_.route("/console", [this](const QHttpServerRequest& request) {
        return guarded(request, "token", secrets_.consoleToken, "console.html");
    });
    http_.route("/static/<arg>", [](const QString& name) {
        static const QRegularExpression allowed{"^[a-z-]+\\.(js|css|svg)$"};
        if (!allowed.match(name).hasMatch()) return QHttpServerResponse{Status::NotFound};
        return webFile(name);
    });
    // The QR code gives the join code away, so it is the projector's.
    http_.route("/qr.svg", [this](const QHttpServerRequest& request) {
        if (!sameSecret(request.query().queryItemValue("key"), secrets_.screenKey)) return QHttpServerResponse{Status::Forbidden};
        return QHttpServerResponse{"image/svg+xml", qrSvg(facts_.joinUrl)};
    });
    http_.route("/favicon.ico", [] { return QHttpServerResponse{Status::NoContent}; });
    // Qt 6.4 upgrades a request to a WebSocket only when a route takes its path first.
    http_.route("/ws", [](QHttpServerResponder&&) {});
    http_.afterRequest([](QHttpServerResponse&& response) {
        response.setHeader("Content-Security-Policy", contentPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        return std::move(response);
    });
}

QString RoomServer::listen(const QHostAddress& address, quint16 port, const QString& host)
{
    for (int tried = 0; tried <= 10; ++tried) {
        const quint16 candidate = static_cast<quint16>(port + tried);
        if (port != 0 && candidate < port) break; // past 65535
        if (const quint16 got = http_.listen(address, candidate)) {
            port_ = got;
            host_ = host;
            refreshJoinCode();
            return {};
        }
        if (port == 0) break;
    }
    return tr("no free port from %1 to %2 on %3").arg(port).arg(port + 10).arg(address.toString());
}

QUrl RoomServer::consoleUrl() const
{
    return QUrl{QStringLiteral("http://%1:%2/console?token=%3").arg(host_).arg(port_).arg(secrets_.consoleToken)};
}

QUrl RoomServer::screenUrl() const
{
    return QUrl{QStringLiteral("http://%1:%2/screen?key=%3").arg(host_).arg(port_).arg(secrets_.screenKey)};
}

QUrl RoomServer::joinUrl() const { return QUrl{QStringLiteral("http://%1:%2/join").arg(host_).arg(port_)}; }

void RoomServer::refreshJoinCode()
{
    const qint64 seconds = nowMs() / 1000;
    facts_.joinCode = joinCodeAt(secrets_.key, seconds);
    facts_.joinUrl = joinUrl().toString() + "?code=" + facts_.joinCode;
    facts_.codeRenewsIn = secondsUntilNextCode(seconds);
    codeTimer_.start(facts_.codeRenewsIn * 1000 + 50);
}

void RoomServer::chosen(const SessionPlan& plan, const QString& title, bool recordsAttendance, bool caseLabelsOnProjector)
{
    facts_.caseLabelsOnProjector = caseLabelsOnProjector;
    plan_ = &plan;
    facts_.members = plan.members;
    facts_.title = title;
    options_.recordsAttendance = recordsAttendance;
    broadcast();
}

void RoomServer::attach(SessionRun& run)
{
    run_ = &run;
    plan_ = &run.runner().plan();
    resync_.start();
    run.watch([this](const RunEvent& event, const QByteArray& line) {
        if (event.kind == RunEventKind::alive) return;
        forward(line);
        broadcast();
    });
}

void RoomServer::sessionEnded(const QString& recorded)
{
    ended_ = true;
    resync_.stop();
    facts_.recorded = recorded;
    facts_.attendanceOpen = true;
    facts_.confirmingQuit = false;
    broadcast();
}

SessionState RoomServer::stateNow() const { return run_ ? run_->runner().state() : SessionState{}; }

void RoomServer::accept()
{
    while (http_.hasPendingWebSocketConnections()) {
        QWebSocket* socket = http_.nextPendingWebSocketConnection().release();
        // A page of another site may not use a participant's browser to talk to the room.
        const QUrl origin{socket->origin()};
        const QString host = QString::fromLatin1(socket->request().rawHeader("Host"));
        if (!socket->origin().isEmpty() && origin.authority() != host) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, "origin");
            socket->deleteLater();
            continue;
        }
        socket->setMaxAllowedIncomingMessageSize(4 * largestMessage);
        auto client = std::make_unique<Client>();
        client->socket = socket;
        client->address = socket->peerAddress().toString();
        Client* raw = client.get();
        clients_.push_back(std::move(client));
        QObject::connect(socket, &QWebSocket::textMessageReceived, [this, raw](const QString& message) {
            receive(*raw, message.toUtf8());
        });
        QObject::connect(socket, &QWebSocket::binaryMessageReceived, [this, raw](const QByteArray&) {
            sendError(*raw, "bad-json", "the room takes text messages only");
        });
        QObject::connect(socket, &QWebSocket::disconnected, [this, raw] { drop(*raw); });
    }
}

void RoomServer::drop(Client& client)
{
    if (client.gone) return;
    client.gone = true;
    QObject::disconnect(client.socket, nullptr, nullptr, nullptr);
    client.socket->deleteLater();
    // Removed later: this may run while the clients are being gone through.
    QTimer::singleShot(0, &codeTimer_, [this] { std::erase_if(clients_, [](const auto& each) { return each->gone; }); });
    if (!client.member.isEmpty()) {
        --facts_.online[client.member];
        broadcast();
    }
}

void RoomServer::receive(Client& client, const QByteArray& message)
{
    const qint64 now = nowMs();
    if (now - client.windowStart >= 1000) {
        client.windowStart = now;
        client.inWindow = 0;
        client.warned = false;
    }
    if (++client.inWindow > messagesPerSecond) {
        if (++client.dropped > droppedBeforeClose) {
            client.socket->close(QWebSocketProtocol::CloseCodePolicyViolated, "too many messages");
            return;
        }
        if (!client.warned) sendError(client, "slow-down", "too many messages; the room ignores them for a second");
        client.warned = true;
        return;
    }
    const auto parsed = parseRoomCommand(message);
    if (const auto* error = std::get_if<CommandError>(&parsed)) {
        sendError(client, error->code, error->message);
        return;
    }
    handle(client, std::get<RoomCommand>(parsed));
}

Language RoomServer::languageOf(const RoomCommand& command) const
{
    if (options_.languageFixed || command.language.isEmpty()) return options_.language;
    return command.language == "nl" ? Language::nl : Language::en;
}

void RoomServer::greet(Client& client, const RoomCommand& command)
{
    const auto refuse = [&](const QString& message) {
        sendError(client, "forbidden", message);
        client.socket->close(QWebSocketProtocol::CloseCodePolicyViolated, "forbidden");
    };
    if (command.view == View::console && !sameSecret(command.secret, secrets_.consoleToken))
        return refuse("the console's token is wrong");
    if (command.view == View::screen && !sameSecret(command.secret, secrets_.screenKey))
        return refuse("the projector's key is wrong");
    QString member;
    if (command.view == View::phone && !command.secret.isEmpty()) {
        const auto signedFor = deviceMember(secrets_.key, command.secret);
        const bool present = signedFor && std::find(facts_.members.begin(), facts_.members.end(), signedFor->toStdString()) !=
                                               facts_.members.end();
        if (!present) {
            sendError(client, "bad-device", "this device's token is not the room's; join again");
        } else {
            member = *signedFor;
        }
    }
    client.greeted = true;
    client.view = command.view;
    client.language = languageOf(command);
    client.member = member;
    if (!member.isEmpty()) {
        ++facts_.online[member];
        if (!facts_.joined.count(member)) facts_.joined[member] = QDateTime::currentDateTime();
    }
    QJsonObject welcome;
    welcome["type"] = "welcome";
    welcome["protocol"] = protocolVersion;
    welcome["view"] = command.view == View::console ? "console" : command.view == View::screen ? "screen" : "phone";
    welcome["lang"] = client.language == Language::nl ? "nl" : "en";
    welcome["texts"] = texts_.all(client.language);
    if (!member.isEmpty()) welcome["member"] = member;
    send(client, welcome);
    if (command.view != View::phone || !member.isEmpty()) sendSnapshot(client);
    if (!member.isEmpty()) broadcast();
}

void RoomServer::handle(Client& client, const RoomCommand& command)
{
    using Kind = RoomCommand::Kind;
    if (command.kind == Kind::hello) {
        if (client.greeted) return sendError(client, "bad-order", "hello was said already");
        return greet(client, command);
    }
    if (!client.greeted) return sendError(client, "bad-order", "say hello first");
    const bool console = client.view == View::console;
    const bool phone = client.view == View::phone;
    switch (command.kind) {
    case Kind::hello: break;
    case Kind::choose:
        if (!console) return sendError(client, "not-allowed", "only the console chooses what the room runs");
        if (plan_ || !onChoose_) return sendError(client, "not-allowed", "the room runs a session already");
        if (const QString error = onChoose_(command); !error.isEmpty()) return sendError(client, "refused", error);
        break;
    case Kind::start:
        if (!console) return sendError(client, "not-allowed", "only the console starts the meeting");
        if (!plan_) return sendError(client, "not-chosen", "choose what the room runs first");
        if (run_ || ended_) return sendError(client, "not-allowed", "the meeting has started already");
        if (onStart_)
            if (const QString error = onStart_(); !error.isEmpty()) return sendError(client, "not-planned", error);
        break;
    case Kind::bringIn:
    case Kind::vote: {
        if (!phone || client.member.isEmpty()) return sendError(client, "not-allowed", "join first");
        if (!facts_.inventory) return sendError(client, "not-allowed", "this room takes no cases");
        if (run_ || ended_) return sendError(client, "not-allowed", "cases are brought in and voted on before the start");
        CaseInventory& inventory = *facts_.inventory;
        const QString error = command.kind == Kind::bringIn ? inventory.bringIn(client.member, command.text)
                                                            : inventory.vote(client.member, command.caseNumber, command.vote);
        if (!error.isEmpty()) return sendError(client, "refused", error);
        broadcast();
        break;
    }
    case Kind::key:
        if (!console) return sendError(client, "not-allowed", "only the console drives the meeting");
        if (!run_ || ended_) return sendError(client, "not-allowed", "the meeting is not running");
    {
        run_->live().press(command.key);
        // The events went out with their own broadcast; only asking about quitting has none.
        const bool confirming = run_->live().keys().confirmingQuit();
        if (confirming == facts_.confirmingQuit) break;
        facts_.confirmingQuit = confirming;
        broadcast();
        break;
    }
    case Kind::code:
    case Kind::join: {
        if (!phone) return sendError(client, "not-allowed", "only a phone joins");
        if (!plan_) return sendError(client, "not-chosen", "the facilitator has not chosen the meeting yet");
        const qint64 now = nowMs();
        if (!guard_.allows(client.address, now)) return sendError(client, "slow-down", "too many wrong codes; wait a minute");
        if (!joinCodeValid(secrets_.key, command.code, now / 1000)) {
            guard_.failed(client.address, now);
            return sendError(client, "wrong-code", "the join code is not valid (any more)");
        }
        if (command.kind == Kind::code) {
            QJsonArray names;
            for (const auto& name : facts_.members) names.append(QString::fromStdString(name));
            QJsonObject reply;
            reply["type"] = "names";
            reply["names"] = names;
            return send(client, reply);
        }
        if (std::find(facts_.members.begin(), facts_.members.end(), command.name.toStdString()) == facts_.members.end())
            return sendError(client, "unknown-name", "no member of this meeting has that name");
        if (facts_.online[command.name] > 0 && client.member != command.name)
            return sendError(client, "name-taken", "someone has joined with that name on another device");
        if (!client.member.isEmpty()) --facts_.online[client.member];
        client.member = command.name;
        ++facts_.online[command.name];
        if (!facts_.joined.count(command.name)) facts_.joined[command.name] = QDateTime::currentDateTime();
        QJsonObject reply;
        reply["type"] = "joined";
        reply["name"] = command.name;
        reply["device"] = deviceToken(secrets_.key, command.name);
        send(client, reply);
        broadcast();
        break;
    }
    case Kind::holder: {
        if (!console) return sendError(client, "not-allowed", "only the console records whom the group chose");
        if (!run_ || ended_) return sendError(client, "not-allowed", "the meeting is not running");
        const SessionRunner& runner = run_->runner();
        const std::string problem = choiceProblem(runner.plan(), runner.state(), command.role.toStdString(), command.name.toStdString());
        if (!problem.empty()) return sendError(client, "refused", QString::fromStdString(problem));
        run_->live().chooseRole(command.role.toStdString(), command.name.toStdString());
        break;
    }
    case Kind::takeaway:
        if (!phone || client.member.isEmpty()) return sendError(client, "not-allowed", "join first");
        if (!run_ || ended_ || !mayRecordTakeaway(run_->runner().plan(), run_->runner().state(), client.member.toStdString()))
            return sendError(client, "not-allowed", "only the case owner records a takeaway, in their closing phase");
        run_->live().recordTakeaway(command.text.simplified().toStdString());
        break;
    case Kind::attend: {
        if (!phone || client.member.isEmpty()) return sendError(client, "not-allowed", "join first");
        if (!facts_.attendanceOpen) return sendError(client, "not-allowed", "attendance is confirmed at the end of the meeting");
        if (facts_.attended.count(client.member)) return sendSnapshot(client);
        const QDateTime at = QDateTime::currentDateTime();
        if (options_.recordsAttendance && recordAttendance_) {
            if (const QString error = recordAttendance_(client.member, at); !error.isEmpty())
                return sendError(client, "not-recorded", error);
        }
        facts_.attended[client.member] = at;
        broadcast();
        break;
    }
    case Kind::close:
        if (!console) return sendError(client, "not-allowed", "only the console closes the room");
        if (run_ && !ended_) return sendError(client, "not-allowed", "quit the meeting first");
        if (onClose_) onClose_();
        break;
    }
}

void RoomServer::send(Client& client, const QJsonObject& object)
{
    if (client.gone) return;
    client.socket->sendTextMessage(QString::fromUtf8(QJsonDocument{object}.toJson(QJsonDocument::Compact)));
}

void RoomServer::sendError(Client& client, const QString& code, const QString& message)
{
    QJsonObject error;
    error["type"] = "error";
    error["code"] = code;
    error["message"] = message;
    send(client, error);
}

void RoomServer::sendSnapshot(Client& client)
{
    if (!plan_) return send(client, choosingSnapshot(facts_, client.view));
    const SessionState state = stateNow();
    const SnapshotInput input{*plan_, state, run_ ? run_->runner().clock().now() : SessionTime{0},
                              run_ ? run_->runner().clock().speed() : 1.0, facts_};
    send(client, roomSnapshot(input, client.view, client.language, client.member));
}

void RoomServer::broadcast()
{
    if (!plan_) {
        for (const auto& client : clients_)
            if (!client->gone && client->greeted && client->view != View::phone) sendSnapshot(*client);
        return;
    }
    const SessionState state = stateNow();
    const SnapshotInput input{*plan_, state, run_ ? run_->runner().clock().now() : SessionTime{0},
                              run_ ? run_->runner().clock().speed() : 1.0, facts_};
    // One message per view, language and member, sent to every client it fits.
    std::map<std::tuple<int, int, QString>, QString> made;
    for (const auto& client : clients_) {
        if (client->gone || !client->greeted || (client->view == View::phone && client->member.isEmpty())) continue;
        const auto key = std::make_tuple(static_cast<int>(client->view), static_cast<int>(client->language), client->member);
        auto found = made.find(key);
        if (found == made.end())
            found = made.emplace(key, QString::fromUtf8(QJsonDocument{roomSnapshot(input, client->view, client->language,
                                                                                   client->member)}
                                                            .toJson(QJsonDocument::Compact)))
                        .first;
        client->socket->sendTextMessage(found->second);
    }
}

void RoomServer::forward(const QByteArray& line)
{
    // The console sees every event as the runner wrote it to the journal.
    const QString message = QStringLiteral("{\"type\":\"event\",\"event\":%1}").arg(QString::fromUtf8(line.trimmed()));
    for (const auto& client : clients_)
        if (!client->gone && client->greeted && client->view == View::console) client->socket->sendTextMessage(message);
}

} // namespace palet::room
