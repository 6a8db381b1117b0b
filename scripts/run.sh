#!/bin/sh
# Sets up and starts UserSync: installs missing Debian packages, builds, and opens the window on
# the default store (an SQLite file in ~/.local/share/usersync). Extra arguments go to usersync,
# e.g. scripts/run.sh --data-dir /tmp/demo --lang zh_CN
set -eu
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh default >/dev/null
exec "${USERSYNC_BUILD_ROOT:-build}/default/app/usersync" "$@"
