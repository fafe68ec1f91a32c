// The handout renders for every built-in method, in both languages and every format.

#include "catalog/method_catalog.hpp"
#include "handout/method_handout.hpp"

#include <catch2/catch.hpp>

#include <QXmlStreamReader>

using namespace palet;

namespace {

MethodCatalog builtinCatalog()
{
    // The built tree holds the methods, the blocks and the plugins with their libraries.
    auto catalog = MethodCatalog::load({{PALET_BUILTIN_METHODS, "built-in"}});
    REQUIRE(catalog.problems().empty());
    REQUIRE(catalog.methods().size() >= 16);
    return catalog;
}

QString qs(const std::string& text) { return QString::fromStdString(text); }

// Every text a facilitator needs at the table is on the page, in the page's language.
void checkComplete(const MethodSpec& spec, Language language, const QString& page, bool escapedForHtml)
{
    const auto has = [&](const std::string& text) {
        const QString wanted = escapedForHtml ? qs(text).toHtmlEscaped() : qs(text);
        INFO(text);
        CHECK(page.contains(wanted));
    };
    has(spec.name.in(language));
    for (const auto& role : spec.roles) has(role.name.in(language));
    for (const auto& phase : spec.phases) has(phase.name.in(language));
    CHECK(page.contains(language == Language::nl ? "Fasen" : "Phases"));
}

} // namespace

TEST_CASE("the plain-text handout of every built-in method fits the width in both languages")
{
    const auto catalog = builtinCatalog();
    for (const auto& entry : catalog.methods())
        for (Language language : {Language::nl, Language::en}) {
            INFO(entry.spec().id << " in " << languageCode(language));
            const QString page = renderHandout(entry, entry.spec().groupSize.ideal, language, HandoutFormat::text, 72);
            for (const QString& line : page.split('\n')) {
                const bool oneWord = !line.trimmed().contains(' '); // a long address cannot be wrapped
                if (!oneWord && !line.startsWith(language == Language::nl ? "Uit " : "From ")) CHECK(line.size() <= 72);
            }
            // Words wrapped onto several lines are still all there, in order.
            const QString flat = page.simplified();
            CHECK(flat.contains(qs(entry.spec().name.in(language))));
            for (const auto& phase : entry.spec().phases) CHECK(flat.contains(qs(phase.name.in(language))));
            CHECK(flat.contains(language == Language::nl ? "Totaal:" : "Total:"));
        }
}

TEST_CASE("the Markdown handout of every built-in method has a heading per phase")
{
    const auto catalog = builtinCatalog();
    for (const auto& entry : catalog.methods())
        for (Language language : {Language::nl, Language::en}) {
            INFO(entry.spec().id << " in " << languageCode(language));
            const QString page = renderHandout(entry, entry.spec().groupSize.ideal, language, HandoutFormat::markdown);
            CHECK(page.startsWith("# "));
            CHECK(page.count("\n### ") == static_cast<qsizetype>(entry.spec().phases.size()));
            CHECK(page.count("\n## ") >= 2);
        }
}

TEST_CASE("the HTML handout of every built-in method is well formed and complete")
{
    const auto catalog = builtinCatalog();
    for (const auto& entry : catalog.methods())
        for (Language language : {Language::nl, Language::en}) {
            INFO(entry.spec().id << " in " << languageCode(language));
            const QString page = renderHandout(entry, entry.spec().groupSize.ideal, language, HandoutFormat::html);
            QXmlStreamReader reader{page};
            int phases = 0;
            while (!reader.atEnd()) {
                reader.readNext();
                if (reader.isStartElement() && reader.name() == QLatin1String("h3")) ++phases;
                if (reader.isStartElement() && reader.name() == QLatin1String("html"))
                    CHECK(reader.attributes().value("lang") == QLatin1String(language == Language::nl ? "nl" : "en"));
            }
            INFO(reader.errorString().toStdString());
            CHECK_FALSE(reader.hasError());
            CHECK(phases == static_cast<int>(entry.spec().phases.size()));
            checkComplete(entry.spec(), language, page, true);
        }
}

TEST_CASE("text that means something in HTML or Markdown is shown as text")
{
    MethodSpec spec;
    spec.id = "tricky";
    spec.name = {"", "<script>alert(1)</script> & *stars* [link](x)"};
    spec.groupSize = {2, 4, 3};
    spec.roles = {{"adviser", {"", "A <b>"}, {}, RoleHolders::everyoneElse}};
    spec.phases = {{"p", {"", "# not a heading"}, {}, PhaseDuration::fixed(5), {{"adviser", {"", "x"}}}, {}, {}}};
    const CatalogEntry entry = CatalogEntry::of(spec);
    const QString html = renderHandout(entry, 3, Language::en, HandoutFormat::html);
    CHECK_FALSE(html.contains("<script>"));
    CHECK(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; *stars*"));
    const QString markdown = renderHandout(entry, 3, Language::en, HandoutFormat::markdown);
    CHECK(markdown.contains("\\<script\\>alert(1)\\</script\\> & \\*stars\\* \\[link\\](x)"));
    CHECK(markdown.contains("\\# not a heading"));
}

TEST_CASE("a handout gives the clock time each phase starts")
{
    const auto catalog = builtinCatalog();
    const QString page = renderHandout(*catalog.find("peer-consultation"), 5, Language::en, HandoutFormat::text, 100);
    CHECK(page.contains("from 0:00"));
    CHECK(page.contains("from 0:03"));
    CHECK(page.contains("from 0:13"));
    CHECK(page.contains("from 0:25"));
    CHECK(page.contains("Total: 30 minutes"));
}
