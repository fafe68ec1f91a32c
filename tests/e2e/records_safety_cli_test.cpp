// The records commands against input that must not get through and data that must not leak,
// through the real binary on each back-end: passwords in store URLs, names the command line
// cannot give back, unbounded texts, folders made where nobody asked, and erasure unconfirmed.

#include "records_sandbox.hpp"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QProcess>

#include <sys/stat.h>

using namespace palet::test;

namespace {

const QString canary = "Kanarie-Wachtwoord-5521";

void prepare(const RecordsSandbox& sandbox)
{
    REQUIRE(sandbox.run({"group", "create", "Zorgteam"}).exitCode == 0);
    REQUIRE(sandbox.run({"group", "add-member", "Zorgteam", "Anna", "Bram", "Carla"}).exitCode == 0);
    REQUIRE(sandbox.run({"meeting", "new", "Zorgteam", "--date", "2026-12-15", "--start", "09:30", "--end", "12:30"}).exitCode == 0);
}

mode_t modeOf(const QString& path)
{
    struct stat status{};
    REQUIRE(::stat(path.toLocal8Bit().constData(), &status) == 0);
    return status.st_mode & 07777;
}

} // namespace

TEST_CASE("no message shows the password of a store URL, through --db or PALET_DB", "[postgresql-only]")
{
    RecordsSandbox sandbox;
    // The test server's own URL with a password added, a port nothing listens on, and broken forms.
    QString serverUrl = sandbox.storeUrl();
    serverUrl.replace(QRegularExpression{"^postgresql://([^@/]*)@"}, "postgresql://\\1:" + canary + "@");
    if (!serverUrl.contains(canary)) serverUrl.replace("postgresql://", "postgresql://palet:" + canary + "@");
    const QStringList urls{
        serverUrl,
        "postgresql://els:" + canary + "@127.0.0.1:1/palet?connect_timeout=2",
        "postgresql://els:" + canary + "@db.firma.nl:99999/palet",
        "postgresql://els:" + canary + "@[bad/palet",
        "postgresql://els:Hun ter2" + canary + "@db/palet",
        "postgresql://db/palet?password=" + canary + "&bad-key=1",
        "postgresql://127.0.0.1:1/palet?password=" + canary + "&connect_timeout=2",
    };
    for (const QString& url : urls) {
        INFO(url.toStdString());
        const auto given = sandbox.run({"group", "list", "--db", url});
        CHECK_FALSE((given.out + given.err).contains(canary));
        sandbox.set("PALET_DB", url);
        const auto environment = sandbox.run({"group", "list"});
        CHECK_FALSE((environment.out + environment.err).contains(canary));
        if (url != serverUrl) {
            CHECK(given.exitCode != 0);
            CHECK(environment.exitCode != 0);
        }
    }
}

TEST_CASE("a member's name that the command line could not give back is refused with the reason")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    const auto check = [&](const QString& name, const QString& reason) {
        const auto added = sandbox.run({"group", "add-member", "Zorgteam", name});
        INFO(name.toStdString());
        CHECK(added.exitCode == 1);
        CHECK(added.err.contains(reason));
    };
    check("Jan,Piet", "a member's name cannot contain ',', which separates the names in --members and --absent");
    check(" Jan", "a member's name cannot begin or end with a space");
    check("Jan ", "a member's name cannot begin or end with a space");
    check(QString{"Jan"} + QChar{0x202E} + "teiP", "a member's name cannot contain control or invisible formatting characters");
    check(QString{"Jan"} + QChar{0x200B}, "a member's name cannot contain control or invisible formatting characters");
    CHECK(sandbox.run({"group", "show", "Zorgteam", "--json"}).json().object()["members"].toArray().size() == 3);
}

TEST_CASE("free texts are bounded, with a message that gives the limit")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    const QByteArray large(70 * 1024, 'x');
    const auto refused = sandbox.runWithInput(
        {"case", "add", "Zorgteam@2026-12-15", "--owner", "Anna", "--label", "Groot", "--text", "-"}, large);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("a case's text can have at most 64 KB"));
    const QByteArray fits(60 * 1024, 'y');
    CHECK(sandbox.runWithInput({"case", "add", "Zorgteam@2026-12-15", "--owner", "Anna", "--label", "Past", "--text", "-"}, fits)
              .exitCode == 0);
    const QJsonArray cases = sandbox.run({"case", "list", "Zorgteam@2026-12-15", "--json", "--text"}).json().array();
    REQUIRE(cases.size() == 1);
    CHECK(cases[0].toObject()["text"].toString().size() == fits.size());
    const auto place = sandbox.run({"meeting", "new", "Zorgteam", "--date", "2026-12-16", "--start", "09:30", "--end",
                                    "12:30", "--place", QString(300, 'p')});
    CHECK(place.exitCode == 1);
    CHECK(place.err.contains("a place can have at most 200 characters, this one has 300"));
}

TEST_CASE("a --db file in a folder that does not exist is refused — no folder is made", "[sqlite-only]")
{
    const RecordsSandbox sandbox;
    const QString missing = sandbox.path("nonexistent/dir");
    const auto run = sandbox.run({"group", "list", "--db", "sqlite:" + missing + "/x.db"});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains("the folder " + missing + " for the store x.db does not exist"));
    CHECK_FALSE(QFileInfo::exists(sandbox.path("nonexistent")));
    // The default location's folder is made, for the owner only.
    CHECK(sandbox.run({"group", "list"}).exitCode == 0);
    CHECK(modeOf(sandbox.path("data/palet")) == 0700);
}

TEST_CASE("Palet's folders are 0700 and its files 0600 whatever the umask", "[sqlite-only]")
{
    const RecordsSandbox sandbox;
    const mode_t previous = ::umask(0);
    prepare(sandbox);
    const auto ran = sandbox.run({"run", "--method", "peer-consultation", "--members", "Ann,Bo,Cas,Dee", "--speed",
                                  "20000", "--auto"});
    CHECK(sandbox.run({"list"}).exitCode == 0);
    ::umask(previous);
    REQUIRE(ran.exitCode == 0);
    for (const QString folder : {"data/palet", "home/.local/state/palet", "home/.local/state/palet/sessions", "cache/palet"})
        CHECK(modeOf(sandbox.path(folder)) == 0700);
    CHECK(modeOf(sandbox.sqliteFile()) == 0600);
    CHECK(modeOf(sandbox.path("cache/palet/catalog.cache")) == 0600);
    const QFileInfoList journals = QDir{sandbox.path("home/.local/state/palet/sessions")}.entryInfoList(QDir::Files);
    REQUIRE(journals.size() == 1);
    CHECK(modeOf(journals.first().absoluteFilePath()) == 0600);
}

TEST_CASE("a store that others may read gets a warning that says how to fix it", "[sqlite-only]")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    CHECK_FALSE(sandbox.run({"group", "list"}).err.contains("warning"));
    REQUIRE(::chmod(sandbox.sqliteFile().toLocal8Bit().constData(), 0644) == 0);
    const auto listed = sandbox.run({"group", "list"});
    CHECK(listed.exitCode == 0);
    CHECK(listed.err.contains("warning: other users may read the store " + sandbox.sqliteFile() +
                              ", which holds a group's confidential data; make it yours only with: chmod 600 " +
                              sandbox.sqliteFile()));
}

TEST_CASE("palet member erase asks on a terminal, and without one refuses unless --yes")
{
    const RecordsSandbox sandbox;
    prepare(sandbox);
    const auto refused = sandbox.run({"member", "erase", "Anna"});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("there is no terminal to confirm it on; add --yes"));
    CHECK(sandbox.run({"group", "show", "Zorgteam", "--json"}).json().object()["members"].toArray().size() == 3);

    // On a terminal (script(1) gives palet one): the wrong name changes nothing, the right one erases.
    const auto onTerminal = [&](const QString& typed) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove("PALET_DB");
        environment.insert("HOME", sandbox.path("home"));
        environment.insert("XDG_DATA_HOME", sandbox.path("data"));
        environment.insert("XDG_CACHE_HOME", sandbox.path("cache"));
        if (!sandbox.onSqlite()) environment.insert("PALET_DB", sandbox.storeUrl());
        process.setProcessEnvironment(environment);
        process.start("script", {"-q", "-e", "-c", QString{"'%1' member erase Anna"}.arg(PALET_BINARY), "/dev/null"});
        REQUIRE(process.waitForStarted());
        process.write((typed + "\n").toUtf8());
        REQUIRE(process.waitForFinished(20000));
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
    };
    const auto [wrongStatus, wrongOutput] = onTerminal("Bram");
    CHECK(wrongStatus == 1);
    CHECK(wrongOutput.contains("Type the name 'Anna' to go ahead"));
    CHECK(wrongOutput.contains("that is not the name; nothing was erased"));
    CHECK(sandbox.run({"group", "show", "Zorgteam", "--json"}).json().object()["members"].toArray().size() == 3);
    const auto [rightStatus, rightOutput] = onTerminal("anna");
    CHECK(rightStatus == 0);
    CHECK(rightOutput.contains("Erased Anna from Zorgteam"));
    CHECK(sandbox.run({"group", "show", "Zorgteam", "--json"}).json().object()["members"].toArray().size() == 2);
}
