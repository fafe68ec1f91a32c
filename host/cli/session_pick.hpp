#pragma once
// `palet serve` alone: the facilitator picks in the console what the room runs, a stored meeting
// still to be held or one method for the members they name. What there is to pick, and the
// session picked made as `palet serve MEETING` or `--method ID --members NAMES` makes it; a
// problem with a pick comes back as a sentence for the console, and nothing changes.

#include "session_choice.hpp"

#include "catalog/method_catalog.hpp"
#include "records/planned_meetings.hpp"

#include <QStringList>

#include <optional>

namespace palet::cli {

struct MethodChoice {
    QString id;
    QString name;
};

class SessionPicker {
public:
    // Nothing (the problem printed) when the catalog, --lang or --seed is wrong. A store that
    // cannot be opened is printed and leaves only the methods to pick.
    static std::optional<SessionPicker> open(const QCommandLineParser& parser, const QString& command);

    const std::vector<PlannedMeeting>& meetings() const { return meetings_; }
    const std::vector<MethodChoice>& methods() const { return methods_; }
    Language language() const { return language_; }

    // The session of the meeting `reference` names, or of one method for `members` (the first is
    // the case owner); nothing, and `error` set, when it cannot run.
    std::optional<ChosenSession> pickMeeting(const QString& reference, QString& error);
    std::optional<ChosenSession> pickMethod(const QString& methodId, const QStringList& members, QString& error);

private:
    SessionPicker(const QCommandLineParser& parser, MethodCatalog catalog) : parser_(&parser), catalog_(std::move(catalog)) {}

    const QCommandLineParser* parser_;
    MethodCatalog catalog_;
    std::optional<Store> store_;
    std::vector<PlannedMeeting> meetings_;
    std::vector<MethodChoice> methods_;
    Language language_ = Language::en;
    std::uint64_t seed_ = 0;
};

} // namespace palet::cli
