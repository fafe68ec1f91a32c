#include "room_texts.hpp"

#include <QCoreApplication>

#include <utility>

namespace palet::room {
namespace {

// Each page names its texts by these keys.
const std::pair<const char*, const char*> texts[] = {
    {"room", QT_TRANSLATE_NOOP("palet", "Palet room")},
    {"screen", QT_TRANSLATE_NOOP("palet", "Projector")},
    {"phone", QT_TRANSLATE_NOOP("palet", "Your phone")},
    {"console", QT_TRANSLATE_NOOP("palet", "Console")},
    {"waiting", QT_TRANSLATE_NOOP("palet", "Waiting for the start")},
    {"running", QT_TRANSLATE_NOOP("palet", "Running")},
    {"paused", QT_TRANSLATE_NOOP("palet", "Paused")},
    {"over", QT_TRANSLATE_NOOP("palet", "Over time")},
    {"finished", QT_TRANSLATE_NOOP("palet", "The meeting has ended")},
    {"left", QT_TRANSLATE_NOOP("palet", "left")},
    {"phase_of", QT_TRANSLATE_NOOP("palet", "Phase %1 of %2")},
    {"minutes", QT_TRANSLATE_NOOP("palet", "%1 min")},
    {"first_phase", QT_TRANSLATE_NOOP("palet", "First phase")},
    {"next", QT_TRANSLATE_NOOP("palet", "Next")},
    {"last_phase", QT_TRANSLATE_NOOP("palet", "This is the last phase.")},
    {"roles", QT_TRANSLATE_NOOP("palet", "Who does what")},
    {"round_of", QT_TRANSLATE_NOOP("palet", "%1 %2 of %3")},
    {"subgroups", QT_TRANSLATE_NOOP("palet", "Subgroups")},
    {"subgroup", QT_TRANSLATE_NOOP("palet", "Subgroup %1")},
    {"your_subgroup", QT_TRANSLATE_NOOP("palet", "Your subgroup: %1")},
    {"subgroup_finished", QT_TRANSLATE_NOOP("palet", "Its rounds are over; it waits for the others.")},
    {"your_subgroup_finished", QT_TRANSLATE_NOOP("palet", "Your subgroup has had all its rounds: wait for the others.")},
    {"progress", QT_TRANSLATE_NOOP("palet", "Agenda: %1 of %2 done · the meeting has run %3")},
    {"time_of_day", QT_TRANSLATE_NOOP("palet", "Time of day")},
    {"join_here", QT_TRANSLATE_NOOP("palet", "Join on your phone")},
    {"join_code", QT_TRANSLATE_NOOP("palet", "Join code")},
    {"qr", QT_TRANSLATE_NOOP("palet", "QR code of the join address")},
    {"enter_code", QT_TRANSLATE_NOOP("palet", "Type the join code the projector shows.")},
    {"continue", QT_TRANSLATE_NOOP("palet", "Continue")},
    {"who_are_you", QT_TRANSLATE_NOOP("palet", "Who are you?")},
    {"not_you", QT_TRANSLATE_NOOP("palet", "Not you? Join again")},
    {"your_roles", QT_TRANSLATE_NOOP("palet", "Your role")},
    {"now_you", QT_TRANSLATE_NOOP("palet", "What you do now")},
    {"listen", QT_TRANSLATE_NOOP("palet", "Listen, do not respond")},
    {"silent", QT_TRANSLATE_NOOP("palet", "Silence: nobody speaks")},
    {"away_absent", QT_TRANSLATE_NOOP("palet", "out of the room")},
    {"away_back_turned", QT_TRANSLATE_NOOP("palet", "back turned to the group")},
    {"go_out", QT_TRANSLATE_NOOP("palet", "Leave the room for this phase")},
    {"turn_back", QT_TRANSLATE_NOOP("palet", "Turn your back to the group for this phase")},
    {"next_you", QT_TRANSLATE_NOOP("palet", "Next for you")},
    {"no_task", QT_TRANSLATE_NOOP("palet", "Nothing for your role in this phase.")},
    {"takeaway_ask", QT_TRANSLATE_NOOP("palet", "Your takeaway: what do you take back to your work?")},
    {"takeaway_save", QT_TRANSLATE_NOOP("palet", "Save my takeaway")},
    {"takeaway_saved", QT_TRANSLATE_NOOP("palet", "Your takeaway is saved.")},
    {"attend_ask", QT_TRANSLATE_NOOP("palet", "Were you at this meeting? Confirm it for your proof of attendance.")},
    {"attend", QT_TRANSLATE_NOOP("palet", "Confirm my attendance")},
    {"attended", QT_TRANSLATE_NOOP("palet", "Attendance confirmed at %1.")},
    {"reconnecting", QT_TRANSLATE_NOOP("palet", "Connection lost; reconnecting…")},
    {"start", QT_TRANSLATE_NOOP("palet", "Start")},
    {"pause", QT_TRANSLATE_NOOP("palet", "Pause / resume")},
    {"extend", QT_TRANSLATE_NOOP("palet", "+1 minute")},
    {"next_phase", QT_TRANSLATE_NOOP("palet", "Next phase")},
    {"back", QT_TRANSLATE_NOOP("palet", "Back")},
    {"quit", QT_TRANSLATE_NOOP("palet", "Quit")},
    {"quit_ask", QT_TRANSLATE_NOOP("palet", "Quit the meeting? The phases not run are marked as skipped.")},
    {"quit_yes", QT_TRANSLATE_NOOP("palet", "Yes, quit")},
    {"quit_no", QT_TRANSLATE_NOOP("palet", "No, go on")},
    {"keys", QT_TRANSLATE_NOOP("palet", "Keys: space pause, n next, b back, + a minute more, q quit.")},
    {"choose_holder", QT_TRANSLATE_NOOP("palet", "The group chooses in this phase: who is the %1?")},
    {"holder_chosen", QT_TRANSLATE_NOOP("palet", "Chosen: %1, from the next phase. Click another name to change it.")},
    {"holder_now", QT_TRANSLATE_NOOP("palet", "%1 is the %2 from the next phase on.")},
    {"holder_default", QT_TRANSLATE_NOOP("palet", "Nobody chosen yet: at the next phase Palet takes %1, the first listed.")},
    {"members", QT_TRANSLATE_NOOP("palet", "Members")},
    {"joined", QT_TRANSLATE_NOOP("palet", "joined")},
    {"online", QT_TRANSLATE_NOOP("palet", "online")},
    {"not_joined", QT_TRANSLATE_NOOP("palet", "not joined")},
    {"takeaways", QT_TRANSLATE_NOOP("palet", "Takeaways")},
    {"none_yet", QT_TRANSLATE_NOOP("palet", "None yet.")},
    {"attendance", QT_TRANSLATE_NOOP("palet", "Attendance")},
    {"close", QT_TRANSLATE_NOOP("palet", "Close the room")},
    {"closed", QT_TRANSLATE_NOOP("palet", "The room is closed.")},
    {"events", QT_TRANSLATE_NOOP("palet", "What happened")},
    {"plugin_stopped", QT_TRANSLATE_NOOP("palet", "The plugin of %1 stopped, and the session goes on without its messages: %2")},
    {"error", QT_TRANSLATE_NOOP("palet", "Something went wrong: %1")},
    {"wrong_code", QT_TRANSLATE_NOOP("palet", "That join code is not valid (any more). Look at the projector.")},
    {"slow_down", QT_TRANSLATE_NOOP("palet", "Too many tries. Wait a minute and try again.")},
    {"name_taken", QT_TRANSLATE_NOOP("palet", "Someone has joined with that name on another device.")},
    {"cases", QT_TRANSLATE_NOOP("palet", "Cases for this meeting")},
    {"no_cases", QT_TRANSLATE_NOOP("palet", "No cases brought in yet.")},
    {"vote_ask", QT_TRANSLATE_NOOP("palet", "Vote for every case you find current and appealing.")},
    {"vote", QT_TRANSLATE_NOOP("palet", "Vote")},
    {"unvote", QT_TRANSLATE_NOOP("palet", "Take back my vote")},
    {"votes", QT_TRANSLATE_NOOP("palet", "votes: %1")},
    {"case_label", QT_TRANSLATE_NOOP("palet", "Bring in your case: a few words as its label, no details.")},
    {"bring_in", QT_TRANSLATE_NOOP("palet", "Bring in my case")},
    {"case_number", QT_TRANSLATE_NOOP("palet", "Case %1")},
    {"choosing", QT_TRANSLATE_NOOP("palet", "Waiting for the facilitator to choose the meeting")},
    {"choose_title", QT_TRANSLATE_NOOP("palet", "Choose what the group does today")},
    {"planned_meetings", QT_TRANSLATE_NOOP("palet", "A planned meeting")},
    {"no_meetings", QT_TRANSLATE_NOOP("palet", "No planned meetings in the store.")},
    {"or_method", QT_TRANSLATE_NOOP("palet", "Or one method")},
    {"method", QT_TRANSLATE_NOOP("palet", "Method")},
    {"members_present", QT_TRANSLATE_NOOP("palet", "Members present, separated by commas (the first brings in the case, except in a method where the group chooses its case owner)")},
    {"run_method", QT_TRANSLATE_NOOP("palet", "Choose this method")},
    {"not_chosen", QT_TRANSLATE_NOOP("palet", "The facilitator has not chosen the meeting yet. Try again in a moment.")},
    {"replan_note", QT_TRANSLATE_NOOP("palet", "At the start the plan is made again with the cases that have the most votes.")},
};

} // namespace

RoomTexts::RoomTexts()
{
    // Built into palet by lrelease; without it the texts stay English.
    (void)dutch_.load(QStringLiteral(":/translations/palet_nl.qm"));
}

QString RoomTexts::text(Language language, const char* source) const
{
    if (language == Language::nl) {
        const QString translated = dutch_.translate("palet", source);
        if (!translated.isEmpty()) return translated;
    }
    return QString::fromUtf8(source);
}

QJsonObject RoomTexts::all(Language language) const
{
    QJsonObject object;
    for (const auto& [key, source] : texts) object[key] = text(language, source);
    return object;
}

} // namespace palet::room
