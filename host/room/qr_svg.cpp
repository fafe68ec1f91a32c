#include "qr_svg.hpp"

#include <qrencode.h>

#include <memory>

namespace palet::room {

QByteArray qrSvg(const QString& text)
{
    const QByteArray data = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code{
        QRcode_encodeString8bit(data.constData(), 0, QR_ECLEVEL_M), &QRcode_free};
    if (!code) return {};
    constexpr int quiet = 4;
    const int size = code->width + 2 * quiet;
    QByteArray path;
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1) // bit 0: a dark module
                path += "M" + QByteArray::number(x + quiet) + ' ' + QByteArray::number(y + quiet) + "h1v1h-1z";
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + QByteArray::number(size) + ' ' +
           QByteArray::number(size) + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
           "fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
}

} // namespace palet::room
