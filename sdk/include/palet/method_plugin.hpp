#pragma once
// The interface a native method implements. Derive from MethodPlugin and export the class with
// PALET_EXPORT_METHOD (palet/plugin_export.hpp).

#include "palet/localized_text.hpp"
#include "palet/method_spec.hpp"
#include "palet/session_event.hpp"

#include <cstdint>
#include <vector>

namespace palet {

// The circumstances a method is asked to fit.
struct MethodContext {
    int groupSize = 0;        // members present
    int minutesAvailable = 0; // for this method, this case
    Language language = Language::en;
    std::uint64_t seed = 0;   // for anything random: the same seed replays the same session
};

class MethodPlugin {
public:
    virtual ~MethodPlugin() = default;

    // The method as it should run in this context. It may throw; the host gets an error.
    virtual MethodSpec spec(const MethodContext& context) const = 0;

    // Called as a session moves through the phases; the messages are shown to the roles.
    virtual std::vector<RoleMessage> onEvent(const SessionEvent& /*event*/) { return {}; }
};

} // namespace palet
