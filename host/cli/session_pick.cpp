#include "session_pick.hpp"

#include "cli_context.hpp"
#include "records_context.hpp"

#include "catalog/method_opening.hpp"
#include "translate.hpp"

#include <QDate>

namespace palet::cli {

std::optional<SessionPicker> SessionPicker::open(const QCommandLineParser& parser, const QString& command)
{
    const auto language = chosenLanguage(parser);
    if (!language) return std::nullopt;
    const auto seed = seedOption(parser, command);
    if (!seed) return std::nullopt;
    auto catalog = loadCatalog(parser);
    if (!catalog) return std::nullopt;
    SessionPicker picker{parser, std::move(*catalog)};
    picker.language_ = *language;
    picker.seed_ = *seed;
    for (const std::string_view id : picker.catalog_.ids()) {
        const CatalogEntry* entry = picker.catalog_.find(std::string{id});
        if (!entry || entry->headline().kind != MethodKind::method) continue;
        picker.methods_.push_back({QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size())),
                                   QString::fromStdString(entry->spec().name.in(*language))});
    }
    std::sort(picker.methods_.begin(), picker.methods_.end(),
              [](const MethodChoice& a, const MethodChoice& b) { return a.name.localeAwareCompare(b.name) < 0; });
    auto opened = openChosenStore(parser, command);
    if (opened.store) {
        const auto meetings = plannedMeetings(*opened.store, QDate::currentDate());
        if (meetings) {
            picker.meetings_ = *meetings;
            picker.store_ = std::move(opened.store);
        } else {
            printError(tr("%1: %2\n").arg(command, meetings.error));
        }
    }
    return picker;
}

std::optional<ChosenSession> SessionPicker::pickMeeting(const QString& reference, QString& error)
{
    const auto parsed = parseMeetingReference(reference);
    if (!store_ || !parsed) {
        error = tr("there is no meeting %1 to run").arg(reference);
        return std::nullopt;
    }
    MeetingRunRequest request;
    request.language = language_;
    request.seed = seed_;
    request.trace = PluginTrace::fromEnvironment();
    auto run = prepareMeetingRun(*store_, catalog_, *parsed, request);
    if (!run) {
        error = run.error;
        return std::nullopt;
    }
    ChosenSession chosen;
    chosen.meeting.emplace();
    chosen.meeting->run = std::move(*run);
    chosen.meeting->store = std::move(store_);
    store_.reset();
    chosen.journalPath = journalPathFor(*parser_, "meeting");
    chosen.status = success;
    return chosen;
}

std::optional<ChosenSession> SessionPicker::pickMethod(const QString& methodId, const QStringList& members, QString& error)
{
    const CatalogEntry* entry = catalog_.find(utf8(methodId));
    if (!entry || entry->headline().kind != MethodKind::method) {
        error = tr("there is no method '%1'").arg(methodId);
        return std::nullopt;
    }
    const PluginLoad load = openMethod(*entry, PluginTrace::fromEnvironment());
    if (!load.method) {
        error = qs(load.error);
        return std::nullopt;
    }
    PlanRequest request;
    for (const QString& name : members) request.members.push_back(utf8(name.trimmed()));
    request.language = language_;
    request.seed = seed_;
    auto plan = planSession(*load.method, request);
    if (!plan.value) {
        error = qs(plan.error);
        return std::nullopt;
    }
    ChosenSession chosen;
    chosen.method = load.method;
    chosen.journalPath = journalPathFor(*parser_, plan.value->method.id);
    chosen.plan = std::move(*plan.value);
    chosen.status = success;
    return chosen;
}

} // namespace palet::cli
