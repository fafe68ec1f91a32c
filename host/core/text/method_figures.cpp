#include "text/method_figures.hpp"

namespace palet {

QString minutesText(const MinuteRange& minutes)
{
    return minutes.isFixed() ? QString::number(minutes.min) : QString("%1–%2").arg(minutes.min).arg(minutes.max);
}

QString groupSizeText(const GroupSize& size)
{
    return size.open ? QString("%1+").arg(size.min) : QString("%1–%2").arg(size.min).arg(size.max);
}

QString clockText(int minutes) { return QString("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QChar('0')); }

} // namespace palet
