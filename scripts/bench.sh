#!/bin/sh
# Builds the release tree and runs usersync-bench (README, "Performance"): every scenario, three
# times, medians printed, plus pgfull against a throwaway PostgreSQL on 127.0.0.1 (a free port,
# a temporary folder, scram password; stopped on exit).
#   USERSYNC_BUILD_ROOT   where the build trees are (default: build)
#   USERSYNC_BENCH_PG=0   skip PostgreSQL (and pgfull)
#   arguments go to usersync-bench, e.g. scripts/bench.sh --json --scenario full1m
#   (without arguments: --runs 3)
set -eu
cd "$(dirname "$0")/.."
scripts/deps.sh --test
dir="${USERSYNC_BUILD_ROOT:-build}/release"
if [ ! -f "$dir/build.ninja" ]; then
  cmake --preset release -B "$dir" >/dev/null
fi
cmake --build "$dir" --target usersync-bench -j2 >/dev/null
bench="$dir/bench/usersync-bench"
[ $# -gt 0 ] || set -- --runs 3

if [ "${USERSYNC_BENCH_PG:-1}" = 0 ]; then
  exec "$bench" "$@"
fi

work=$(mktemp -d /tmp/usersync-bench.XXXXXX)
chmod 755 "$work"
. scripts/pg-throwaway.sh
cleanup() {
  pg_throwaway_stop
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

# The server keeps PostgreSQL's durable defaults (fsync on), like a real deployment.
pg_throwaway_start
PGPASSWORD=$pgpassword
export PGPASSWORD

"$bench" --database "postgresql://postgres@127.0.0.1:$pgport/postgres" "$@"
