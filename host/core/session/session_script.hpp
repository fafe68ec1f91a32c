#pragma once
// A script of timed key presses for a live session, for demos and tests. One step a line:
//
//   # comment
//   0:30 n                   at half a minute on the meeting's clock, press n
//   75.5 space               seconds work too; keys: space n b + q y
//   12:00 takeaway: text     record the case owner's takeaway
//   4:00 follow-up: 2 text   record what the owner of last time's case 2 did with it
//   6:00 choose: facilitator Anna   the group chose Anna for the role (format 2's chosen_in)
//
// Times are on the meeting's clock (with --speed 60 a minute passes in a second), from the
// start of the session, and never go back.

#include "diagnostic.hpp"
#include "session/clock.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace palet {

struct ScriptStep {
    SessionTime at{0};
    char key = 0;         // 0 for a takeaway or a follow-up
    std::string takeaway; // or the follow-up's text
    int line = 0;
    int followUpCase = 0; // a follow-up: the number of last time's case
    int column = 0;       // a follow-up: where that number stands on its line; a choice: where its role stands
    std::string roleId;   // a choice: the role chosen
    std::string member;   // a choice: who holds it
};

struct SessionScript {
    std::vector<ScriptStep> steps;
    Diagnostics problems; // every problem of the file; the steps count only when there are none
};

// The key a word names: space (or pause, resume), n (next), b (back), + (extend), q (quit), y (yes).
std::optional<char> keyFromWord(const std::string& word);

SessionScript parseSessionScript(const std::string& text, const std::string& file);
SessionScript readSessionScript(const std::string& path);

// The follow-ups among `steps` that name none of the cases the session looks back on (their
// numbers at the previous meeting), each a problem at its place in `file`.
Diagnostics followUpsWithoutCase(const std::vector<ScriptStep>& steps, const std::vector<int>& lookedBack, const std::string& file);

// The choices among `steps` that the session cannot take (a role it does not choose, someone who
// is not a member or holds another role), each a problem at its place in `file`. `problem` says
// why for one role and member, empty when the choice can be taken.
Diagnostics choicesNotTaken(const std::vector<ScriptStep>& steps, const std::string& file,
                            const std::function<std::string(const std::string& roleId, const std::string& member)>& problem);

} // namespace palet
