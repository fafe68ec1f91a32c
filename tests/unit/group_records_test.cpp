// Groups and members in the store, on each back-end.

#include "records/group_records.hpp"

#include "../support/store_backend.hpp"

#include <catch2/catch.hpp>

using namespace palet;
using namespace palet::test;

namespace {

Group named(const QString& name)
{
    Group group;
    group.name = name;
    return group;
}

QStringList namesOf(const std::vector<Member>& members)
{
    QStringList names;
    for (const Member& member : members) names << member.name;
    return names;
}

} // namespace

TEST_CASE("a group is created with four meetings a year by default, and found without regard to case")
{
    const ScratchStore scratch;
    Store store = scratch.open();
    const auto created = createGroup(store, named("  Zorgteam   Noord "));
    INFO(created.error.toStdString());
    REQUIRE(created);
    CHECK(created->name == "Zorgteam Noord");
    CHECK(created->meetingsPerYear == 4);
    CHECK(created->guidedMeetings == 4);
    const auto found = findGroup(store, "zorgteam noord");
    REQUIRE(found);
    CHECK(found->id == created->id);
    CHECK(found->name == "Zorgteam Noord");
}

TEST_CASE("texts with quotes, backslashes and question marks are kept as they are")
{
    const ScratchStore scratch;
    Store store = scratch.open();
    Group group = named("O'Brien & co");
    group.profession = R"(it's a \ ? test'); DROP TABLE members; --)";
    REQUIRE(createGroup(store, group));
    const auto found = findGroup(store, "o'brien & co");
    REQUIRE(found);
    CHECK(found->profession == group.profession);
    REQUIRE(addMembers(store, "O'Brien & co", {{"Zoë 'Z' van der Berg-Ørsted ?", {}, {}}}));
    CHECK(membersOf(store, found->id)->front().name == "Zoë 'Z' van der Berg-Ørsted ?");
}

TEST_CASE("group names are unique and may not contain '@'")
{
    const ScratchStore scratch;
    Store store = scratch.open();
    REQUIRE(createGroup(store, named("Zorgteam")));
    CHECK(createGroup(store, named("ZORGTEAM")).error == "there is already a group 'Zorgteam'");
    CHECK(createGroup(store, named("Team@Work")).error.contains("cannot contain '@'"));
    CHECK(createGroup(store, named("   ")).error == "a group needs a name");
    CHECK(createGroup(store, named(QString(81, 'x'))).error.contains("at most 80 characters"));
    Group tooOften = named("Coaches");
    tooOften.meetingsPerYear = 53;
    CHECK_FALSE(createGroup(store, tooOften));
    const auto groups = listGroups(store);
    REQUIRE(groups);
    CHECK(groups->size() == 1);
}

TEST_CASE("groups are listed by name")
{
    const ScratchStore scratch;
    Store store = scratch.open();
    for (const char* name : {"Zorgteam", "advocaten", "Coaches"}) REQUIRE(createGroup(store, named(name)));
    const auto groups = listGroups(store);
    REQUIRE(groups);
    QStringList names;
    for (const Group& group : *groups) names << group.name;
    CHECK(names == QStringList{"advocaten", "Coaches", "Zorgteam"});
}

TEST_CASE("an unknown group is refused with the closest name as a suggestion")
{
    const ScratchStore scratch;
    Store store = scratch.open();
    CHECK(findGroup(store, "Zorgteam").error == "no group 'Zorgteam'; there are no groups yet");
    REQUIRE(createGroup(store, named("Zorgteam")));
    REQUIRE(createGroup(store, named("Coaches")));
    CHECK(findGroup(store, "Zorgteem").error == "no group 'Zorgteem'; did you mean 'Zorgteam'?");
    CHECK(findGroup(store, "Juristen").error == "no group 'Juristen'");
}

TEST_CASE("members are added all at once with their learning style and PE register")
{
    const ScratchStore scratch;
    Store store = scratch.open();
    const auto group = createGroup(store, named("Zorgteam"));
    REQUIRE(group);
    REQUIRE(addMembers(store, "zorgteam", {{"Bram", {}, {}}, {"anna de vries", LearningStyle::denker, " BIG 123 "}}));
    const auto members = membersOf(store, group->id);
    REQUIRE(members);
    REQUIRE(namesOf(*members) == QStringList{"anna de vries", "Bram"});
    CHECK(members->at(0).learningStyle == LearningStyle::denker);
    CHECK(members->at(0).peRegister == "BIG 123");
    CHECK(members->at(0).isCurrent());
    CHECK_FALSE(members->at(1).learningStyle);
    CHECK(members->at(1).peRegister.isEmpty());
}

TEST_CASE("adding a member twice is refused and adds no one")
{
    const ScratchStore scratch;
    Store store = scratch.open();
    const auto group = createGroup(store, named("Zorgteam"));
    REQUIRE(group);
    REQUIRE(addMembers(store, "Zorgteam", {{"Anna", {}, {}}}));
    CHECK(addMembers(store, "Zorgteam", {{"Bram", {}, {}}, {"ANNA", {}, {}}}).error == "Anna is already a member of Zorgteam");
    CHECK(addMembers(store, "Zorgteam", {{"Carla", {}, {}}, {"carla", {}, {}}}).error == "'carla' is named more than once");
    CHECK(addMembers(store, "Zorgteam", {{"", {}, {}}}).error == "a member needs a name");
    CHECK(namesOf(*membersOf(store, group->id)) == QStringList{"Anna"});
}

TEST_CASE("a member who leaves keeps their history and can come back")
{
    const ScratchStore scratch;
    Store store = scratch.open();
    const auto group = createGroup(store, named("Zorgteam"));
    REQUIRE(group);
    REQUIRE(addMembers(store, "Zorgteam", {{"Anna", LearningStyle::doener, "NBA 9"}, {"Bram", {}, {}}}));

    const auto left = removeMember(store, "Zorgteam", "anna", QDate{2025, 5, 1});
    REQUIRE(left);
    CHECK(left->name == "Anna");
    CHECK(left->leftOn == QDate{2025, 5, 1});
    CHECK(findCurrentMember(store, *group, "Anna").error == "Anna left Zorgteam on 2025-05-01");
    CHECK(removeMember(store, "Zorgteam", "Anna", QDate{2025, 5, 2}).error == "Anna left Zorgteam on 2025-05-01");
    CHECK(removeMember(store, "Zorgteam", "Bran", QDate{2025, 5, 2}).error == "Zorgteam has no member 'Bran'; did you mean 'Bram'?");

    const auto back = addMembers(store, "Zorgteam", {{"Anna", {}, {}}});
    REQUIRE(back);
    CHECK(back->front().id == left->id);
    CHECK(back->front().isCurrent());
    CHECK(back->front().learningStyle == LearningStyle::doener); // kept when not given again
    CHECK(back->front().peRegister == "NBA 9");
    CHECK(findCurrentMember(store, *group, "anna"));
}
