#include "interface_language.hpp"

#include <QCoreApplication>

namespace palet::cli {

Language localeLanguage()
{
    // As POSIX resolves it: the first of these that is set and not empty decides.
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty()) return value.startsWith("nl") ? Language::nl : Language::en;
    }
    return Language::en;
}

std::string localeLanguageTag()
{
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        QString value = qEnvironmentVariable(variable);
        if (value.isEmpty()) continue;
        value = value.section('.', 0, 0).section('@', 0, 0); // no encoding, no modifier
        if (value == "C" || value == "POSIX") return {};
        return value.replace('_', '-').toStdString();
    }
    return {};
}

std::optional<Language> requestedLanguage(const QStringList& arguments)
{
    // The commands parse long options after one dash too, so "-lang nl" counts as well.
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        for (const char* spelling : {"--lang", "-lang"}) {
            if (argument == spelling && i + 1 < arguments.size())
                return languageFromCode(arguments[i + 1].toStdString());
            const QString assigned = QString{spelling} + '=';
            if (argument.startsWith(assigned)) return languageFromCode(argument.mid(assigned.size()).toStdString());
        }
    }
    return std::nullopt;
}

InterfaceTranslation::InterfaceTranslation(const QStringList& arguments)
{
    // English needs its translation only for the plural forms of texts with a count.
    const bool dutch = requestedLanguage(arguments).value_or(localeLanguage()) == Language::nl;
    // Built in by lrelease; only a broken build lacks them, and then the texts stay as written.
    if (translator_.load(dutch ? QStringLiteral(":/translations/palet_nl.qm") : QStringLiteral(":/translations/palet_en.qm")))
        installed_ = QCoreApplication::installTranslator(&translator_);
}

InterfaceTranslation::~InterfaceTranslation()
{
    if (installed_) QCoreApplication::removeTranslator(&translator_);
}

} // namespace palet::cli
