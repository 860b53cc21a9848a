#!/usr/bin/env bash
# Build the frozen app and check it: packaging/build.sh [--onefile]
# Result: dist/ngo-directory/ngo-directory (one folder) or dist/ngo-directory (one file).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  "$PY" -m pip install -q -e ".[build]"
fi
export NGO_ONEFILE=0
if [ "${1:-}" = "--onefile" ]; then export NGO_ONEFILE=1; fi
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/ngo-directory.spec
if [ "$NGO_ONEFILE" = "1" ]; then app=dist/ngo-directory; else app=dist/ngo-directory/ngo-directory; fi
echo "Built $app ($(du -sh "$(dirname "$app")" | cut -f1) unpacked)"
QT_QPA_PLATFORM=offscreen "$app" --self-test
