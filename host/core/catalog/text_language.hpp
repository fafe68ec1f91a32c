#pragma once
// A method's texts in the language a user reads (format 2 texts may come in any language): every
// text is set to its version in that language, or its fallback, so that everything that shows a
// text in Dutch or English shows that one.

#include "catalog/method_overview.hpp"

#include <palet/method_spec.hpp>

#include <string>

namespace palet {

// `tag` is a language tag ("de", "fr-BE"); for nl and en nothing changes. `fallback` is the
// interface's language, used where a text has no version in `tag`.
void showTextsIn(MethodSpec& spec, const std::string& tag, Language fallback);
void showTextsIn(MethodOverview& overview, const std::string& tag, Language fallback);

} // namespace palet
