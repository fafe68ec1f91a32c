// Palet's own texts follow the language of the method texts: --lang, else the locale.

#include "palet_process.hpp"

#include <catch2/catch.hpp>

using namespace palet::test;

TEST_CASE("palet speaks Dutch with --lang nl, labels and messages alike")
{
    const PaletSandbox sandbox;
    const auto list = sandbox.run({"list", "--lang", "nl"});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.startsWith("ID                     VERSIE  MINUTEN  GROEP  NAAM\n"));
    CHECK(list.out.contains("Collegiaal consult in vijf stappen"));

    const auto unknown = sandbox.run({"show", "peer-consultaton", "--lang=nl"});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("geen werkvorm met id 'peer-consultaton'; bedoel je 'peer-consultation'?"));

    const auto english = sandbox.run({"list", "--lang", "en"});
    CHECK(english.out.startsWith("ID                     VERSION  MINUTES  GROUP  NAME\n"));
}

TEST_CASE("without --lang palet follows the locale, as POSIX orders its variables")
{
    PaletSandbox sandbox;
    sandbox.set("LANG", "nl_NL.UTF-8");
    CHECK(sandbox.run({"list"}).out.startsWith("ID                     VERSIE"));
    CHECK(sandbox.run({"list", "-lang", "en"}).out.startsWith("ID                     VERSION"));
    sandbox.set("LC_MESSAGES", "en_GB.UTF-8");
    CHECK(sandbox.run({"list"}).out.startsWith("ID                     VERSION"));
    sandbox.set("LC_ALL", "nl_BE.UTF-8");
    CHECK(sandbox.run({"list"}).out.startsWith("ID                     VERSIE"));
    sandbox.set("LC_ALL", ""); // set but empty: the next one decides
    CHECK(sandbox.run({"list"}).out.startsWith("ID                     VERSION"));
}

TEST_CASE("Dutch help is Dutch throughout, Qt's own words included")
{
    PaletSandbox sandbox;
    sandbox.set("LANG", "nl_NL.UTF-8");
    const auto usage = sandbox.run({"help"});
    CHECK(usage.exitCode == 0);
    CHECK(usage.out.contains("Commando's:"));
    CHECK(usage.out.contains("Toon één werkvorm: fasen, rollen en minuten."));

    const auto help = sandbox.run({"show", "--help"});
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith("Gebruik: palet show [opties] ID\n"));
    CHECK(help.out.contains("\nOpties:\n"));

    const auto wrong = sandbox.run({"list", "--bogus"});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err == "palet: Onbekende optie 'bogus'.\nZie 'palet list --help'.\n");
}

TEST_CASE("counted texts take the singular or the plural, in Dutch and in English")
{
    PaletSandbox sandbox;
    const QString one = PALET_SOURCE_DIR "/methods/peer-consultation.yaml";
    const QString other = PALET_SOURCE_DIR "/methods/balint-method.yaml";
    CHECK(sandbox.run({"validate", one}).out.endsWith("1 file checked, 0 with errors\n"));
    CHECK(sandbox.run({"validate", one, other}).out.endsWith("2 files checked, 0 with errors\n"));
    sandbox.set("LANG", "nl_NL.UTF-8");
    CHECK(sandbox.run({"validate", one}).out.endsWith("1 bestand gecontroleerd, 0 met fouten\n"));
    CHECK(sandbox.run({"validate", one, other}).out.endsWith("2 bestanden gecontroleerd, 0 met fouten\n"));
}
