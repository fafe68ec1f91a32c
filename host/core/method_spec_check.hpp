#pragma once
// The rules every method must keep, checked on a spec a plugin computes at run time (a YAML
// script is checked more closely, with places, while it is read).

#include <palet/method_spec.hpp>

#include <string>

namespace palet {

// The first rule the spec breaks, as a sentence, or an empty string.
std::string checkMethodSpec(const MethodSpec& spec);

} // namespace palet
