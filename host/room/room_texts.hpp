#pragma once
// The words of the room's pages, in Dutch and English: the pages carry no text of their own but
// show these, sent when they connect in the language each one asked for. They go through Qt's
// translation like all of palet's texts (host/translations), so the Dutch test covers them.

#include <palet/localized_text.hpp>

#include <QJsonObject>
#include <QTranslator>

namespace palet::room {

class RoomTexts {
public:
    RoomTexts();

    QJsonObject all(Language language) const;
    QString text(Language language, const char* source) const;

private:
    QTranslator dutch_;
};

} // namespace palet::room
