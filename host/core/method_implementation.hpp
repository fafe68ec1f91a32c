#pragma once
// What a session needs of a method, whether it is a YAML script or a native plugin: its spec for
// the context, and a hearing for the session's events. Failures come back as values.

#include <palet/method_plugin.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace palet {

template <typename Value>
struct Outcome {
    std::optional<Value> value;
    std::string error;      // set when there is no value
    bool brokeDown = false; // a plugin crashed, hung or garbled its answer: it will say nothing more
};

class MethodImplementation {
public:
    virtual ~MethodImplementation() = default;

    virtual Outcome<MethodSpec> spec(const MethodContext& context) const = 0;
    virtual Outcome<std::vector<RoleMessage>> onEvent(const SessionEvent& event) = 0;
};

// A YAML method: the same spec in every context, and nothing to say during a session.
class ScriptedMethod final : public MethodImplementation {
public:
    explicit ScriptedMethod(MethodSpec spec) : spec_(std::move(spec)) {}

    Outcome<MethodSpec> spec(const MethodContext&) const override { return {spec_, {}}; }
    Outcome<std::vector<RoleMessage>> onEvent(const SessionEvent&) override { return {std::vector<RoleMessage>{}, {}}; }

private:
    MethodSpec spec_;
};

} // namespace palet
