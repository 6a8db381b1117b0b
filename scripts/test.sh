#!/bin/sh
# Sets up and runs every test: installs missing Debian packages (test ones too), builds, starts a
# throwaway PostgreSQL on 127.0.0.1 (free port, temp dir) and a D-Bus session with an unlocked
# gnome-keyring, runs the whole CTest suite offscreen, then the tests labelled `sanitize` built with
# AddressSanitizer + UndefinedBehaviorSanitizer. Everything it started is stopped on exit.
#   USERSYNC_TEST_ASAN=0   skip the sanitizer pass (quicker local runs; CI always runs it)
#   USERSYNC_TEST_ASAN=all run the whole suite under the sanitizers, not only the `sanitize` label
#   USERSYNC_TEST_PRESETS  the build presets to test, e.g. "asan" (default: "default asan")
#   USERSYNC_BUILD_ROOT    where the build trees are (default: build)
#   extra arguments go to ctest, e.g. scripts/test.sh -R tst_store
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
scripts/deps.sh --test

presets="default"
if [ "${USERSYNC_TEST_ASAN:-1}" != 0 ] || [ "${CI:-}" = true ]; then presets="default asan"; fi
presets="${USERSYNC_TEST_PRESETS:-$presets}"

work=$(mktemp -d /tmp/usersync-test.XXXXXX)
chmod 755 "$work"
. scripts/pg-throwaway.sh
cleanup() {
  pg_throwaway_stop
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

# PostgreSQL: password authentication over TCP, so the tests exercise a real password; no fsync,
# since its data is thrown away.
pg_throwaway_start -c fsync=off -c max_connections=200
export USERSYNC_TEST_PG_URL="postgresql://postgres@127.0.0.1:$pgport/postgres"
export USERSYNC_TEST_PG_PASSWORD="$pgpassword"

# An isolated desktop session: keyring, config and data folders all in the temp dir.
mkdir -p -m 700 "$work/run"
export XDG_RUNTIME_DIR="$work/run" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
export XDG_CACHE_HOME="$work/cache" HOME="$work/home"
mkdir -p "$HOME"
export QT_QPA_PLATFORM=offscreen USERSYNC_TEST_KEYRING=1
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

status=0
for preset in $presets; do
  dir="${USERSYNC_BUILD_ROOT:-build}/$preset"
  # The sanitizer build runs about five times slower, so by default it covers the tests labelled
  # `sanitize` (store, engine, models, API units: the code with threads and raw memory) and
  # builds only those; USERSYNC_TEST_ASAN=all runs the whole suite under it.
  select=""
  if [ "$preset" = asan ] && [ "${USERSYNC_TEST_ASAN:-1}" != all ]; then select="-L sanitize"; fi
  echo "== building ($preset${select:+, tests labelled sanitize})"
  if [ -n "$select" ]; then
    scripts/build.sh "$preset" usersync-cli >"$work/build-$preset.log" 2>&1 \
      || { tail -50 "$work/build-$preset.log"; exit 1; }
    targets=$(ctest --test-dir "$dir" -N $select | sed -n 's/^ *Test *#[0-9]*: //p')
    scripts/build.sh "$preset" $targets >>"$work/build-$preset.log" 2>&1 \
      || { tail -50 "$work/build-$preset.log"; exit 1; }
  else
    scripts/build.sh "$preset" >"$work/build-$preset.log" 2>&1 || { tail -50 "$work/build-$preset.log"; exit 1; }
  fi
  echo "== testing ($preset)"
  dbus-run-session -- sh -c '
    echo -n usersync-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec ctest --test-dir "$0" --output-on-failure --timeout 600 -j2 "$@"' "$dir" $select "$@" || status=1
done
exit $status
