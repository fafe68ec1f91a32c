#include "planning/minute_sharing.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>

namespace palet {
namespace {

// Adds `spare` minutes to `shares` in proportion to `weights`. Whole minutes in proportion first;
// the minutes that rounding down leaves go one each to the largest remainders, the earlier phase
// first on equal ones, so the result depends on nothing but the numbers.
void addInProportion(std::vector<int>& shares, const std::vector<std::int64_t>& weights, std::int64_t spare)
{
    const std::int64_t total = std::accumulate(weights.begin(), weights.end(), std::int64_t{0});
    if (spare <= 0 || total <= 0) return;
    std::vector<std::int64_t> remainders(weights.size());
    std::int64_t given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        shares[i] += static_cast<int>(spare * weights[i] / total);
        remainders[i] = spare * weights[i] % total;
        given += spare * weights[i] / total;
    }
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (std::size_t i = 0; given < spare && i < order.size(); ++i, ++given) ++shares[order[i]];
}

} // namespace

std::vector<int> shareMinutes(const std::vector<MinuteRange>& ranges, int minutes, PastTheMost past)
{
    std::vector<int> shares;
    std::vector<std::int64_t> rooms;
    std::vector<std::int64_t> lengths;
    for (const MinuteRange& range : ranges) {
        shares.push_back(range.min);
        rooms.push_back(range.max - range.min);
        lengths.push_back(range.max);
    }
    const std::int64_t least = std::accumulate(shares.begin(), shares.end(), std::int64_t{0});
    const std::int64_t room = std::accumulate(rooms.begin(), rooms.end(), std::int64_t{0});
    const std::int64_t spare = minutes - least;
    addInProportion(shares, rooms, std::min(spare, room));
    if (past == PastTheMost::inProportion) addInProportion(shares, lengths, spare - room);
    return shares;
}

} // namespace palet

namespace palet {

std::vector<int> shareMinutesByStep(const std::vector<MinuteRange>& ranges, const std::vector<std::string>& steps, int minutes,
                                    PastTheMost past)
{
    // Each step once, with its times' minutes together.
    std::vector<std::string> order;
    std::map<std::string, std::vector<std::size_t>> times;
    for (std::size_t index = 0; index < ranges.size(); ++index) {
        const std::string& step = index < steps.size() ? steps[index] : std::to_string(index);
        if (!times.count(step)) order.push_back(step);
        times[step].push_back(index);
    }
    std::vector<MinuteRange> together;
    for (const auto& step : order) {
        const MinuteRange once = ranges[times[step].front()];
        const int count = static_cast<int>(times[step].size());
        together.push_back({once.min * count, once.max * count});
    }
    const std::vector<int> shared = shareMinutes(together, minutes, past);

    // Every time of a step its equal part. What is left goes one minute to a time, taking turns
    // over the rounds from one step to the next, so that no round gets every step's extra minute.
    std::vector<int> shares(ranges.size(), 0);
    std::map<int, int> nextTime; // by the number of times: the round whose turn it is
    for (std::size_t position = 0; position < order.size(); ++position) {
        const auto& at = times[order[position]];
        const int count = static_cast<int>(at.size());
        for (int time = 0; time < count; ++time) shares[at[static_cast<std::size_t>(time)]] = shared[position] / count;
        int& turn = nextTime[count];
        for (int extra = 0; extra < shared[position] % count; ++extra, turn = (turn + 1) % count)
            ++shares[at[static_cast<std::size_t>(turn)]];
    }
    return shares;
}

} // namespace palet
