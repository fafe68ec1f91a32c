#include "join_guard.hpp"

namespace palet::room {
namespace {

constexpr qint64 windowMs = 60'000;
constexpr size_t perAddress = 5;
constexpr size_t overall = 30;

} // namespace

void JoinGuard::forget(std::deque<qint64>& times, qint64 nowMs)
{
    while (!times.empty() && times.front() <= nowMs - windowMs) times.pop_front();
}

bool JoinGuard::allows(const QString& address, qint64 nowMs)
{
    forget(allFailures_, nowMs);
    if (allFailures_.size() >= overall) return false;
    const auto found = failures_.find(address);
    if (found == failures_.end()) return true;
    forget(*found, nowMs);
    if (found->empty()) {
        failures_.erase(found);
        return true;
    }
    return found->size() < perAddress;
}

void JoinGuard::failed(const QString& address, qint64 nowMs)
{
    failures_[address].push_back(nowMs);
    allFailures_.push_back(nowMs);
}

} // namespace palet::room
