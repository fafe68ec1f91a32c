#pragma once
// Plain-text layout: word wrapping and aligned columns.

#include <QString>
#include <QStringList>

#include <vector>

namespace palet {

// `text` wrapped at word boundaries to lines of at most `width` characters.
QStringList wrap(const QString& text, int width);

// `text` wrapped to `width`, every line after the first indented by `indent` spaces; the first
// line is expected to follow something already `indent` wide.
QString hangingIndent(const QString& text, int indent, int width);

// Rows printed as columns padded to the widest cell; the last column wraps to the width left.
QString columns(const std::vector<QStringList>& rows, int width, int gap = 2);

} // namespace palet
