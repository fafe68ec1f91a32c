#include "session/journal_lock.hpp"

#include <cerrno>

#include <sys/file.h>

namespace palet {

bool lockJournal(int descriptor)
{
    int result = 0;
    do result = ::flock(descriptor, LOCK_EX | LOCK_NB);
    while (result != 0 && errno == EINTR);
    return result == 0;
}

} // namespace palet
