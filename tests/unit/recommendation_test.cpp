// Hand-made scenarios where the right answer is clear.

#include "planning/recommendation.hpp"

#include "../support/method_fixture.hpp"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace palet;
using palet::test::writeFile;

namespace {

struct Sketch {
    QString id;
    int minutes = 30;
    int minMembers = 4;
    int maxMembers = 8;
    QString styles = "[]";
    QString themes = "[]";
    QString conditions = "[]";
    QString name = "{nl: Naam, en: Name}";
};

QString yaml(const Sketch& method)
{
    return QString(R"(id: %1
version: 1.0.0
name: %8
group_size: {min: %3, max: %4}
styles: %5
themes: %6
conditions: %7
roles:
  - {id: case-owner, name: {en: Case owner}, holders: one}
  - {id: adviser, name: {en: Adviser}, holders: everyone-else}
phases:
  - id: only
    name: {en: Only}
    minutes: %2
    instructions: {adviser: {en: Advise.}}
)")
        .arg(method.id)
        .arg(method.minutes)
        .arg(method.minMembers)
        .arg(method.maxMembers)
        .arg(method.styles, method.themes, method.conditions, method.name);
}

class Palette {
public:
    explicit Palette(const std::vector<Sketch>& methods)
    {
        for (const auto& method : methods) writeFile(root_.path(), method.id + ".yaml", yaml(method).toUtf8());
        catalog_ = MethodCatalog::load({{root_.path().toStdString(), "test"}});
        REQUIRE(catalog_.problems().empty());
    }

    std::vector<std::string> ranked(const GroupProfile& group) const
    {
        std::vector<std::string> ids;
        for (const auto& recommendation : recommend(catalog_, group).ranked) ids.push_back(recommendation.entry->spec().id);
        return ids;
    }

    std::map<std::string, std::vector<std::string>> leftOut(const GroupProfile& group) const
    {
        std::map<std::string, std::vector<std::string>> reasons;
        for (const auto& left : recommend(catalog_, group).leftOut) reasons[left.entry->spec().id] = left.reasons;
        return reasons;
    }

    const MethodCatalog& catalog() const { return catalog_; }

private:
    QTemporaryDir root_;
    MethodCatalog catalog_;
};

GroupProfile sixFor(int minutes)
{
    GroupProfile group;
    group.members = 6;
    group.minutesAvailable = minutes;
    return group;
}

} // namespace

TEST_CASE("a method that cannot fit is never ranked, and the reason is given")
{
    const Palette palette{{{"short", 30}, {"long", 90}, {"large", 30, 8, 12}, {"small", 30, 2, 4}}};
    const auto group = sixFor(60);
    CHECK(palette.ranked(group) == std::vector<std::string>{"short"});
    const auto left = palette.leftOut(group);
    CHECK(left.at("long") == std::vector<std::string>{"needs at least 90 minutes; you have 60"});
    CHECK(left.at("large") == std::vector<std::string>{"made for 8–12 people; you are 6"});
    CHECK(left.at("small") == std::vector<std::string>{"made for 2–4 people; you are 6"});
}

TEST_CASE("conditions: a new group and a missing facilitator leave methods out")
{
    const Palette palette{{{"plain"},
                           {"gossip", 30, 4, 8, "[]", "[]", "[safe-group, experienced-group]"},
                           {"balint", 30, 4, 8, "[]", "[]", "[trained-facilitator]"}}};
    auto group = sixFor(60);
    CHECK(palette.ranked(group) == std::vector<std::string>{"plain"});
    CHECK(palette.leftOut(group).at("gossip")
          == std::vector<std::string>{"needs an experienced group — yours is new",
                                      "needs a group that already feels safe — yours is new"});
    CHECK(palette.leftOut(group).at("balint") == std::vector<std::string>{"needs a trained facilitator — none is present"});
    group.experienced = true;
    group.trainedFacilitator = true;
    CHECK(palette.ranked(group).size() == 3);
    CHECK(palette.leftOut(group).empty());
}

TEST_CASE("learning styles present decide between methods that both fit")
{
    const Palette palette{{{"for-dreamers", 30, 4, 8, "[dromer]"}, {"for-thinkers", 30, 4, 8, "[denker]"}}};
    auto group = sixFor(30);
    group.styles = {{LearningStyle::dromer, 4}, {LearningStyle::denker, 1}};
    CHECK(palette.ranked(group) == std::vector<std::string>{"for-dreamers", "for-thinkers"});
    group.styles = {{LearningStyle::dromer, 1}, {LearningStyle::denker, 4}};
    CHECK(palette.ranked(group) == std::vector<std::string>{"for-thinkers", "for-dreamers"});
    const auto top = recommend(palette.catalog(), group).ranked.front();
    CHECK(std::find(top.reasons.begin(), top.reasons.end(),
                    "suits 4 of your 5 members with a known style: 4 × denker (our judgement)")
          != top.reasons.end());
}

TEST_CASE("the kind of problem outweighs a small difference in styles")
{
    const Palette palette{{{"dilemmas", 30, 4, 8, "[dromer]", "[dilemma]"},
                           {"talks", 30, 4, 8, "[dromer, denker]", "[communication]"}}};
    auto group = sixFor(30);
    group.styles = {{LearningStyle::dromer, 3}, {LearningStyle::denker, 1}};
    group.problemKind = "dilemma";
    CHECK(palette.ranked(group) == std::vector<std::string>{"dilemmas", "talks"});
    group.problemKind = "communication";
    CHECK(palette.ranked(group) == std::vector<std::string>{"talks", "dilemmas"});
}

TEST_CASE("a method that uses the time well ranks above one that leaves most of it")
{
    const Palette palette{{{"quick", 15}, {"full", 55}}};
    CHECK(palette.ranked(sixFor(60)) == std::vector<std::string>{"full", "quick"});
    CHECK(recommend(palette.catalog(), sixFor(60)).ranked.front().reasons[1] == "55 of your 60 minutes");
}

TEST_CASE("closer to the ideal group size ranks higher")
{
    // Without an explicit ideal it is the middle of min..max: 11 for wide, 6 for narrow.
    const Palette sized{{{"wide", 30, 2, 20}, {"narrow", 30, 5, 7}}};
    CHECK(sized.ranked(sixFor(30)) == std::vector<std::string>{"narrow", "wide"});
}

TEST_CASE("ties break by id, and the same input always gives the same answer")
{
    const Palette palette{{{"beta"}, {"alpha"}, {"gamma"}}};
    const auto group = sixFor(30);
    CHECK(palette.ranked(group) == std::vector<std::string>{"alpha", "beta", "gamma"});
    CHECK(palette.ranked(group) == palette.ranked(group));
}

TEST_CASE("asking for a language leaves out methods without texts in it")
{
    const Palette palette{{{"both"}, {"dutch-only", 30, 4, 8, "[]", "[]", "[]", "{nl: Alleen Nederlands}"}}};
    auto group = sixFor(30);
    group.language = Language::en;
    CHECK(palette.ranked(group) == std::vector<std::string>{"both"});
    CHECK(palette.leftOut(group).at("dutch-only") == std::vector<std::string>{"has no English text"});
    group.language = Language::nl;
    CHECK(palette.ranked(group).size() == 2);
}
