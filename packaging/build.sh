#!/usr/bin/env bash
# Build the frozen app and check it: packaging/build.sh [--onefile]
# Result: dist/ngo-directory/ngo-directory (one folder) or dist/onefile/ngo-directory (one file).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  "$PY" -m pip install -q -e ".[build]"
fi
export NGO_ONEFILE=0 DIST=dist
# The one-file build gets its own folders so that it never clashes with the one-folder app.
if [ "${1:-}" = "--onefile" ]; then export NGO_ONEFILE=1 DIST=dist/onefile; fi
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" \
  --workpath "build/pyinstaller$([ "$NGO_ONEFILE" = 1 ] && echo -onefile)" packaging/ngo-directory.spec
app=$DIST/ngo-directory
if [ "$NGO_ONEFILE" = "0" ]; then app=$app/ngo-directory; fi
echo "Built $app ($(du -sh "$(dirname "$app")" | cut -f1) on disk)"
QT_QPA_PLATFORM=offscreen "$app" --self-test
