#!/bin/sh
# Builds the .deb with CPack from an already built tree and checks what it holds.
# usage: check-deb.sh BUILD_DIR
set -eu
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/usersync_*.deb)
dpkg-deb -c "$deb" | awk '{print $6}' >"$out/files"
status=0
for f in ./usr/bin/usersync ./usr/bin/usersync-cli \
         ./usr/share/applications/org.usersync.UserSync.desktop \
         ./usr/share/metainfo/org.usersync.UserSync.metainfo.xml \
         ./usr/share/icons/hicolor/48x48/apps/org.usersync.UserSync.png \
         ./usr/share/icons/hicolor/256x256/apps/org.usersync.UserSync.png \
         ./usr/share/icons/hicolor/scalable/apps/org.usersync.UserSync.svg; do
  grep -qx "$f" "$out/files" || { echo "missing from the package: $f"; status=1; }
done
grep -qE '^\./usr/lib/usersync/libusersync-core\.so\.[0-9.]+$' "$out/files" || { echo "missing: the core library"; status=1; }
grep -qx './usr/lib/usersync/plugins/libusersync_jsonfile.so' "$out/files" || { echo "missing: the example plugin"; status=1; }
# Nothing from the build or test tree may leak into the package.
if grep -E 'tst_|/include/|\.a$' "$out/files"; then echo "unexpected files in the package"; status=1; fi
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libsecret-1-0 libqt6core6 libqt6widgets6 libqt6keychain1; do
  echo "$depends" | grep -q "$d" || { echo "Depends lacks $d: $depends"; status=1; }
done
# The desktop entry must point at the installed binary and icon.
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/applications/org.usersync.UserSync.desktop >"$out/desktop"
grep -qx 'Exec=usersync' "$out/desktop" || { echo "desktop file: wrong Exec"; status=1; }
grep -qx 'Icon=org.usersync.UserSync' "$out/desktop" || { echo "desktop file: wrong Icon"; status=1; }
[ $status = 0 ] && echo "package OK: $(basename "$deb"), $(wc -l <"$out/files") entries"
exit $status
