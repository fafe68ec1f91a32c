// The room's protocol through the real `palet serve`: its pages' guards and headers, and
// WebSocket clients that send what a page would, what no page should (bad messages, a wrong
// token, one participant acting as another, a 1 MB message, a thousand messages a second), and
// that the room answers each with an error and changes nothing.

#include "served_room.hpp"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <utility>

using namespace palet::test;

namespace {

const QStringList peerConsultation{"--method", "peer-consultation", "--members", "Ann,Bo,Cas,Dee", "--seed", "7",
                                   "--journal", "room.jsonl", "--lang", "en"};

struct Fetched {
    int status = 0;
    QByteArray body;
    QByteArray policy;
};

Fetched fetch(const QUrl& url)
{
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply{manager.get(QNetworkRequest{url})};
    REQUIRE(waitUntil([&] { return reply->isFinished(); }));
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->rawHeader("Content-Security-Policy")};
}

QUrl at(const ServedRoom& room, const QString& pathAndQuery)
{
    return QUrl{QStringLiteral("http://%1:%2%3").arg(room.console.host()).arg(room.console.port()).arg(pathAndQuery)};
}

QString statusOf(RoomClient& client)
{
    return client.waitForType("room").value("status").toString();
}

// A console that said hello and has the first snapshot: the join code is in it.
QString joinCode(RoomClient& console)
{
    const QJsonObject room = console.waitForType("room");
    return room.value("join").toObject().value("code").toString();
}

QString wrongCode(const QString& right) { return right == "000000" ? "000001" : "000000"; }

} // namespace

TEST_CASE("the console and the projector need their secrets — every page forbids inline and outside scripts")
{
    const PaletSandbox sandbox;
    const ServedRoom room{sandbox, peerConsultation};

    CHECK(fetch(at(room, "/console")).status == 401);
    CHECK(fetch(at(room, "/console?token=wrong")).status == 403);
    CHECK(fetch(at(room, "/screen")).status == 401);
    CHECK(fetch(at(room, "/screen?key=" + room.token())).status == 403); // the console's token is not the screen's key
    CHECK(room.key() != room.token());
    CHECK(fetch(at(room, "/console?token=" + room.key())).status == 403); // nor does the screen's key open the console
    CHECK(fetch(at(room, "/qr.svg")).status == 403);

    const Fetched console = fetch(room.console);
    CHECK(console.status == 200);
    CHECK(console.body.contains("/static/console.js"));
    CHECK(console.policy.contains("script-src 'self'"));
    CHECK(console.policy.contains("default-src 'none'"));
    CHECK_FALSE(console.policy.contains("unsafe-inline"));
    for (const QString& page : {QStringLiteral("/join"), QStringLiteral("/static/room.css"), QStringLiteral("/static/join.js")}) {
        const Fetched fetched = fetch(at(room, page));
        INFO(page.toStdString());
        CHECK(fetched.status == 200);
        CHECK(fetched.policy.contains("script-src 'self'"));
    }
    CHECK(fetch(room.screen).status == 200);
    const Fetched qr = fetch(at(room, "/qr.svg?key=" + room.key()));
    CHECK(qr.status == 200);
    CHECK(qr.body.startsWith("<svg"));
    CHECK(fetch(at(room, "/static/..%2Fserve_command.cpp")).status == 404);
    CHECK(fetch(at(room, "/static/nothing.js")).status == 404);
    // No page holds a script of its own, nor loads anything from elsewhere.
    for (const QString& page : {room.console.toString(), room.screen.toString(), at(room, "/join").toString()}) {
        const QByteArray body = fetch(QUrl{page}).body;
        CHECK_FALSE(body.contains("<script>"));
        CHECK_FALSE(body.contains("https://"));
    }
}

TEST_CASE("a wrong token or key gets an error and the connection is closed")
{
    const PaletSandbox sandbox;
    const ServedRoom room{sandbox, peerConsultation};
    for (const QString& view : {QStringLiteral("console"), QStringLiteral("screen")}) {
        RoomClient client{room.ws()};
        client.send({{"type", "hello"}, {"protocol", 1}, {"view", view}, {"secret", "not-the-token"}});
        const QJsonObject error = client.waitForType("error");
        CHECK(error.value("code").toString() == "forbidden");
        CHECK(client.waitClosed());
        CHECK(client.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated);
    }
    // Each view's secret opens that view only.
    for (const auto& [view, secret] : {std::pair{QStringLiteral("console"), room.key()}, std::pair{QStringLiteral("screen"), room.token()}}) {
        RoomClient client{room.ws()};
        client.send({{"type", "hello"}, {"protocol", 1}, {"view", view}, {"secret", secret}});
        CHECK(client.waitForType("error").value("code").toString() == "forbidden");
        CHECK(client.waitClosed());
    }
    // The projector shows; it drives nothing.
    RoomClient screen{room.ws()};
    CHECK(screen.hello("screen", room.key()).value("view").toString() == "screen");
    for (const QJsonObject& command : {QJsonObject{{"type", "start"}}, QJsonObject{{"type", "key"}, {"key", "n"}}, QJsonObject{{"type", "close"}}}) {
        screen.send(command);
        CHECK(screen.waitForType("error").value("code").toString() == "not-allowed");
    }
    RoomClient console{room.ws()};
    CHECK(console.hello("console", room.token()).value("view").toString() == "console");
    CHECK(statusOf(console) == "waiting");
}

TEST_CASE("bad messages get an error back and change nothing")
{
    const PaletSandbox sandbox;
    const ServedRoom room{sandbox, peerConsultation};
    RoomClient console{room.ws()};

    console.send({{"type", "start"}});
    CHECK(console.waitForType("error").value("code").toString() == "bad-order");
    console.hello("console", room.token());
    const QString code = joinCode(console);

    const std::vector<std::pair<QString, QString>> bad{
        {"not json", "bad-json"},
        {"[1,2]", "bad-json"},
        {"{\"type\":7}", "bad-field"},
        {"{\"type\":\"dance\"}", "unknown-type"},
        {"{\"type\":\"key\"}", "bad-field"},
        {"{\"type\":\"key\",\"key\":\"x\"}", "bad-field"},
        {"{\"type\":\"key\",\"key\":5}", "bad-field"},
        {"{\"type\":\"key\",\"key\":\"n\",\"extra\":1}", "bad-field"},
        {"{\"type\":\"join\",\"code\":\"12ab56\",\"name\":\"Ann\"}", "bad-field"},
        {"{\"type\":\"takeaway\",\"text\":\"" + QString(3000, 'x') + "\"}", "bad-field"},
        {"{\"type\":\"hello\",\"protocol\":1,\"view\":\"console\"}", "bad-order"},
        {"{\"type\":\"key\",\"key\":\"n\"}", "not-allowed"}, // not started yet
        {"{\"type\":\"attend\"}", "not-allowed"},
    };
    for (const auto& [message, expected] : bad) {
        INFO(message.left(80).toStdString());
        console.sendRaw(message);
        CHECK(console.waitForType("error").value("code").toString() == expected);
    }
    // Still waiting, with the same join code: nothing changed.
    RoomClient second{room.ws()};
    second.hello("console", room.token());
    const QJsonObject snapshot = second.waitForType("room");
    CHECK(snapshot.value("status").toString() == "waiting");
    CHECK(snapshot.value("join").toObject().value("code").toString() == code);
}

TEST_CASE("a phone joins with the code and a name, and acts only as that member")
{
    const PaletSandbox sandbox;
    const ServedRoom room{sandbox, peerConsultation};
    RoomClient console{room.ws()};
    console.hello("console", room.token());
    const QString code = joinCode(console);

    RoomClient ann{room.ws()};
    CHECK_FALSE(ann.hello("phone").contains("member"));
    ann.send({{"type", "code"}, {"code", wrongCode(code)}});
    CHECK(ann.waitForType("error").value("code").toString() == "wrong-code");
    ann.send({{"type", "code"}, {"code", code}});
    const QJsonArray names = ann.waitForType("names").value("names").toArray();
    CHECK(names == QJsonArray{"Ann", "Bo", "Cas", "Dee"});
    ann.send({{"type", "join"}, {"code", code}, {"name", "Eve"}});
    CHECK(ann.waitForType("error").value("code").toString() == "unknown-name");
    ann.send({{"type", "join"}, {"code", code}, {"name", "Ann"}});
    const QJsonObject joined = ann.waitForType("joined");
    CHECK(joined.value("name").toString() == "Ann");
    const QString device = joined.value("device").toString();
    CHECK(device.size() > 40);
    const QJsonObject mine = ann.waitForType("room");
    CHECK(mine.value("me").toObject().value("name").toString() == "Ann");
    CHECK_FALSE(mine.contains("join")); // the code is the projector's to show
    CHECK(mine.value("me").toObject().value("roles").toArray().first().toObject().value("id").toString() == "case-owner");

    SECTION("another device may not take a name that is online")
    {
        RoomClient other{room.ws()};
        other.hello("phone");
        other.send({{"type", "join"}, {"code", code}, {"name", "Ann"}});
        CHECK(other.waitForType("error").value("code").toString() == "name-taken");
    }
    SECTION("a phone drives nothing and records no takeaway but its owner's, in the closing phase")
    {
        ann.send({{"type", "key"}, {"key", "n"}});
        CHECK(ann.waitForType("error").value("code").toString() == "not-allowed");
        ann.send({{"type", "start"}});
        CHECK(ann.waitForType("error").value("code").toString() == "not-allowed");
        console.send({{"type", "start"}});
        CHECK(console.waitFor([](const QJsonObject& m) { return m.value("status").toString() == "running"; }).size() > 0);
        // Ann owns the case, but this is not her closing phase yet.
        ann.send({{"type", "takeaway"}, {"text", "Ask the team first"}});
        CHECK(ann.waitForType("error").value("code").toString() == "not-allowed");
    }
    SECTION("a forged device token is refused: it names one member but was signed for another")
    {
        const QStringList parts = device.split('.');
        REQUIRE(parts.size() == 3);
        const QString bo = QString::fromLatin1(QByteArray("Bo").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        RoomClient forger{room.ws()};
        forger.send({{"type", "hello"}, {"protocol", 1}, {"view", "phone"}, {"secret", bo + '.' + parts[1] + '.' + parts[2]}});
        CHECK(forger.waitForType("error").value("code").toString() == "bad-device");
        CHECK_FALSE(forger.waitForType("welcome").contains("member"));
    }
    SECTION("the device token brings the phone back as the same member")
    {
        RoomClient again{room.ws()};
        CHECK(again.hello("phone", device).value("member").toString() == "Ann");
    }
}

TEST_CASE("join codes cannot be guessed: after five wrong ones an address must wait")
{
    const PaletSandbox sandbox;
    const ServedRoom room{sandbox, peerConsultation};
    RoomClient console{room.ws()};
    console.hello("console", room.token());
    const QString code = joinCode(console);
    RoomClient guesser{room.ws()};
    guesser.hello("phone");
    for (int attempt = 0; attempt < 5; ++attempt) {
        guesser.send({{"type", "code"}, {"code", QStringLiteral("%1").arg(100000 + attempt)}});
        const QString answer = guesser.waitForType("error").value("code").toString();
        CHECK((answer == "wrong-code" || attempt == 0)); // 100000 could be the code, once in a million
    }
    guesser.send({{"type", "code"}, {"code", code}}); // even the right one, now
    CHECK(guesser.waitForType("error").value("code").toString() == "slow-down");
}

TEST_CASE("a 1 MB message closes that connection — the room goes on for everyone else")
{
    const PaletSandbox sandbox;
    const ServedRoom room{sandbox, peerConsultation};
    RoomClient console{room.ws()};
    console.hello("console", room.token());
    console.waitForType("room");

    RoomClient flooder{room.ws()};
    flooder.hello("phone");
    flooder.sendRaw("{\"type\":\"takeaway\",\"text\":\"" + QString(1024 * 1024, 'x') + "\"}");
    CHECK(flooder.waitClosed());
    CHECK(flooder.closeCode() == QWebSocketProtocol::CloseCodeTooMuchData);

    RoomClient medium{room.ws()};
    medium.hello("phone");
    medium.sendRaw("{\"type\":\"takeaway\",\"text\":\"" + QString(20 * 1024, 'x') + "\"}");
    CHECK(medium.waitForType("error").value("code").toString() == "too-big");

    console.send({{"type", "start"}});
    CHECK(console.waitFor([](const QJsonObject& m) { return m.value("status").toString() == "running"; }).size() > 0);
}

TEST_CASE("a thousand messages a second from one client: it is slowed down, the others are served at once")
{
    const PaletSandbox sandbox;
    const ServedRoom room{sandbox, peerConsultation};
    RoomClient console{room.ws()};
    console.hello("console", room.token());
    const QString code = joinCode(console);

    RoomClient noisy{room.ws()};
    noisy.hello("phone");
    for (int i = 0; i < 1000; ++i) noisy.send({{"type", "code"}, {"code", code}});
    CHECK(noisy.waitFor([](const QJsonObject& m) { return m.value("code").toString() == "slow-down"; }).size() > 0);

    QElapsedTimer answered;
    answered.start();
    RoomClient other{room.ws()};
    other.hello("console", room.token());
    CHECK(other.waitForType("room").value("status").toString() == "waiting");
    CHECK(answered.elapsed() < 10000);
    // The noisy client was not let in as anyone, and nothing started.
    console.send({{"type", "key"}, {"key", "n"}});
    CHECK(console.waitForType("error").value("code").toString() == "not-allowed");
}

TEST_CASE("palet serve refuses a wrong command line with status 2 and a wrong method with status 1, before it listens")
{
    const PaletSandbox sandbox;
    const auto check = [&](const QStringList& arguments, int status, const QString& message) {
        const PaletRun run = sandbox.run(QStringList{"serve"} + arguments);
        INFO("palet serve " << arguments.join(' ').toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode == status);
        CHECK(run.err.contains(message));
        CHECK_FALSE(run.out.contains("http://"));
    };
    check({"--members", "Ann,Bo,Cas,Dee"}, 2, "palet serve: give --method ID and --members");
    check({"--method", "peer-consultation", "--members", "Ann,Bo,Cas,Dee", "--port", "70000"}, 2, "--port");
    check({"--method", "peer-consultation", "--members", "Ann,Bo,Cas,Dee", "--gap", "maybe"}, 2, "--gap must be pause or count");
    check({"--method", "peer-consultaton", "--members", "Ann,Bo,Cas,Dee"}, 1, "did you mean 'peer-consultation'?");
    check({"Zorgteam@2025-03-12", "--method", "peer-consultation"}, 2, "not both");
}
