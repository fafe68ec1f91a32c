#pragma once
// A QR code as an SVG image (libqrencode makes the code), for the projector's join address.

#include <QByteArray>
#include <QString>

namespace palet::room {

// Dark modules on a white ground with the standard quiet zone of four modules; empty when the
// text does not fit in a QR code.
QByteArray qrSvg(const QString& text);

} // namespace palet::room
