#pragma once
// Commands read from standard input, one a line, when there is no terminal view and no script:
// the keys' words (space, n, b, +, q, y), "takeaway: text", "follow-up: N text", or "choose: ROLE
// MEMBER" for a role chosen during the session (the role may be left out in the phase that chooses
// it, and the member given by their number in the list shown). At the end of the input the session
// runs on by itself, each phase ending when its time is up.

#include "session/live_session.hpp"

#include <QByteArray>
#include <QSocketNotifier>

namespace palet::cli {

class PlainInput {
public:
    explicit PlainInput(LiveSession& session);

private:
    void readAvailable();
    void handle(const QByteArray& line);
    void choose(const QString& words);

    LiveSession& session_;
    QSocketNotifier notifier_;
    QByteArray pending_;
};

} // namespace palet::cli
