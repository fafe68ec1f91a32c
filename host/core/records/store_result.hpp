#pragma once
// What a store operation gives back: the value, or a sentence for the user saying what went wrong.
// A failed write has been rolled back; when a database statement failed, its message says that
// nothing was changed.

#include <QString>

#include <optional>
#include <utility>

namespace palet {

struct StoreFailure {
    QString error;
    bool databaseFailed = false; // the database refused a statement, rather than a rule of Palet's
};

// A rule of Palet's refused the request (an unknown name, an overlap…).
inline StoreFailure refusal(QString message) { return {std::move(message), false}; }

template <typename Value>
struct StoreResult {
    std::optional<Value> value;
    QString error; // set when there is no value
    bool databaseFailed = false;

    StoreResult() = default;
    StoreResult(Value given) : value(std::move(given)) {}
    StoreResult(StoreFailure failure) : error(std::move(failure.error)), databaseFailed(failure.databaseFailed) {}

    // Passes the failure on as the result of another type.
    StoreFailure failure() const { return {error, databaseFailed}; }

    explicit operator bool() const { return value.has_value(); }
    const Value& operator*() const& { return *value; }
    Value& operator*() & { return *value; }
    Value&& operator*() && { return std::move(*value); }
    const Value* operator->() const { return &*value; }
    Value* operator->() { return &*value; }
};

// For a change that gives back nothing but success.
struct Done {};
using StoreStatus = StoreResult<Done>;

inline StoreStatus done() { return Done{}; }

} // namespace palet
