#pragma once
// What every command shares: printing, the language, and loading the catalog from the
// folders the environment and the command line name.

#include "exit_status.hpp"

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
// Prints what `out` holds so far and empties it.
void printJson(JsonWriter& out);

// Parses `arguments` (command name first) for one command. Prints help and returns success,
// or prints the error and returns badUsage; returns nothing when the command should go on.
std::optional<int> parseCommand(QCommandLineParser& parser, const QStringList& arguments, const QString& description);

// The options that choose method folders and the language, shared by list and show.
void addCatalogOptions(QCommandLineParser& parser);
void addLanguageOption(QCommandLineParser& parser);

// --lang, else the user's locale (Dutch when it is Dutch), else English.
std::optional<Language> chosenLanguage(const QCommandLineParser& parser);

// The catalog from the search path plus every --methods folder; bad files are reported on
// standard error. Nothing when a --methods folder does not exist (reported).
std::optional<MethodCatalog> loadCatalog(const QCommandLineParser& parser);

// A whole number option within bounds, or an error message on standard error.
std::optional<int> intOption(const QCommandLineParser& parser, const QString& name, int low, int high);

// Text from the command line, decoded for the core.
inline std::string utf8(const QString& text) { return text.toStdString(); }
inline QString qs(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

} // namespace palet::cli
