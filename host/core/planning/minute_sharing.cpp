#include "planning/minute_sharing.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace palet {

std::vector<int> shareMinutes(const std::vector<MinuteRange>& ranges, int minutes)
{
    std::vector<int> shares;
    std::int64_t room = 0;
    for (const MinuteRange& range : ranges) {
        shares.push_back(range.min);
        room += range.max - range.min;
    }
    const std::int64_t spare = std::min<std::int64_t>(room, minutes - std::accumulate(shares.begin(), shares.end(), std::int64_t{0}));
    if (spare <= 0) return shares;

    // Whole minutes in proportion first; the minutes that rounding down leaves go one each to the
    // largest remainders, the earlier phase first on equal ones, so the result never depends on
    // anything but the ranges.
    std::vector<std::int64_t> remainders(ranges.size());
    std::int64_t given = 0;
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        const std::int64_t ownRoom = ranges[i].max - ranges[i].min;
        shares[i] += static_cast<int>(spare * ownRoom / room);
        remainders[i] = spare * ownRoom % room;
        given += spare * ownRoom / room;
    }
    std::vector<std::size_t> order(ranges.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (std::size_t i = 0; given < spare && i < order.size(); ++i, ++given) ++shares[order[i]];
    return shares;
}

} // namespace palet
