"""Start-up and size of the shipped app: frozen vs source, .deb, installed and bundle size.

Cold start is measured as the wall time of ``rehab-coach --self-test`` (start the GUI,
render every view once, exit) with a fresh data folder and HOME each run, offscreen; the
same command from source is the yardstick. The median of several runs is reported so one
slow run does not decide. Sizes come from ``dist/`` (run ``make dist`` first, or pass
``--build`` to run PyInstaller here and time it).

Budgets (issue 4): .deb <= 55 MB, installed <= 150 MB, frozen start <= 1.5 x source.
Prints one line per figure and whether each budget is met. Exits 0 (with a note) when no
bundle has been built, so ``make bench`` works before ``make dist``; exits 1 only when a
self-test run fails.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import coach  # noqa: E402

DIST = ROOT / "dist"
BUNDLE = DIST / coach.APP_ID
DEB_MB, INSTALLED_MB, START_RATIO = 55.0, 150.0, 1.5


def timed_self_test(cmd: list[str]) -> float:
    """Seconds for one ``--self-test`` run in a clean env, from outside the source tree."""
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir(mode=0o700)
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(home),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
        start = time.perf_counter()
        done = subprocess.run(
            [*cmd, "--self-test", "--data-dir", str(Path(tmp) / "data")],
            cwd=tmp,
            env=env,
            capture_output=True,
            check=False,
        )
        elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"bench_startup: {cmd[0]} --self-test failed:\n{done.stderr.decode()[-2000:]}")
    return elapsed


def median_start(cmd: list[str], runs: int) -> float:
    timed_self_test(cmd)  # warm the page cache once so neither side pays for first disk read
    return statistics.median(timed_self_test(cmd) for _ in range(runs))


def tree_mb(path: Path) -> float:
    files = (f for f in path.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(f.stat().st_size for f in files) / 1e6


def build_seconds() -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build"),
         str(ROOT / "build_scripts" / "rehab-coach.spec")],
        cwd=ROOT,
        check=True,
    )  # fmt: skip
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs per side (median)")
    parser.add_argument("--build", action="store_true", help="run PyInstaller first and time it")
    args = parser.parse_args()
    ok = True
    if args.build:
        print(f"pyinstaller build: {build_seconds():.1f} s")
    frozen = BUNDLE / coach.APP_ID
    if not frozen.exists():
        print(f"bench_startup: no frozen app at {frozen}; run `make dist` first (skipped)")
        return 0
    source = median_start([sys.executable, "-m", "coach"], args.runs)
    # -m coach from a temp cwd needs the package importable: the venv has it installed.
    frozen_s = median_start([str(frozen)], args.runs)
    ratio = frozen_s / source
    ok &= ratio <= START_RATIO
    print(f"start (self-test) from source: {source:.2f} s (median of {args.runs})")
    print(f"start (self-test) frozen:      {frozen_s:.2f} s  = {ratio:.2f} x source "
          f"(budget {START_RATIO} x)")  # fmt: skip
    print(f"bundle size: {tree_mb(BUNDLE):.1f} MB")
    debs = sorted(DIST.glob(f"{coach.APP_ID}_{coach.__version__}_*.deb"))
    if debs:
        deb_mb = debs[-1].stat().st_size / 1e6
        kb = subprocess.run(["dpkg-deb", "-f", str(debs[-1]), "Installed-Size"],
                            capture_output=True, text=True, check=True).stdout  # fmt: skip
        installed_mb = int(kb) * 1024 / 1e6
        ok &= deb_mb <= DEB_MB and installed_mb <= INSTALLED_MB
        print(f".deb size: {deb_mb:.1f} MB (budget {DEB_MB:.0f} MB)")
        print(f"installed size: {installed_mb:.1f} MB (budget {INSTALLED_MB:.0f} MB)")
    else:
        print("no .deb in dist/ (make dist builds it)")
        ok = False
    print("budgets: " + ("all met" if ok else "EXCEEDED (see the figures above)"))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
