#include "catalog/yaml_method_reader.hpp"

#include "catalog/method_format.hpp"
#include "catalog/time_notation.hpp"
#include "catalog/yaml_tree.hpp"
#include "session/counted_participants.hpp"
#include "session/role_assignment.hpp"
#include "text/method_figures.hpp"
#include "did_you_mean.hpp"
#include "translate.hpp"

#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <tuple>

namespace palet {
namespace {

using Kind = YamlNode::Kind;

QString inQuotes(std::string_view text) { return "'" + QString::fromUtf8(text.data(), text.size()) + "'"; }

QString joined(const std::vector<std::string_view>& words)
{
    QStringList list;
    for (auto word : words) list << QString::fromUtf8(word.data(), word.size());
    return list.join(", ");
}

// Lowercase letters and digits in words joined by single dashes; with `dotted`, such parts
// joined by single dots ("acme.peer-review").
bool isSlug(std::string_view text, bool dotted)
{
    if (text.empty() || text.size() > 64) return false;
    char previous = '.';
    for (char c : text) {
        const bool alphanumeric = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        const bool separator = c == '-' || (dotted && c == '.');
        if (!alphanumeric && !separator) return false;
        if (separator && (previous == '-' || previous == '.')) return false;
        previous = c;
    }
    return previous != '-' && previous != '.';
}

// An optional minus and one to nine digits.
bool isWholeNumber(std::string_view text)
{
    if (!text.empty() && text.front() == '-') text.remove_prefix(1);
    return !text.empty() && text.size() <= 9 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A language tag as BCP 47 writes the common ones: "de", "fr-BE", "sr-Latn".
bool isLanguageTag(std::string_view text)
{
    static const QRegularExpression tag{QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")};
    return tag.match(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()))).hasMatch();
}

// "5-10" or "5 – 10": a range written as text, as people write it in prose.
std::optional<std::pair<int, int>> rangeWrittenAsText(std::string_view text)
{
    const QString written = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).trimmed();
    static const QRegularExpression range{QStringLiteral("^(\\d{1,3})\\s*(?:-|–|\\.\\.)\\s*(\\d{1,3})$")};
    const auto match = range.match(written);
    if (!match.hasMatch()) return std::nullopt;
    return std::pair{match.captured(1).toInt(), match.captured(2).toInt()};
}

// The keys of one mapping, after its unknown and duplicate keys have been reported.
struct Fields {
    const YamlNode* node = nullptr;
    std::map<std::string, const YamlNode*, std::less<>> values;

    const YamlNode* operator[](std::string_view key) const
    {
        const auto found = values.find(key);
        return found == values.end() ? nullptr : found->second;
    }
};

class MethodReader {
public:
    explicit MethodReader(std::string file) : file_(std::move(file)) {}

    Diagnostics takeErrors() { return std::move(errors_); }
    std::string pluginLibrary() const { return pluginLibrary_; }

    std::optional<MethodSpec> read(const YamlNode& root)
    {
        const auto fields = mapping(root, methodFormat::method);
        if (!fields) return std::nullopt;

        MethodSpec spec;
        if (const auto* format = (*fields)["format"]) {
            const auto number = whole(*format, 1, 1000, "format");
            if (number && (*number < 1 || *number > methodFormat::latest))
                error(*format, tr("format %1 is not known to this version of Palet, which reads formats 1 to %2")
                                   .arg(*number).arg(methodFormat::latest));
            else if (number)
                format_ = *number;
        }
        if (const auto* id = (*fields)["id"]) spec.id = slug(*id, true);
        if (const auto* version = (*fields)["version"]) {
            const auto text = string(*version);
            if (const auto parsed = SemanticVersion::parse(text))
                spec.version = *parsed;
            else if (!text.empty())
                error(*version, tr("%1 is not a version of the form major.minor.patch (e.g. 1.0.0)").arg(inQuotes(text)));
        }
        if (const auto* kind = (*fields)["kind"]) {
            if (const auto chosen = choice(*kind, methodFormat::kindIds(), "kind"))
                spec.kind = *chosen == "block" ? MethodKind::block : MethodKind::method;
        }
        if (const auto* name = (*fields)["name"]) spec.name = text(*name);
        if (const auto* summary = (*fields)["summary"]) spec.summary = text(*summary);
        if (const auto* description = (*fields)["description"]) spec.description = text(*description);
        if (const auto* notes = (*fields)["notes"]) spec.notes = text(*notes);
        if (const auto* sources = (*fields)["sources"])
            each(*sources, [&](const YamlNode& item) { spec.sources.push_back(attribution(item)); });
        if (const auto* styles = (*fields)["styles"])
            each(*styles, [&](const YamlNode& item) {
                if (const auto style = choice(item, methodFormat::styleIds(), "learning style"))
                    spec.styles.push_back(*learningStyleFromId(*style));
            });
        if (const auto* basis = (*fields)["styles_basis"]) {
            if (const auto chosen = choice(*basis, methodFormat::styleBasisIds(), "styles basis"))
                spec.styleBasis = *chosen == "source" ? StyleBasis::source : StyleBasis::judgement;
        }
        if (const auto* themes = (*fields)["themes"])
            each(*themes, [&](const YamlNode& item) { spec.themes.push_back(slug(item, false)); });
        if (const auto* size = (*fields)["group_size"]) spec.groupSize = groupSize(*size);
        if (const auto* conditions = (*fields)["conditions"])
            each(*conditions, [&](const YamlNode& item) {
                if (const auto condition = choice(item, methodFormat::conditionIds(), "condition"))
                    spec.conditions.push_back(*conditionFromId(*condition));
            });
        if (const auto* roles = (*fields)["roles"]) readRoles(*roles, spec);
        if (const auto* phases = (*fields)["phases"]) readPhases(*phases, spec);
        if (const auto* subgroups = (*fields)["subgroups"]; subgroups && inFormat2(*subgroups, tr("working in subgroups")))
            readSubgroups(*subgroups, spec);
        if (!spec.rounds.empty() || spec.subgroupSize > 0) countParticipants(spec); // the rounds the own minutes must hold
        checkChosenRoles(spec);
        if (const auto* own = (*fields)["minutes"]; own && inFormat2(*own, tr("a method's own minutes"))) readOwnMinutes(*own, spec);
        if (const auto* plugin = (*fields)["plugin"]) {
            if (const auto pluginFields = mapping(*plugin, methodFormat::plugin))
                if (const auto* library = (*pluginFields)["library"]) pluginLibrary_ = string(*library);
        }

        if (!errors_.empty()) return std::nullopt;
        countParticipants(spec);
        return spec;
    }

private:
    void error(const YamlNode& node, const QString& message)
    {
        errors_.push_back({file_, node.line, node.column, message.toStdString()});
    }

    // Reports a construct of format 2 in a file that did not ask for it; returns whether it may be used.
    bool inFormat2(const YamlNode& node, const QString& construct)
    {
        if (format_ >= 2) return true;
        error(node, tr("%1 is part of format 2: put 'format: 2' at the top of the file").arg(construct));
        return false;
    }

    bool expect(const YamlNode& node, Kind kind)
    {
        if (node.kind == kind) return true;
        error(node, tr("expected %1, found %2").arg(yamlKindName(kind), yamlKindName(node.kind)));
        return false;
    }

    // Says why a key is unknown when the reason is likelier than a typo; empty: no such reason.
    using UnknownKeyReason = QString (*)(const YamlNode& key, const YamlNode& value);

    std::optional<Fields> mapping(const YamlNode& node, const FormatObject& object, UnknownKeyReason reason = nullptr)
    {
        if (!expect(node, Kind::map)) return std::nullopt;
        Fields fields{&node, {}};
        std::map<std::string, int> keyLines;
        for (const auto& [key, value] : node.entries) {
            if (key->kind != Kind::scalar) {
                error(*key, tr("a key in %1 must be a plain word").arg(QString::fromUtf8(object.name.data())));
                continue;
            }
            if (std::find(object.keys.begin(), object.keys.end(), key->scalar) == object.keys.end()) {
                QString message = tr("unknown key %1 in %2").arg(inQuotes(key->scalar), QString::fromUtf8(object.name.data()));
                if (const QString why = reason ? reason(*key, *value) : QString{}; !why.isEmpty())
                    message += why;
                else if (const auto suggestion = closestMatch(key->scalar, object.keys))
                    message += tr("; did you mean %1?").arg(inQuotes(*suggestion));
                else
                    message += tr(" (known keys: %1)").arg(joined(object.keys));
                error(*key, message);
                continue;
            }
            if (!fields.values.emplace(key->scalar, value.get()).second)
                error(*key, tr("duplicate key %1 (first given at line %2)").arg(inQuotes(key->scalar)).arg(keyLines[key->scalar]));
            else
                keyLines[key->scalar] = key->line;
        }
        for (const auto required : object.required)
            if (!fields[required])
                error(node, tr("missing required key %1 in %2").arg(inQuotes(required), QString::fromUtf8(object.name.data())));
        return fields;
    }

    std::string string(const YamlNode& node)
    {
        if (node.kind == Kind::null) {
            error(node, tr("expected a text, found nothing"));
            return {};
        }
        if (!expect(node, Kind::scalar)) return {};
        return node.scalar;
    }

    std::optional<int> whole(const YamlNode& node, int low, int high, const char* what)
    {
        if (!expect(node, Kind::scalar)) return std::nullopt;
        if (node.quoted || !isWholeNumber(node.scalar)) {
            error(node, tr("%1 must be a whole number from %2 to %3, found %4").arg(what).arg(low).arg(high).arg(inQuotes(node.scalar)));
            return std::nullopt;
        }
        const int value = std::stoi(node.scalar);
        if (value < low || value > high) {
            error(node, tr("%1 must be a whole number from %2 to %3, found %4").arg(what).arg(low).arg(high).arg(inQuotes(node.scalar)));
            return std::nullopt;
        }
        return value;
    }

    std::string slug(const YamlNode& node, bool dotted)
    {
        std::string value = string(node);
        if (node.kind == Kind::scalar && !isSlug(value, dotted)) {
            error(node, dotted ? tr("%1 is not a valid id: use lowercase letters, digits and dashes, "
                                    "optionally namespaced with dots (e.g. acme.peer-review)").arg(inQuotes(value))
                               : tr("%1 is not a valid id: use lowercase letters, digits and dashes "
                                    "(e.g. case-owner)").arg(inQuotes(value)));
            return {};
        }
        return value;
    }

    std::optional<std::string_view> choice(const YamlNode& node, const std::vector<std::string_view>& allowed, const char* what)
    {
        const std::string value = string(node);
        if (node.kind != Kind::scalar) return std::nullopt;
        for (const auto candidate : allowed)
            if (candidate == value) return candidate;
        QString message = tr("unknown %1 %2").arg(what, inQuotes(value));
        if (const auto suggestion = closestMatch(value, allowed))
            message += tr("; did you mean %1?").arg(inQuotes(*suggestion));
        else
            message += tr(" (one of: %1)").arg(joined(allowed));
        error(node, message);
        return std::nullopt;
    }

    template <typename Visit>
    void each(const YamlNode& node, Visit visit)
    {
        if (!expect(node, Kind::sequence)) return;
        for (const auto& item : node.items) visit(*item);
    }

    // In `{nl: Ronde 1, vragen, en: ...}` the unquoted comma ends the Dutch text, and what follows
    // it becomes a key without a value.
    static QString commaInText(const YamlNode& key, const YamlNode& value)
    {
        if (value.kind != Kind::null || key.quoted)
            return isLanguageTag(key.scalar) ? tr("; texts in other languages than nl and en are part of format 2: put "
                                                  "'format: 2' at the top of the file")
                                             : QString{};
        return tr(": an unquoted comma inside {nl: ...} ends the text there, so the rest became a key; "
                  "put the whole text in quotes, e.g. {nl: \"Ronde 1, vragen\"}");
    }

    LocalizedText text(const YamlNode& node)
    {
        if (format_ >= 2) return taggedText(node);
        const auto fields = mapping(node, methodFormat::localizedText, &commaInText);
        if (!fields) return {};
        LocalizedText result;
        const auto* nl = (*fields)["nl"];
        const auto* en = (*fields)["en"];
        if (nl) result.nl = string(*nl);
        if (en) result.en = string(*en);
        const bool allLanguagesGiven = nl || en;
        const bool emptyTexts = (!nl || nl->kind == Kind::scalar) && (!en || en->kind == Kind::scalar);
        if (result.empty() && fields->values.size() == node.entries.size()) {
            if (!allLanguagesGiven)
                error(node, tr("a text needs at least one of 'nl' and 'en'"));
            else if (emptyTexts)
                error(node, tr("the texts are empty: write the text itself after the language, e.g. {nl: Vertellen, en: Tell}"));
        }
        return result;
    }

    // Format 2: a text under any language tags, Dutch and English among them or not.
    LocalizedText taggedText(const YamlNode& node)
    {
        LocalizedText result;
        if (!expect(node, Kind::map)) return result;
        std::map<std::string, int> seen;
        bool allKeysRight = true;
        bool anyLanguage = false;
        for (const auto& [key, value] : node.entries) {
            const bool tagged = key->kind == Kind::scalar && isLanguageTag(key->scalar);
            if (!tagged || (value->kind == Kind::null && !languageFromCode(key->scalar))) {
                allKeysRight = false;
                if (key->kind == Kind::scalar && value->kind == Kind::null && !languageFromCode(key->scalar))
                    error(*key, tr("unknown key %1 in %2").arg(inQuotes(key->scalar), "text") + commaInText(*key, *value));
                else
                    error(*key, tr("%1 is not a language tag (such as nl, en, de or fr-BE)").arg(inQuotes(key->kind == Kind::scalar ? key->scalar : "")));
                continue;
            }
            if (!seen.emplace(key->scalar, key->line).second) {
                error(*key, tr("duplicate key %1 (first given at line %2)").arg(inQuotes(key->scalar)).arg(seen[key->scalar]));
                allKeysRight = false;
                continue;
            }
            anyLanguage = true;
            const std::string written = string(*value);
            if (key->scalar == "nl") result.nl = written;
            else if (key->scalar == "en") result.en = written;
            else result.others.emplace_back(key->scalar, written);
        }
        if (result.empty() && allKeysRight) {
            if (!anyLanguage)
                error(node, tr("a text needs at least one language, such as 'nl' or 'en'"));
            else if (std::all_of(node.entries.begin(), node.entries.end(), [](const auto& entry) { return entry.second->kind == Kind::scalar; }))
                error(node, tr("the texts are empty: write the text itself after the language, e.g. {nl: Vertellen, en: Tell}"));
        }
        return result;
    }

    Attribution attribution(const YamlNode& node)
    {
        Attribution result;
        const auto fields = mapping(node, methodFormat::source);
        if (!fields) return result;
        const std::pair<const char*, std::string*> plain[] = {{"author", &result.author}, {"title", &result.title},
                                                              {"publisher", &result.publisher}, {"year", &result.year},
                                                              {"url", &result.url}};
        for (const auto& [key, target] : plain)
            if (const auto* value = (*fields)[key]) *target = string(*value);
        if (const auto* note = (*fields)["note"]) result.note = text(*note);
        if (result.author.empty() && result.title.empty() && result.url.empty() && fields->values.size() == node.entries.size())
            error(node, tr("a source needs at least an author, a title or a url"));
        return result;
    }

    GroupSize groupSize(const YamlNode& node)
    {
        GroupSize size;
        const auto fields = mapping(node, methodFormat::groupSize);
        if (!fields) return size;
        const auto* minNode = (*fields)["min"];
        const auto* maxNode = (*fields)["max"];
        std::optional<int> low;
        std::optional<int> high;
        if (minNode) low = whole(*minNode, 2, maxGroupMembers, "group size min");
        if (maxNode) high = whole(*maxNode, 2, maxGroupMembers, "group size max");
        else if (format_ < 2)
            error(node, tr("missing required key 'max' in group_size (format 2 allows a group with only a minimum)"));
        else {
            size.open = true;
            high = maxGroupMembers;
        }
        if (low && high && *low > *high)
            error(*minNode, tr("group size min (%1) is larger than max (%2)").arg(*low).arg(*high));
        size.min = low.value_or(2);
        size.max = std::max(size.min, high.value_or(size.min));
        // An open group's halfway point would be far beyond any real group: its ideal is its minimum.
        size.ideal = size.open ? size.min : (size.min + size.max) / 2;
        if (const auto* idealNode = (*fields)["ideal"]) {
            if (const auto ideal = whole(*idealNode, 2, maxGroupMembers, "group size ideal")) {
                if (low && high && (*ideal < *low || *ideal > *high))
                    error(*idealNode, tr("group size ideal (%1) lies outside min..max (%2..%3)").arg(*ideal).arg(*low).arg(*high));
                size.ideal = *ideal;
            }
        }
        return size;
    }

    void readRoles(const YamlNode& node, MethodSpec& spec)
    {
        if (!expect(node, Kind::sequence)) return;
        if (node.items.empty()) error(node, tr("a method needs at least one role"));
        std::map<std::string, int> seen;
        const YamlNode* everyoneElse = nullptr;
        for (const auto& item : node.items) {
            const auto fields = mapping(*item, methodFormat::role);
            if (!fields) continue;
            Role role;
            if (const auto* id = (*fields)["id"]) {
                role.id = slug(*id, false);
                if (!role.id.empty() && !seen.emplace(role.id, id->line).second)
                    error(*id, tr("duplicate role id %1 (first at line %2)").arg(inQuotes(role.id)).arg(seen[role.id]));
            }
            if (const auto* name = (*fields)["name"]) role.name = text(*name);
            if (const auto* description = (*fields)["description"]) role.description = text(*description);
            if (const auto* holders = (*fields)["holders"]; holders && holders->kind == Kind::map) {
                if (inFormat2(*holders, tr("a number of holders {min, max}"))) holderCount(*holders, role);
            } else if (holders) {
                if (const auto chosen = choice(*holders, methodFormat::roleHolderIds(), "holders value")) {
                    role.holders = *chosen == "one"        ? RoleHolders::one
                                   : *chosen == "optional" ? RoleHolders::optional
                                                           : RoleHolders::everyoneElse;
                    if (role.holders == RoleHolders::everyoneElse) {
                        if (everyoneElse)
                            error(*holders, tr("only one role can be held by everyone else (already role at line %1)").arg(everyoneElse->line));
                        everyoneElse = item.get();
                    }
                }
            }
            if (const auto* chosenIn = (*fields)["chosen_in"]; chosenIn && inFormat2(*chosenIn, inQuotes("chosen_in"))) {
                role.chosenIn = slug(*chosenIn, false);
                if (!role.chosenIn.empty()) chosenNodes_.emplace_back(spec.roles.size(), chosenIn);
            }
            spec.roles.push_back(std::move(role));
        }
    }

    // A role chosen during the method (chosen_in): one holder, chosen in a phase that always runs
    // and is not the last, and named by no phase until the choice is made, since nobody holds it
    // before.
    void checkChosenRoles(const MethodSpec& spec)
    {
        for (const auto& [roleIndex, node] : chosenNodes_) {
            const Role& role = spec.roles[roleIndex];
            if (role.holders != RoleHolders::one)
                error(*node, tr("role %1 is chosen during the method, so one member holds it: write 'holders: one'").arg(inQuotes(role.id)));
            const auto chosenAt = std::find_if(spec.phases.begin(), spec.phases.end(),
                                               [&](const Phase& phase) { return phase.id == role.chosenIn; });
            if (chosenAt == spec.phases.end()) {
                std::vector<std::string_view> ids;
                for (const auto& phase : spec.phases) ids.push_back(phase.id);
                QString message = tr("unknown phase %1").arg(inQuotes(role.chosenIn));
                if (const auto suggestion = closestMatch(role.chosenIn, ids))
                    message += tr("; did you mean %1?").arg(inQuotes(*suggestion));
                else
                    message += tr(" (the method's phases: %1)").arg(joined(ids));
                error(*node, message);
                continue;
            }
            if (chosenAt + 1 == spec.phases.end())
                error(*node, tr("role %1 would be chosen in the last phase, %2, and so held in none: choose it in an earlier phase")
                                 .arg(inQuotes(role.id), inQuotes(role.chosenIn)));
            if (chosenAt->isOptional())
                error(*node, tr("phase %1 is optional, so role %2 might never be chosen: choose it in a phase that always runs")
                                 .arg(inQuotes(role.chosenIn), inQuotes(role.id)));
            for (auto phase = spec.phases.begin(); phase != chosenAt + 1 && phase != spec.phases.end(); ++phase) {
                const auto names = [&](const std::vector<std::string>& ids) { return std::find(ids.begin(), ids.end(), role.id) != ids.end(); };
                if (!phase->instructionFor(role.id) && !names(phase->speakers) && !names(phase->absent) &&
                    !names(phase->backTurned) && phase->minutes.counting != role.id)
                    continue;
                const auto index = static_cast<size_t>(phase - spec.phases.begin());
                const YamlNode& at = index < phaseNodes_.size() ? *phaseNodes_[index] : *node;
                error(at, tr("phase %1 names role %2, which nobody holds yet: it is chosen in phase %3 (line %4) and held from "
                             "the phase after it")
                              .arg(inQuotes(phase->id), inQuotes(role.id), inQuotes(role.chosenIn))
                              .arg(node->line));
            }
        }
    }

    // holders: {min: 3, max: 4}; without max, at least min.
    void holderCount(const YamlNode& node, Role& role)
    {
        const auto fields = mapping(node, methodFormat::holderCount);
        if (!fields) return;
        role.holders = RoleHolders::counted;
        const auto* minNode = (*fields)["min"];
        const auto* maxNode = (*fields)["max"];
        const auto low = minNode ? whole(*minNode, 0, maxGroupMembers, "holders min") : std::nullopt;
        const auto high = maxNode ? whole(*maxNode, 1, maxGroupMembers, "holders max") : std::optional<int>{maxGroupMembers};
        if (low && high && *low > *high)
            error(*minNode, tr("holders min (%1) is larger than max (%2)").arg(*low).arg(*high));
        role.fewest = low.value_or(0);
        role.most = std::max({1, role.fewest, high.value_or(1)});
    }

    // Reports a role id that the method does not declare; returns whether it is declared.
    bool knownRole(const YamlNode& node, const std::string& roleId, const MethodSpec& spec)
    {
        if (roleId.empty() || spec.role(roleId)) return !roleId.empty();
        std::vector<std::string_view> ids;
        for (const auto& role : spec.roles) ids.push_back(role.id);
        QString message = tr("unknown role %1").arg(inQuotes(roleId));
        if (const auto suggestion = closestMatch(roleId, ids))
            message += tr("; did you mean %1?").arg(inQuotes(*suggestion));
        else
            message += tr(" (the method's roles: %1)").arg(joined(ids));
        error(node, message);
        return false;
    }

    // A phase's time in seconds: whole minutes, as format 1 always read them; in format 2 also
    // minutes with a fraction (7.5), minutes and seconds ("7:30") and seconds (90s).
    std::optional<int> phaseTime(const YamlNode& node, const char* what)
    {
        if (!expect(node, Kind::scalar)) return std::nullopt;
        const WrittenTime written = readWrittenTime(node.scalar);
        const bool finer = written.form == WrittenTime::Form::finer;
        if (format_ < 2 && finer && written.problem.isEmpty()) {
            inFormat2(node, tr("a time finer than a minute (%1)").arg(inQuotes(node.scalar)));
            return std::nullopt;
        }
        const bool wholeMinutes = written.form == WrittenTime::Form::wholeMinutes;
        if (format_ < 2 || (wholeMinutes && node.quoted)) {
            const auto minutes = whole(node, 1, maxPhaseMinutes, what);
            return minutes ? std::optional{*minutes * secondsPerMinute} : std::nullopt;
        }
        if (!written.problem.isEmpty()) {
            error(node, tr("%1: %2").arg(what, written.problem));
            return std::nullopt;
        }
        if (!finer && !wholeMinutes) {
            error(node, tr("%1 must be minutes (7 or 7.5), minutes and seconds (\"7:30\") or seconds (90s), found %2")
                            .arg(what, inQuotes(node.scalar)));
            return std::nullopt;
        }
        if (written.seconds < 1 || written.seconds > maxPhaseSeconds) {
            error(node, tr("%1 must be from 1 second to 240 minutes, found %2").arg(what, inQuotes(node.scalar)));
            return std::nullopt;
        }
        return written.seconds;
    }

    PhaseDuration minutes(const YamlNode& node, const MethodSpec& spec)
    {
        if (node.kind == Kind::scalar) {
            if (const auto range = rangeWrittenAsText(node.scalar)) {
                error(node, tr("minutes %1 is text, not a range: write {min: %2, max: %3}")
                                .arg(inQuotes(node.scalar)).arg(range->first).arg(range->second));
                return PhaseDuration::range(range->first, std::max(range->first, range->second));
            }
            return PhaseDuration::fixedSeconds(phaseTime(node, "minutes").value_or(secondsPerMinute));
        }
        if (node.kind != Kind::map) {
            error(node, format_ < 2 ? tr("minutes must be a whole number, a range {min, max} or {per_participant, min, max}")
                                    : tr("minutes must be a time (7, 7.5, \"7:30\" or 90s), a range {min, max} or {per_participant, min, max}"));
            return PhaseDuration::fixed(1);
        }
        const bool perParticipant = std::any_of(node.entries.begin(), node.entries.end(), [](const auto& entry) {
            return entry.first->kind == Kind::scalar && entry.first->scalar == "per_participant";
        });
        const auto fields = mapping(node, perParticipant ? methodFormat::minutesPerParticipant : methodFormat::minutesRange);
        if (!fields) return PhaseDuration::fixed(1);
        const auto bound = [&](const char* key, int fallback) {
            const auto* value = (*fields)[key];
            return value ? phaseTime(*value, "minutes") : std::optional<int>{fallback};
        };
        const auto low = bound("min", secondsPerMinute);
        const auto high = bound("max", maxPhaseSeconds);
        if (low && high && *low > *high)
            error(node, tr("minutes min (%1) is larger than max (%2)").arg(secondsAsMinutes(*low), secondsAsMinutes(*high)));
        const int lowValue = low.value_or(secondsPerMinute);
        const int highValue = std::max(lowValue, high.value_or(lowValue));
        if (!perParticipant) return PhaseDuration::rangeSeconds(lowValue, highValue);
        const auto* each = (*fields)["per_participant"];
        const auto share = each ? phaseTime(*each, "per_participant") : std::nullopt;
        PhaseDuration duration = PhaseDuration::eachParticipantSeconds(share.value_or(secondsPerMinute), lowValue, highValue);
        if (const auto* counting = (*fields)["counting"]; counting && inFormat2(*counting, inQuotes("counting"))) {
            const std::string roleId = slug(*counting, false);
            if (knownRole(*counting, roleId, spec)) duration.counting = roleId;
        }
        return duration;
    }

    // The method's minutes as a whole: a number or {min, max}, which its phases must fit.
    void readOwnMinutes(const YamlNode& node, MethodSpec& spec)
    {
        std::optional<int> low;
        std::optional<int> high;
        if (node.kind == Kind::map) {
            const auto fields = mapping(node, methodFormat::minutesRange);
            if (!fields) return;
            if (const auto* value = (*fields)["min"]) low = whole(*value, 1, maxMethodMinutes, "minutes");
            if (const auto* value = (*fields)["max"]) high = whole(*value, 1, maxMethodMinutes, "minutes");
            if (low && high && *low > *high) {
                error(node, tr("minutes min (%1) is larger than max (%2)").arg(*low).arg(*high));
                return;
            }
        } else if (node.kind == Kind::scalar && rangeWrittenAsText(node.scalar)) {
            const auto range = rangeWrittenAsText(node.scalar);
            error(node, tr("minutes %1 is text, not a range: write {min: %2, max: %3}")
                            .arg(inQuotes(node.scalar)).arg(range->first).arg(range->second));
            return;
        } else {
            low = high = whole(node, 1, maxMethodMinutes, "minutes");
        }
        if (!low || !high) return;
        spec.ownMinutes = MinuteRange{*low, *high};
        if (spec.phases.empty()) return;
        const int fewest = spec.groupSize.min;
        const int least = spec.phaseMinutesFor(fewest).min;
        if (least > *high)
            error(node, tr("the phases take at least %1 minutes with %2 members, more than the method's own %3")
                            .arg(least).arg(fewest).arg(*high));
    }

    void readPhases(const YamlNode& node, MethodSpec& spec)
    {
        if (!expect(node, Kind::sequence)) return;
        if (node.items.empty()) error(node, tr("a method needs at least one phase"));
        std::map<std::string, int> seen;
        for (const auto& item : node.items) {
            if (const YamlNode* round = roundIn(*item)) {
                if (inFormat2(*item, tr("a round"))) readRound(*item, spec, seen);
                continue;
            }
            if (auto phase = readPhase(*item, spec, seen)) spec.phases.push_back(std::move(*phase));
        }
    }

    // The value of an entry `- round: {...}` of a list of phases; null for any other entry.
    static const YamlNode* roundIn(const YamlNode& item)
    {
        if (item.kind != Kind::map) return nullptr;
        for (const auto& [key, value] : item.entries)
            if (key->kind == Kind::scalar && key->scalar == "round") return value.get();
        return nullptr;
    }

    // `- round: {id, name, for_each, rotates, phases}`: its phases join the method's, in place.
    void readRound(const YamlNode& item, MethodSpec& spec, std::map<std::string, int>& seen)
    {
        const auto entry = mapping(item, methodFormat::roundEntry, [](const YamlNode&, const YamlNode&) {
            return tr(": an entry that starts a round holds only the round; indent its keys under 'round:'");
        });
        if (!entry) return;
        const YamlNode& node = *(*entry)["round"];
        const auto fields = mapping(node, methodFormat::round);
        if (!fields) return;
        Round round;
        if (const auto* id = (*fields)["id"]) {
            round.id = slug(*id, false);
            if (!round.id.empty() && !seen.emplace(round.id, id->line).second)
                error(*id, tr("the round's id %1 is already a phase's or a round's (line %2)").arg(inQuotes(round.id)).arg(seen[round.id]));
        }
        if (const auto* name = (*fields)["name"]) round.name = text(*name);
        if (const auto* description = (*fields)["description"]) round.description = text(*description);
        if (const auto* each = (*fields)["for_each"]) {
            const std::string value = slug(*each, false);
            if (value == methodFormat::eachMember)
                round.repeat = RoundRepeat::eachMember;
            else if (!value.empty() && !spec.role(value))
                error(*each, tr("for_each must be 'member' or one of the method's roles, found %1").arg(inQuotes(value)));
            else if (!value.empty()) {
                round.repeat = RoundRepeat::eachHolder;
                round.holdersOf = value;
            }
        }
        if (const auto* rotates = (*fields)["rotates"]) {
            const std::string roleId = slug(*rotates, false);
            if (knownRole(*rotates, roleId, spec)) {
                if (spec.role(roleId)->holders != RoleHolders::one)
                    error(*rotates, tr("the role that rotates passes from one member to the next, so it must be held by one "
                                       "member (holders: one); %1 is not").arg(inQuotes(roleId)));
                else
                    round.rotates = roleId;
            }
        }
        if (const auto* phases = (*fields)["phases"]) {
            if (expect(*phases, Kind::sequence) && phases->items.empty())
                error(*phases, tr("the round %1 repeats no phase: give it at least one").arg(inQuotes(round.id)));
            if (phases->kind == Kind::sequence)
                for (const auto& inner : phases->items) {
                    if (roundIn(*inner)) {
                        error(*inner, tr("a round cannot hold another round: write the inner round's phases in the "
                                          "outer one, or make them two rounds one after the other"));
                        continue;
                    }
                    if (auto phase = readPhase(*inner, spec, seen)) {
                        round.phaseIds.push_back(phase->id);
                        spec.phases.push_back(std::move(*phase));
                    }
                }
        }
        spec.rounds.push_back(std::move(round));
    }

    // subgroups: {size: 3}: the group works in subgroups of three, side by side.
    void readSubgroups(const YamlNode& node, MethodSpec& spec)
    {
        if (node.kind == Kind::scalar) {
            error(node, tr("write the subgroups' size as {size: %1}").arg(QString::fromStdString(node.scalar)));
            return;
        }
        const auto fields = mapping(node, methodFormat::subgroups);
        if (!fields) return;
        const auto* sizeNode = (*fields)["size"];
        if (!sizeNode) return;
        const auto size = whole(*sizeNode, 2, maxGroupMembers, "subgroup size");
        if (!size) return;
        if (*size > spec.groupSize.max)
            error(*sizeNode, tr("subgroups of %1 are larger than the largest group the method admits (%2)").arg(*size).arg(spec.groupSize.max));
        std::vector<std::string> members;
        for (int member = 1; member <= *size; ++member) members.push_back(std::to_string(member));
        if (const auto roles = assignRoles(spec, members, {}); !roles.value && !spec.roles.empty())
            error(*sizeNode, tr("a subgroup of %1 is too small for the method's roles: %2").arg(*size).arg(QString::fromStdString(roles.error)));
        spec.subgroupSize = *size;
    }

    std::optional<Phase> readPhase(const YamlNode& item, const MethodSpec& spec, std::map<std::string, int>& seen)
    {
        const auto fields = mapping(item, methodFormat::phase);
        if (!fields) return std::nullopt;
        phaseNodes_.push_back(&item);
        Phase phase;
        if (const auto* id = (*fields)["id"]) {
            phase.id = slug(*id, false);
            if (!phase.id.empty() && !seen.emplace(phase.id, id->line).second)
                error(*id, tr("duplicate phase id %1 (first at line %2)").arg(inQuotes(phase.id)).arg(seen[phase.id]));
        }
        if (const auto* name = (*fields)["name"]) phase.name = text(*name);
        if (const auto* description = (*fields)["description"]) phase.description = text(*description);
        if (const auto* length = (*fields)["minutes"]) phase.minutes = minutes(*length, spec);
        if (const auto* instructions = (*fields)["instructions"]) readInstructions(*instructions, spec, phase);
        if (const auto* speakers = (*fields)["speakers"]) {
            if (speakers->kind == Kind::sequence && speakers->items.empty()) {
                if (format_ >= 2)
                    phase.silent = true;
                else
                    error(*speakers, tr("speakers must name at least one role; leave it out when everyone may speak "
                                        "(in format 2, 'speakers: []' makes a silent phase)"));
            }
            each(*speakers, [&](const YamlNode& speaker) {
                const std::string roleId = slug(speaker, false);
                if (knownRole(speaker, roleId, spec)) phase.speakers.push_back(roleId);
            });
        }
        if (const auto* absent = (*fields)["absent"]; absent && inFormat2(*absent, inQuotes("absent")))
            phase.absent = roleList(*absent, spec);
        if (const auto* turned = (*fields)["back_turned"]; turned && inFormat2(*turned, inQuotes("back_turned")))
            phase.backTurned = roleList(*turned, spec);
        checkPresence(item, phase, (*fields)["speakers"]);
        if (const auto* optional = (*fields)["optional"]; optional && inFormat2(*optional, inQuotes("optional"))) {
            if (optional->kind == Kind::scalar && !optional->quoted && (optional->scalar == "true" || optional->scalar == "yes"))
                error(*optional, tr("say what happens when nobody chooses: 'optional: included' (it runs unless left "
                                    "out) or 'optional: left-out' (it runs only when chosen)"));
            else if (const auto chosen = choice(*optional, methodFormat::inclusionIds(), "optional value"))
                phase.inclusion = *chosen == "included" ? Inclusion::unlessLeftOut : Inclusion::whenChosen;
        }
        if (const auto* materials = (*fields)["materials"])
            each(*materials, [&](const YamlNode& material) { phase.materials.push_back(text(material)); });
        return phase;
    }

    // A list of declared role ids, each once.
    std::vector<std::string> roleList(const YamlNode& node, const MethodSpec& spec)
    {
        std::vector<std::string> ids;
        if (node.kind == Kind::sequence && node.items.empty())
            error(node, tr("the list names no role; leave the key out instead"));
        each(node, [&](const YamlNode& item) {
            const std::string roleId = slug(item, false);
            if (!knownRole(item, roleId, spec)) return;
            if (std::find(ids.begin(), ids.end(), roleId) != ids.end())
                error(item, tr("role %1 is named twice in this list").arg(inQuotes(roleId)));
            else
                ids.push_back(roleId);
        });
        return ids;
    }

    // A role cannot be out of the room and have its back turned at once, and one who is out of the
    // room cannot be one of the phase's speakers.
    void checkPresence(const YamlNode& node, const Phase& phase, const YamlNode* speakersNode)
    {
        for (const auto& roleId : phase.absent) {
            if (std::find(phase.backTurned.begin(), phase.backTurned.end(), roleId) != phase.backTurned.end())
                error(node, tr("role %1 is both absent and back-turned in this phase; choose one").arg(inQuotes(roleId)));
            if (speakersNode && std::find(phase.speakers.begin(), phase.speakers.end(), roleId) != phase.speakers.end())
                error(*speakersNode, tr("role %1 speaks in this phase but is absent from it").arg(inQuotes(roleId)));
        }
    }

    void readInstructions(const YamlNode& node, const MethodSpec& spec, Phase& phase)
    {
        if (!expect(node, Kind::map)) return;
        std::map<std::string, int> seen;
        for (const auto& [key, value] : node.entries) {
            const std::string roleId = slug(*key, false);
            if (!knownRole(*key, roleId, spec)) continue;
            if (!seen.emplace(roleId, key->line).second) {
                error(*key, tr("duplicate key %1 (first given at line %2)").arg(inQuotes(roleId)).arg(seen[roleId]));
                continue;
            }
            phase.instructions.push_back({roleId, text(*value)});
        }
        if (node.entries.empty())
            error(node, tr("no role is active in this phase: give at least one role an instruction"));
    }

    std::string file_;
    int format_ = 1; // the file's format; the constructs of a later one are refused
    Diagnostics errors_;
    std::string pluginLibrary_;
    std::vector<std::pair<std::size_t, const YamlNode*>> chosenNodes_; // roles with chosen_in: their index, the key's value
    std::vector<const YamlNode*> phaseNodes_;                         // each phase read, in order
};

} // namespace

MethodReadResult readMethodYaml(std::string_view text, const std::string& file)
{
    auto tree = readYamlDocument(text, file);
    if (!tree.root) return {std::nullopt, std::move(tree.errors), {}};
    MethodReader reader{file};
    auto method = reader.read(*tree.root);
    Diagnostics errors = reader.takeErrors();
    std::stable_sort(errors.begin(), errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return {std::move(method), std::move(errors), reader.pluginLibrary()};
}

FileBytes readScriptBytes(const std::string& path)
{
    // A pipe or a device named like a script would hang the reader or have effects when opened:
    // only a regular file is opened, and it is checked again once open in case it was swapped.
    const auto notRegular = [] {
        return FileBytes{{}, tr("not a regular file (a pipe, a device or a socket); Palet reads methods only from "
                                "regular files")
                                 .toStdString()};
    };
    struct stat status{};
    if (::stat(path.c_str(), &status) == 0 && !S_ISREG(status.st_mode)) return notRegular();
    const int descriptor = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor >= 0 && (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode))) {
        ::close(descriptor);
        return notRegular();
    }
    if (descriptor >= 0) ::fcntl(descriptor, F_SETFL, ::fcntl(descriptor, F_GETFL) & ~O_NONBLOCK);
    QFile file;
    const auto failed = [&file] { return FileBytes{{}, tr("cannot read the file: %1").arg(file.errorString()).toStdString()}; };
    if (descriptor < 0)
        return FileBytes{{}, tr("cannot read the file: %1").arg(QString::fromLocal8Bit(std::strerror(errno))).toStdString()};
    if (!file.open(descriptor, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(descriptor);
        return failed();
    }
    // One byte past the limit is enough for the reader to refuse an oversized file. Read in steps
    // from the size the file says it has, rather than into a buffer of the limit's size: most
    // scripts are a few kilobytes, and a pipe says it has none.
    const std::size_t limit = YamlLimits{}.maxBytes + 1;
    const std::size_t step = std::clamp<std::size_t>(static_cast<std::size_t>(file.size()) + 1, 4096, limit);
    std::string bytes;
    while (bytes.size() < limit) {
        const std::size_t start = bytes.size();
        bytes.resize(std::min(limit, start + step));
        const qint64 got = file.read(bytes.data() + start, static_cast<qint64>(bytes.size() - start));
        if (got < 0) return failed();
        bytes.resize(start + static_cast<std::size_t>(got));
        if (got == 0) break;
    }
    return {std::move(bytes), {}};
}

MethodReadResult readMethodFile(const std::string& path)
{
    const FileBytes file = readScriptBytes(path);
    if (!file.error.empty()) return {std::nullopt, {{path, 0, 0, file.error}}, {}};
    return readMethodYaml(file.bytes, path);
}

} // namespace palet
