#pragma once
// The SDK's API version. A host accepts a plugin of the same major whose minor is at most its own.

#include <cstdint>

#define PALET_SDK_VERSION_MAJOR 2
#define PALET_SDK_VERSION_MINOR 0
#define PALET_SDK_VERSION_PATCH 0

#define PALET_SDK_API_VERSION \
    ((PALET_SDK_VERSION_MAJOR << 24) | (PALET_SDK_VERSION_MINOR << 16) | PALET_SDK_VERSION_PATCH)

namespace palet {

// A packed API version taken apart: PALET_SDK_API_VERSION is major << 24 | minor << 16 | patch.
struct ApiVersion {
    std::uint32_t major;
    std::uint32_t minor;
    std::uint32_t patch;

    static constexpr ApiVersion fromPacked(std::uint32_t packed)
    {
        return {packed >> 24, (packed >> 16) & 0xFFu, packed & 0xFFFFu};
    }
};

inline constexpr std::uint32_t sdkApiVersion = PALET_SDK_API_VERSION;

} // namespace palet
