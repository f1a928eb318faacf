"""The domain core stays free of Qt and TinyDB (the layering rule in DESIGN.md)."""

import subprocess
import sys


def test_domain_imports_no_qt_and_no_tinydb():
    code = (
        "import pkgutil, importlib, sys, coach.domain as d\n"
        "for m in pkgutil.walk_packages(d.__path__, 'coach.domain.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules\n"
        "             if n.split('.')[0] in ('PySide6', 'tinydb', 'pyqtgraph'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
