#include "papers/pdf_output.hpp"

#include "translate.hpp"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace palet {

std::variant<QByteArray, QString> pdfFromHtml(const QString& html, const PdfMetadata& metadata)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return tr("writing a PDF needs Qt's GUI library to be started (this is a fault in Palet)");
    QByteArray bytes;
    QBuffer buffer{&bytes};
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer{&buffer};
        writer.setCreator(QStringLiteral("Palet"));
        writer.setTitle(metadata.title);
        writer.setPageLayout(QPageLayout{QPageSize{QPageSize::A4}, QPageLayout::Portrait, QMarginsF{18, 18, 18, 18},
                                         QPageLayout::Millimeter});
        if (!metadata.xmp.isEmpty()) writer.setDocumentXmpMetadata(metadata.xmp);
        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        document.setHtml(html);
        document.print(&writer);
    }
    if (bytes.isEmpty()) return tr("Qt wrote no PDF");
    return bytes;
}

QString writeWholeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file{path};
    if (!file.open(QIODevice::WriteOnly)) return tr("cannot write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) return tr("cannot write %1: %2").arg(path, file.errorString());
    if (!file.commit()) return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace palet
