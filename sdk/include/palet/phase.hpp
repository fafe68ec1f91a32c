#pragma once
// One step of a method: its minutes, what each role does, who may speak and who is away.

#include "palet/duration.hpp"
#include "palet/localized_text.hpp"

#include <string>
#include <vector>

namespace palet {

// What one role does in a phase.
struct RoleInstruction {
    std::string roleId; // a role of the method
    LocalizedText text; // "Listen; ask only when something is unclear."

    friend bool operator==(const RoleInstruction&, const RoleInstruction&) = default;
};

// Where a role's holders are during a phase: in the circle, in the room with their back to the
// group (they hear but take no part), or out of the room.
enum class Presence { inCircle, backTurned, absent };

// Whether a phase always runs, or is optional: the facilitator leaves it out or takes it in when
// planning (unlessLeftOut runs when nobody chooses; whenChosen only when someone does).
enum class Inclusion { always, unlessLeftOut, whenChosen };

// One step of a method. An aggregate: fill it by field names, in this order, leaving out what
// keeps its default (docs/sdk-reference.md):
//     Phase{.id = "round", .name = {.nl = "Ronde", .en = "Round"}, .minutes = PhaseDuration::fixed(10),
//           .instructions = {{.roleId = "adviser", .text = {.nl = "Geef een tip.", .en = "Give a tip."}}}}
struct Phase {
    std::string id;                            // unique within the method: "round"
    LocalizedText name;                        // required: "Tipronde" / "Round of tips"
    LocalizedText description;                 // optional: what happens, for the handout
    PhaseDuration minutes;                     // 1 second to 240 minutes (default: fixed, 1 minute)
    std::vector<RoleInstruction> instructions; // at least one, in the order the method gives them
    std::vector<std::string> speakers;         // role ids that may speak; empty: everyone may
    std::vector<LocalizedText> materials;      // what the phase needs: "flip-over", "cards"
    bool silent = false;                       // nobody speaks (a writing phase); speakers is empty
    std::vector<std::string> backTurned{};     // role ids whose holders turn their back
    std::vector<std::string> absent{};         // role ids whose holders leave the room
    Inclusion inclusion = Inclusion::always;

    bool isOptional() const { return inclusion != Inclusion::always; }
    bool runsUnlessChosenOtherwise() const { return inclusion != Inclusion::whenChosen; }

    // Whether the holders of `roleId` may speak in this phase.
    bool maySpeak(const std::string& roleId) const
    {
        if (silent) return false;
        if (presenceOf(roleId) == Presence::absent) return false;
        if (speakers.empty()) return true;
        for (const auto& speaker : speakers)
            if (speaker == roleId) return true;
        return false;
    }

    // Where the holders of `roleId` are during this phase.
    Presence presenceOf(const std::string& roleId) const
    {
        for (const auto& away : absent)
            if (away == roleId) return Presence::absent;
        for (const auto& turned : backTurned)
            if (turned == roleId) return Presence::backTurned;
        return Presence::inCircle;
    }

    // The instruction for `roleId`; null when the phase gives it none.
    const LocalizedText* instructionFor(const std::string& roleId) const
    {
        for (const auto& instruction : instructions)
            if (instruction.roleId == roleId) return &instruction.text;
        return nullptr;
    }

    friend bool operator==(const Phase&, const Phase&) = default;
};

} // namespace palet
