#include "session/session_script.hpp"

#include "records/text_limits.hpp"

#include "translate.hpp"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace palet {
namespace {

// "75.5" seconds, "1:15.5" minutes and seconds, or "1:02:03" hours, minutes and seconds.
std::optional<SessionTime> parseTime(const QString& text)
{
    static const QRegularExpression pattern{R"(^(?:(?:(\d{1,2}):)?(\d{1,4}):)?(\d{1,6}(?:\.\d{1,3})?)$)"};
    const auto match = pattern.match(text);
    if (!match.hasMatch()) return std::nullopt;
    const bool hasMinutes = match.hasCaptured(2);
    const double seconds = match.captured(3).toDouble();
    if (hasMinutes && seconds >= 60) return std::nullopt;
    const qint64 hours = match.captured(1).toLongLong();
    const qint64 minutes = match.captured(2).toLongLong();
    if (match.hasCaptured(1) && minutes >= 60) return std::nullopt;
    const qint64 total = ((hours * 60 + minutes) * 60) * 1000 + qRound64(seconds * 1000);
    if (total > qint64{24} * 3600 * 1000) return std::nullopt;
    return SessionTime{total};
}

} // namespace

std::optional<char> keyFromWord(const std::string& text)
{
    const QString word = QString::fromStdString(text);
    if (word == "space" || word == "pause" || word == "resume") return ' ';
    if (word == "n" || word == "next") return 'n';
    if (word == "b" || word == "back") return 'b';
    if (word == "+" || word == "extend") return '+';
    if (word == "q" || word == "quit") return 'q';
    if (word == "y" || word == "yes" || word == "j" || word == "ja") return 'y';
    return std::nullopt;
}

SessionScript parseSessionScript(const std::string& text, const std::string& file)
{
    SessionScript script;
    const QStringList lines = QString::fromStdString(text).split('\n');
    SessionTime previous{0};
    for (int index = 0; index < lines.size(); ++index) {
        const int line = index + 1;
        const QString content = lines[index].trimmed();
        if (content.isEmpty() || content.startsWith('#')) continue;
        const int column = static_cast<int>(lines[index].indexOf(content.front())) + 1;
        const auto problem = [&](int at, const QString& message) {
            script.problems.push_back({file, line, at, message.toStdString()});
        };
        const qsizetype gap = content.indexOf(QRegularExpression{R"(\s)"});
        if (gap < 0) {
            problem(column, tr("expected a time and a key, as in '0:30 n'"));
            continue;
        }
        const QString timeText = content.left(gap);
        const QString action = content.mid(gap).trimmed();
        const int actionColumn = column + static_cast<int>(content.indexOf(action, gap));
        const auto at = parseTime(timeText);
        if (!at) {
            problem(column, tr("'%1' is not a time: give seconds (75.5), m:ss (1:15) or h:mm:ss").arg(timeText));
            continue;
        }
        if (*at < previous) {
            problem(column, tr("%1 comes before the time of the line above; times never go back").arg(timeText));
            continue;
        }
        previous = *at;
        static const QRegularExpression takeawayPattern{R"(^takeaway\s*:\s*(.*)$)"};
        const auto takeaway = takeawayPattern.match(action);
        if (takeaway.hasMatch()) {
            if (takeaway.captured(1).isEmpty()) {
                problem(actionColumn, tr("the takeaway is empty"));
                continue;
            }
            if (const QString tooLong = longTextProblem(tr("a takeaway"), takeaway.captured(1)); !tooLong.isEmpty()) {
                problem(actionColumn, tooLong);
                continue;
            }
            script.steps.push_back({*at, 0, takeaway.captured(1).toStdString(), line, 0});
            continue;
        }
        static const QRegularExpression followUpPattern{R"(^follow-up\s*:\s*(\d+)\s+(\S.*)$)"};
        if (action.startsWith("follow-up")) {
            const auto followUp = followUpPattern.match(action);
            if (!followUp.hasMatch()) {
                problem(actionColumn, tr("a follow-up is 'follow-up: N text', N the number of last time's case"));
                continue;
            }
            if (const QString tooLong = longTextProblem(tr("a follow-up"), followUp.captured(2)); !tooLong.isEmpty()) {
                problem(actionColumn, tooLong);
                continue;
            }
            script.steps.push_back({*at, 0, followUp.captured(2).toStdString(), line, followUp.captured(1).toInt(),
                                    actionColumn + static_cast<int>(followUp.capturedStart(1))});
            continue;
        }
        static const QRegularExpression choicePattern{R"(^choose\s*:\s*([a-z0-9-]+)\s+(\S.*)$)"};
        if (action.startsWith("choose")) {
            const auto chosen = choicePattern.match(action);
            if (!chosen.hasMatch()) {
                problem(actionColumn, tr("a choice is 'choose: ROLE MEMBER', as in 'choose: facilitator Anna'"));
                continue;
            }
            ScriptStep step{*at, 0, {}, line, 0, actionColumn + static_cast<int>(chosen.capturedStart(1))};
            step.roleId = chosen.captured(1).toStdString();
            step.member = chosen.captured(2).trimmed().toStdString();
            script.steps.push_back(std::move(step));
            continue;
        }
        const auto key = keyFromWord(action.toStdString());
        if (!key) {
            problem(actionColumn, tr("unknown key '%1': use space, n, b, +, q, y, j, 'takeaway: text', 'follow-up: N text' or 'choose: ROLE MEMBER'").arg(action));
            continue;
        }
        script.steps.push_back({*at, *key, {}, line, 0});
    }
    return script;
}

Diagnostics followUpsWithoutCase(const std::vector<ScriptStep>& steps, const std::vector<int>& lookedBack, const std::string& file)
{
    QStringList numbers;
    for (int number : lookedBack) numbers << QString::number(number);
    Diagnostics problems;
    for (const ScriptStep& step : steps) {
        if (step.followUpCase == 0 || std::find(lookedBack.begin(), lookedBack.end(), step.followUpCase) != lookedBack.end()) continue;
        const QString message = lookedBack.empty()
                                    ? tr("this session looks back on no cases of a previous meeting, so it takes no follow-up")
                                    : tr("case %1 of last time is not one this session looks back on (%2)").arg(step.followUpCase).arg(numbers.join(", "));
        problems.push_back({file, step.line, step.column, message.toStdString()});
    }
    return problems;
}

Diagnostics choicesNotTaken(const std::vector<ScriptStep>& steps, const std::string& file,
                            const std::function<std::string(const std::string& roleId, const std::string& member)>& problem)
{
    Diagnostics problems;
    for (const ScriptStep& step : steps)
        if (!step.roleId.empty())
            if (const std::string why = problem(step.roleId, step.member); !why.empty())
                problems.push_back({file, step.line, step.column, why});
    return problems;
}

SessionScript readSessionScript(const std::string& path)
{
    QFile file{QString::fromStdString(path)};
    if (!file.open(QIODevice::ReadOnly)) {
        SessionScript script;
        script.problems.push_back({path, 0, 0, tr("cannot read the script: %1").arg(file.errorString()).toStdString()});
        return script;
    }
    if (file.size() > 1024 * 1024) {
        SessionScript script;
        script.problems.push_back({path, 0, 0, tr("the script is larger than 1 MiB").toStdString()});
        return script;
    }
    return parseSessionScript(file.readAll().toStdString(), path);
}

} // namespace palet
