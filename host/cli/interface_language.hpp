#pragma once
// Palet's own texts (help, labels, messages) speak the language the method texts are shown in:
// --lang when the command line gives it, else the user's locale. Both languages come from
// translations built into the binary (host/translations/): Dutch whole, English for its plurals.

#include "palet/localized_text.hpp"

#include <QStringList>
#include <QTranslator>

#include <optional>

namespace palet::cli {

// Dutch when the locale's messages are Dutch (LC_ALL, else LC_MESSAGES, else LANG), else English.
Language localeLanguage();

// The language the locale's messages ask for as a tag ("de-CH" of de_CH.UTF-8), for a method's
// texts in languages other than Palet's own; empty when the locale names none.
std::string localeLanguageTag();

// The value of --lang among `arguments`, when it names a language Palet speaks.
std::optional<Language> requestedLanguage(const QStringList& arguments);

// Installs the translation for the run's lifetime.
class InterfaceTranslation {
public:
    explicit InterfaceTranslation(const QStringList& arguments);
    ~InterfaceTranslation();
    InterfaceTranslation(const InterfaceTranslation&) = delete;
    InterfaceTranslation& operator=(const InterfaceTranslation&) = delete;

private:
    QTranslator translator_;
    bool installed_ = false;
};

} // namespace palet::cli
