"""The pinned Qt binding survives a long session of widget updates.

PySide6 6.12.0 on Python 3.11 loses a reference to ``None`` on every Qt method that
returns nothing; a player redrawing at 20 Hz aborted with ``none_dealloc`` within
minutes. This runs the same number of calls as an hour of the player, in a child
process so an abort fails this test instead of killing the suite.
"""

import os
import subprocess
import sys

CODE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label, timer = QLabel(), QTimer()
for i in range(150_000):
    label.setText(str(i))
    timer.setInterval(50)
print("ok")
"""


def test_an_hour_of_label_updates_does_not_abort():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "ok"
