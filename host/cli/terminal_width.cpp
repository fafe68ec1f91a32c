#include "terminal_width.hpp"

#include <QtGlobal>

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>

namespace palet::cli {

int outputWidth()
{
    int width = 80;
    winsize size{};
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        width = size.ws_col;
    } else {
        bool ok = false;
        const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
        if (ok && columns > 0) width = columns;
    }
    return std::clamp(width, 40, 120);
}

} // namespace palet::cli
