#pragma once
// One method as the catalog keeps it: the bytes of its cache form, decoded only as far as a
// command needs. Listing a thousand methods reads each headline; a filter decodes the overview;
// only a command that uses a method decodes its whole spec. Copies share what was decoded.

#include "catalog/method_overview.hpp"

#include <palet/method_spec.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace palet {

// What every listing reads of every method, decoded without allocating.
struct MethodHeadline {
    std::string_view id;
    SemanticVersion version;
    MethodKind kind = MethodKind::method;
};

// Where a record's bytes are: all views into memory that `owner` keeps alive, as are the
// headline's texts.
struct RecordBytes {
    std::shared_ptr<const void> owner;
    std::string_view file;     // the script, read again should the spec's bytes not match their hash
    std::string_view overview; // encoded MethodOverview
    std::string_view spec;     // the whole spec in QDataStream form
    std::uint64_t specHash = 0;
};

class MethodRecord {
public:
    MethodRecord(MethodHeadline headline, RecordBytes bytes);

    const MethodHeadline& headline() const;
    // Decoded on first use; from the spec should its own bytes be damaged.
    const MethodOverview& overview() const;
    // Decoded on first use. Throws std::runtime_error, naming the file, only when the cache's
    // bytes are damaged and the file no longer holds a valid method either.
    const MethodSpec& spec() const;

private:
    struct State;
    std::shared_ptr<State> state_;
};

} // namespace palet
