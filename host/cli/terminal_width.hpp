#pragma once

namespace palet::cli {

// The terminal's width when standard output is one, else $COLUMNS, else 80; kept within 40..120.
int outputWidth();

} // namespace palet::cli
