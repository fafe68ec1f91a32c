#include "session/session_run.hpp"

#include "session/role_choice.hpp"
#include "session/session_resume.hpp"
#include "translate.hpp"

#include <QEventLoop>

namespace palet {
namespace {

SessionState stateOf(const std::vector<RunEvent>& events)
{
    SessionState state;
    for (const RunEvent& event : events) state.apply(event);
    return state;
}

LiveSession::Options liveOptions(const RunOptions& options, std::vector<ScriptStep> steps)
{
    LiveSession::Options live;
    live.autoAdvance = options.autoAdvance;
    live.script = std::move(steps);
    live.recorded = {options.script.value_or(""), options.autoAdvance};
    return live;
}

} // namespace

Outcome<std::vector<ScriptStep>> scriptStepsAfter(const std::string& path, int lastLine)
{
    SessionScript script = readSessionScript(path);
    if (!script.problems.empty()) {
        std::string problems;
        for (const auto& problem : script.problems) problems += (problems.empty() ? "" : "\n") + problem.toString();
        return {std::nullopt, problems};
    }
    std::erase_if(script.steps, [&](const ScriptStep& step) { return step.line <= lastLine; });
    return {std::move(script.steps), {}};
}

SessionRun::SessionRun(SessionPlan plan, MethodImplementation& method, std::unique_ptr<JournalWriter> journal,
                       RunOptions options, double speed, SessionTime startAt, std::vector<ScriptStep> steps)
    : options_(std::move(options)),
      journal_(std::move(journal)),
      clock_(speed, startAt),
      runner_(std::move(plan), method, clock_),
      live_(runner_, *journal_, liveOptions(options_, std::move(steps)), [this](const RunEvent& event, const QByteArray& line) {
          for (const auto& watcher : watchers_) watcher(event, line);
      })
{
}

SessionRunStart SessionRun::start(SessionPlan plan, MethodImplementation& method, const std::string& journalPath,
                                  const RunOptions& options)
{
    std::vector<ScriptStep> steps;
    if (options.script) {
        auto played = scriptStepsAfter(*options.script, 0);
        if (!played.value) return {nullptr, played.error, true};
        // A follow-up for a case this meeting does not look back on would be lost without a word.
        std::vector<int> lookedBack;
        for (const LookBackCase& looked : plan.lookBack) lookedBack.push_back(looked.number);
        Diagnostics stray = followUpsWithoutCase(*played.value, lookedBack, *options.script);
        // So would a choice the session cannot take: the role, the member, named at the line.
        const SessionState none;
        for (Diagnostic& problem : choicesNotTaken(*played.value, *options.script, [&](const std::string& roleId, const std::string& member) {
                 return choiceProblem(plan, none, roleId, member);
             }))
            stray.push_back(std::move(problem));
        if (!stray.empty()) {
            std::string problems;
            for (const auto& problem : stray) problems += (problems.empty() ? "" : "\n") + problem.toString();
            return {nullptr, problems, true};
        }
        steps = std::move(*played.value);
    }
    std::string error;
    auto journal = JournalWriter::create(journalPath, error);
    if (!journal) return {nullptr, error};
    std::unique_ptr<SessionRun> run{new SessionRun(std::move(plan), method, std::move(journal), options,
                                                   options.speed.value_or(1.0), SessionTime{0}, std::move(steps))};
    run->first_ = run->runner_.start();
    return {std::move(run), {}, false};
}

SessionRunStart SessionRun::resume(SessionPlan plan, MethodImplementation& method, const std::string& path,
                                   const JournalContents& contents, const RecordedPlan& recorded, const RunOptions& options,
                                   const GapIsPause& gapIsPause)
{
    if (const std::string mismatch = planMismatch(recorded, plan); !mismatch.empty())
        return {nullptr, tr("%1: cannot continue: %2").arg(QString::fromStdString(path), QString::fromStdString(mismatch)).toStdString()};
    const SessionState before = stateOf(contents.events);

    RunOptions resumed = options;
    if (!resumed.script && !recorded.script.empty()) resumed.script = recorded.script;
    resumed.autoAdvance = options.autoAdvance || recorded.autoAdvance;
    std::vector<ScriptStep> steps;
    if (resumed.script) {
        auto played = scriptStepsAfter(*resumed.script, before.lastLine);
        if (!played.value) return {nullptr, played.error, true};
        steps = std::move(*played.value);
    }

    const auto downReal = realTimeDown(before, bootIdentity(), bootNowMs(), wallNowMs());
    const bool downIsPause = gapIsPause(downReal);
    const double speed = options.speed.value_or(recorded.speed);
    const SessionTime down{static_cast<SessionTime::rep>(static_cast<double>(downReal.count()) * speed)};

    std::string error;
    auto journal = JournalWriter::reopen(path, contents.wholeLength, error);
    if (!journal) return {nullptr, error};
    std::unique_ptr<SessionRun> run{new SessionRun(std::move(plan), method, std::move(journal), resumed, speed,
                                                   before.lastT + down, std::move(steps))};
    if (const std::string problem = run->runner_.restore(contents.events); !problem.empty())
        return {nullptr, path + ": " + problem};
    run->first_ = run->runner_.reopen(down, !downIsPause);
    return {std::move(run), {}, false};
}

std::string SessionRun::runToEnd()
{
    QEventLoop loop;
    live_.onDone([&] { loop.quit(); });
    live_.begin(std::move(first_));
    if (!live_.done()) loop.exec();
    live_.onDone({});
    return live_.error();
}

} // namespace palet
