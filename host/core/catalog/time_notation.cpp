#include "catalog/time_notation.hpp"

#include "translate.hpp"

#include <palet/duration.hpp>

#include <QRegularExpression>

namespace palet {
namespace {

QString quoted(const QString& text) { return "'" + text + "'"; }

// Whole minutes and a fraction, minutes and seconds, or seconds; each may carry a minus sign so
// that a negative time is named as such rather than as unreadable.
const QRegularExpression& decimalForm()
{
    static const QRegularExpression form{QStringLiteral("^(-?)(\\d+)\\.(\\d+)$")};
    return form;
}
const QRegularExpression& clockForm()
{
    static const QRegularExpression form{QStringLiteral("^(-?)(\\d+):(\\d+)$")};
    return form;
}
const QRegularExpression& secondsForm()
{
    static const QRegularExpression form{QStringLiteral("^(-?)(\\d+) ?s$")};
    return form;
}

// Digits beyond these cannot be a phase's time, and would overflow.
constexpr int longestMinutes = 4;
constexpr int longestSeconds = 6;

WrittenTime wrong(const QString& problem) { return {WrittenTime::Form::finer, 0, problem}; }

} // namespace

WrittenTime readWrittenTime(std::string_view text)
{
    const QString written = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).trimmed();
    static const QRegularExpression whole{QStringLiteral("^\\d{1,9}$")};
    if (whole.match(written).hasMatch()) return {WrittenTime::Form::wholeMinutes, written.toInt() * secondsPerMinute, {}};

    const auto tooLong = [&] { return wrong(tr("%1 is longer than any phase can be (at most 240 minutes)").arg(quoted(written))); };
    if (const auto match = decimalForm().match(written); match.hasMatch()) {
        if (!match.captured(1).isEmpty()) return wrong(tr("a time cannot be negative: %1").arg(quoted(written)));
        if (match.captured(2).size() > longestMinutes) return tooLong();
        const QString fraction = match.captured(3);
        // 7.5 is 450 seconds; 7.33 is 439.8 seconds, which is no whole number of seconds.
        int scale = 1;
        for (qsizetype digit = 0; digit < fraction.size() && scale <= 1000; ++digit) scale *= 10;
        const long long fractionSeconds = fraction.size() <= 3 ? fraction.toLongLong() * secondsPerMinute : -1;
        if (fractionSeconds < 0 || fractionSeconds % scale != 0)
            return wrong(tr("%1 minutes is not a whole number of seconds: write minutes and seconds such as \"7:20\", or seconds such as 440s")
                             .arg(quoted(written)));
        return {WrittenTime::Form::finer, match.captured(2).toInt() * secondsPerMinute + static_cast<int>(fractionSeconds / scale), {}};
    }
    if (const auto match = clockForm().match(written); match.hasMatch()) {
        if (!match.captured(1).isEmpty()) return wrong(tr("a time cannot be negative: %1").arg(quoted(written)));
        if (match.captured(2).size() > longestMinutes) return tooLong();
        const QString seconds = match.captured(3);
        if (seconds.size() != 2 || seconds.toInt() >= secondsPerMinute)
            return wrong(tr("in %1 the seconds after the colon must be two digits from 00 to 59, as in \"7:30\"").arg(quoted(written)));
        return {WrittenTime::Form::finer, match.captured(2).toInt() * secondsPerMinute + seconds.toInt(), {}};
    }
    if (const auto match = secondsForm().match(written); match.hasMatch()) {
        if (!match.captured(1).isEmpty()) return wrong(tr("a time cannot be negative: %1").arg(quoted(written)));
        if (match.captured(2).size() > longestSeconds) return tooLong();
        return {WrittenTime::Form::finer, match.captured(2).toInt(), {}};
    }
    return {};
}

TimeWriting writtenTime(int seconds)
{
    const int minutes = seconds / secondsPerMinute;
    const int rest = seconds % secondsPerMinute;
    if (rest == 0) return {std::to_string(minutes), false};
    if (minutes == 0) return {std::to_string(rest) + "s", false};
    if (rest == 30) return {std::to_string(minutes) + ".5", false};
    const std::string padded = rest < 10 ? "0" + std::to_string(rest) : std::to_string(rest);
    return {std::to_string(minutes) + ":" + padded, true};
}

} // namespace palet
