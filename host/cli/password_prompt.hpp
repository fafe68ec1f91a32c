#pragma once
// Asking for a password: at a terminal without echoing it, otherwise one line of standard input
// (for scripts). The answer is never printed or logged; callers wipe it after use.

#include <QString>

#include <optional>
#include <string>

namespace palet::cli {

// Nothing when standard input ends before a line was given.
std::optional<std::string> askPassword(const QString& prompt);

} // namespace palet::cli
