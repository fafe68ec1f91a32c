#include "records/store_location.hpp"

#include <catch2/catch.hpp>

#include <QDir>

using namespace palet;

TEST_CASE("a path or a sqlite: URL names a SQLite store")
{
    const auto plain = parseStoreLocation("/srv/palet/palet.db");
    REQUIRE(plain);
    CHECK(plain->driver == StoreDriver::sqlite);
    CHECK(plain->path == "/srv/palet/palet.db");
    CHECK(parseStoreLocation("sqlite:///srv/palet/palet.db")->path == "/srv/palet/palet.db");
    CHECK(parseStoreLocation("sqlite:/srv/palet.db")->path == "/srv/palet.db");
    CHECK(parseStoreLocation("records.db")->path == QDir::current().absoluteFilePath("records.db"));
    CHECK(parseStoreLocation("sqlite:records.db")->path == QDir::current().absoluteFilePath("records.db"));
    CHECK(parseStoreLocation("sqlite:").error == "the SQLite store needs a file path");
}

TEST_CASE("a postgresql:// URL names a PostgreSQL store, whose password is never shown")
{
    const auto location = parseStoreLocation("postgresql://coach:s%40cret@db.example.nl:6543/palet?sslmode=require");
    REQUIRE(location);
    CHECK(location->driver == StoreDriver::postgresql);
    CHECK(location->host == "db.example.nl");
    CHECK(location->port == 6543);
    CHECK(location->user == "coach");
    CHECK(location->password == "s@cret");
    CHECK(location->database == "palet");
    CHECK(location->options == QStringList{"sslmode='require'"});
    CHECK(location->displayName() == "postgresql://coach@db.example.nl:6543/palet");
}

TEST_CASE("a PostgreSQL URL may name a socket folder and libpq settings")
{
    const auto location = parseStoreLocation("postgres:///palet?host=/run/postgresql&application_name=it's");
    REQUIRE(location);
    CHECK(location->driver == StoreDriver::postgresql);
    CHECK(location->host == "/run/postgresql");
    CHECK(location->port == 0);
    CHECK(location->options == QStringList{"application_name='it\\'s'"});
    CHECK(location->displayName() == "postgresql:///palet?host=/run/postgresql");
}

TEST_CASE("store locations Palet cannot use are refused with the reason")
{
    CHECK(parseStoreLocation("").error == "the store location is empty");
    CHECK(parseStoreLocation("mysql://db/palet").error.startsWith("'mysql' is not a kind of store Palet knows"));
    CHECK(parseStoreLocation("postgresql://db/palet?bad-key=1").error.contains("not a libpq keyword"));
    CHECK(parseStoreLocation("postgresql://db/palet?options=a;b").error.contains("without ';'"));
}

TEST_CASE("the default store is palet.db in the user's data folder")
{
    QProcessEnvironment environment;
    environment.insert("XDG_DATA_HOME", "/home/els/.data");
    CHECK(defaultStoreLocation(environment).path == "/home/els/.data/palet/palet.db");
    environment.remove("XDG_DATA_HOME");
    CHECK(defaultStoreLocation(environment).path == QDir::homePath() + "/.local/share/palet/palet.db");
}

TEST_CASE("no error about a store URL shows its password, whatever is wrong with the URL")
{
    const QString canary = "Kanarie-Wachtwoord-5521";
    const QStringList urls{
        "postgresql://els:" + canary + "@db.firma.nl:99999/palet",
        "postgresql://els:" + canary + "@db.firma.nl:port/palet",
        "postgresql://els:Hun " + canary + "@db/palet",
        "postgresql://els:" + canary + "@[bad/palet",
        "postgresql://els:" + canary + "/with/slash@db/palet%zz",
        "postgres://els:" + canary + "@db/palet?bad-key=1",
        "postgresql://db/palet?password=" + canary + "&options=a;b",
        "postgresql://db/palet?password=" + canary + "&port=70000",
        "postgresql://els:" + canary + "@db/palet?port=70000",
    };
    for (const QString& url : urls) {
        INFO(url.toStdString());
        const auto parsed = parseStoreLocation(url);
        REQUIRE_FALSE(parsed);
        CHECK_FALSE(parsed.error.contains(canary));
        CHECK_FALSE(parsed.error.contains("Kanarie"));
        CHECK_FALSE(urlWithoutPassword(url).contains(canary));
    }
    CHECK(parseStoreLocation(urls[0]).error ==
          "'postgresql://els@db.firma.nl:99999/palet' is not a valid PostgreSQL URL: Invalid port or port number out of range");
    CHECK(urlWithoutPassword("postgresql://db/palet?sslmode=require&password=x&user=els") ==
          "postgresql://db/palet?sslmode=require&password=***&user=els");
}
