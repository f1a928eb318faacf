#!/usr/bin/env bash
# Run a frozen/installed rehab-coach binary's --self-test the way a new user would meet it:
# from outside the source tree, in a clean environment (env -i), with a temporary HOME and
# data folder, offscreen. Usage: smoke_test.sh /path/to/rehab-coach [SECONDS_FILE]
# Prints the wall-clock seconds of the run; writes them to SECONDS_FILE when given.
set -euo pipefail
bin="$(readlink -f "$1")"
[ -x "$bin" ] || { echo "smoke test: $1 is not an executable" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/data" "$tmp/run" && chmod 700 "$tmp/home"
cd "$tmp/run"
start=$(date +%s.%N)
if ! env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    XDG_RUNTIME_DIR="$tmp/home" REHAB_COACH_DATA="$tmp/data" \
    "$bin" --self-test --data-dir "$tmp/data" >"$tmp/out.log" 2>&1; then
  echo "smoke test: $bin --self-test failed; its output:" >&2
  cat "$tmp/out.log" >&2
  exit 1
fi
end=$(date +%s.%N)
# The frozen binary must also start its own speech process (coach.ui.speech.worker): it
# answers "ready ENGINE" or "failed REASON" (no speech daemon on a build machine).
speech=$(echo quit | timeout 30 env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 \
    XDG_RUNTIME_DIR="$tmp/home" "$bin" --speech-worker 2>/dev/null | head -n 1 || true)
case "$speech" in
  ready*|failed*) echo "smoke test: speech worker answered: ${speech%%$'\t'*}" ;;
  *) echo "smoke test: the frozen speech worker did not answer" >&2; exit 1 ;;
esac
# The physio report from the frozen binary: pyqtgraph's exporter plumbing, QPdfWriter and
# the bundled CJK font must all be in the bundle.
run_cli() {
  env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 XDG_RUNTIME_DIR="$tmp/home" \
    "$bin" "$@" --data-dir "$tmp/data"
}
today=$(date +%F)
run_cli pain add 3 --note "漢字 smoke" >/dev/null
if ! run_cli report --from "$today" --to "$today" -o "$tmp/report.pdf" >"$tmp/report.log" 2>&1 \
    || ! head -c 5 "$tmp/report.pdf" | grep -q '%PDF'; then
  echo "smoke test: the frozen report command failed; its output:" >&2
  cat "$tmp/report.log" >&2
  exit 1
fi
if command -v pdftotext >/dev/null && ! pdftotext "$tmp/report.pdf" - | grep -q "漢字 smoke"; then
  echo "smoke test: the frozen report lost the CJK note" >&2
  exit 1
fi
echo "smoke test: report written ($(stat -c %s "$tmp/report.pdf") bytes)"
# The app's background store check runs as the frozen binary's own child process: a
# healthy store prints nothing and exits 0.
if ! check=$(timeout 60 env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 \
    "$bin" --store-check "$tmp/data" 2>&1) || [ -n "$check" ]; then
  echo "smoke test: the frozen store check failed: $check" >&2
  exit 1
fi
echo "smoke test: store check process passed"
# ...and so does the daily backup's writer; an empty payload is refused, nothing written.
refused=$(echo | timeout 60 env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 \
    "$bin" --daily-backup 2>&1 || true)
case "$refused" in
  *garbled*) ;;
  *) echo "smoke test: the frozen daily backup process did not answer: $refused" >&2; exit 1 ;;
esac
echo "smoke test: daily backup process answered"
secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
grep -v '^qt: ' "$tmp/out.log" || true
echo "smoke test: passed in ${secs}s"
[ -n "${2:-}" ] && echo "$secs" >"$2"
exit 0
