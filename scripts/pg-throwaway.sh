# Sourced by scripts/test.sh and scripts/bench.sh: a throwaway PostgreSQL 15 in "$work/pg" on
# 127.0.0.1, a free port, password authentication (scram) over TCP.
#   pg_throwaway_start [SERVER OPTIONS]   sets pgport and pgpassword; exits the script on failure
#   pg_throwaway_stop                     stops it (safe to call when it never started)
pgbin=/usr/lib/postgresql/15/bin
pg_started=0

pg_throwaway_start() {
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
        -o "-c listen_addresses=127.0.0.1 -p $pgport -k $work/pg $*" start >/dev/null 2>&1; then
      pg_started=1
      return 0
    fi
  done
  echo "could not start PostgreSQL:" >&2; cat "$work/pg/server.log" >&2; exit 1
}

pg_throwaway_stop() {
  if [ "$pg_started" = 1 ]; then
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1 || true
    pg_started=0
  fi
}
