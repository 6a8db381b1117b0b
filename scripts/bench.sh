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
pgbin=/usr/lib/postgresql/15/bin
pg_started=0
cleanup() {
  if [ "$pg_started" = 1 ]; then
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

# The server keeps PostgreSQL's durable defaults (fsync on), like a real deployment.
install -d -o postgres -g postgres "$work/pg"
PGPASSWORD=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
export PGPASSWORD
echo "$PGPASSWORD" >"$work/pg/pwfile"
chown postgres "$work/pg/pwfile"
runuser -u postgres -- "$pgbin/initdb" -D "$work/pg/data" -U postgres --pwfile="$work/pg/pwfile" \
  --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 >"$work/pg/initdb.log" 2>&1 \
  || { cat "$work/pg/initdb.log"; exit 1; }
for attempt in 1 2 3 4 5 6 7 8; do
  pgport=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 40000 ))
  if runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $pgport -k $work/pg" start >/dev/null 2>&1; then
    pg_started=1
    break
  fi
done
if [ "$pg_started" != 1 ]; then
  echo "could not start PostgreSQL:" >&2; cat "$work/pg/server.log" >&2; exit 1
fi

"$bench" --database "postgresql://postgres@127.0.0.1:$pgport/postgres" "$@"
