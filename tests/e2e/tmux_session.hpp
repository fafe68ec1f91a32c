#pragma once
// A tmux server of a test's own: it runs palet in a real pseudo-terminal, send-keys types and
// capture-pane reads the screen.

#include "palet_process.hpp"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <functional>

namespace palet::test {

// One tmux server of our own, on a socket in the sandbox, gone with the test.
class Tmux {
public:
    // Any sandbox with path(): a plain one or a store's.
    template <class Sandbox>
    explicit Tmux(const Sandbox& sandbox) : socket_(sandbox.path("tmux.socket"))
    {
        INFO("the terminal tests need tmux: scripts/palet-dev installs it");
        REQUIRE_FALSE(QStandardPaths::findExecutable("tmux").isEmpty());
    }
    ~Tmux() { tmux({"kill-server"}); }

    QString tmux(const QStringList& arguments) const
    {
        QProcess process;
        process.start("tmux", QStringList{"-S", socket_, "-f", "/dev/null"} + arguments);
        process.waitForFinished(5000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    QString screen(bool withColours = false) const
    {
        return tmux(withColours ? QStringList{"capture-pane", "-p", "-e"} : QStringList{"capture-pane", "-p"});
    }
    void keys(const QStringList& keys) const { tmux(QStringList{"send-keys"} + keys); }

    // Waits until the screen shows what `wanted` looks for, up to `timeoutMs`.
    QString waitFor(const std::function<bool(const QString&)>& wanted, int timeoutMs = 5000, bool withColours = false) const
    {
        QElapsedTimer timer;
        timer.start();
        QString shown;
        while (timer.elapsed() < timeoutMs) {
            shown = screen(withColours);
            if (wanted(shown)) return shown;
            QThread::msleep(40);
        }
        return shown;
    }
    QString waitFor(const QString& text, int timeoutMs = 5000) const
    {
        const QString shown = waitFor([&](const QString& screen) { return screen.contains(text); }, timeoutMs);
        INFO("waiting for: " << text.toStdString() << "\nthe screen:\n" << shown.toStdString());
        REQUIRE(shown.contains(text));
        return shown;
    }

private:
    QString socket_;
};

inline QString shellQuoted(const QString& text) { return "'" + QString(text).replace("'", "'\\''") + "'"; }

// The shell command that runs palet with `arguments` in `environment`, then says how it ended.
inline QString paletCommand(const QProcessEnvironment& environment, const QStringList& arguments)
{
    QString command = "env";
    for (const QString& name : environment.keys()) command += ' ' + shellQuoted(name + '=' + environment.value(name));
    command += " TERM=screen " + shellQuoted(PALET_BINARY);
    for (const QString& argument : arguments) command += ' ' + shellQuoted(argument);
    return command + "; echo EXIT=$?; sleep 30";
}

} // namespace palet::test
