#pragma once
// One step of a method: its minutes, what each role does and who may speak.

#include "palet/duration.hpp"
#include "palet/localized_text.hpp"

#include <string>
#include <vector>

namespace palet {

struct RoleInstruction {
    std::string roleId;
    LocalizedText text;

    friend bool operator==(const RoleInstruction&, const RoleInstruction&) = default;
};

struct Phase {
    std::string id;
    LocalizedText name;
    LocalizedText description;
    PhaseDuration minutes;
    std::vector<RoleInstruction> instructions; // in the order the method gives them
    std::vector<std::string> speakers;         // role ids that may speak; empty: everyone may
    std::vector<LocalizedText> materials;

    bool maySpeak(const std::string& roleId) const
    {
        if (speakers.empty()) return true;
        for (const auto& speaker : speakers)
            if (speaker == roleId) return true;
        return false;
    }

    const LocalizedText* instructionFor(const std::string& roleId) const
    {
        for (const auto& instruction : instructions)
            if (instruction.roleId == roleId) return &instruction.text;
        return nullptr;
    }

    friend bool operator==(const Phase&, const Phase&) = default;
};

} // namespace palet
