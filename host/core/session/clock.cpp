#include "session/clock.hpp"

#include <fstream>

#include <time.h>

namespace palet {

std::chrono::nanoseconds bootClock()
{
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return std::chrono::seconds{now.tv_sec} + std::chrono::nanoseconds{now.tv_nsec};
}

std::string bootIdentity()
{
    std::ifstream file{"/proc/sys/kernel/random/boot_id"};
    std::string id;
    std::getline(file, id);
    return id;
}

MeetingClock::MeetingClock(double speed, SessionTime start) : origin_(bootClock()), speed_(speed), start_(start) {}

SessionTime MeetingClock::now() const
{
    const auto elapsed = bootClock() - origin_;
    if (speed_ == 1.0) return start_ + std::chrono::duration_cast<SessionTime>(elapsed);
    // long double keeps whole nanoseconds exact for centuries at any sensible speed.
    const long double scaled = static_cast<long double>(elapsed.count()) * speed_ / 1'000'000.0L;
    return start_ + SessionTime{static_cast<SessionTime::rep>(scaled)};
}

} // namespace palet
