#include "planning/minute_sharing.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
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


std::vector<int> shareSecondsByStep(const std::vector<SecondRange>& ranges, const std::vector<std::string>& steps, int seconds,
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
    std::vector<SecondRange> together;
    for (const auto& step : order) {
        const SecondRange once = ranges[times[step].front()];
        const int count = static_cast<int>(times[step].size());
        together.push_back({once.min * count, once.max * count});
    }
    const std::vector<int> shared = shareSeconds(together, seconds, past);

    // Every time of a step its equal part, in the coarsest unit that its share and its least allow
    // (whole minutes for steps given in minutes). What is left goes one unit to a time, taking turns
    // over the rounds from one step to the next, so that no round gets every step's extra minute.
    std::vector<int> shares(ranges.size(), 0);
    std::map<int, int> nextTime; // by the number of times: the round whose turn it is
    for (std::size_t position = 0; position < order.size(); ++position) {
        const auto& at = times[order[position]];
        const int count = static_cast<int>(at.size());
        const int least = ranges[at.front()].min;
        int unit = 1;
        for (const int candidate : {secondsPerMinute, 30, 15, 10, 5})
            if (shared[position] % candidate == 0 && least % candidate == 0) {
                unit = candidate;
                break;
            }
        const int units = shared[position] / unit;
        for (int time = 0; time < count; ++time) shares[at[static_cast<std::size_t>(time)]] = units / count * unit;
        int& turn = nextTime[count];
        for (int extra = 0; extra < units % count; ++extra, turn = (turn + 1) % count)
            shares[at[static_cast<std::size_t>(turn)]] += unit;
    }
    return shares;
}

} // namespace palet
