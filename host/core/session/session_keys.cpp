#include "session/session_keys.hpp"

#include <cctype>
#include <string_view>

namespace palet {

bool SessionKeys::known(char key)
{
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(key)));
    return std::string_view{" nb+=qyj"}.find(lower) != std::string_view::npos;
}

SessionRunner::Events SessionKeys::press(char key, int line)
{
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(key)));
    if (confirmingQuit_) {
        confirmingQuit_ = false;
        return lower == 'y' || lower == 'j' ? runner_.quit(line) : SessionRunner::Events{}; // j: ja
    }
    switch (lower) {
    case ' ': return runner_.togglePause(line);
    case 'n': return runner_.next(line);
    case 'b': return runner_.back(line);
    case '+':
    case '=': return runner_.extend(line); // '=' is '+' without shift on most keyboards
    case 'q':
        confirmingQuit_ = runner_.state().started() && !runner_.state().finished();
        return {};
    default: return {};
    }
}

} // namespace palet
