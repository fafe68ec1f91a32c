#include "planning/meeting_bounds.hpp"

#include "translate.hpp"

namespace palet {
namespace {

// "1 h", "8 h 30 min": "lasts 1:00 hours" reads badly in either language.
QString lengthText(int minutes)
{
    if (minutes % 60 == 0) return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

QString meetingLengthRefusal(int minutes)
{
    if (minutes < shortestMeeting)
        return tr("a meeting of %1 minutes is too short: the opening, the inventory, one case and the closing round need at "
                  "least %2")
            .arg(minutes)
            .arg(shortestMeeting);
    if (minutes > longestMeeting)
        return tr("a meeting of %1 is longer than a working day (%2); plan two meetings instead")
            .arg(lengthText(minutes), lengthText(longestMeeting));
    return {};
}

QString meetingLengthWarning(int minutes)
{
    if (minutes >= usualShortestMeeting && minutes <= usualLongestMeeting) return {};
    return tr("the meeting lasts %1; intervision meetings usually take 2.5 to 3 hours").arg(lengthText(minutes));
}

QString groupSizeWarning(int present)
{
    if (present >= usualFewestMembers && present <= usualMostMembers) return {};
    return tr("%n member(s) present; intervision works best with %1 to %2", present).arg(usualFewestMembers).arg(usualMostMembers);
}

} // namespace palet
