#pragma once

namespace palet::cli {

enum ExitStatus : int {
    success = 0,
    badInput = 1, // the input files or the data are wrong
    badUsage = 2, // the command line is wrong
};

} // namespace palet::cli
