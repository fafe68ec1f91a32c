#include "cli_context.hpp"
#include "interface_language.hpp"

#include "catalog/method_search_path.hpp"
#include "text/visible_text.hpp"
#include "translate.hpp"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <cstdio>

#include <unistd.h>

namespace palet::cli {

void printOut(const QString& text)
{
    const QByteArray bytes = withVisibleControls(text).toUtf8();
    std::fwrite(bytes.constData(), 1, bytes.size(), stdout);
}

JsonWriter::Layout jsonLayout()
{
    return isatty(STDOUT_FILENO) ? JsonWriter::Layout::indented : JsonWriter::Layout::compact;
}

void printJson(const QJsonDocument& document)
{
    const QByteArray bytes = document.toJson(jsonLayout() == JsonWriter::Layout::indented ? QJsonDocument::Indented
                                                                                          : QJsonDocument::Compact);
    std::fwrite(bytes.constData(), 1, bytes.size(), stdout);
    if (!bytes.endsWith('\n')) std::fputc('\n', stdout);
}

void printError(const QString& text)
{
    const QByteArray bytes = withVisibleControls(text).toUtf8();
    std::fwrite(bytes.constData(), 1, bytes.size(), stderr);
}

std::optional<int> parseCommand(QCommandLineParser& parser, const QStringList& arguments, const QString& description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help{{"h", "help"}, tr("Show this help.")};
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        printError(tr("palet: %1\nSee '%2 --help'.\n").arg(parser.errorText(), arguments.first()));
        return badUsage;
    }
    if (parser.isSet(help)) {
        // Qt names the binary's path on the first line; the user typed "palet COMMAND".
        QString text = parser.helpText();
        const QString binary = QCoreApplication::arguments().constFirst();
        if (const qsizetype at = text.indexOf(binary); at >= 0 && at < text.indexOf('\n'))
            text.replace(at, binary.size(), arguments.first());
        printOut(text);
        return success;
    }
    return std::nullopt;
}

void addCatalogOptions(QCommandLineParser& parser)
{
    parser.addOption({"methods", tr("Also read methods from DIR (may be repeated; later ones win)."), "DIR"});
}

void addLanguageOption(QCommandLineParser& parser)
{
    parser.addOption({"lang", tr("Language of the texts: nl or en (default: from the locale)."), "LANG"});
}

std::optional<Language> chosenLanguage(const QCommandLineParser& parser)
{
    if (parser.isSet("lang")) {
        const auto language = languageFromCode(utf8(parser.value("lang")));
        if (!language) printError(tr("palet: --lang must be nl or en, not '%1'\n").arg(parser.value("lang")));
        return language;
    }
    return localeLanguage();
}

std::string textLanguage(const QCommandLineParser& parser)
{
    if (parser.isSet("lang")) return utf8(parser.value("lang"));
    return localeLanguageTag();
}

std::optional<CatalogSource> catalogSource(const QCommandLineParser& parser)
{
    std::vector<std::string> extra;
    for (const QString& folder : parser.values("methods")) {
        if (!QFileInfo{folder}.isDir()) {
            printError(tr("palet: --methods %1: no such folder\n").arg(folder));
            return std::nullopt;
        }
        extra.push_back(utf8(folder));
    }
    CatalogSource source;
    source.directories = methodSearchPath(QProcessEnvironment::systemEnvironment(), builtinMethodDirectory(), extra);
    if (qEnvironmentVariable("PALET_NO_CACHE") != "1") source.cacheFile = defaultCacheFile();
    source.trace = PluginTrace::fromEnvironment();
    return source;
}

OpenCatalog openCatalog(const CatalogSource& source, CatalogInputs* inputs)
{
    std::optional<MetadataCache> cache;
    if (source.cacheFile) cache.emplace(qs(*source.cacheFile));
    auto catalog = MethodCatalog::load(source.directories, {cache ? &*cache : nullptr, source.trace, inputs});
    return {std::move(catalog), std::move(cache)};
}

void saveCache(OpenCatalog& open, const CatalogSource& source)
{
    if (open.cache && !open.cache->save()) source.trace(tr("could not write the cache %1").arg(qs(*source.cacheFile)));
}

QString skippedText(const MethodCatalog& catalog)
{
    QString text;
    for (const auto& problem : catalog.problems())
        text += tr("palet: skipped: %1\n").arg(QString::fromStdString(problem.toString()));
    return text;
}

std::optional<MethodCatalog> loadCatalog(const QCommandLineParser& parser)
{
    const auto source = catalogSource(parser);
    if (!source) return std::nullopt;
    OpenCatalog open = openCatalog(*source);
    printError(skippedText(open.catalog));
    saveCache(open, *source);
    return std::move(open.catalog);
}

std::optional<int> intOption(const QCommandLineParser& parser, const QString& name, int low, int high)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < low || value > high) {
        printError(tr("palet: --%1 must be a whole number from %2 to %3, not '%4'\n")
                       .arg(name).arg(low).arg(high).arg(parser.value(name)));
        return std::nullopt;
    }
    return value;
}

} // namespace palet::cli
