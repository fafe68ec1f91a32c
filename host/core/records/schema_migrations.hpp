#pragma once
// The store's schema, as a numbered list of migrations. Opening a store applies those it has not
// seen, in one transaction, and notes each in the table schema_version; a store written by a
// newer Palet is refused rather than misread.

#include "records/store.hpp"

namespace palet {

// The highest version this Palet knows.
int latestSchemaVersion();

// The version the store is at: 0 for an empty one.
StoreResult<int> schemaVersion(const Store& store);

StoreStatus migrateSchema(Store& store);

} // namespace palet
