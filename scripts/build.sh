#!/bin/sh
# Configures (once) and builds one CMake preset: scripts/build.sh [default|asan|release] [TARGET...]
# (every target when none is named).
# USERSYNC_BUILD_ROOT (default: build) puts the build trees elsewhere, e.g. one per developer.
set -eu
cd "$(dirname "$0")/.."
preset=${1:-default}
[ $# -gt 0 ] && shift
dir="${USERSYNC_BUILD_ROOT:-build}/$preset"
if [ ! -f "$dir/build.ninja" ]; then
  cmake --preset "$preset" -B "$dir" >/dev/null
fi
if [ $# -gt 0 ]; then
  cmake --build "$dir" --target "$@"
else
  cmake --build "$dir"
fi
