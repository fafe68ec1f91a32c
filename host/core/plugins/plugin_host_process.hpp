#pragma once
// One running palet-plugin-host with one plugin library in it, seen from palet: every call
// written as a frame and answered within its deadline. A helper that crashes, exits, hangs past
// the deadline or answers with what is not the protocol is stopped (with every process it
// started) and the call fails with one sentence that names the library and what happened; the
// next call starts a new helper.

#include "plugins/plugin_trace.hpp"

#include <QCborMap>
#include <QProcess>

#include <chrono>
#include <optional>
#include <string>

namespace palet {

struct HostReply {
    std::optional<QCborMap> answer;
    std::string error;      // set when there is no answer
    bool brokeDown = false; // the helper crashed, hung, exited or garbled: it is gone
    std::string breakdown;  // then: what happened, without the library's path or the plugin's own words
};

class PluginHostProcess {
public:
    PluginHostProcess(std::string library, PluginTrace trace);
    ~PluginHostProcess();
    PluginHostProcess(const PluginHostProcess&) = delete;
    PluginHostProcess& operator=(const PluginHostProcess&) = delete;

    bool running() const { return process_.state() != QProcess::NotRunning; }
    // Starts the helper; an error says why it could not.
    std::string start();
    // Sends `request` and waits for the answer; `activity` ends "... while %1" in a failure.
    HostReply call(const QCborMap& request, std::chrono::milliseconds deadline, const QString& activity);
    // Ends the helper: it hears the pipe close and destroys the plugin's object; then, or after
    // a short grace, every process of its group is killed.
    void stop();

    // The helper program palet starts: PALET_PLUGIN_HOST, else palet-plugin-host beside the running program.
    static QString helperProgram();

private:
    HostReply breakDown(const QString& what);
    void keepErrorTail();
    void killGroup();

    std::string library_;
    PluginTrace trace_;
    QProcess process_;
    qint64 pid_ = 0;
    QByteArray errorTail_; // the end of what the helper wrote on standard error
};

} // namespace palet
