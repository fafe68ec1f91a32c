#pragma once
// The full-screen view of a live session (ncurses): the phase, the time left in large figures
// whose colour turns at 20 % and 5 % left, who holds which role and what each does now, the
// method's messages, what comes next and how far the plan is, with the time of day. Keys as in a
// script; q asks first, at the case owner's closing phase n asks for the takeaway on one line, and
// in the look-back f asks for what an owner of last time's case did with it. In a phase in which
// the group chooses a role's holder, c (and n, when nobody is chosen yet) asks who, by number. It redraws
// when the terminal is resized and keeps what matters most on a small one (40 × 12).

#include "session_view.hpp"

#include "session/live_session.hpp"

#include <QSocketNotifier>
#include <QString>
#include <QTimer>

#include <map>
#include <memory>
#include <vector>

namespace palet::cli {

class TerminalSessionView final : public SessionView {
public:
    // Nothing when the terminal cannot be opened (an unknown TERM, say).
    static std::unique_ptr<TerminalSessionView> open(LiveSession& session);
    ~TerminalSessionView() override;

    void show(const RunEvent& event, const QByteArray& line) override;
    void close() override;

private:
    explicit TerminalSessionView(LiveSession& session);

    void readKeys();
    void handleKey(unsigned key, bool special);
    void handleChoiceKey(unsigned key, bool special);
    void draw();

    LiveSession& session_;
    QSocketNotifier keys_;
    QTimer refresh_;
    bool open_ = true;
    std::vector<RoleMessage> messages_;    // the method's messages in this phase
    std::vector<RoleMessage> endMessages_; // what it said as the last phase ended
    QString notice_;                    // the last event in words
    QString pluginError_;               // the method's plugin failed in this phase
    std::map<int, std::string> stops_;  // how a method's plugin broke down, by the phase it did
    bool typing_ = false;               // asking for the takeaway, or a follow-up
    int followUpCase_ = 0;              // asking for the follow-up of last time's case
    QString typed_;
    std::string choosing_;              // asking who holds this role (format 2's chosen_in)
    bool nextAfterChoice_ = false;      // the question came from n: move on once answered
};

} // namespace palet::cli
