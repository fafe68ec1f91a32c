#include "terminal_session_view.hpp"

#include "big_digits.hpp"
#include "session_text.hpp"

#include "session/plan_progress.hpp"
#include "session/role_choice.hpp"
#include "text/method_figures.hpp"
#include "text/text_layout.hpp"
#include "translate.hpp"

#include <QTime>

#include <algorithm>
#include <clocale>
#include <cmath>
#include <string_view>

#include <curses.h>
#include <langinfo.h>
#include <unistd.h>

namespace palet::cli {
namespace {

enum Colour : short { calm = 1, hurry = 2, late = 3 };

// Writes `text` at (row, column), cut to what fits on the line.
void put(int row, int column, const QString& text, attr_t attributes = A_NORMAL)
{
    if (row < 0 || row >= LINES || column >= COLS) return;
    const std::wstring wide = text.toStdWString();
    attron(attributes);
    mvaddnwstr(row, column, wide.c_str(), std::max(0, std::min<int>(static_cast<int>(wide.size()), COLS - column)));
    attroff(attributes);
}

QString cut(const QString& text, int width)
{
    if (width <= 0) return {};
    return text.size() <= width ? text : text.left(std::max(0, width - 1)) + QChar(0x2026);
}

// Wrapped to the width; a word longer than a line (a library's path) is broken, not cut.
QStringList fitted(const QString& text, int width)
{
    QStringList lines;
    for (const QString& line : wrap(text, std::max(1, width))) {
        if (line.size() <= width) {
            lines << line;
            continue;
        }
        for (qsizetype at = 0; at < line.size(); at += std::max(1, width)) lines << line.mid(at, std::max(1, width));
    }
    return lines;
}

attr_t colourFor(SessionTime remaining, SessionTime length)
{
    const int percent = warnedPercentFor(remaining, length);
    const short pair = percent == 100 ? calm : percent == 20 ? hurry : late;
    attr_t attributes = has_colors() ? COLOR_PAIR(pair) : A_NORMAL;
    if (!has_colors() && percent <= 5) attributes |= A_BOLD;
    if (remaining.count() < 0) attributes |= A_BOLD;
    return attributes;
}

} // namespace

std::unique_ptr<TerminalSessionView> TerminalSessionView::open(LiveSession& session)
{
    // Drawing needs characters in UTF-8, whatever the language: LANG=nl_NL.UTF-8 on a machine
    // without that locale would leave the big figures blank. Palet's language is its own choice
    // (--lang, else LANG), made apart from the locale.
    if (!std::setlocale(LC_ALL, "") || std::string_view{nl_langinfo(CODESET)} != "UTF-8") std::setlocale(LC_CTYPE, "C.UTF-8");
    // ncurses would take $LINES and $COLUMNS for the size and then miss every resize: the
    // terminal's own size is the one that counts here.
    qunsetenv("LINES");
    qunsetenv("COLUMNS");
    SCREEN* screen = newterm(nullptr, stdout, stdin);
    if (!screen) return nullptr;
    set_term(screen);
    raw(); // ^C comes as a key and asks before quitting, like q
    noecho();
    keypad(stdscr, TRUE);
    nodelay(stdscr, TRUE);
    curs_set(0);
    set_escdelay(25);
    if (has_colors()) {
        start_color();
        use_default_colors();
        init_pair(calm, COLOR_GREEN, -1);
        init_pair(hurry, COLOR_YELLOW, -1);
        init_pair(late, COLOR_RED, -1);
    }
    return std::unique_ptr<TerminalSessionView>{new TerminalSessionView{session}};
}

TerminalSessionView::TerminalSessionView(LiveSession& session) : session_(session), keys_(STDIN_FILENO, QSocketNotifier::Read)
{
    QObject::connect(&keys_, &QSocketNotifier::activated, [this] { readKeys(); });
    // The clock on screen is redrawn often enough to tick every second at any speed; the same
    // timer picks up a resize, which ncurses reports as a key.
    const double speed = session_.runner().clock().speed();
    refresh_.setInterval(std::clamp(static_cast<int>(1000 / std::max(speed, 1.0) / 2), 40, 250));
    QObject::connect(&refresh_, &QTimer::timeout, [this] {
        readKeys();
        draw();
    });
    refresh_.start();
}

TerminalSessionView::~TerminalSessionView() { close(); }

void TerminalSessionView::close()
{
    if (!open_) return;
    open_ = false;
    refresh_.stop();
    keys_.setEnabled(false);
    endwin();
}

void TerminalSessionView::show(const RunEvent& event, const QByteArray&)
{
    const SessionPlan& plan = session_.runner().plan();
    // What the method said at the end of a phase stays in view through the next one.
    if (event.kind == RunEventKind::phaseEnded) endMessages_ = event.messages;
    if (event.kind == RunEventKind::phaseStarted) {
        messages_ = endMessages_;
        messages_.insert(messages_.end(), event.messages.begin(), event.messages.end());
        endMessages_.clear();
    }
    // The line without its time stamp says what just happened.
    const QString line = plainEventLine(plan, session_.runner().state(), event);
    const qsizetype stamp = line.indexOf("] ");
    // A plugin that broke down has a line of its own for as long as its part runs.
    if (event.kind == RunEventKind::pluginStopped)
        stops_[event.phase] = event.pluginError;
    else if (event.kind != RunEventKind::phaseStarted && event.kind != RunEventKind::sessionStarted)
        notice_ = stamp >= 0 ? line.mid(stamp + 2) : line;
    if (event.kind == RunEventKind::phaseStarted) pluginError_.clear();
    if (!event.pluginError.empty() && event.kind != RunEventKind::pluginStopped)
        pluginError_ = tr("The method's plugin failed: %1").arg(QString::fromStdString(event.pluginError));
    if (open_) draw();
}

void TerminalSessionView::readKeys()
{
    if (!open_) return;
    wint_t key = 0;
    for (int kind = get_wch(&key); kind != ERR && open_; kind = get_wch(&key)) handleKey(key, kind == KEY_CODE_YES);
}

void TerminalSessionView::handleKey(unsigned key, bool special)
{
    if (special && key == KEY_RESIZE) {
        draw();
        return;
    }
    if (!choosing_.empty()) {
        handleChoiceKey(key, special);
        return;
    }
    if (typing_) {
        const int followUp = followUpCase_; // 0: the takeaway
        if ((special && key == KEY_ENTER) || key == '\n' || key == '\r') {
            typing_ = false;
            followUpCase_ = 0;
            if (followUp > 0) {
                session_.recordFollowUp(followUp, typed_.trimmed().toStdString());
            } else {
                session_.recordTakeaway(typed_.trimmed().toStdString());
                session_.press('n');
            }
            typed_.clear();
        } else if (key == 27) {
            typing_ = false;
            followUpCase_ = 0;
            typed_.clear();
            if (followUp == 0) session_.press('n');
        } else if ((special && key == KEY_BACKSPACE) || key == 127 || key == 8) {
            typed_.chop(1);
        } else if (!special && key >= 32 && typed_.size() < 500) {
            typed_ += QString::fromUcs4(reinterpret_cast<const char32_t*>(&key), 1);
        }
        draw();
        return;
    }
    if (special) return;
    char pressed = key < 128 ? static_cast<char>(key) : 0;
    if (key == 3) pressed = 'q'; // ^C
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(pressed)));
    // A role chosen in this phase: c asks who at any time in it, n before moving on when nobody is chosen.
    if ((lower == 'c' || lower == 'n') && !session_.keys().confirmingQuit()) {
        const SessionRunner& runner = session_.runner();
        std::string roleId = choiceDue(runner.plan(), runner.state());
        if (roleId.empty() && lower == 'c')
            for (const RoleChoice& choice : runner.plan().choices)
                if (choice.phase == runner.state().phase) roleId = choice.roleId;
        if (!roleId.empty()) {
            choosing_ = roleId;
            nextAfterChoice_ = lower == 'n';
            typed_.clear();
            draw();
            return;
        }
    }
    if (lower == 'n' && !session_.keys().confirmingQuit() && session_.runner().asksTakeawayOnNext()) {
        typing_ = true;
        draw();
        return;
    }
    // In the look-back: the follow-up of the next of last time's cases nobody told yet.
    if (lower == 'f' && !session_.keys().confirmingQuit()) {
        const SessionRunner& runner = session_.runner();
        if (!lookBackLines(runner.plan(), runner.state().phase).isEmpty()) {
            for (const LookBackCase& looked : runner.plan().lookBack)
                if (!runner.state().followUps.count(looked.number)) {
                    followUpCase_ = looked.number;
                    break;
                }
            if (followUpCase_ == 0 && !runner.plan().lookBack.empty()) followUpCase_ = runner.plan().lookBack.front().number;
            typing_ = followUpCase_ > 0;
            draw();
            return;
        }
    }
    if (pressed) session_.press(pressed);
    if (open_) draw();
}

// The picker: a member's number and Enter chooses; Esc leaves it, and when n asked, moves on and
// lets the runner take the first member free, as a session never waits for a choice.
void TerminalSessionView::handleChoiceKey(unsigned key, bool special)
{
    const SessionRunner& runner = session_.runner();
    const std::string roleId = choosing_;
    const bool moveOn = nextAfterChoice_;
    const auto close = [&] {
        choosing_.clear();
        nextAfterChoice_ = false;
        typed_.clear();
    };
    if ((special && key == KEY_ENTER) || key == '\n' || key == '\r') {
        const std::vector<std::string> free = choosableMembers(runner.plan(), runner.state(), roleId);
        bool isNumber = false;
        const int number = typed_.toInt(&isNumber);
        if (!isNumber || number < 1 || number > static_cast<int>(free.size())) {
            notice_ = tr("Give the number of one of the members listed");
            typed_.clear();
        } else {
            close();
            session_.chooseRole(roleId, free[static_cast<size_t>(number - 1)]);
            if (moveOn) session_.press('n');
        }
    } else if (key == 27) {
        close();
        if (moveOn) session_.press('n');
    } else if ((special && key == KEY_BACKSPACE) || key == 127 || key == 8) {
        typed_.chop(1);
    } else if (!special && key >= '0' && key <= '9' && typed_.size() < 3) {
        typed_ += QChar(static_cast<char16_t>(key));
    }
    if (open_) draw();
}

void TerminalSessionView::draw()
{
    if (!open_) return;
    const SessionRunner& runner = session_.runner();
    const SessionPlan& plan = runner.plan();
    const SessionState& state = runner.state();
    const SessionTime now = runner.clock().now();
    const int height = LINES;
    const int width = COLS;
    const bool roomy = height >= 20 && width >= 50;
    erase();

    // Title bar: the method and where the session stands.
    QString status = tr("running");
    if (state.status == SessionStatus::paused) status = tr("PAUSED");
    if (state.finished()) status = tr("finished");
    const SessionTime remaining = state.remaining(now);
    if (state.phase >= 0 && remaining.count() < 0 && state.status == SessionStatus::running) status = tr("over time");
    // The time of day: a facilitator keeps an eye on the room's clock too.
    status += "  " + QTime::currentTime().toString("HH:mm");
    const QString method = QString::fromStdString(plan.method.name.in(plan.context.language));
    attron(A_REVERSE);
    mvhline(0, 0, ' ', width);
    attroff(A_REVERSE);
    put(0, 1, cut(method, width - status.size() - 3), A_REVERSE | A_BOLD);
    put(0, std::max(0, width - static_cast<int>(status.size()) - 1), status, A_REVERSE);

    const int bottom = height - 1; // the keys, or the question asked
    int row = roomy ? 2 : 1;
    if (state.phase >= 0) {
        const int index = state.phase;
        // The step's name in full, wrapped: numbers with what they count.
        QString heading = tr("Phase %1 of %2: %3 (%4 min)")
                              .arg(index + 1)
                              .arg(plan.phaseCount())
                              .arg(phaseName(plan, index))
                              .arg(secondsAsMinutes(plan.phaseSeconds[static_cast<size_t>(index)]));
        if (const PlanPart* part = plan.partAt(index))
            heading = tr("Part %1 of %2").arg(part - plan.parts.data() + 1).arg(plan.parts.size()) + " · " + heading;
        const QStringList headingLines = roomy ? fitted(heading, width - 2) : QStringList{cut(heading, width - 2)};
        for (const QString& line : headingLines) put(row++, 1, line, A_BOLD);

        // The time left: large when there is room, else one bold line.
        const attr_t colour = colourFor(remaining, state.length);
        const QString clock = spanText(remaining);
        const int scale = width >= 60 && roomy ? 2 : 1;
        const QStringList rows = bigDigits(clock, scale);
        if (height >= 16 && rows.front().size() + 2 <= width) {
            if (roomy) ++row;
            const int left = (width - static_cast<int>(rows.front().size())) / 2;
            for (QString line : rows) put(row++, left, line.replace('#', QChar(0x2588)), colour);
            if (roomy) ++row;
        } else {
            put(row++, 1, cut(tr("%1 left").arg(clock), width - 2), colour | A_BOLD);
        }

        // The plan's progress: the minutes of the phases behind us, and of this one so far.
        const double minutesDone = static_cast<double>(planProgress(plan, state, now).count()) / 60000.0;
        const double plannedMinutes = static_cast<double>(plan.plannedSeconds()) / secondsPerMinute;
        const double done = minutesDone / std::max(1.0, plannedMinutes);
        const QString figures = tr(" %1 of %2 min · meeting clock %3").arg(static_cast<int>(minutesDone)).arg(secondsAsMinutes(plan.plannedSeconds())).arg(stampText(now));
        const int barWidth = std::max(0, width - 4 - static_cast<int>(figures.size()));
        if (barWidth >= 5 && row < bottom) {
            const int filled = static_cast<int>(std::lround(done * barWidth));
            put(row, 1, "[");
            put(row, 2, QString(std::clamp(filled, 0, barWidth), QChar(0x2588)));
            put(row, 2 + std::clamp(filled, 0, barWidth), QString(barWidth - std::clamp(filled, 0, barWidth), QChar(0x00B7)));
            put(row, 2 + barWidth, "]" + figures);
            ++row;
        }
        if (roomy) ++row;

        // The foot, from the bottom up: the keys, what just happened, what comes next, and the
        // plugin's failure. It is laid out first, so that long instructions never push it away.
        struct FootLine {
            QString text;
            attr_t attributes;
        };
        std::vector<FootLine> foot;
        const auto addToFoot = [&](const QString& text, attr_t attributes) {
            for (const QString& line : roomy ? fitted(text, width - 2) : QStringList{cut(text, width - 2)}) foot.push_back({line, attributes});
        };
        QString stopped;
        if (runner.silenced(index)) {
            stopped = pluginStoppedLine(plan, index, {});
            for (const auto& [phase, how] : stops_)
                if (plan.partAt(phase) == plan.partAt(index)) stopped = pluginStoppedLine(plan, phase, how);
        }
        if (!stopped.isEmpty()) addToFoot(stopped, A_BOLD | A_REVERSE);
        if (!pluginError_.isEmpty()) addToFoot(pluginError_, A_BOLD | A_REVERSE);
        addToFoot(index + 1 < plan.phaseCount()
                      ? tr("Next: %1 (%2 min)").arg(phaseName(plan, index + 1)).arg(secondsAsMinutes(plan.phaseSeconds[static_cast<size_t>(index + 1)]))
                      : tr("Next: the end"),
                  A_DIM);
        if (roomy && !notice_.isEmpty()) foot.push_back({QString{}, A_NORMAL});
        if (!notice_.isEmpty()) addToFoot(notice_, A_NORMAL);
        const int footTop = std::max(row, bottom - static_cast<int>(foot.size()));
        for (size_t line = 0; line < foot.size() && footTop + static_cast<int>(line) < bottom; ++line)
            put(footTop + static_cast<int>(line), 1, foot[line].text, foot[line].attributes);

        // Who does what now, last time's cases in the look-back, and the method's messages.
        const int last = footTop - (roomy ? 1 : 0); // a blank line above the foot when there is room
        const auto paragraph = [&](const QString& text, attr_t attributes) {
            const QStringList lines = roomy ? fitted(text, width - 4) : QStringList{cut(text, width - 2)};
            for (int line = 0; line < lines.size() && row < last; ++line) put(row++, line ? 3 : 1, lines[line], attributes);
        };
        for (const QString& line : choiceLines(plan, state, index)) paragraph(line, A_BOLD);
        if (roomy)
            for (const QString& line : roleLines(plan, state, index)) paragraph(line, A_DIM);
        for (const QString& line : lookBackLines(plan, index, &state)) paragraph(line, A_NORMAL);
        for (const QString& instruction : instructionLines(plan, state, index)) paragraph(instruction, A_NORMAL);
        for (const QString& message : messageLines(plan, state, messages_, index)) paragraph(QString::fromUtf8("» ") + message, A_BOLD);
    } else if (!notice_.isEmpty() && bottom - 1 > 1) {
        put(bottom - 1, 1, cut(notice_, width - 2));
    }

    QString prompt;
    const bool choicePhase = std::any_of(plan.choices.begin(), plan.choices.end(), [&](const RoleChoice& choice) { return choice.phase == state.phase; });
    if (!choosing_.empty()) {
        const QString keys = nextAfterChoice_ ? tr("(number, Enter; Esc: the first listed)") : tr("(number, Enter; Esc: later)");
        const QString ask = choiceQuestion(plan, state, choosing_) + "  " + keys + "  ";
        put(bottom, 0, cut(ask + typed_, width), A_BOLD);
        curs_set(1);
        move(bottom, std::min(width - 1, static_cast<int>(ask.size() + typed_.size())));
    } else if (typing_) {
        const auto owners = holdersAt(plan, state, state.phase, caseOwnerRole);
        const QString owner = QString::fromStdString(owners.empty() ? std::string{} : owners.front());
        QString ask = owner.isEmpty() ? tr("Takeaway: ") : tr("Takeaway of %1: ").arg(owner);
        if (followUpCase_ > 0) ask = followUpLine(plan, followUpCase_, {});
        const QString shown = typed_.right(std::max(0, width - 2 - static_cast<int>(ask.size())));
        put(bottom, 0, cut(ask + shown, width), A_BOLD);
        curs_set(1);
        move(bottom, std::min(width - 1, static_cast<int>(ask.size() + shown.size())));
    } else {
        curs_set(0);
        if (session_.keys().confirmingQuit())
            prompt = tr("Quit the session? y/n");
        else if (width >= 60 && choicePhase)
            prompt = tr("space pause · n next · c choose · b back · + minute · q quit");
        else if (width >= 60 && !lookBackLines(plan, state.phase).isEmpty())
            prompt = tr("space pause · n next · f follow-up · b back · + minute · q quit");
        else if (width >= 60)
            prompt = tr("space pause · n next · b back · + minute · q quit");
        else
            prompt = tr("spc n b + q");
        put(bottom, 0, cut(prompt, width), session_.keys().confirmingQuit() ? A_BOLD | A_REVERSE : A_DIM);
    }
    refresh();
}

} // namespace palet::cli
