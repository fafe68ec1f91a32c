#include "confinement.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <sys/syscall.h>

namespace palet::pluginhost {
namespace {

bool limit(int resource, rlim_t value)
{
    const rlimit bounds{value, value};
    return setrlimit(resource, &bounds) == 0;
}

} // namespace

ProtocolChannel confine(long parent, const Limits& limits)
{
    // Killed when palet ends, however it ends; if it ended before this line, end now.
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent) return {};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return {};
    // Palet may have descriptors open (its store, a journal) that it did not mark close-on-exec.
    if (syscall(SYS_close_range, 3u, ~0u, 0u) != 0) return {};
    // A group of its own: palet ends every process a plugin may start along with the helper.
    setsid();

    // The pipe moves out of the way; what a plugin prints to standard output goes to standard
    // error, which palet keeps apart, so that it cannot break the protocol by accident.
    ProtocolChannel channel;
    channel.in = fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3);
    channel.out = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    const int nothing = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (channel.in < 0 || channel.out < 0 || nothing < 0 || dup2(nothing, STDIN_FILENO) < 0
        || dup2(STDERR_FILENO, STDOUT_FILENO) < 0)
        return {};
    close(nothing);

    if (!limit(RLIMIT_AS, limits.addressSpaceBytes) || !limit(RLIMIT_FSIZE, limits.fileSizeBytes)
        || !limit(RLIMIT_NPROC, 0) || !limit(RLIMIT_CORE, 0))
        return {};
    // The soft limit sends SIGXCPU, which names the cause; the hard one a second later kills.
    const rlimit cpu{limits.cpuSeconds, limits.cpuSeconds + 1};
    if (setrlimit(RLIMIT_CPU, &cpu) != 0) return {};
    return channel;
}

} // namespace palet::pluginhost
