#!/bin/sh
# app → ui → core, one direction: core has no widgets, ui has no SQL or network.
# usage: check-layering.sh SOURCE_DIR CLI_BINARY
set -eu
src=$1
cli=$2
status=0
if grep -rnE '#include <(QtWidgets|QWidget|QApplication|QMainWindow|QDialog|QMessageBox|QtCharts)' "$src/core"; then
  echo "core/ must not use Qt Widgets"; status=1
fi
if grep -rnE '#include <(QSql[A-Za-z]*|QtSql|QNetwork[A-Za-z]*|QtNetwork|QHttpServer)' "$src/ui"; then
  echo "ui/ must not run SQL or network calls; go through core/"; status=1
fi
if ldd "$cli" | grep -E 'libQt6(Widgets|Gui)\.so'; then
  echo "usersync-cli (core only) links GUI libraries"; status=1
fi
[ $status = 0 ] && echo "layering OK"
exit $status
