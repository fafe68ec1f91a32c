#pragma once
// Names the C++ ABI and standard library a plugin was built with. C++ objects (std::string,
// std::vector, MethodSpec) cross the plugin boundary, so host and plugin must agree on both.

#include <cstddef> // defines the standard library's identifying macros

#if defined(__GLIBCXX__)
#if _GLIBCXX_USE_CXX11_ABI
#define PALET_STDLIB_TAG "libstdc++/cxx11"
#else
#define PALET_STDLIB_TAG "libstdc++/cow"
#endif
#elif defined(_LIBCPP_VERSION)
#define PALET_STDLIB_TAG "libc++"
#else
#define PALET_STDLIB_TAG "unknown-stdlib"
#endif

#if defined(__GNUC__) || defined(__clang__)
#define PALET_CXX_ABI_TAG "itanium"
#elif defined(_MSC_VER)
#define PALET_CXX_ABI_TAG "msvc"
#else
#define PALET_CXX_ABI_TAG "unknown-abi"
#endif

#define PALET_ABI_TAG PALET_CXX_ABI_TAG "/" PALET_STDLIB_TAG
