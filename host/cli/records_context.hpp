#pragma once
// What the records commands (group, meeting, case, member) share: choosing and opening the store,
// reading dates, times and meeting references from the command line, and printing results.

#include "exit_status.hpp"

#include "records/meeting_reference.hpp"
#include "records/store.hpp"

#include <palet/learning_style.hpp>

#include <QCommandLineParser>
#include <QJsonValue>

#include <optional>
#include <vector>

namespace palet::cli {

// --db URL-or-path and --json.
void addStoreOption(QCommandLineParser& parser);
void addJsonOption(QCommandLineParser& parser);

// The store --db names, else $PALET_DB, else $XDG_DATA_HOME/palet/palet.db, opened. When it cannot
// be, the problem has been printed and `status` is the exit status: badUsage for a location that
// is not one, badInput for a store that cannot be opened.
struct OpenedStore {
    std::optional<Store> store;
    int status = success;
};
OpenedStore openChosenStore(const QCommandLineParser& parser, const QString& command);

// Prints "COMMAND: ERROR" and gives badInput: the data says no.
int refuse(const QString& command, const QString& error);

// Prints "COMMAND: ERROR" with a pointer to the help, and gives badUsage.
int misuse(const QString& command, const QString& error);

// Exactly `count` positional arguments (or at least, when `orMore`); else prints the problem.
bool hasPositionals(const QCommandLineParser& parser, const QString& command, int count, const QString& names,
                    bool orMore = false);

// Options in the forms they must have; each prints the problem and gives nothing when wrong.
std::optional<QDate> dateOption(const QCommandLineParser& parser, const QString& name, const QString& command);
std::optional<QTime> clockTimeOption(const QCommandLineParser& parser, const QString& name, const QString& command);
std::optional<LearningStyle> learningStyleOption(const QCommandLineParser& parser, const QString& command);
std::optional<MeetingReference> meetingArgument(const QString& text, const QString& command);

// A text option; `-` reads it from standard input, which keeps a confidential text out of the
// shell's history.
QString textOption(const QCommandLineParser& parser, const QString& name);

void printJson(const QJsonValue& value);

// Rows as aligned columns (see palet::columns), without trailing spaces.
QString table(const std::vector<QStringList>& rows, int width);

// "1 case", "3 cases".
QString caseCountText(int count);

} // namespace palet::cli
