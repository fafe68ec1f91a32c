// Erasure in the session journals: the member's name and texts go from every line, what they
// typed in their own rounds too, while other members, a namesake's group and the journal's shape
// stay as they were.

#include "session/journal_erasure.hpp"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace palet;

namespace {

const QByteArray meetingJournal =
    R"j({"event":"session-started","seq":0,"t":0,"plan":{"meeting":"Zorgteam@2026-12-15","members":["Anna","Anna Jansen","Bram"],)j"
    R"j("phases":[{"id":"a","minutes":5},{"id":"b","minutes":5},{"id":"c","minutes":5}],)j"
    R"j("parts":[{"label":"Round: case 1 'Stress op het werk' (Anna)","case":1,"first_phase":0,"phase_count":2,)j"
    R"j("roles":[{"id":"case-owner","members":["Anna"]},{"id":"chair","members":["Anna Jansen"]}]},)j"
    R"j({"label":"Round: case 2 'Werkdruk' (Bram)","case":2,"first_phase":2,"phase_count":1,"roles":[{"id":"case-owner","members":["Bram"]}]}],)j"
    R"j("look_back":[{"number":1,"owner":"Anna","label":"Oude casus","takeaway":"oud inzicht"}]}})j"
    "\n"
    R"j({"event":"follow-up","seq":1,"t":10,"case":1,"text":"ik heb het met mijn team besproken"})j"
    "\n"
    R"j({"event":"takeaway","seq":2,"t":20,"phase":{"index":1},"text":"eerste versie"})j"
    "\n"
    R"j({"event":"takeaway","seq":3,"t":30,"phase":{"index":1},"text":"tweede versie"})j"
    "\n"
    R"j({"event":"takeaway","seq":4,"t":40,"phase":{"index":2},"text":"Brams inzicht"})j"
    "\n"
    R"j({"event":"phase-started","seq":5,"t":50,"instructions":[{"members":["Anna"],"text":"Anna vertelt"}]})j"
    "\n"
    R"j({"event":"alive","t":60,"text":"Anna)j"; // cut short by a crash

QString write(const QTemporaryDir& folder, const QString& name, const QByteArray& content)
{
    QFile file{folder.filePath(name)};
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return file.fileName();
}

QByteArray read(const QString& path)
{
    QFile file{path};
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

const ErasedPerson anna{"Anna", {"Stress op het werk", "Oude casus", "oud inzicht"}, {"Zorgteam"}, {"Anna Jansen", "Bram"}};

} // namespace

TEST_CASE("a journal loses the erased member's name and texts, also those the store never kept, and keeps its shape")
{
    QTemporaryDir folder;
    const QString path = write(folder, "a.jsonl", meetingJournal);
    const JournalErasure erasure = eraseFromJournals(folder.path().toStdString(), anna);
    CHECK(erasure.journals == 1);
    REQUIRE(erasure.rewritten == std::vector<std::string>{path.toStdString()});
    CHECK(erasure.failed.empty());

    const QByteArray after = read(path);
    for (const char* gone : {"\"Anna\"", "Stress op het werk", "Oude casus", "oud inzicht", "eerste versie", "tweede versie",
                             "met mijn team", "Anna vertelt"})
        CHECK_FALSE(after.contains(gone));
    for (const char* kept : {"Anna Jansen", "Brams inzicht", "Werkdruk", "\"Bram\"", "erased member vertelt",
                             "Round: case 1 'erased' (erased member)"})
        CHECK(after.contains(kept));
    // Every whole line still reads as JSON, in the same order; the cut-short line stays cut short.
    const QList<QByteArray> lines = after.split('\n');
    REQUIRE(lines.size() == meetingJournal.split('\n').size());
    for (qsizetype index = 0; index + 1 < lines.size(); ++index) CHECK(QJsonDocument::fromJson(lines[index]).isObject());
    CHECK(QJsonDocument::fromJson(lines[3]).object()["text"] == "erased");
    CHECK(lines.back() == R"j({"event":"alive","t":60,"text":"erased member)j");
    CHECK((QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)) == 0);

    // Once more: nothing left to change.
    CHECK(eraseFromJournals(folder.path().toStdString(), anna).rewritten.empty());
    CHECK(read(path) == after);
}

TEST_CASE("a second erased member in a journal is a second placeholder, and a namesake's group is left alone")
{
    QTemporaryDir folder;
    const QString again = write(folder, "again.jsonl",
                                R"j({"event":"session-started","seq":0,"t":0,"plan":{"meeting":"Zorgteam@2026-12-15","members":["erased member","Anna"]}})j"
                                "\n");
    const QByteArray other = R"j({"event":"session-started","seq":0,"t":0,"plan":{"meeting":"Andere groep@2026-12-15","members":["Anna"]}})j"
                             "\n";
    const QString otherGroup = write(folder, "other.jsonl", other);
    QFile::link(again, folder.filePath("link.jsonl"));

    ErasedPerson namesake = anna;
    namesake.kept << "Anna"; // an Anna stays in Andere groep
    const JournalErasure erasure = eraseFromJournals(folder.path().toStdString(), namesake);
    CHECK(erasure.rewritten == std::vector<std::string>{again.toStdString()});
    CHECK(read(again).contains(R"j("members":["erased member","erased member 2"])j"));
    CHECK(read(otherGroup) == other);

    // Erased from every group: the other group's journal loses the name too.
    CHECK(eraseFromJournals(folder.path().toStdString(), anna).rewritten == std::vector<std::string>{otherGroup.toStdString()});
    CHECK(read(otherGroup).contains(R"j("members":["erased member"])j"));
}
