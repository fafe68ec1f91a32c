#include "text/method_figures.hpp"

namespace palet {

QString minutesText(const MinuteRange& minutes)
{
    // Concatenated rather than through arg(): recommend writes this for every method of a palette.
    return minutes.isFixed() ? QString::number(minutes.min) : QString::number(minutes.min) + u'–' + QString::number(minutes.max);
}

QString secondsAsMinutes(int seconds)
{
    const int minutes = seconds / secondsPerMinute;
    const int rest = seconds % secondsPerMinute;
    if (rest == 0) return QString::number(minutes);
    if (rest == 30) return minutes == 0 ? QStringLiteral("½") : QString("%1½").arg(minutes);
    return QString("%1:%2").arg(minutes).arg(rest, 2, 10, QChar('0'));
}

QString minutesText(const SecondRange& seconds)
{
    return seconds.isFixed() ? secondsAsMinutes(seconds.min) : QString("%1–%2").arg(secondsAsMinutes(seconds.min), secondsAsMinutes(seconds.max));
}

QString groupSizeText(const GroupSize& size)
{
    return size.open ? QString("%1+").arg(size.min) : QString("%1–%2").arg(size.min).arg(size.max);
}

QString clockText(int minutes) { return QString("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QChar('0')); }

QString clockTextOfSeconds(int seconds)
{
    const QString clock = clockText(seconds / secondsPerMinute);
    if (seconds % secondsPerMinute == 0) return clock;
    return QString("%1:%2").arg(clock).arg(seconds % secondsPerMinute, 2, 10, QChar('0'));
}

} // namespace palet
