#include "commands.hpp"

#include "cli_context.hpp"
#include "text/method_figures.hpp"
#include "terminal_width.hpp"
#include "text/text_layout.hpp"

#include "catalog/listing_snapshot.hpp"
#include "catalog/method_json.hpp"
#include "catalog/method_search_path.hpp"
#include "did_you_mean.hpp"
#include "plugins/plugin_failure_memory.hpp"
#include "text/domain_words.hpp"
#include "translate.hpp"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>

namespace palet::cli {
namespace {

struct ListFilter {
    MethodKind kind = MethodKind::method;
    std::optional<LearningStyle> style;
    std::optional<int> groupSize;
    std::optional<int> maxMinutes;
    std::optional<std::string> theme;
    QString typedTheme; // as given, for a did-you-mean when no method has it
    std::optional<Language> availableIn;
    QString source;
    bool themes = false; // list the themes instead

    bool admits(const CatalogEntry& entry) const
    {
        if (entry.headline().kind != kind) return false;
        if (!style && !groupSize && !maxMinutes && !theme && !availableIn && source.isEmpty()) return true;
        const MethodOverview& method = entry.overview(); // only a filter needs it
        if (style && !method.suits(*style)) return false;
        if (groupSize && !method.groupSize.admits(*groupSize)) return false;
        if (maxMinutes && method.minutesFor(groupSize.value_or(method.groupSize.ideal)).min > *maxMinutes) return false;
        if (theme && std::find(method.themes.begin(), method.themes.end(), *theme) == method.themes.end()) return false;
        if (availableIn && (*availableIn == Language::nl ? method.name.nl : method.name.en).empty()) return false;
        if (!source.isEmpty() && !fromSource(entry)) return false;
        return true;
    }

    // The attribution names the source (author, title or publisher, any case), or the method
    // was found through that search-path entry (built-in, XDG_DATA_HOME, --methods...), or in
    // that pack or a pack of that publisher.
    bool fromSource(const CatalogEntry& entry) const
    {
        if (qs(entry.origin.source).compare(source, Qt::CaseInsensitive) == 0) return true;
        if (!entry.origin.pack.empty() && (qs(entry.origin.pack).compare(source, Qt::CaseInsensitive) == 0 ||
                                           qs(entry.origin.publisher).contains(source, Qt::CaseInsensitive)))
            return true;
        for (const auto& name : entry.overview().sourceNames)
            if (qs(name).contains(source, Qt::CaseInsensitive)) return true;
        return false;
    }
};

std::optional<ListFilter> readFilter(const QCommandLineParser& parser)
{
    ListFilter filter;
    if (parser.isSet("blocks")) filter.kind = MethodKind::block;
    if (parser.isSet("style")) {
        filter.style = learningStyleFromId(utf8(parser.value("style")));
        if (!filter.style) {
            std::vector<std::string_view> known;
            for (LearningStyle style : allLearningStyles) known.push_back(learningStyleId(style));
            const auto suggestion = closestMatch(utf8(parser.value("style")), known);
            printError(tr("palet: unknown learning style '%1'%2 (one of: doener, dromer, denker, beslisser)\n")
                           .arg(parser.value("style"),
                                suggestion ? tr("; did you mean '%1'?").arg(qs(*suggestion)) : QString{}));
            return std::nullopt;
        }
    }
    if (parser.isSet("group-size") && !(filter.groupSize = intOption(parser, "group-size", 2, 40))) return std::nullopt;
    if (parser.isSet("max-minutes") && !(filter.maxMinutes = intOption(parser, "max-minutes", 1, 24 * 60)))
        return std::nullopt;
    if (parser.isSet("theme")) {
        filter.typedTheme = parser.value("theme");
        filter.theme = themeIdFor(filter.typedTheme);
    }
    filter.themes = parser.isSet("themes");
    if (parser.isSet("available-in")) {
        filter.availableIn = languageFromCode(utf8(parser.value("available-in")));
        if (!filter.availableIn) {
            printError(tr("palet: --available-in must be nl or en, not '%1'\n").arg(parser.value("available-in")));
            return std::nullopt;
        }
    }
    filter.source = parser.value("source");
    return filter;
}

QString originText(const MethodOrigin& origin)
{
    return QString("%1 (%2)").arg(QString::fromStdString(origin.path), originSourceText(origin));
}

// This palet program as built: a rebuilt or upgraded one may print a listing differently.
QString programStamp()
{
    struct stat info {};
    if (::stat(QFile::encodeName(QCoreApplication::applicationFilePath()).constData(), &info) != 0) return {};
    return QString{"%1:%2:%3.%4"}.arg(info.st_ino).arg(info.st_size).arg(info.st_mtim.tv_sec).arg(info.st_mtim.tv_nsec);
}

// Every option that shapes the listing, with the language and the layout they resolve to, and
// the program; the folders are the snapshot's inputs instead (see listing_snapshot.hpp).
std::string listingKey(const QCommandLineParser& parser, Language language, bool json)
{
    QStringList parts{"list", "program=" + programStamp(), QString{"lang=%1"}.arg(qs(languageCode(language)))};
    parts << (json ? QString{"json=%1"}.arg(jsonLayout() == JsonWriter::Layout::compact ? "compact" : "indented")
                   : QString{"width=%1"}.arg(outputWidth()));
    for (const char* option : {"style", "group-size", "max-minutes", "theme", "available-in", "source", "blocks", "verbose", "themes"})
        if (parser.isSet(option)) parts << QString{"%1=%2"}.arg(option, parser.values(option).join(','));
    // A verbose listing names the plugins that broke down: it is kept only while they are the same.
    if (parser.isSet("verbose")) parts << "failures=" + PluginFailureMemory::forUser().stamp();
    return utf8(parts.join('\n'));
}

// Every theme of the methods found, in the interface's language, with how many methods suit it.
Listing themeListing(const MethodCatalog& catalog, const std::vector<std::string>& themes, bool json, Listing listing)
{
    const auto count = [&](const std::string& theme) {
        return static_cast<int>(std::count_if(catalog.methods().begin(), catalog.methods().end(), [&](const CatalogEntry& entry) {
            const auto& own = entry.overview().themes;
            return entry.headline().kind == MethodKind::method && std::find(own.begin(), own.end(), theme) != own.end();
        }));
    };
    if (json) {
        JsonWriter out{jsonLayout()};
        out.beginArray();
        for (const std::string& theme : themes) {
            out.beginObject();
            out.key("id");
            out.value(theme);
            out.key("name");
            out.value(utf8(themeText(theme)));
            out.key("methods");
            out.value(count(theme));
            out.endObject();
        }
        out.endArray();
        listing.out = out.take();
        return listing;
    }
    std::vector<QStringList> rows{{tr("THEME"), tr("ID"), tr("METHODS")}};
    for (const std::string& theme : themes) rows.push_back({themeText(theme), qs(theme), QString::number(count(theme))});
    listing.out = utf8(columns(rows, outputWidth()) + tr("Use the theme or its id: palet list --theme T, palet case theme, palet recommend --problem T.\n"));
    return listing;
}

Listing render(const MethodCatalog& catalog, const ListFilter& filter, Language language, bool json, bool verbose)
{
    Listing listing;
    listing.err = utf8(skippedText(catalog));
    const PluginFailureMemory failures = PluginFailureMemory::forUser();
    std::vector<const CatalogEntry*> shown;
    for (const auto& entry : catalog.methods())
        if (filter.admits(entry)) shown.push_back(&entry);
    const std::vector<std::string> themes = catalog.themes();
    if (filter.theme && std::find(themes.begin(), themes.end(), *filter.theme) == themes.end())
        listing.err += utf8(tr("palet list: %1\n").arg(readTheme(filter.typedTheme, themes).error));
    if (filter.themes) return themeListing(catalog, themes, json, std::move(listing));

    if (json) {
        JsonWriter out{jsonLayout()};
        out.beginArray();
        for (const auto* entry : shown)
            writeMethodSummary(out, *entry, filter.groupSize.value_or(entry->overview().groupSize.ideal), language);
        out.endArray();
        listing.out = out.take();
        return listing;
    }

    QString text;
    if (shown.empty()) {
        text = catalog.methods().empty() ? tr("No methods found.\n") : tr("No method matches these filters.\n");
    } else {
        std::vector<QStringList> rows{{tr("ID"), tr("VERSION"), tr("MINUTES"), tr("GROUP"), tr("NAME")}};
        for (const auto* entry : shown) {
            const MethodOverview& method = entry->overview();
            rows.push_back({qs(method.id), qs(method.version.toString()),
                            minutesText(method.minutesFor(filter.groupSize.value_or(method.groupSize.ideal))),
                            groupSizeText(method.groupSize), qs(method.name.in(language))});
            if (verbose) rows.push_back({"", "", "", "", tr("from %1").arg(originText(entry->origin))});
            if (verbose && entry->origin.kind == MethodOrigin::Kind::plugin)
                if (const auto failure = failures.find(entry->origin.path))
                    rows.push_back({"", "", "", "", tr("not loaded: %1, on %2; 'palet check --retry' tries it again")
                                                        .arg(qs(failure->sentence), failure->when)});
        }
        text = columns(rows, outputWidth());
    }
    if (verbose) {
        for (const auto& shadow : catalog.shadowed())
            text += tr("shadowed: %1 %2 from %3, by %4\n")
                        .arg(qs(shadow.entry.headline().id), qs(shadow.entry.headline().version.toString()),
                             originText(shadow.entry.origin), originText(shadow.winner));
        std::vector<std::string> skipped;
        for (const auto& problem : catalog.problems())
            if (std::find(skipped.begin(), skipped.end(), problem.file) == skipped.end()) skipped.push_back(problem.file);
        if (!skipped.empty())
            text += tr("%n file(s) skipped because of errors (listed on standard error).\n",
                       static_cast<int>(skipped.size()));
    }
    listing.out = utf8(text);
    return listing;
}

void print(const Listing& listing)
{
    std::fwrite(listing.err.data(), 1, listing.err.size(), stderr);
    std::fwrite(listing.out.data(), 1, listing.out.size(), stdout);
}

} // namespace

int runList(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCatalogOptions(parser);
    addLanguageOption(parser);
    parser.addOption({"style", tr("Only methods that suit learning style S (doener, dromer, denker, beslisser)."), "S"});
    parser.addOption({"group-size", tr("Only methods that work with N members; minutes are given for N."), "N"});
    parser.addOption({"max-minutes", tr("Only methods that can be done in M minutes."), "M"});
    parser.addOption({"theme", tr("Only methods that suit theme T, in English or Dutch (see --themes)."), "T"});
    parser.addOption({"themes", tr("List the themes of the methods found, and how many suit each.")});
    parser.addOption({"available-in", tr("Only methods with texts in language L (nl or en)."), "L"});
    parser.addOption({"source", tr("Only methods whose source (author, title, publisher) mentions S, or found through S "
                                   "(built-in, XDG_DATA_HOME, PALET_METHOD_PATH, --methods...), or in pack S or a pack S publishes."), "S"});
    parser.addOption({"blocks", tr("List the meeting building blocks (opening, break, closing...) instead of methods.")});
    parser.addOption({"json", tr("Print a JSON array (see docs/json-output.md).")});
    parser.addOption({"verbose", tr("Say where every method came from and which ones were shadowed.")});
    if (const auto done = parseCommand(parser, arguments, tr("List the methods Palet can find."))) return *done;
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("palet list: unexpected argument '%1'\n").arg(parser.positionalArguments().first()));
        return badUsage;
    }
    const auto language = chosenLanguage(parser);
    const auto filter = readFilter(parser);
    if (!language || !filter) return badUsage;
    const auto source = catalogSource(parser);
    if (!source) return badUsage;
    const bool json = parser.isSet("json");

    // The listing printed last time, while nothing it was read from has changed. A trace must
    // show every file considered, so it reads them.
    const bool snapshot = source->cacheFile && !source->trace;
    const std::string key = snapshot ? listingKey(parser, *language, json) : std::string{};
    if (snapshot) {
        const auto stored = MetadataCache::readListings(qs(*source->cacheFile));
        if (const auto listing = recallListing(stored.bytes, source->directories, key)) {
            print(*listing);
            return success;
        }
    }

    const std::int64_t readSince = fileClockNowNs();
    CatalogInputs inputs;
    OpenCatalog open = openCatalog(*source, snapshot ? &inputs : nullptr);
    const Listing listing = render(open.catalog, *filter, *language, json, parser.isSet("verbose"));
    if (snapshot)
        if (auto kept = snapshotListing(inputs, readSince, key, listing, open.cache->listings()))
            open.cache->setListings(std::move(*kept));
    saveCache(open, *source);
    print(listing);
    return success;
}

} // namespace palet::cli
