#pragma once
// Where a live session is shown: plain lines, JSON lines or the full-screen terminal view.

#include "session/run_event.hpp"

#include <QByteArray>

namespace palet::cli {

class SessionView {
public:
    virtual ~SessionView() = default;

    // An event that is safely in the journal; `line` is its JSON line.
    virtual void show(const RunEvent& event, const QByteArray& line) = 0;
    // The session is over: give the terminal back before the summary is printed.
    virtual void close() {}
};

} // namespace palet::cli
