#pragma once
// What a pack operation gives back: the value, or one sentence for the user saying why not.

#include <QString>

#include <optional>
#include <utility>

namespace palet {

struct PackRefusal {
    QString reason;
};

inline PackRefusal refused(QString reason) { return {std::move(reason)}; }

template <typename Value>
struct PackResult {
    std::optional<Value> value;
    QString error; // set when there is no value

    PackResult(Value given) : value(std::move(given)) {}
    PackResult(PackRefusal refusal) : error(std::move(refusal.reason)) {}

    explicit operator bool() const { return value.has_value(); }
    const Value& operator*() const& { return *value; }
    Value& operator*() & { return *value; }
    Value&& operator*() && { return std::move(*value); }
    const Value* operator->() const { return &*value; }
    Value* operator->() { return &*value; }
};

struct PackDone {};
using PackStatus = PackResult<PackDone>;

inline PackStatus packDone() { return PackDone{}; }

} // namespace palet
