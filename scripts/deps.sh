#!/bin/sh
# Installs the Debian packages UserSync needs, and only those that are missing.
#   scripts/deps.sh          build + run dependencies
#   scripts/deps.sh --test   the same plus what the test suite starts (PostgreSQL, D-Bus,
#                            gnome-keyring, Xvfb for screenshots)
#   scripts/deps.sh --print  print the package list and exit (used by packaging docs)
set -eu

BUILD_PACKAGES="cmake ninja-build g++ dpkg-dev file pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev
  libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libsqlite3-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libsecret-1-0
  qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
  fonts-dejavu-core fonts-wqy-microhei"
TEST_PACKAGES="postgresql-15
  dbus-daemon dbus-x11 gnome-keyring libsecret-tools
  xvfb xauth imagemagick curl openssl procps"

mode=${1:-}
packages=$BUILD_PACKAGES
case "$mode" in
  --test) packages="$BUILD_PACKAGES $TEST_PACKAGES" ;;
  --print) echo $BUILD_PACKAGES; exit 0 ;;
  --print-test) echo $TEST_PACKAGES; exit 0 ;;
  "") ;;
  *) echo "usage: $0 [--test|--print|--print-test]" >&2; exit 2 ;;
esac

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" != 0 ]; then
  echo "UserSync needs these Debian packages:$missing" >&2
  echo "Run this script as root (or: sudo $0 $mode)." >&2
  exit 1
fi
echo "Installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
# apt lists may be stale or absent on a fresh machine; one update before the install.
apt-get -o DPkg::Lock::Timeout=300 update -qq
# shellcheck disable=SC2086
apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends $missing >/dev/null
