#pragma once
// A method's whole spec, decoded from the metadata cache only when a command first asks for it:
// listing a thousand methods must not pay for a thousand specs. Copies share one decoded spec.

#include <palet/method_spec.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace palet {

class LazySpec {
public:
    LazySpec() = default;
    explicit LazySpec(MethodSpec spec);
    // `encoded` (the cache's form of the spec) stays valid while `owner` lives. When it does not
    // match `hash` or cannot be decoded, the script at `file` is read again.
    LazySpec(std::shared_ptr<const void> owner, std::string_view encoded, std::uint64_t hash, std::string file);

    // Throws std::runtime_error, naming the file, only when the cache's bytes are damaged and the
    // file no longer holds a valid method either.
    const MethodSpec& get() const;

private:
    struct State;
    std::shared_ptr<State> state_;
};

} // namespace palet
