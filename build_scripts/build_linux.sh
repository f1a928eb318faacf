#!/usr/bin/env bash
# `make dist` on Linux: tests -> PyInstaller one-folder bundle -> smoke run of the frozen
# binary (clean env, temp HOME, from outside the tree) -> .deb + .tar.gz, all in dist/.
# SKIP_TESTS=1 skips the test suite (CI has just run it). PYTHON picks the interpreter.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
py="${PYTHON:-$root/.venv/bin/python}"
version="$("$py" -c 'import coach; print(coach.__version__)')"
app="$("$py" -c 'import coach; print(coach.APP_ID)')"
t0=$(date +%s)

if [ "${SKIP_TESTS:-0}" != 1 ]; then
  echo "== tests"
  QT_QPA_PLATFORM=offscreen "$py" -m pytest -q
fi

echo "== pyinstaller ($app $version)"
t1=$(date +%s)
rm -rf "dist/$app" "build/$app"
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build build_scripts/rehab-coach.spec
t2=$(date +%s)

echo "== smoke test of the frozen binary"
bash build_scripts/smoke_test.sh "dist/$app/$app"

echo "== .deb and .tar.gz"
bash build_scripts/linux/make_deb.sh "dist/$app" "$version" dist
t3=$(date +%s)
echo "build_linux: bundle $(du -sh "dist/$app" | cut -f1); pyinstaller $((t2 - t1)) s; total $((t3 - t0)) s"
ls -l dist/*.deb dist/*.tar.gz
