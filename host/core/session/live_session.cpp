#include "session/live_session.hpp"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace palet {

std::int64_t wallNowMs() { return QDateTime::currentMSecsSinceEpoch(); }

std::int64_t bootNowMs() { return std::chrono::duration_cast<std::chrono::milliseconds>(bootClock()).count(); }

LiveSession::LiveSession(SessionRunner& runner, JournalWriter& journal, Options options, Show show)
    : runner_(runner), journal_(journal), options_(std::move(options)), show_(std::move(show)), keys_(runner)
{
    timer_.setSingleShot(true);
    timer_.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer_, &QTimer::timeout, [this] { wake(); });
    heartbeat_.setTimerType(Qt::CoarseTimer);
    // A sped-up clock beats more often in real time, so that a resume knows as well when palet stopped.
    const double beat = static_cast<double>(options_.heartbeat.count()) / std::max(1.0, runner_.clock().speed());
    heartbeat_.setInterval(static_cast<int>(std::clamp(beat, 50.0, static_cast<double>(options_.heartbeat.count()))));
    QObject::connect(&heartbeat_, &QTimer::timeout, [this] { writeAlive(); });
}

void LiveSession::begin(SessionRunner::Events first)
{
    deliver(first);
    if (done_) return;
    heartbeat_.start();
    wake();
}

void LiveSession::press(char key, int line)
{
    if (done_) return;
    deliver(keys_.press(key, line));
    schedule();
}

void LiveSession::recordTakeaway(const std::string& text, int line)
{
    if (done_) return;
    deliver(runner_.recordTakeaway(text, line));
    schedule();
}

void LiveSession::recordFollowUp(int caseNumber, const std::string& text, int line)
{
    if (done_) return;
    deliver(runner_.recordFollowUp(caseNumber, text, line));
    schedule();
}

void LiveSession::chooseRole(const std::string& roleId, const std::string& member, int line)
{
    if (done_) return;
    deliver(runner_.chooseRole(roleId, member, line));
    schedule();
}

void LiveSession::endInput()
{
    if (inputEnded_ || done_) return;
    inputEnded_ = true;
    options_.autoAdvance = true;
    wake();
}

void LiveSession::deliver(const SessionRunner::Events& events)
{
    if (events.empty() || done_) return;
    std::vector<RunEvent> stamped = events;
    QByteArray lines;
    std::vector<QByteArray> each;
    for (RunEvent& event : stamped) {
        event.wallMs = wallNowMs();
        event.bootMs = bootNowMs();
        each.push_back(jsonLine(runEventJson(event, runner_.plan(), runner_.state(), options_.recorded)));
        lines += each.back();
    }
    // Written and on disk first: nobody is shown what a crash could take back.
    if (auto failure = journal_.append(lines); !failure.empty()) {
        stop(failure);
        return;
    }
    for (size_t i = 0; i < stamped.size(); ++i) show_(stamped[i], each[i]);
    if (runner_.state().finished()) stop({});
}

void LiveSession::wake()
{
    if (done_) return;
    deliver(runner_.tick(options_.autoAdvance));
    const Clock& clock = runner_.clock();
    while (!done_ && nextStep_ < options_.script.size() && options_.script[nextStep_].at <= clock.now()) {
        const ScriptStep& step = options_.script[nextStep_++];
        if (step.key)
            deliver(keys_.press(step.key, step.line));
        else if (!step.roleId.empty())
            deliver(runner_.chooseRole(step.roleId, step.member, step.line));
        else if (step.followUpCase > 0)
            deliver(runner_.recordFollowUp(step.followUpCase, step.takeaway, step.line));
        else
            deliver(runner_.recordTakeaway(step.takeaway, step.line));
        deliver(runner_.tick(options_.autoAdvance));
    }
    if (!done_ && options_.inputEndsWithScript && nextStep_ >= options_.script.size()) {
        inputEnded_ = true;
        options_.autoAdvance = true;
    }
    // Nobody is left to press space: a paused session goes on, so that it can come to its end.
    if (!done_ && inputEnded_ && runner_.state().status == SessionStatus::paused) deliver(runner_.togglePause());
    if (!done_ && options_.autoAdvance) deliver(runner_.tick(true));
    schedule();
}

void LiveSession::schedule()
{
    if (done_) return;
    std::optional<SessionTime> wakeAt = runner_.nextWake(options_.autoAdvance);
    if (nextStep_ < options_.script.size() && (!wakeAt || options_.script[nextStep_].at < *wakeAt))
        wakeAt = options_.script[nextStep_].at;
    if (!wakeAt) {
        timer_.stop();
        return;
    }
    const Clock& clock = runner_.clock();
    const double realMs = static_cast<double>((*wakeAt - clock.now()).count()) / clock.speed();
    timer_.start(std::max(0, static_cast<int>(std::ceil(std::min(realMs, 3.6e6)))));
}

void LiveSession::writeAlive()
{
    if (done_) return;
    RunEvent alive;
    alive.kind = RunEventKind::alive;
    alive.t = runner_.clock().now();
    alive.wallMs = wallNowMs();
    alive.bootMs = bootNowMs();
    if (auto failure = journal_.append(jsonLine(runEventJson(alive, runner_.plan(), runner_.state()))); !failure.empty())
        stop(failure);
}

void LiveSession::stop(std::string error)
{
    if (done_) return;
    done_ = true;
    error_ = std::move(error);
    timer_.stop();
    heartbeat_.stop();
    if (onDone_) onDone_();
}

} // namespace palet
