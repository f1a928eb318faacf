"""One GUI per data folder: a second launch hands over to the first and exits.

The first instance listens on a local socket named after the data folder (and the
user). A second launch connects, asks the first to raise its window (or to start a
routine: ``rehab-coach start``, or to log pain: ``--log-pain``), and ends with exit
status 0, so double-clicking the icon twice never shows "data locked".
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
LOG_PAIN = b"log-pain\n"


def start_message(routine: str) -> bytes:
    """Ask the running instance to start ``routine`` ("" = today's planned one)."""
    return b"start " + " ".join(routine.split()).encode("utf-8")[:200] + b"\n"


CONNECT_TIMEOUT_MS = 500
READ_TIMEOUT_MS = 200


def server_name(data_dir: Path) -> str:
    """A short, stable socket name for this user and data folder."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    key = f"{user}\0{Path(data_dir).expanduser().resolve()}"
    return "rehab-coach-" + hashlib.sha256(key.encode()).hexdigest()[:20]


def hand_over(data_dir: Path, message: bytes = RAISE) -> bool:
    """Ask a running instance for ``data_dir`` to show itself (and do what ``message``
    asks); True if one answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(message)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches.

    Signals: ``raise_requested()`` for every launch, then ``start_requested(str)`` (a
    routine name, "" for today's) or ``log_pain_requested()`` when the launch asked."""

    raise_requested = Signal()
    start_requested = Signal(str)
    log_pain_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a stale socket left by a crashed instance is removed first."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        # Read each hand-over at once and drop the connection: no slot is left
        # connected to a socket that could fire while this object is being destroyed.
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            if conn.bytesAvailable() or conn.waitForReadyRead(READ_TIMEOUT_MS):
                data = bytes(conn.readAll().data())
            else:
                data = b""
            conn.abort()
            conn.deleteLater()
            self._handle(data)

    def _handle(self, data: bytes) -> None:
        for line in data.decode("utf-8", "replace").splitlines()[:4]:
            word, _, rest = line.partition(" ")
            if word in ("raise", "start", "log-pain"):
                self.raise_requested.emit()
            if word == "start":
                self.start_requested.emit(rest.strip())
            elif word == "log-pain":
                self.log_pain_requested.emit()
