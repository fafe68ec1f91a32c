#pragma once
// Whether a meeting is guided, and by whom. One rule for the plan, the run and the papers.

#include "records/group.hpp"
#include "records/meeting.hpp"

#include <QString>

#include <vector>

namespace palet {

struct MeetingGuidance {
    bool guided = false;
    QString guide;  // may be empty: a guided meeting whose guide nobody named yet
    int heldBefore = 0; // the group's meetings held before this one
};

// A meeting that names its guide is guided by them; otherwise the group's guide guides it while the
// group has held fewer meetings than its guided meetings (seeds 000 and 001: a firm guides a group
// for four or five meetings until it runs on its own). `groupMeetings` are all of the group's.
MeetingGuidance guidanceOf(const Group& group, const Meeting& meeting, const std::vector<Meeting>& groupMeetings);

} // namespace palet
