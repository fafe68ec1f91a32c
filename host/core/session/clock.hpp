#pragma once
// The meeting's clock. What is left of a phase is always its deadline minus now on a monotonic
// clock, never a sum of ticks, so a late timer cannot make the meeting drift. The real clock is
// the machine's boot clock, which runs on while a laptop sleeps: woken up, the runner shows the
// true overrun.

#include <chrono>
#include <string>

namespace palet {

// Milliseconds on the meeting's clock since the session started.
using SessionTime = std::chrono::milliseconds;

class Clock {
public:
    virtual ~Clock() = default;

    virtual SessionTime now() const = 0;
    // Meeting milliseconds per real millisecond: 1, but for demos and tests.
    virtual double speed() const { return 1.0; }
};

// CLOCK_BOOTTIME: monotonic, counting the time the machine was suspended.
std::chrono::nanoseconds bootClock();

// Names this boot of the machine, so that boot clock readings are compared only within one.
std::string bootIdentity();

// The real clock, `speed` times as fast, reading `start` when it is made.
class MeetingClock final : public Clock {
public:
    explicit MeetingClock(double speed = 1.0, SessionTime start = SessionTime{0});

    SessionTime now() const override;
    double speed() const override { return speed_; }

private:
    std::chrono::nanoseconds origin_;
    double speed_;
    SessionTime start_;
};

// A clock that moves only when told to: for tests.
class ManualClock final : public Clock {
public:
    explicit ManualClock(SessionTime start = SessionTime{0}) : now_(start) {}

    SessionTime now() const override { return now_; }
    void advance(SessionTime by) { now_ += by; }
    void set(SessionTime to) { now_ = to; }

private:
    SessionTime now_;
};

} // namespace palet
