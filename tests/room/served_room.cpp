#include "served_room.hpp"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace palet::test {

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline{timeoutMs};
    while (!done()) {
        if (deadline.hasExpired()) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

ServedRoom::ServedRoom(const PaletSandbox& sandbox, const QStringList& arguments)
{
    process_ = sandbox.start(QStringList{"serve"} + arguments + QStringList{"--port", "0"});
    static const QRegularExpression address{"(http://\\S+)"};
    const bool printed = waitUntil([&] {
        process_->waitForReadyRead(20);
        output_ += QString::fromUtf8(process_->readAllStandardOutput());
        return output_.count("http://") >= 3 || process_->state() == QProcess::NotRunning;
    }, 30000);
    INFO("palet serve printed: " << output_.toStdString() << process_->readAllStandardError().toStdString());
    REQUIRE(printed);
    REQUIRE(output_.count("http://") >= 3);
    auto matches = address.globalMatch(output_);
    console = QUrl{matches.next().captured(1)};
    screen = QUrl{matches.next().captured(1)};
    join = QUrl{matches.next().captured(1)};
}

ServedRoom::~ServedRoom()
{
    if (process_->state() != QProcess::NotRunning) {
        process_->kill();
        process_->waitForFinished(5000);
    }
}

QString ServedRoom::token() const { return QUrlQuery{console}.queryItemValue("token"); }
QString ServedRoom::key() const { return QUrlQuery{screen}.queryItemValue("key"); }

QUrl ServedRoom::ws() const
{
    QUrl url;
    url.setScheme("ws");
    url.setHost(console.host());
    url.setPort(console.port());
    url.setPath("/ws");
    return url;
}

RoomClient::RoomClient(const QUrl& ws)
{
    QObject::connect(&socket_, &QWebSocket::textMessageReceived, [this](const QString& text) {
        received_.push_back(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    socket_.open(ws);
    REQUIRE(waitUntil([&] { return connected(); }));
}

void RoomClient::send(const QJsonObject& message)
{
    socket_.sendTextMessage(QString::fromUtf8(QJsonDocument{message}.toJson(QJsonDocument::Compact)));
}

void RoomClient::sendRaw(const QString& text) { socket_.sendTextMessage(text); }

QJsonObject RoomClient::waitFor(const std::function<bool(const QJsonObject&)>& test, int timeoutMs)
{
    QJsonObject found;
    waitUntil([&] {
        while (!received_.empty()) {
            const QJsonObject next = received_.front();
            received_.pop_front();
            if (test(next)) {
                found = next;
                return true;
            }
        }
        return false;
    }, timeoutMs);
    return found;
}

QJsonObject RoomClient::waitForType(const QString& type, int timeoutMs)
{
    return waitFor([&](const QJsonObject& message) { return message.value("type").toString() == type; }, timeoutMs);
}

QJsonObject RoomClient::latest(const QString& type)
{
    waitUntil([] { return false; }, 500);
    QJsonObject last;
    for (const QJsonObject& message : received_)
        if (message.value("type").toString() == type) last = message;
    received_.clear();
    return last;
}

bool RoomClient::waitClosed(int timeoutMs)
{
    return waitUntil([&] { return socket_.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
}

QJsonObject RoomClient::hello(const QString& view, const QString& secret, const QString& lang)
{
    QJsonObject message{{"type", "hello"}, {"protocol", 1}, {"view", view}};
    if (!secret.isEmpty()) message["secret"] = secret;
    if (!lang.isEmpty()) message["lang"] = lang;
    send(message);
    return waitForType("welcome");
}

} // namespace palet::test
