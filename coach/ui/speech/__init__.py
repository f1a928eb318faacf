"""Spoken cues in a child process: :mod:`.client` on the GUI side, :mod:`.worker` in the child.

Why a process and not a thread: a QTextToSpeech engine created and destroyed on a worker
thread deadlocked the whole app. Destroying a PySide-wrapped QObject takes one of Qt's
shared signal/slot mutexes and then asks for the GIL (to look for a Python override),
while the GUI thread, holding the GIL, waited for that same mutex in an ordinary
``connect``. In a child process the engine has its own GIL and its own Qt, so nothing it
does can stop the window; an engine that blocks for 12 s or crashes only costs the voice.
"""
