"""``report``: the physio's progress report as a PDF over a chosen period.

Everything that can be refused is refused before the store is opened and before Qt
starts: dates that do not parse or run backwards, a folder that does not exist or cannot
be written, an existing file without ``--force``. A period with nothing recorded is said
plainly (exit 1) and writes nothing. The PDF is written whole or not at all.
"""

from __future__ import annotations

import os
import sys
from argparse import Namespace
from datetime import datetime
from pathlib import Path

from .common import (
    CliError,
    check_output_file,
    data_dir_of,
    escape_control,
    file_action,
    open_store,
    parse_range,
)


def check_writable(path: Path) -> None:
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise CliError(f"cannot write {path}: the folder {path.parent} is not writable")


def ensure_qt() -> None:
    """A QApplication for fonts and the chart. A command shows no window, so on Linux it
    renders offscreen and needs no display."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from coach.app import make_application

    make_application()


def cmd_report(args: Namespace) -> int:
    from coach.domain.report import ReportRequest

    start, end = parse_range(args.start, args.end)
    assert start is not None and end is not None  # both are required options
    path = Path(args.output)
    data_dir = data_dir_of(args)
    check_output_file(path, args.force, data_dir)  # never inside the data folder
    check_writable(path)
    request = ReportRequest(
        start,
        end,
        patient=args.patient or "",
        clinician=args.clinician or "",
        condition=args.condition or "",
    )
    with open_store(data_dir) as store:
        ensure_qt()
        from coach.render.report_data import DamagedRunningPlan, report_from_store

        try:
            report = report_from_store(store, request, datetime.now().astimezone())
        except DamagedRunningPlan as exc:
            raise CliError(str(exc)) from None
        if report.empty:
            raise CliError(
                f"nothing was recorded from {start} to {end} (no sessions, no pain entries, "
                "no runs); no report written"
            )
    from coach.render.pages import default_paper
    from coach.render.report_pdf import write_report

    paper = args.paper or default_paper()
    with file_action("write", path):
        pages = write_report(report, path, paper)
    where = escape_control(path)
    print(f"wrote {where}: {pages} pages, {start} to {end}, {paper.upper()} paper")
    return 0
