#pragma once
// The text of a PDF as poppler's pdftotext reads it: what a person or a register sees.

#include <QString>

namespace palet::test {

// In reading order with the layout kept; ligatures such as "fi" spelt out. Fails the test when
// pdftotext cannot read the file.
QString pdfText(const QString& path);

} // namespace palet::test
