#include "planning/meeting_bounds.hpp"

#include "translate.hpp"

namespace palet {
namespace {

QString hoursText(int minutes) { return QString("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QChar('0')); }

} // namespace

QString meetingLengthRefusal(int minutes)
{
    if (minutes < shortestMeeting)
        return tr("a meeting of %1 minutes is too short: the opening, the inventory, one case and the closing round need at "
                  "least %2")
            .arg(minutes)
            .arg(shortestMeeting);
    if (minutes > longestMeeting)
        return tr("a meeting of %1 hours is longer than a working day (%2 hours); plan two meetings instead")
            .arg(hoursText(minutes), hoursText(longestMeeting));
    return {};
}

QString meetingLengthWarning(int minutes)
{
    if (minutes >= usualShortestMeeting && minutes <= usualLongestMeeting) return {};
    return tr("the meeting lasts %1 hours; intervision meetings usually take 2.5 to 3 hours").arg(hoursText(minutes));
}

QString groupSizeWarning(int present)
{
    if (present >= usualFewestMembers && present <= usualMostMembers) return {};
    return tr("%n member(s) present; intervision works best with %1 to %2", present).arg(usualFewestMembers).arg(usualMostMembers);
}

} // namespace palet
