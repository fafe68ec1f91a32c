#include "password_prompt.hpp"

#include "cli_context.hpp"

#include <sodium.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>

namespace palet::cli {

std::optional<std::string> askPassword(const QString& prompt)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        printError(prompt);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string password;
    bool ended = true;
    for (int c = std::getchar(); c != EOF; c = std::getchar()) {
        if (c == '\n') {
            ended = false;
            break;
        }
        password.push_back(static_cast<char>(c));
    }
    if (terminal) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (!password.empty() && password.back() == '\r') password.pop_back();
    if (ended && password.empty()) return std::nullopt;
    return password;
}

} // namespace palet::cli
