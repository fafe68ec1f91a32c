#include "plain_input.hpp"

#include "cli_context.hpp"

#include "session/role_choice.hpp"
#include "session/session_script.hpp"
#include "translate.hpp"

#include <cerrno>

#include <unistd.h>

namespace palet::cli {

PlainInput::PlainInput(LiveSession& session) : session_(session), notifier_(STDIN_FILENO, QSocketNotifier::Read)
{
    QObject::connect(&notifier_, &QSocketNotifier::activated, [this] { readAvailable(); });
}

void PlainInput::readAvailable()
{
    char buffer[4096];
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count < 0 && (errno == EINTR || errno == EAGAIN)) return;
    if (count <= 0) {
        notifier_.setEnabled(false);
        if (!pending_.isEmpty()) handle(pending_);
        session_.endInput();
        return;
    }
    pending_.append(buffer, count);
    qsizetype end = 0;
    while ((end = pending_.indexOf('\n')) >= 0) {
        const QByteArray line = pending_.left(end);
        pending_.remove(0, end + 1);
        handle(line);
    }
}

void PlainInput::handle(const QByteArray& line)
{
    const QByteArray word = line.trimmed();
    if (word.startsWith("takeaway:")) {
        session_.recordTakeaway(word.mid(9).trimmed().toStdString());
        return;
    }
    if (word.startsWith("follow-up:")) {
        // follow-up: N text — what the owner of last time's case N did with it.
        const QList<QByteArray> parts = word.mid(10).trimmed().split(' ');
        bool isNumber = false;
        const int number = parts.value(0).toInt(&isNumber);
        if (isNumber) session_.recordFollowUp(number, word.mid(10).trimmed().mid(parts.value(0).size()).trimmed().toStdString());
        return;
    }
    if (word.startsWith("choose:")) {
        choose(QString::fromUtf8(word.mid(7)).trimmed());
        return;
    }
    if (word.isEmpty() && !line.isEmpty()) {
        session_.press(' '); // a line of spaces: the space bar
        return;
    }
    if (const auto key = keyFromWord(word.toStdString())) session_.press(*key);
}

void PlainInput::choose(const QString& words)
{
    const SessionRunner& runner = session_.runner();
    const SessionPlan& plan = runner.plan();
    const QString first = words.section(' ', 0, 0);
    std::string roleId = choiceOf(plan, first.toStdString()) ? first.toStdString() : choiceDue(plan, runner.state());
    QString who = choiceOf(plan, first.toStdString()) ? words.section(' ', 1).trimmed() : words;
    if (roleId.empty() && plan.choices.size() == 1) roleId = plan.choices.front().roleId;
    if (roleId.empty()) roleId = first.toStdString(); // choiceProblem names the roles chosen
    bool isNumber = false;
    const int number = who.toInt(&isNumber);
    const std::vector<std::string> free = choosableMembers(plan, runner.state(), roleId);
    if (isNumber && number >= 1 && number <= static_cast<int>(free.size())) who = QString::fromStdString(free[static_cast<size_t>(number - 1)]);
    if (const std::string problem = choiceProblem(plan, runner.state(), roleId, who.toStdString()); !problem.empty()) {
        printError(tr("palet: cannot choose: %1\n").arg(QString::fromStdString(problem)));
        return;
    }
    session_.chooseRole(roleId, who.toStdString());
}

} // namespace palet::cli
