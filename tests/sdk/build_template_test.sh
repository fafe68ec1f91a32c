#!/usr/bin/env bash
# The SDK as an outside developer meets it:
#   (a) install this Palet build tree into a temporary prefix;
#   (b) copy the installed template and build it out of tree against that prefix only;
#   (c) let the real palet list and load the plugin, from XDG_DATA_HOME and from --methods;
#   (d) check that find_package(PaletSDK <next major>.0) refuses it (2.0 for a 1.x SDK).
# Run by ctest (tests/sdk/CMakeLists.txt) after the project is built.
set -euo pipefail

usage="usage: $0 --build-dir DIR --palet FILE --cmake FILE --cxx FILE [--ninja FILE]"
build_dir='' palet='' cmake='' cxx='' ninja=''
while (($#)); do
    case "$1" in
    --build-dir) build_dir=$2 ;;
    --palet) palet=$2 ;;
    --cmake) cmake=$2 ;;
    --cxx) cxx=$2 ;;
    --ninja) ninja=$2 ;;
    *) echo "$usage" >&2; exit 2 ;;
    esac
    shift 2
done
[[ -n $build_dir && -n $palet && -n $cmake && -n $cxx ]] || { echo "$usage" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/palet-sdk-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

step() { echo "== $*"; }
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
# run LOG COMMAND...: runs the command with its output in LOG; on failure shows LOG and fails.
run() {
    local log=$1
    shift
    if ! "$@" >"$log" 2>&1; then
        cat "$log" >&2
        fail "this command failed: $*"
    fi
}

# Nothing from the user's environment may take part: no installed SDK, methods or cache.
export HOME=$tmp/home
export XDG_DATA_HOME=$HOME/.local/share
export XDG_CACHE_HOME=$HOME/.cache
export XDG_DATA_DIRS=$tmp/no-system-data
export LC_ALL=C.UTF-8
unset PALET_METHOD_PATH PALET_DEBUG_PLUGINS PALET_NO_CACHE CMAKE_PREFIX_PATH PaletSDK_DIR PaletSDK_ROOT \
    CMAKE_GENERATOR CMAKE_BUILD_PARALLEL_LEVEL
mkdir -p "$HOME"

prefix=$tmp/prefix
generator=()
[[ -n $ninja ]] && generator=(-G Ninja "-DCMAKE_MAKE_PROGRAM=$ninja")

step "(a) cmake --install $build_dir --prefix $prefix"
if ! "$cmake" --install "$build_dir" --prefix "$prefix" >"$tmp/install.log" 2>&1; then
    cat "$tmp/install.log" >&2
    fail "installing the build tree failed; build the whole project first (ninja -C $build_dir)"
fi
for file in include/palet/plugin_export.hpp include/palet/plugin_descriptor.h \
    share/palet/sdk-template/CMakeLists.txt share/palet/sdk-template/my_method.cpp \
    share/palet/sdk-template/README.md; do
    [[ -f $prefix/$file ]] || fail "the install lacks $file"
done
config=$(find "$prefix" -name PaletSDKConfig.cmake -path '*/cmake/PaletSDK/*')
[[ -n $config ]] || fail "the install lacks lib/cmake/PaletSDK/PaletSDKConfig.cmake"
for file in PaletSDKConfigVersion.cmake PaletSDKTargets.cmake PaletPlugin.cmake; do
    [[ -f $(dirname "$config")/$file ]] || fail "the install lacks $(dirname "$config")/$file"
done
# The CMake package's version and the API version in the headers are kept by hand; they must agree.
package_version=$(sed -n 's/^set(PACKAGE_VERSION "\(.*\)")$/\1/p' "$(dirname "$config")/PaletSDKConfigVersion.cmake")
header_part() { sed -n "s/^#define PALET_SDK_VERSION_$1 \([0-9]*\)$/\1/p" "$prefix/include/palet/sdk_version.hpp"; }
sdk_major=$(header_part MAJOR) sdk_minor=$(header_part MINOR) sdk_patch=$(header_part PATCH)
[[ -n $sdk_major && "$sdk_major.$sdk_minor.$sdk_patch" == "$package_version" ]] ||
    fail "the CMake package says PaletSDK '$package_version' but sdk_version.hpp says '$sdk_major.$sdk_minor.$sdk_patch'"

step "(b) build the installed template out of tree against $prefix only"
src=$tmp/src/my-method
tbuild=$tmp/build/my-method
mkdir -p "$(dirname "$src")"
cp -R "$prefix/share/palet/sdk-template" "$src"
run "$tmp/configure.log" "$cmake" -S "$src" -B "$tbuild" "${generator[@]}" \
    "-DCMAKE_CXX_COMPILER=$cxx" "-DCMAKE_PREFIX_PATH=$prefix" \
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF
found_dir=$(sed -n 's/^PaletSDK_DIR:[A-Z]*=//p' "$tbuild/CMakeCache.txt")
[[ $found_dir == "$prefix"/* ]] || fail "the template found PaletSDK in '$found_dir', not in $prefix"
run "$tmp/build.log" "$cmake" --build "$tbuild" --parallel 2
out=$tbuild/share/palet/methods/my-method
[[ -f $out/my-method.so ]] || fail "the build made no $out/my-method.so"
[[ -f $out/my-method.plugin.yaml ]] || fail "the build did not put the manifest beside the library in $out"
# Installing to ~/.local puts the pair in ~/.local/share/palet/methods/my-method/ = XDG_DATA_HOME.
run "$tmp/install-plugin.log" "$cmake" --install "$tbuild" --prefix "$HOME/.local"
user_dir=$XDG_DATA_HOME/palet/methods/my-method
[[ -f $user_dir/my-method.so && -f $user_dir/my-method.plugin.yaml ]] ||
    fail "cmake --install --prefix ~/.local did not put my-method.so and its manifest in $user_dir"

step "(c) palet lists and loads the plugin"
run "$tmp/validate.log" "$palet" validate "$user_dir/my-method.plugin.yaml"

# check_listed LIST_JSON SOURCE LIBRARY: my-method is listed once, as a plugin from SOURCE at LIBRARY.
cat >"$tmp/check_list.cmake" <<'EOF'
cmake_minimum_required(VERSION 3.25)
file(READ "${LIST}" json)
string(JSON count ERROR_VARIABLE problem LENGTH "${json}")
if(problem)
    message(FATAL_ERROR "palet list --json did not print a JSON array: ${problem}")
endif()
set(seen 0)
if(count GREATER 0)
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
        string(JSON id GET "${json}" ${i} id)
        if(id STREQUAL "my-method")
            math(EXPR seen "${seen} + 1")
            string(JSON kind GET "${json}" ${i} origin kind)
            string(JSON source GET "${json}" ${i} origin source)
            string(JSON path GET "${json}" ${i} origin path)
            if(NOT kind STREQUAL "plugin" OR NOT source STREQUAL "${SOURCE}" OR NOT path STREQUAL "${LIBRARY}")
                message(FATAL_ERROR "my-method is listed as kind '${kind}' from '${source}' at '${path}'; "
                                    "expected kind 'plugin' from '${SOURCE}' at '${LIBRARY}'")
            endif()
        endif()
    endforeach()
endif()
if(NOT seen EQUAL 1)
    message(FATAL_ERROR "palet list --json shows my-method ${seen} times, not once")
endif()
EOF
check_listed() {
    run "$tmp/check_list.log" "$cmake" "-DLIST=$1" "-DSOURCE=$2" "-DLIBRARY=$3" -P "$tmp/check_list.cmake"
}

# check_loads PALET LIBRARY PLAN ARGS...: `palet check my-method ARGS` succeeds, loads LIBRARY and
# reports PLAN ("N minutes for M members in K available") on its first line. Only its standard
# output is compared; the lines after it show the roles and phases.
check_loads() {
    local host=$1 library=$2 plan=$3
    shift 3
    if ! "$host" check my-method "$@" >"$tmp/check.out" 2>"$tmp/check.err"; then
        cat "$tmp/check.out" "$tmp/check.err" >&2
        fail "$host check my-method $* refused the plugin"
    fi
    local said
    said=$(head -n 1 "$tmp/check.out")
    grep -qx '  Phases:' "$tmp/check.out" || { cat "$tmp/check.out" >&2; fail "$host check my-method $* did not show the phases"; }
    [[ $said == "ok: my-method 1.0.0 from $library: "*", $plan" ]] ||
        fail "$host check my-method $* printed '$said'; expected 'ok: my-method 1.0.0 from $library: ..., $plan'"
}

# From XDG_DATA_HOME, as a user installs it. The minutes come from the plugin's code: with 10
# minutes for 3 members it gives the round one minute a member (5 + 3 + 5), which the manifest
# cannot say.
"$palet" list --json >"$tmp/list.json" 2>"$tmp/list.err" || { cat "$tmp/list.err" >&2; fail "palet list --json failed"; }
if grep -q my-method "$tmp/list.err"; then cat "$tmp/list.err" >&2; fail "palet list complained about my-method"; fi
check_listed "$tmp/list.json" XDG_DATA_HOME "$user_dir/my-method.so"
check_loads "$palet" "$user_dir/my-method.so" "20 minutes for 5 members in 60 available"
check_loads "$palet" "$user_dir/my-method.so" "13 minutes for 3 members in 10 available" --group-size 3 --minutes 10
# PALET_DEBUG_PLUGINS=1 traces the load.
PALET_DEBUG_PLUGINS=1 "$palet" check my-method >/dev/null 2>"$tmp/trace.log" || fail "palet check with tracing failed"
grep -qF "took $user_dir/my-method.so: method 'my-method', SDK $package_version" "$tmp/trace.log" ||
    { cat "$tmp/trace.log" >&2; fail "PALET_DEBUG_PLUGINS=1 did not trace the load of my-method.so"; }

# The installed palet loads it too.
check_loads "$prefix/bin/palet" "$user_dir/my-method.so" "20 minutes for 5 members in 60 available"

# From the template's build folder with --methods, nothing installed for the user.
rm -rf "$XDG_DATA_HOME/palet"
"$palet" list --json --methods "$tbuild/share/palet/methods" >"$tmp/list.json" 2>"$tmp/list.err" ||
    { cat "$tmp/list.err" >&2; fail "palet list --json --methods failed"; }
check_listed "$tmp/list.json" --methods "$out/my-method.so"
check_loads "$palet" "$out/my-method.so" "20 minutes for 5 members in 60 available" --methods "$tbuild/share/palet/methods"

# palet plugin install: checked, then copied into XDG_DATA_HOME.
run "$tmp/plugin-install.log" "$palet" plugin install "$out"
grep -qF "Installed my-method 1.0.0 in $user_dir" "$tmp/plugin-install.log" ||
    { cat "$tmp/plugin-install.log" >&2; fail "palet plugin install did not say it installed my-method in $user_dir"; }
"$palet" list --json >"$tmp/list.json" 2>"$tmp/list.err" || { cat "$tmp/list.err" >&2; fail "palet list --json failed"; }
check_listed "$tmp/list.json" XDG_DATA_HOME "$user_dir/my-method.so"
check_loads "$palet" "$user_dir/my-method.so" "20 minutes for 5 members in 60 available"

next_major=$((sdk_major + 1)).0
step "(d) find_package(PaletSDK $next_major) refuses the $package_version install"
mkdir -p "$tmp/probe"
cat >"$tmp/probe/CMakeLists.txt" <<EOF
cmake_minimum_required(VERSION 3.25)
project(probe LANGUAGES NONE)
find_package(PaletSDK $next_major REQUIRED)
EOF
if "$cmake" -S "$tmp/probe" -B "$tmp/probe/build" "-DCMAKE_PREFIX_PATH=$prefix" \
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF >"$tmp/probe.log" 2>&1; then
    cat "$tmp/probe.log" >&2
    fail "find_package(PaletSDK $next_major) accepted the SDK $package_version install"
fi
# CMake wraps its messages; compare with the line breaks folded.
folded=$(tr -s ' \n' '  ' <"$tmp/probe.log")
[[ $folded == *"compatible with requested version \"$next_major\""* && $folded == *"$config, version: $package_version"* ]] ||
    { cat "$tmp/probe.log" >&2; fail "find_package(PaletSDK $next_major) failed, but not because the installed $package_version is incompatible"; }

echo "ok: SDK $package_version installs, the template builds against it, palet loads my-method, and SDK $next_major is refused"
