#pragma once
// What listing, filtering and choosing between versions need of a method. Every run reads it for
// every method found, so it is kept small and has its own compact form in the metadata cache;
// the whole MethodSpec is decoded only when a command uses it.

#include "catalog/byte_codec.hpp"

#include <palet/method_spec.hpp>

#include <string>
#include <vector>

namespace palet {

struct MethodOverview {
    std::string id;
    SemanticVersion version;
    MethodKind kind = MethodKind::method;
    LocalizedText name;
    LocalizedText summary;
    GroupSize groupSize;
    std::vector<LearningStyle> styles;
    StyleBasis styleBasis = StyleBasis::judgement;
    std::vector<std::string> themes;
    std::vector<Condition> conditions;
    std::vector<PhaseDuration> phaseMinutes; // of every phase, in order
    std::vector<std::string> sourceNames;    // every source's author, title and publisher
    std::optional<MinuteRange> ownMinutes{}; // the method's own minutes as a whole, if given
    // Format 2: the subgroups' size (0: none); per phase of phaseMinutes the round that repeats it
    // (-1: none); per round how often it runs, as Round::repeat and holdersBySize say.
    int subgroupSize = 0;
    std::vector<int> phaseRounds{};
    std::vector<Round> rounds{};

    static MethodOverview of(const MethodSpec& spec);

    MinuteRange minutesFor(int members) const;
    bool suits(LearningStyle style) const;
    bool needs(Condition condition) const;

    friend bool operator==(const MethodOverview&, const MethodOverview&) = default;
};

void encode(ByteWriter& out, const MethodOverview& overview);
// False when the bytes are damaged; `overview` is then unspecified.
bool decode(ByteReader& in, MethodOverview& overview);

} // namespace palet
