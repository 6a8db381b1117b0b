#!/bin/sh
# Configures (once) and builds one CMake preset: scripts/build.sh [default|asan|release]
set -eu
cd "$(dirname "$0")/.."
preset=${1:-default}
if [ ! -f "build/$preset/build.ninja" ]; then
  cmake --preset "$preset" >/dev/null
fi
# The translation sources must exist before the first build; lupdate creates them.
for ts in translations/*.ts; do [ -f "$ts" ] || cmake --build "build/$preset" --target update_translations >/dev/null; done
cmake --build "build/$preset"
