"""``run_gui``: start the desktop app (or its self-test, or the demo) and return the exit status.

The command line parses the flags and calls :func:`run_gui`; everything Qt starts here.
Order matters: hand over to an instance already running on the same data folder before
touching the store, so a second launch never meets the lock; show the window's frame;
then, after its first paint, open the store (asking what to do with a damaged file over
the window) and build the views. The window is on screen as soon as Qt can put it
there: the store, the domain and the first view's imports (about 100 ms on a slow
machine) come after (issue 16). The self-test and the demo open their scratch store
first and build the window whole, as the tests do.
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from coach.ui import pyside_hook  # noqa: F401  (installed on import: see its docstring)

# isort: split
from coach import APP_ID, APP_NAME, ORG_NAME, __version__
from coach.logsetup import close_logging, setup_logging
from coach.resources import asset_path
from coach.store.errors import StoreError
from coach.store.paths import resolve_data_dir
from coach.ui.turns import NEXT_TURN_MS, in_turns

if TYPE_CHECKING:
    from coach.store import Store
    from coach.store.backups import CapturedBackup

log = logging.getLogger(__name__)
SWITCH_INTERVAL_S = 0.001  # see make_application
FREEZE_AFTER_MS = 3000  # after the chart module's background import has finished
# After the warm-up: the day's copy is written, then the store is checked, each up to
# ~0.3 s of Python in a child process (coach.store.worker), on the machine's other
# core if it has one, so not in the first seconds when a person looks around.
BACKUP_AFTER_WARM_UP_MS = 2000
STORE_CHECK_AFTER_MS = 4000
BACKUP_JOIN_S = 30  # at close: the longest wait for a snapshot being written
FEED_BYTES_PER_TURN = 1 << 20  # the day's copy, written to its process a part per turn
IMPORT_POLL_MS = 2  # how often the start looks whether a module it waits for is in
# Imported on a thread after the frame's first paint (module bodies only: see
# coach.ui.preload), so the GUI thread's turns that open the store and build Today
# stay short: the store's module, then once the store is open, Today's.
STORE_MODULE = "coach.store.store"
RECORDS_MODULES = (
    "coach.ui.today_view",
    "coach.ui.pain.undo",
    "coach.ui.app_actions",
    "coach.ui.plan.tray",
)


def no_display_problem(self_test: bool) -> str | None:
    """Qt aborts the whole process with a C++ message when Linux has no display, so look
    first: a self-test falls back to offscreen rendering, a normal start explains itself."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    if self_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    return (
        "no display found (DISPLAY and WAYLAND_DISPLAY are not set): start Rehab Coach "
        "from a desktop session"
    )


def make_application() -> QApplication:
    """The QApplication with the names QStandardPaths and QSettings derive folders from.

    Also the interpreter's thread switch interval, from 5 ms to 1 ms: the GUI thread
    gives the interpreter lock away at every file read or paint, and getting it back
    from a thread parsing the store (the day's backup, the store check, background
    imports) waited up to a whole interval each time, so a 4 ms turn took 30."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(_icon())
    return app


def _language_and_theme() -> None:
    """Before any window (the damaged-store question included): the chosen language and look."""
    from coach.ui import i18n, prefs, theme

    i18n.install(prefs.preferences().value(prefs.LANGUAGE))
    theme.apply(prefs.preferences().value(prefs.THEME))


def _icon() -> QIcon:
    icon = QIcon()
    folder = asset_path("icons")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = folder / f"{APP_ID}-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    return icon


def fill_demo(store: Store, today: date) -> None:
    """Write ten weeks of generated history into a (temporary) store, and the plan the
    demo person follows (the suggested schedules, from the first day of the history)."""
    from coach.domain.demo import generate_history
    from coach.domain.plan.suggested import suggested_plan

    history = generate_history(today)
    first = min(s.day for s in history.sessions) if history.sessions else today
    for routine in store.routines.list():
        plan = suggested_plan(routine, first, keep_rhythm=True)
        if plan is not None:
            store.plans.save(plan)
    # Entries first: a session's own before/after entries (three-point capture) are then
    # found already written and not added a second time.
    for entry in history.pain:
        store.pain.add(entry)
    for record in history.sessions:
        store.sessions.save(record)
    for run in history.runs:
        store.runs.add(run)
    fill_demo_running(store, history.runs)


def fill_demo_running(store: Store, runs: list) -> None:
    """The demo person's readiness answers (all yes, the day before the first run) and
    the ladder's decisions after each run day, as the Running view would have recorded
    them from the pain light of the day after."""
    from datetime import timedelta

    from coach.domain.running.levels import decide
    from coach.domain.running.progress import READINESS_KEY, SETTINGS_KEY, Step, current_level
    from coach.domain.running.readiness import QUESTIONS, Readiness, readiness_setting
    from coach.store.pain_light import light_on

    if not runs:
        return
    first = min(r.day for r in runs)
    check = Readiness(first - timedelta(days=1), {key: True for key, _ in QUESTIONS})
    store.settings.set(READINESS_KEY, readiness_setting(check))
    steps: list[Step] = []
    for day in sorted({r.day for r in runs})[:-1]:  # the last run day: the view decides
        light = light_on(store, day + timedelta(days=1))
        if light.level.value in ("green", "amber", "red"):
            decision = decide(light.level.value, current_level(steps).number, light.reason)
            steps.append(Step(day, decision))
    store.settings.set(SETTINGS_KEY, [s.to_dict() for s in steps])


def copy_store_files(source: Path, into: Path) -> None:
    """Copy the store files of ``source`` (``coach.json`` and ``history/``) into the
    scratch folder ``into``, reading only: ``source`` is left exactly as it was, and a
    folder that does not exist gives an empty scratch store. A file that cannot be read
    as a regular file is a CorruptStoreError naming it."""
    from coach.store import CorruptStoreError
    from coach.store.backups import relative_names
    from coach.store.paths import StorePaths
    from coach.store.storage import DamagedFileError, read_regular

    if not source.is_dir():
        return
    for rel, path in relative_names(StorePaths(source)).items():
        try:
            data = read_regular(path)
        except DamagedFileError as exc:
            raise CorruptStoreError(path, None, exc.detail) from None
        except OSError as exc:
            raise StoreError(f"Cannot read {path}: {exc.strerror or type(exc).__name__}.") from None
        target = into / rel
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        target.write_bytes(data)


def run_gui(
    data_dir: Path | None,
    *,
    demo: bool = False,
    self_test: bool = False,
    screenshots: Path | None = None,
    size: tuple[int, int] | None = None,
    scale: float | None = None,
    start: str | None = None,
    log_pain: bool = False,
) -> int:
    """Run the GUI until the window closes; 0 on a normal end, 1 on a failure.

    ``start`` opens straight into the player for that routine ("" = today's planned
    one); ``log_pain`` opens the pain dialog. Either is handed to a running instance.
    ``size`` and ``scale`` are for the self-test: the window size of the screenshots, and
    the scale factor (set as ``QT_SCALE_FACTOR`` before Qt starts, like 200% scaling)."""
    from coach.ui.errors import (
        Recovery,
        ask_recovery,
        install_excepthook,
        open_store_with_recovery,
        show_plain_error,
    )
    from coach.ui.single_instance import LOG_PAIN, RAISE, hand_over, start_message

    problem = no_display_problem(self_test)
    if problem is not None:
        sys.stderr.write(f"rehab-coach: {problem}\n")
        return 1
    if scale is not None and QApplication.instance() is None:
        os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"
    app = make_application()
    _language_and_theme()
    real = data_dir or resolve_data_dir(None)
    # The demo and the self-test run on a throw-away folder: the self-test clicks
    # through the player and the pain dialog, which write records, and none of that
    # may land in the person's store. The self-test starts from a copy of their files.
    scratch = demo or self_test
    demo_dir = tempfile.TemporaryDirectory(prefix="rehab-coach-scratch-") if scratch else None
    folder = Path(demo_dir.name) if demo_dir else real
    if self_test and not demo:
        try:
            copy_store_files(real, folder)
        except StoreError as exc:
            sys.stderr.write(f"self-test: {exc}\n")
            demo_dir.cleanup()  # type: ignore[union-attr]
            return 1
    log_file = setup_logging(folder)
    previous_hook = sys.excepthook
    hook = install_excepthook(log_file, quiet=self_test)
    store: Store | None = None
    opened: list[Store] = []  # the store the window opened after its first paint

    def fail(message: str) -> int:
        if self_test:
            sys.stderr.write(f"self-test: {message}\n")
        else:
            show_plain_error(message)
        return 1

    try:
        single = not demo and not self_test
        message = start_message(start) if start is not None else LOG_PAIN if log_pain else RAISE
        if single and hand_over(folder, message):
            log.info("handed over to the running instance")
            return 0
        if single:
            return _run_main(app, folder, (start, log_pain), opened)

        def refuse(exc: StoreError) -> Recovery:
            # name the person's file, not its scratch copy
            sys.stderr.write(f"self-test: {str(exc).replace(str(folder), str(real))}\n")
            return Recovery.QUIT

        ask = refuse if self_test else ask_recovery
        try:
            store = open_store_with_recovery(folder, ask)
        except StoreError as exc:
            return fail(str(exc))
        if store is None:
            return 1 if self_test else 0
        if demo:
            try:
                fill_demo(store, date.today())
            except StoreError as exc:
                return fail(str(exc))
        return _run_window(
            app, store, demo, self_test, screenshots, hook.errors, (start, log_pain), size
        )
    finally:
        preload = sys.modules.get("coach.ui.preload")
        if preload is not None:  # an import thread must not outlive the interpreter
            preload.finish_imports()
        for open_store in [store, *opened]:
            if open_store is not None:
                open_store.close()
        sys.excepthook = previous_hook
        close_logging()
        if demo_dir is not None:
            demo_dir.cleanup()


def _run_window(
    app, store, demo, self_test, screenshots, errors, ask=(None, False), size=None
) -> int:
    from coach.ui.hub import DataHub
    from coach.ui.main_window import MainWindow

    hub = DataHub(store)
    window = MainWindow(hub, demo=demo)
    gc.enable()  # off since coach.cli started the app (see there)
    if self_test:
        from coach.ui.self_test import run_self_test

        try:
            return run_self_test(window, screenshots, errors, size)
        finally:
            window.close()
            window.deleteLater()
    show_frame(app, window)
    backup = after_attach(window, store, ask)
    _quit_on_signals(app, window)
    try:
        return int(app.exec())
    finally:
        after_loop(window, store, backup)


def _run_main(app, folder: Path, ask, opened: list[Store]) -> int:
    """The normal start: the frame first, the records after its first paint (see
    :class:`OpenRecords`). ``opened`` receives the store so the caller closes it
    however the event loop ends."""
    from coach.ui.hub import DataHub
    from coach.ui.main_window import MainWindow

    window = MainWindow(DataHub(None))
    records = OpenRecords(window, folder, ask, listen=True)
    window.frame_painted.connect(records.start)
    show_frame(app, window)
    _quit_on_signals(app, window)
    try:
        code = int(app.exec())
    finally:
        records.close()
        if records.store is not None:
            opened.append(records.store)
    return records.status or code


class OpenRecords:
    """After the frame's first paint (``start``, a slot of ``frame_painted``): listen
    for later launches (QtNetwork is imported then), import the store's module on a
    thread, open the store on the GUI thread (a damaged file is asked about over the
    window), import Today's modules on a thread, then run the window's attach steps
    one per turn, and what follows them (:func:`after_attach`). The window closes if
    the person quits at the damaged-file question or the store cannot be opened;
    ``status`` is then 1 for the latter. ``bench_gui_open`` starts the same way."""

    def __init__(self, window, folder: Path, ask=(None, False), listen: bool = False) -> None:
        self.window, self.folder, self.ask, self.listen = window, folder, ask, listen
        self.status = 0
        self.store: Store | None = None  # the one opened here; the caller closes it
        self.server = None  # an InstanceServer, when listening
        self.backup: DailyBackup | None = None

    def start(self) -> None:
        from coach.ui.preload import BackgroundImports

        gc.enable()  # off since coach.cli started the app (see there)
        if self.listen:
            self._listen()
        imports = BackgroundImports([STORE_MODULE])
        imports.start()
        _when(self.window, lambda: imports.ready(STORE_MODULE), self._open_store)

    def _listen(self) -> None:
        from coach.ui.single_instance import InstanceServer

        window = self.window
        server = InstanceServer(self.folder, window)
        server.raise_requested.connect(window.bring_to_front)
        server.start_requested.connect(
            lambda name: window.when_attached(lambda: window.start_by_name(name))
        )
        server.log_pain_requested.connect(lambda: window.when_attached(window.open_pain_dialog))
        server.listen()
        self.server = server

    def _open_store(self) -> None:
        from coach.ui.errors import ask_recovery, open_store_with_recovery, show_plain_error

        window = self.window
        try:
            store = open_store_with_recovery(self.folder, lambda exc: ask_recovery(exc, window))
        except StoreError as exc:
            show_plain_error(str(exc), window)
            store, self.status = None, 1
        if store is None:
            window.close()
            return
        self.store = store
        window.hub.attach(store)
        self.backup = DailyBackup(store)
        # The copy's files are read on the next turn: the open and that reading, on the
        # first start of a day, were one 24 ms turn.
        QTimer.singleShot(NEXT_TURN_MS, window, self._capture)

    def _capture(self) -> None:
        """Read the day's backup files on a thread (before Today's first write, see
        DailyBackup.capture), then go on once they are read."""
        _when(self.window, self.backup.capture_on_thread(), self._import_records)

    def _import_records(self) -> None:
        from coach.ui.preload import BackgroundImports

        window = self.window
        # Only now: a thread importing while the store is read slows the reading
        # threefold (each file read gives the interpreter lock away, and getting it
        # back waits for the importer's turn to end).
        imports = BackgroundImports(RECORDS_MODULES)
        imports.start()
        ready = lambda: all(imports.ready(name) for name in RECORDS_MODULES)  # noqa: E731
        _when(window, ready, self._attach)

    def _attach(self) -> None:
        """One step per turn (see MainWindow.attach_steps), then what follows them."""
        window, store = self.window, self.store
        then = lambda: after_attach(window, store, self.ask, self.backup)  # noqa: E731
        in_turns(window, window.attach_steps(), then)

    def close(self) -> None:
        """After the event loop: stop listening, then :func:`after_loop`."""
        if self.server is not None:
            self.server.close()
        if self.store is not None:
            after_loop(self.window, self.store, self.backup)


def after_loop(window, store: Store, backup: DailyBackup | None) -> None:
    """After the event loop: end a store check still running, let a day's backup being
    written end, and close a store a restore opened in place of ``store`` (the caller
    closes ``store``)."""
    check = getattr(window, "store_check", None)  # set once the records are in
    if check is not None:
        check.stop()
    if backup is not None:
        backup.wait()
    current = window.hub.store if window.hub.is_attached() else None
    if current is not None and current is not store:
        current.close()


def _when(window, ready: Callable[[], bool], then: Callable[[], object]) -> None:
    """``then()`` on the first turn ``ready()`` is true; the loop runs meanwhile."""
    if ready():
        then()
    else:
        QTimer.singleShot(IMPORT_POLL_MS, window, lambda: _when(window, ready, then))


def show_frame(app: QApplication, window) -> None:
    """Where and how big the window was last time (or most of the screen), then show."""
    screen = app.primaryScreen()
    if not window.restore_window() and screen is not None:
        avail = screen.availableGeometry()
        window.resize(min(1280, int(avail.width() * 0.9)), min(820, int(avail.height() * 0.9)))
    window.show()


def after_attach(window, store: Store, ask=(None, False), backup=None) -> DailyBackup:
    """What follows the records' arrival in the window: the day's backup (``backup``,
    if it was captured already), reminders, the resume offer, a ``start`` or
    ``log-pain`` handed in, the store check."""
    from coach.ui.plan.tray import Tray

    backup = backup or DailyBackup(store)
    check = store_check(store, window)

    def after_warm_up() -> None:
        # Each reads the whole store (~0.3 s at five years, in a child process); begun
        # during the warm-up they would compete with it for the machine's cores.
        QTimer.singleShot(BACKUP_AFTER_WARM_UP_MS, window, backup.start)
        QTimer.singleShot(STORE_CHECK_AFTER_MS, window, check.start)

    if window.is_warmed_up():
        after_warm_up()
    else:
        window.warmed_up.connect(after_warm_up)
    window.store_check = check  # stopped at close, if still running
    window.tray = Tray(window.hub, window)  # reminders, and the tray icon where there is one
    start, log_pain = ask

    def asked() -> None:  # after the resume offer: an unfinished session comes first
        if start is not None:
            window.start_by_name(start)
        if log_pain:
            window.open_pain_dialog()
        window.release_waiting()  # and what a second launch asked for meanwhile

    resume_offer(window, store, then=asked)
    QTimer.singleShot(FREEZE_AFTER_MS, freeze_startup_objects)
    return backup


class DailyBackup:
    """Today's snapshot, taken after the window is on screen instead of before it: the
    files are read under the lock on a worker thread (a few ms, as soon as the store is
    open; the start goes on once they are read), then checked and written, once the
    window's warm-up is done, by a child process (``rehab-coach --daily-backup``, see
    :mod:`coach.store.worker`) that gets the bytes read on its stdin. On a thread of
    this process the check took the interpreter lock from the chart's paints (Progress
    -> All stalled 38 ms against 16); the thread stays as the fallback if the process
    cannot start. Before any of this, the first start of each day waited 30–300 ms for
    it with nothing on screen."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.thread: threading.Thread | None = None
        self.process = None  # a QProcess while the child writes the copy
        self._captured = False
        self._reader: threading.Thread | None = None  # see capture_on_thread
        self._write: CapturedBackup | None = None
        self._feed_rest: Callable[[], None] = lambda: None  # see start

    def capture(self) -> None:
        """Read the files now (the day then counts as backed up, so a write made before
        :meth:`start`, such as Today's morning check, does not copy the store itself
        on the GUI thread: 300 ms at five years)."""
        reader = self._reader
        if reader is not None and reader is not threading.current_thread():
            reader.join()  # the thread's reading is this reading
        if self._captured:
            return
        self._captured = True
        try:
            self._write = self.store.capture_daily_backup()
        except StoreError as exc:  # busy or unreadable: the first write tries again
            log.warning("start-up backup skipped: %s", type(exc).__name__)

    def capture_on_thread(self) -> Callable[[], bool]:
        """:meth:`capture` on a worker thread, and a test of whether it has ended. On
        the GUI thread the reading (plain file reads under the store's lock, no Qt) was
        the start's longest turn: 10-16 ms at five years, on the first start of a day.
        A write meanwhile waits for the store's lock, then finds the day backed up."""
        if self._captured or self._reader is not None:
            return lambda: True
        reader = self._reader = threading.Thread(
            target=self.capture, name="backup-capture", daemon=True
        )
        reader.start()
        return lambda: not reader.is_alive()

    def start(self) -> None:
        """Capture (if not done yet) and have the copy checked and written by a child."""
        from PySide6.QtCore import QProcess

        from coach.store.worker import BACKUP_FLAG
        from coach.ui.own_process import own_command

        self.capture()
        captured, self._write = self._write, None
        if captured is None:
            return
        process = self.process = QProcess()
        parts = captured.payload_parts()

        def feed(everything: bool = False) -> None:
            """About a megabyte a turn (QProcess feeds the pipe from the event loop):
            handing it eleven at once was two 5 ms copies in one turn."""
            if process.state() == QProcess.ProcessState.NotRunning:
                parts.clear()  # it ended early: ``ended`` logs why
                return
            budget = sum(map(len, parts)) if everything else FEED_BYTES_PER_TURN
            while parts and budget > 0:
                budget -= len(parts[0])
                process.write(parts.pop(0))
            if parts:
                QTimer.singleShot(NEXT_TURN_MS, process, feed)
            else:
                process.closeWriteChannel()

        self._feed_rest = lambda: feed(everything=True)

        def ended(code: int, status: QProcess.ExitStatus) -> None:
            if code != 0 or status != QProcess.ExitStatus.NormalExit:
                why = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
                log.warning("daily backup process ended with %s: %s", code, why.strip()[-200:])
            if self.process is process:
                self.process = None  # nothing left to wait for at close
            process.deleteLater()

        def failed(error) -> None:
            if error == QProcess.ProcessError.FailedToStart:
                log.warning("daily backup process could not start; writing on a thread")
                self.process = None
                self._on_thread(captured)

        process.started.connect(feed)
        process.finished.connect(ended)
        process.errorOccurred.connect(failed)
        process.start(*own_command(BACKUP_FLAG))

    def _on_thread(self, captured: CapturedBackup) -> None:
        self.thread = threading.Thread(target=captured, name="daily-backup", daemon=True)
        self.thread.start()

    def wait(self) -> None:
        """Let a snapshot being written finish before the store closes (it is written
        to a temp folder and renamed, so even a killed process leaves none half made).
        One captured but not started yet (the window closed within a second of the
        start) is written now: the day counts as backed up since its capture."""
        if self._reader is not None:
            self._reader.join()  # the files being read at close: the store stays open
        if self._write is not None:
            self.start()
        process = self.process
        if process is not None:
            if process.state() == process.ProcessState.Starting:
                process.waitForStarted(BACKUP_JOIN_S * 1000)  # ``started`` feeds a part
            self._feed_rest()  # what the turns had not written yet
            if self.process is process:  # not failed to start (then it is on a thread)
                process.waitForFinished(BACKUP_JOIN_S * 1000)
        if self.thread is not None:
            self.thread.join(BACKUP_JOIN_S)


def resume_offer(window, store: Store, then: Callable[[], object] = lambda: None) -> None:
    """A session left unfinished: the player offers to resume it. Its modules (20-30 ms
    of imports) are imported on a thread first and the player is built a part per
    turn, so the offer is not a stall. ``then`` runs once the offer is on screen (at
    once when there is none): a ``start`` asked for on the command line must not begin
    a session the offer would then cover."""
    try:
        unfinished = bool(store.sessions.unfinished())
    except StoreError:
        unfinished = True  # the player says what is wrong
    if not unfinished:
        QTimer.singleShot(0, window, then)
        return
    from coach.ui.preload import BackgroundImports
    from coach.ui.warm_up import PLAYER_MODULE

    imports = BackgroundImports([PLAYER_MODULE])
    imports.start()

    def offer() -> None:
        today = window.today
        in_turns(window, today.player_steps(), lambda: (today.check_unfinished(), then()))

    _when(window, lambda: imports.ready(PLAYER_MODULE), offer)


def store_check(store: Store, window):
    """A worker that reads every store file once; a damaged one shows in the message bar."""
    from coach.ui.store_check import StoreCheck

    check = StoreCheck(store, window)
    check.damaged.connect(window.message_bar.show_message)
    return check


def freeze_startup_objects() -> None:
    """Move what start-up created (modules, pyqtgraph, the window, the first views'
    records) out of the garbage collector's reach. A full collection otherwise scans
    them all and stalls the event loop for 40–60 ms on a five-year store."""
    gc.collect()
    gc.freeze()


def _quit_on_signals(app: QApplication, window) -> None:
    """Ctrl+C in a terminal or a polite SIGTERM closes the window like the close button,
    so the store is closed and the lock released instead of the process just dying."""
    for name in ("SIGINT", "SIGTERM"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, lambda *_: QTimer.singleShot(0, window.close))
    # Python runs signal handlers only between bytecodes; an idle timer lets it in.
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(250)
