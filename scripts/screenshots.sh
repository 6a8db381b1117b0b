#!/bin/sh
# Makes docs/screenshots/*.png from a real sample directory: builds (if needed), fills a
# throwaway data folder with usersync-cli (a sample organisation of a few thousand people,
# syncs with changes, a failed run and its retry, a push, a disabled source), then runs the real
# GUI under xvfb-run once per view and lets it grab itself (--screenshot).
# Everything runs in a private D-Bus session with an unlocked, throwaway gnome-keyring, and with
# its own config folder, so nothing touches the real profile; nothing is left running.
#   USERSYNC_BUILD_ROOT   where the build trees are (default: build)
#   SCREENSHOT_LANGS      extra interface languages to capture the Sources view in (default: zh_CN)
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
scripts/deps.sh --test
build="${USERSYNC_BUILD_ROOT:-build}/default"
scripts/build.sh default >/dev/null
cli="$root/$build/app/usersync-cli"
gui="$root/$build/app/usersync"
[ -x "$cli" ] || cli="$build/app/usersync-cli"
[ -x "$gui" ] || gui="$build/app/usersync"
out="$root/docs/screenshots"
mkdir -p "$out"

work=$(mktemp -d /tmp/usersync-shots.XXXXXX)
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p -m 700 "$work/run"
export XDG_RUNTIME_DIR="$work/run" XDG_DATA_HOME="$work/xdg-data" XDG_CONFIG_HOME="$work/config"
export XDG_CACHE_HOME="$work/cache" HOME="$work/home"
mkdir -p "$HOME"
data="$work/data"
export USERSYNC_CLI="$cli" USERSYNC_GUI="$gui" SHOTS_DATA="$data" SHOTS_OUT="$out"
export SCREENSHOT_LANGS="${SCREENSHOT_LANGS-zh_CN}"

dbus-run-session -- sh -eu -c '
  echo -n screenshots | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  cli() { "$USERSYNC_CLI" --data-dir "$SHOTS_DATA" "$@"; }
  quiet() { "$@" >/dev/null 2>&1; }

  echo "== sample directory in $SHOTS_DATA"
  quiet cli sources add hr --type sample --enable --option users=4000 --option departments=60 \
    --option depth=3 --option pageSize=500 --display-name "HR system (sample)"
  printf "%s\n" "sample-password" | quiet cli sources update hr --secret password
  quiet cli sources add contractors --type sample --enable --option users=600 --option seed=7 \
    --option departments=12 --option failAfter=300 --option failTimes=1
  quiet cli sources add ldap --type sample --option users=100 --option seed=3
  quiet cli sync hr
  quiet cli sources update hr --option mutation=4
  quiet cli sync hr
  for m in 8 3 12 6; do
    quiet cli sources update hr --option mutation=$m
    quiet cli sync hr
  done
  cli sync contractors >/dev/null 2>&1 || true   # fails on purpose after 300 records
  failed=$(cli --json tasks contractors | python3 -c "import json,sys; print(json.load(sys.stdin)[0][\"batch\"])")
  quiet cli retry "$failed"
  # A push with a clash, so a task is partial and has a failed record with its raw data.
  cat > "$SHOTS_DATA/push.json" <<JSON
{"dataType":"user","sourceName":"api","matchKey":"email","records":[
 {"uid":"p-1","nickname":"Ada Lovelace","username":"ada","email":"ada@example.org","employeeNo":"E-1001","title":"Engineer"},
 {"uid":"p-2","nickname":"Grace Hopper","username":"grace","email":"grace@example.org","employeeNo":"E-1002","title":"Admiral"},
 {"uid":"p-3","nickname":"Ada Again","username":"ada2","email":"ada@example.org"}]}
JSON
  quiet cli push "$SHOTS_DATA/push.json" || true
  latest=$(cli --json tasks hr | python3 -c "import json,sys; print(json.load(sys.stdin)[0][\"batch\"])")

  # API keys have no CLI command yet; two rows written the way ApiKeyRepository writes them
  # (only a SHA-256 of the token is stored), so the settings page shows a real list.
  python3 - "$SHOTS_DATA/usersync.sqlite" <<PY
import hashlib, secrets, sqlite3, sys, datetime
db = sqlite3.connect(sys.argv[1])
now = datetime.datetime.utcnow()
for name, days, revoked in (("hr-system", 12, False), ("old-import", 40, True)):
    token = "usk_" + secrets.token_urlsafe(32)
    created = (now - datetime.timedelta(days=days)).isoformat(timespec="milliseconds") + "Z"
    db.execute("INSERT INTO api_keys (name, token_hash, token_prefix, created_at, revoked_at) "
               "VALUES (?, ?, ?, ?, ?)", (name, hashlib.sha256(token.encode()).hexdigest(),
               token[:8], created, created if revoked else None))
db.commit()
PY
  mkdir -p "$XDG_CONFIG_HOME/UserSync"
  printf "[api]\nenabled=true\nport=%s\n" "$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d " ") % 30000 ))" \
    > "$XDG_CONFIG_HOME/UserSync/usersync.conf"

  shot() { # shot NAME [usersync arguments]
    name=$1; shift
    echo "== $name.png"
    xvfb-run -a -s "-screen 0 1440x900x24" "$USERSYNC_GUI" --data-dir "$SHOTS_DATA" \
      --screenshot "$SHOTS_OUT/$name.png" --quit-after 30000 "$@" 2>"$SHOTS_DATA/$name.err" \
      || { cat "$SHOTS_DATA/$name.err" >&2; exit 1; }
  }
  # The log first: every start of the GUI adds its own lines to the system log.
  shot logs --page logs --log-batch "$failed"
  shot logs-raw --page logs --log raw
  shot sources --tasks hr
  shot task-details --task "$latest" --outcome updated
  shot users --page users
  shot departments --page departments
  shot configure --configure hr
  shot settings --settings api
  for lang in $SCREENSHOT_LANGS; do
    shot "sources-$lang" --tasks hr --lang "$lang"
  done
'
echo "screenshots in $out"
