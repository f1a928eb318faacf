"""Import the chart module on a background thread, as the app does, and report every
Qt call made on that thread and every QObject that appeared.

The app imports pyqtgraph off the GUI thread because it takes 0.2–0.6 s. That is only
safe while the import creates, connects and destroys no QObject (see the never-hang
tests): value types such as QPainterPath are fine. A pyqtgraph upgrade that changes
this must fail a test, not hang a person's window.
"""

from __future__ import annotations

import gc
import json
import sys
import threading

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication


def main() -> int:
    app = QApplication(sys.argv[:1])  # noqa: F841 - the import must see an application
    import numpy  # noqa: F401 - the app imports it the same way before the chart

    before = sum(1 for o in gc.get_objects() if isinstance(o, QObject))
    qt_calls: dict[str, int] = {}

    def profile(frame, event, arg):
        if event != "c_call":
            return
        owner = getattr(arg, "__self__", None)
        module = getattr(arg, "__module__", None) or type(owner).__module__
        if "PySide6" in (module or "") or isinstance(owner, QObject):
            kind = "qobject" if isinstance(owner, QObject) else "value"
            name = f"{kind}:{getattr(arg, '__qualname__', repr(arg))}"
            qt_calls[name] = qt_calls.get(name, 0) + 1

    def work() -> None:
        threading.setprofile(profile)
        __import__("coach.ui.pain_chart")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    after = sum(1 for o in gc.get_objects() if isinstance(o, QObject))
    print(json.dumps({"new_qobjects": after - before, "qt_calls": qt_calls}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
