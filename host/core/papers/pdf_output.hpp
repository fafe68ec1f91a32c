#pragma once
// Papers as PDF: an HTML page laid out on A4 by Qt's QTextDocument and written by QPdfWriter.
// Qt needs a QGuiApplication for fonts; palet makes one, without a display, for the commands
// that write PDF (see host/cli/main.cpp).

#include <QByteArray>
#include <QString>

#include <variant>

namespace palet {

struct PdfMetadata {
    QString title;
    QByteArray xmp; // an XMP packet kept in the PDF as written; empty for none
};

// The PDF, or a sentence saying why it could not be made.
std::variant<QByteArray, QString> pdfFromHtml(const QString& html, const PdfMetadata& metadata);

// Writes `bytes` to `path` whole or not at all (QSaveFile); an error names the file.
QString writeWholeFile(const QString& path, const QByteArray& bytes);

} // namespace palet
