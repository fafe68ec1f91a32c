#pragma once
// An open connection to the records, with the schema brought up to date. Every change goes
// through write(), which runs it in one transaction: all of it is kept, or none of it.

#include "records/store_location.hpp"
#include "records/store_result.hpp"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace palet {

class Store {
public:
    // Opens the store, creating a SQLite file (readable by its owner only) when there is none,
    // and applies the schema's migrations it has not seen yet.
    static StoreResult<Store> open(const StoreLocation& location);

    Store(Store&& other) noexcept;
    Store& operator=(Store&& other) noexcept;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;
    ~Store();

    StoreDriver driver() const { return location_.driver; }
    const StoreLocation& location() const { return location_; }
    QSqlDatabase database() const;

    // Runs one statement with `values` bound to its `?` placeholders, in order.
    StoreResult<QSqlQuery> run(const QString& sql, const QVariantList& values = {}) const;

    // Runs `change` (a callable giving a StoreResult) in one transaction: commits when it gives a
    // value, rolls back when it gives an error or throws. The error of a failed database
    // statement is completed with the assurance that nothing was changed.
    template <typename Change>
    auto write(Change&& change) -> decltype(change());

private:
    Store(StoreLocation location, QString connectionName);
    StoreStatus begin() const;
    StoreStatus commit() const;
    void rollback() const;
    void close();
    QString withLiterals(const QString& sql, const QVariantList& values) const;

    StoreLocation location_;
    QString connectionName_; // unique per Store; empty once moved from
};

// A database statement failed: the message names the store and gives the database's own words.
StoreFailure databaseFailure(const Store& store, const QSqlQuery& query);
StoreFailure databaseFailure(const Store& store, const QString& databaseText);

// The sentence added to the error of a write that was rolled back.
QString nothingChangedText();

template <typename Change>
auto Store::write(Change&& change) -> decltype(change())
{
    using Result = decltype(change());
    if (const StoreStatus begun = begin(); !begun) return Result{StoreFailure{begun.error + ' ' + nothingChangedText(), true}};
    Result result;
    try {
        result = change();
    } catch (...) {
        rollback();
        throw;
    }
    if (!result) {
        rollback();
        if (result.databaseFailed) result.error += ' ' + nothingChangedText();
        return result;
    }
    if (const StoreStatus committed = commit(); !committed) {
        rollback();
        return Result{StoreFailure{committed.error + ' ' + nothingChangedText(), true}};
    }
    return result;
}

} // namespace palet
