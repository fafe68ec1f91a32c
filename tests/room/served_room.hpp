#pragma once
// `palet serve` started for real in a sandbox, and WebSocket clients that talk to it as the
// room's pages do. Waits are on conditions with generous deadlines, for a loaded machine.

#include "../e2e/palet_process.hpp"

#include <QJsonObject>
#include <QUrl>
#include <QWebSocket>

#include <deque>
#include <functional>
#include <memory>

namespace palet::test {

class ServedRoom {
public:
    // Starts `palet serve ARGUMENTS --port 0` and reads the addresses it prints.
    ServedRoom(const PaletSandbox& sandbox, const QStringList& arguments);
    ~ServedRoom();

    QUrl console, screen, join;
    QString token() const;
    QString key() const;
    QUrl ws() const;
    QProcess& process() { return *process_; }
    QString output() const { return output_; }

private:
    std::unique_ptr<QProcess> process_;
    QString output_;
};

class RoomClient {
public:
    explicit RoomClient(const QUrl& ws);

    bool connected() const { return socket_.state() == QAbstractSocket::ConnectedState; }
    void send(const QJsonObject& message);
    void sendRaw(const QString& text);
    // The first message received (now or within the deadline) that `test` accepts; messages
    // before it are dropped. An empty object when none came.
    QJsonObject waitFor(const std::function<bool(const QJsonObject&)>& test, int timeoutMs = 20000);
    QJsonObject waitForType(const QString& type, int timeoutMs = 20000);
    // The last message of `type` that has come by now (after a short while for any in transit).
    QJsonObject latest(const QString& type);
    // Whether the server closed the connection within the deadline.
    bool waitClosed(int timeoutMs = 20000);
    QWebSocketProtocol::CloseCode closeCode() const { return socket_.closeCode(); }

    // hello as the page would say it.
    QJsonObject hello(const QString& view, const QString& secret = {}, const QString& lang = {});

private:
    QWebSocket socket_;
    std::deque<QJsonObject> received_;
};

// Runs the event loop until `done` or the deadline; gives `done()`.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 20000);

} // namespace palet::test
