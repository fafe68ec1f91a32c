#pragma once
// A method as a one-page handout a facilitator can put on the table: plain text, Markdown or a
// standalone HTML page, in Dutch or English.

#include "catalog/method_catalog.hpp"

#include <QString>

#include <optional>
#include <string_view>

namespace palet {

enum class HandoutFormat { text, markdown, html };

std::optional<HandoutFormat> handoutFormatFromId(std::string_view id); // text, md, html

// `width` applies to plain text only.
QString renderHandout(const CatalogEntry& entry, int members, Language language, HandoutFormat format, int width = 80,
                      const std::string& textLanguage = {});

} // namespace palet
