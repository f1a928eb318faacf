"""One GUI per data folder: a second launch hands over to the first and exits.

The first instance listens on a local socket named after the data folder (and the
user). A second launch connects, asks the first to raise its window (or to start a
routine: ``rehab-coach start``, or to log pain: ``--log-pain``), and ends with exit
status 0, so double-clicking the icon twice never shows "data locked".

On POSIX the socket lives in a folder only this user can enter (the session's runtime
folder, ``$XDG_RUNTIME_DIR``, else a 0700 folder of our own in the temp folder), never
under a predictable name in ``/tmp`` where another local user could bind it first and
receive our hand-over. The client also checks that the socket and, where the system
tells (Linux), the process behind it belong to this user.

QtNetwork is imported only when it is needed: by a launch that finds a socket to knock
on, and by the first instance once its window has painted (:class:`InstanceServer`),
so the window does not wait for it (issue 16). A launch in those few milliseconds
between the first's window and its listening opens a second window on the same folder
(safe, as the command line writing while the app is open is: one write at a time under
the store's lock, and each process notices the other's); a server that answers is
never replaced (see ``listen``).
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

RAISE = b"raise\n"
LOG_PAIN = b"log-pain\n"


def start_message(routine: str) -> bytes:
    """Ask the running instance to start ``routine`` ("" = today's planned one)."""
    return b"start " + " ".join(routine.split()).encode("utf-8")[:200] + b"\n"


CONNECT_TIMEOUT_MS = 500
READ_TIMEOUT_MS = 200
POSIX = os.name == "posix"


def _key(data_dir: Path) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    key = f"{user}\0{Path(data_dir).expanduser().resolve()}"
    return "rehab-coach-" + hashlib.sha256(key.encode()).hexdigest()[:20]


def is_private_dir(path: Path) -> bool:
    """A real folder (not a link) owned by us that nobody else may enter or write."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not st.st_mode & 0o077


def private_socket_dir() -> Path | None:
    """Where this user's sockets go; None if no private folder can be had."""
    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    if runtime and is_private_dir(Path(runtime)):
        return Path(runtime)
    own = Path(tempfile.gettempdir()) / f"rehab-coach-{os.getuid()}"
    try:
        own.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError:
        return None
    return own if is_private_dir(own) else None


def server_name(data_dir: Path) -> str | None:
    """The socket for this user and data folder: a full path inside a private folder on
    POSIX, a per-user pipe name elsewhere. None: no safe place, so no hand-over."""
    if not POSIX:
        return _key(data_dir)
    folder = private_socket_dir()
    return str(folder / _key(data_dir)) if folder is not None else None


def peer_is_us(descriptor: int) -> bool:
    """True when the process at the other end of a connected local socket runs as this
    user (Linux ``SO_PEERCRED``); elsewhere the private folder has to do."""
    import socket as pysocket  # only when a second launch knocks
    import struct

    if not sys.platform.startswith("linux") or descriptor < 0:
        return True
    try:
        sock = pysocket.socket(fileno=os.dup(descriptor))
    except OSError:
        return False
    try:
        creds = sock.getsockopt(pysocket.SOL_SOCKET, pysocket.SO_PEERCRED, struct.calcsize("3i"))
    except OSError:
        return False
    finally:
        sock.close()
    _pid, uid, _gid = struct.unpack("3i", creds)
    return uid == os.getuid()


def _socket_file_is_ours(name: str) -> bool:
    try:
        st = os.lstat(name)
    except OSError:
        return False
    return stat.S_ISSOCK(st.st_mode) and st.st_uid == os.getuid()


def hand_over(data_dir: Path, message: bytes = RAISE) -> bool:
    """Ask a running instance for ``data_dir`` to show itself (and do what ``message``
    asks); True if one answered."""
    name = server_name(data_dir)
    if name is None or (POSIX and not _socket_file_is_ours(name)):
        return False
    socket = _connect(name)
    if socket is None:
        return False
    if not peer_is_us(int(socket.socketDescriptor())):
        log.warning("a local socket of another user answered; not handing over")
        socket.abort()
        return False
    socket.write(message)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


def _connect(name: str, timeout_ms: int = CONNECT_TIMEOUT_MS) -> QLocalSocket | None:
    """A socket connected to the server called ``name``, or None if none answered."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return None
    return socket


class InstanceServer(QObject):
    """Listens for later launches.

    Signals: ``raise_requested()`` for every launch, then ``start_requested(str)`` (a
    routine name, "" for today's) or ``log_pain_requested()`` when the launch asked."""

    raise_requested = Signal()
    start_requested = Signal(str)
    log_pain_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a stale socket left by a crashed instance is removed first,
        one that answers is left alone (False: another instance has this folder)."""
        if self.name is None:
            return False
        if self.server.listen(self.name):
            return True
        live = _connect(self.name, READ_TIMEOUT_MS)
        if live is not None:
            live.abort()  # an empty message: the other instance ignores it
            return False
        self.server.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        # Read each hand-over at once and drop the connection: no slot is left
        # connected to a socket that could fire while this object is being destroyed.
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            if not peer_is_us(int(conn.socketDescriptor())):
                data = b""
            elif conn.bytesAvailable() or conn.waitForReadyRead(READ_TIMEOUT_MS):
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
