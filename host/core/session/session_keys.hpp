#pragma once
// What a key does in a live session, the same at the keyboard and in a script: space pauses and
// resumes, n goes to the next phase, b back, + adds a minute, q quits after asking (y quits,
// any other key keeps the session going).

#include "session/session_runner.hpp"

namespace palet {

class SessionKeys {
public:
    explicit SessionKeys(SessionRunner& runner) : runner_(runner) {}

    // The events the key caused; `line` is the script line it came from (0: the keyboard).
    SessionRunner::Events press(char key, int line = 0);

    // q was pressed and the answer is awaited.
    bool confirmingQuit() const { return confirmingQuit_; }

    // Whether `key` is one of the keys above (in either case).
    static bool known(char key);

private:
    SessionRunner& runner_;
    bool confirmingQuit_ = false;
};

} // namespace palet
