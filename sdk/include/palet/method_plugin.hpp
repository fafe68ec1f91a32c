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
    int groupSize = 0;        // members present; 0 when not known (plan for the ideal group)
    int minutesAvailable = 0; // for this method, this case; 0 when not known (choose your own)
    Language language = Language::en;
    std::uint64_t seed = 0;   // for anything random: the same seed replays the same session
};

// Palet makes one object per loaded method with the default constructor, in the plugin's helper
// process (docs/sdk.md), and destroys it when done. Calls come one at a time, never at once.
class MethodPlugin {
public:
    virtual ~MethodPlugin() = default;

    // The method as it should run in this context, within 5 seconds. It may throw; the host gets
    // the exception's what() as an error and does not use the method.
    virtual MethodSpec spec(const MethodContext& context) const = 0;

    // Called as a session moves through the phases, within 1 second each; the messages are shown
    // to the roles. It may throw: that event's messages are lost, the session goes on.
    virtual std::vector<RoleMessage> onEvent(const SessionEvent& /*event*/) { return {}; }
};

} // namespace palet
