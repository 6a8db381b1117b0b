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
pgbin=/usr/lib/postgresql/15/bin
pg_started=0
cleanup() {
  if [ "$pg_started" = 1 ]; then
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

# PostgreSQL: password authentication over TCP, so the tests exercise a real password.
install -d -o postgres -g postgres "$work/pg"
pgpassword=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
echo "$pgpassword" >"$work/pg/pwfile"
chown postgres "$work/pg/pwfile"
runuser -u postgres -- "$pgbin/initdb" -D "$work/pg/data" -U postgres --pwfile="$work/pg/pwfile" \
  --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$work/pg/initdb.log" 2>&1 \
  || { cat "$work/pg/initdb.log"; exit 1; }
for attempt in 1 2 3 4 5 6 7 8; do
  pgport=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 40000 ))
  if runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $pgport -k $work/pg -c fsync=off -c max_connections=200" \
      start >/dev/null 2>&1; then
    pg_started=1
    break
  fi
done
if [ "$pg_started" != 1 ]; then
  echo "could not start PostgreSQL:" >&2; cat "$work/pg/server.log" >&2; exit 1
fi
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
