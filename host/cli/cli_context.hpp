#pragma once
// What every command shares: printing, the language, and loading the catalog from the
// folders the environment and the command line name.

#include "exit_status.hpp"

#include "catalog/metadata_cache.hpp"
#include "catalog/method_catalog.hpp"
#include "text/json_writer.hpp"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QStringList>

#include <optional>

namespace palet::cli {

void printOut(const QString& text);
void printError(const QString& text);

// Indented for a person at a terminal, compact for a program reading a pipe.
void printJson(const QJsonDocument& document);
JsonWriter::Layout jsonLayout();

// Parses `arguments` (command name first) for one command. Prints help and returns success,
// or prints the error and returns badUsage; returns nothing when the command should go on.
std::optional<int> parseCommand(QCommandLineParser& parser, const QStringList& arguments, const QString& description);

// The options that choose method folders and the language, shared by list and show.
void addCatalogOptions(QCommandLineParser& parser);
void addLanguageOption(QCommandLineParser& parser);

// --lang, else the user's locale (Dutch when it is Dutch), else English.
std::optional<Language> chosenLanguage(const QCommandLineParser& parser);

// The language a method's texts are shown in: --lang's, else the locale's as a tag ("de"), which
// a method may have besides Dutch and English (method-format.md, format 2).
std::string textLanguage(const QCommandLineParser& parser);

// Where the catalog is read from: the search path plus every --methods folder, through the
// user's cache unless PALET_NO_CACHE=1, traced when PALET_DEBUG_PLUGINS=1.
struct CatalogSource {
    std::vector<MethodDirectory> directories;
    std::optional<std::string> cacheFile;
    PluginTrace trace;
};
// Nothing when a --methods folder does not exist (reported).
std::optional<CatalogSource> catalogSource(const QCommandLineParser& parser);

// A catalog with its cache still open, so that a command can keep more in the cache before
// saveCache writes it.
struct OpenCatalog {
    MethodCatalog catalog;
    std::optional<MetadataCache> cache;
};
OpenCatalog openCatalog(const CatalogSource& source, CatalogInputs* inputs = nullptr);
void saveCache(OpenCatalog& open, const CatalogSource& source);

// "palet: skipped: file:line:column: ..." for every file the catalog could not read.
QString skippedText(const MethodCatalog& catalog);

// The catalog from catalogSource, its cache saved; bad files are reported on standard error.
std::optional<MethodCatalog> loadCatalog(const QCommandLineParser& parser);

// A whole number option within bounds, or an error message on standard error.
std::optional<int> intOption(const QCommandLineParser& parser, const QString& name, int low, int high);

// Text from the command line, decoded for the core.
inline std::string utf8(const QString& text) { return text.toStdString(); }
inline QString qs(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

} // namespace palet::cli
