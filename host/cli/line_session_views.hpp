#pragma once
// The views for standard output when it is not a terminal: one plain line per event, or with
// --events json the event's JSON line. Each line is flushed at once, so a reader sees an event
// as soon as it is in the journal, and never before.

#include "session_view.hpp"

#include "session/session_runner.hpp"

namespace palet::cli {

class PlainSessionView final : public SessionView {
public:
    explicit PlainSessionView(const SessionRunner& runner) : runner_(runner) {}
    void show(const RunEvent& event, const QByteArray& line) override;

private:
    const SessionRunner& runner_;
};

class JsonSessionView final : public SessionView {
public:
    void show(const RunEvent& event, const QByteArray& line) override;
};

} // namespace palet::cli
