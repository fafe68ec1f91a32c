#include "pdf_text.hpp"

#include <catch2/catch.hpp>

#include <QProcess>

namespace palet::test {

QString pdfText(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start("pdftotext", {"-layout", path, "-"});
    REQUIRE(pdftotext.waitForFinished(20000));
    INFO(pdftotext.readAllStandardError().toStdString());
    REQUIRE(pdftotext.exitCode() == 0);
    // Ligatures come back as one character; the compatibility form spells them out.
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace palet::test
