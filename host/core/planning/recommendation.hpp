#pragma once
// Which methods suit this group, this case and this time, best first, with the reasons for each
// place and for every method left out. All ranking rules live here (docs/recommend.md).

#include "catalog/method_catalog.hpp"

#include <palet/learning_style.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace palet {

struct GroupProfile {
    int members = 0;
    int minutesAvailable = 0;
    std::map<LearningStyle, int> styles; // how many members have each style (those known)
    std::optional<std::string> problemKind;
    bool experienced = false;         // a new group is neither experienced nor yet safe
    bool trainedFacilitator = false;
    std::optional<Language> language; // methods must have their texts in it
};

struct Recommendation {
    const CatalogEntry* entry = nullptr;
    int score = 0; // 0..100
    MinuteRange minutes;
    std::vector<std::string> reasons;
};

struct LeftOut {
    const CatalogEntry* entry = nullptr;
    std::vector<std::string> reasons;
};

struct Recommendations {
    std::vector<Recommendation> ranked; // best first; ties by id
    std::vector<LeftOut> leftOut;       // by id
};

// The weights of the score; they add up to 100.
namespace recommendationWeights {
inline constexpr int styles = 40;
inline constexpr int problem = 30;
inline constexpr int time = 20;
inline constexpr int groupSize = 10;
} // namespace recommendationWeights

Recommendations recommend(const MethodCatalog& catalog, const GroupProfile& group);

} // namespace palet
