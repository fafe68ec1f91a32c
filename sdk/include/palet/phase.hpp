#pragma once
// One step of a method: its minutes, what each role does and who may speak.

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

// One step of a method. An aggregate: fill it by field names, in this order, leaving out what
// keeps its default (docs/sdk-reference.md):
//     Phase{.id = "round", .name = {.nl = "Ronde", .en = "Round"}, .minutes = PhaseDuration::fixed(10),
//           .instructions = {{.roleId = "adviser", .text = {.nl = "Geef een tip.", .en = "Give a tip."}}}}
struct Phase {
    std::string id;                            // unique within the method: "round"
    LocalizedText name;                        // required: "Tipronde" / "Round of tips"
    LocalizedText description;                 // optional: what happens, for the handout
    PhaseDuration minutes;                     // 1 to 240 minutes (default: fixed, 1)
    std::vector<RoleInstruction> instructions; // at least one, in the order the method gives them
    std::vector<std::string> speakers;         // role ids that may speak; empty: everyone may
    std::vector<LocalizedText> materials;      // what the phase needs: "flip-over", "cards"

    // Whether the holders of `roleId` may speak in this phase.
    bool maySpeak(const std::string& roleId) const
    {
        if (speakers.empty()) return true;
        for (const auto& speaker : speakers)
            if (speaker == roleId) return true;
        return false;
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
