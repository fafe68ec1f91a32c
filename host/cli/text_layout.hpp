#pragma once
// Plain-text layout for a terminal: the width to use, word wrapping and aligned columns.

#include <QString>
#include <QStringList>

#include <vector>

namespace palet::cli {

// The terminal's width when standard output is one, else $COLUMNS, else 80; kept within 40..120.
int outputWidth();

// `text` wrapped at word boundaries to lines of at most `width` characters.
QStringList wrap(const QString& text, int width);

// `text` wrapped to `width`, every line after the first indented by `indent` spaces; the first
// line is expected to follow something already `indent` wide.
QString hangingIndent(const QString& text, int indent, int width);

// Rows printed as columns padded to the widest cell; the last column wraps to the width left.
QString columns(const std::vector<QStringList>& rows, int width, int gap = 2);

} // namespace palet::cli
