#include "planning/minute_sharing.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace palet {
namespace {

// Adds `spare` steps of `step` seconds to `shares` in proportion to `weights`. Whole steps in
// proportion first; the steps that rounding down leaves go one each to the largest remainders, the
// earlier phase first on equal ones, so the result depends on nothing but the numbers.
void addInProportion(std::vector<int>& shares, const std::vector<std::int64_t>& weights, std::int64_t spare, int step)
{
    const std::int64_t total = std::accumulate(weights.begin(), weights.end(), std::int64_t{0});
    if (spare <= 0 || total <= 0) return;
    std::vector<std::int64_t> remainders(weights.size());
    std::int64_t given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        shares[i] += static_cast<int>(spare * weights[i] / total) * step;
        remainders[i] = spare * weights[i] % total;
        given += spare * weights[i] / total;
    }
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (std::size_t i = 0; given < spare && i < order.size(); ++i, ++given) shares[order[i]] += step;
}

// The coarsest step that divides every room and the time left, so phases given in whole minutes
// grow in whole minutes and a 7.5-minute step leaves at most half minutes.
int stepFor(const std::vector<std::int64_t>& rooms, std::int64_t spare)
{
    for (const int step : {secondsPerMinute, 30, 15, 10, 5}) {
        const bool divides = spare % step == 0 && std::all_of(rooms.begin(), rooms.end(), [&](std::int64_t room) { return room % step == 0; });
        if (divides) return step;
    }
    return 1;
}

} // namespace

std::vector<int> shareSeconds(const std::vector<SecondRange>& ranges, int seconds, PastTheMost past)
{
    std::vector<int> shares;
    std::vector<std::int64_t> rooms;
    std::vector<std::int64_t> lengths;
    for (const SecondRange& range : ranges) {
        shares.push_back(range.min);
        rooms.push_back(range.max - range.min);
        lengths.push_back(range.max);
    }
    const std::int64_t least = std::accumulate(shares.begin(), shares.end(), std::int64_t{0});
    const std::int64_t room = std::accumulate(rooms.begin(), rooms.end(), std::int64_t{0});
    const std::int64_t spare = seconds - least;
    if (spare <= 0) return shares;
    const int step = stepFor(rooms, spare);
    addInProportion(shares, rooms, std::min(spare, room) / step, step);
    if (past == PastTheMost::inProportion) addInProportion(shares, lengths, (spare - room) / step, step);
    return shares;
}

std::vector<int> shareMinutes(const std::vector<MinuteRange>& ranges, int minutes, PastTheMost past)
{
    std::vector<SecondRange> inSeconds;
    for (const MinuteRange& range : ranges) inSeconds.push_back({range.min * secondsPerMinute, range.max * secondsPerMinute});
    std::vector<int> shares = shareSeconds(inSeconds, minutes * secondsPerMinute, past);
    for (int& share : shares) share /= secondsPerMinute;
    return shares;
}

} // namespace palet
