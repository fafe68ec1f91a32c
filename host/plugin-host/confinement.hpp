#pragma once
// The least privilege Linux gives a process without root, taken before any plugin code runs:
// no new privileges through exec, death with palet, no descriptors but the pipe to palet, a
// process group of its own (so that palet can end whatever a plugin starts), and limits on
// memory, CPU time, new processes, file size and core dumps.

namespace palet::pluginhost {

struct Limits {
    unsigned long addressSpaceBytes;
    unsigned long cpuSeconds;
    unsigned long fileSizeBytes;
};

// The limits docs/sdk.md promises.
inline constexpr Limits defaultLimits{1ul << 30, 60, 64ul << 20};

// The descriptors palet talks through, moved out of the way of standard output.
struct ProtocolChannel {
    int in = -1;
    int out = -1;
};

// Confines this process; `parent` is the pid of the palet that started it. Returns the
// channel, or a negative `in` when palet is gone already or the confinement failed.
ProtocolChannel confine(long parent, const Limits& limits = defaultLimits);

} // namespace palet::pluginhost
