#pragma once
// One palet at a time writes a journal: its writer holds an exclusive lock on the file (flock) for
// as long as the session runs, which the system lets go when the process ends, however it ends.
// Erasure takes the same lock, so that it never rewrites a journal a session is still appending to.

namespace palet {

// Takes the lock on an open journal without waiting; false when another process holds it.
bool lockJournal(int descriptor);

} // namespace palet
