"""The physio's progress report as a PDF: page one the summary, then the detail.

The figures come ready-made in a :class:`~coach.domain.report.Report`; this module only
formats and places them. :class:`ReportJob` works in small steps (build the flow, cut
pages, paint one page) so the dialog can run it from the event loop with a progress bar
and Cancel; :func:`write_report` runs every step for the command line. The PDF is written
to a temporary file beside the target and renamed into place only when it is complete,
so a cancelled or failed report leaves nothing behind and never half-replaces a file.
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from coach import APP_NAME
from coach.domain.report import Report

from .chart import ChartPrinter
from .documents import day_text, footer_text
from .pages import INK, MUTED, RULE, Column, PdfDocument

CHART_HEIGHT = 310.0  # room for the legend of contexts and locations above the points
STRIP_HEIGHT = 54.0
LIGHTS = {
    "green": (QColor(46, 160, 67), "GREEN"),
    "amber": (QColor(214, 150, 0), "AMBER"),
    "red": (QColor(200, 40, 40), "RED"),
    "unknown": (QColor(150, 150, 150), "NO LIGHT"),
}
CONTEXT_NAMES = {
    "before": "Before exercise",
    "during": "During exercise",
    "after": "After exercise",
    "morning": "Next morning",
    "rest": "At rest",
}
R = Qt.AlignmentFlag.AlignRight
VC = Qt.AlignmentFlag.AlignVCenter
RUN_CHART_HEIGHT = 150.0
DECISION_WORDS = {
    "green": "green: up",
    "amber": "amber: repeat",
    "red": "red: step back",
    "override": "override (your choice)",
}


def short_day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def day_month(day: date) -> str:
    return f"{day.day} {day:%b}"


def pct(ratio: float | None) -> str:
    return "—" if ratio is None else f"{ratio * 100:.0f} %"


def num(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def score(value: int | None) -> str:
    return "—" if value is None else str(value)


def amounts(done: int, planned: int, unit: str) -> str:
    """ "1013 of 1020 reps", "202.5 of 202.5 min": both in the planned amount's unit."""
    if unit == "reps":
        return f"{done} of {planned} reps"
    if planned >= 600:
        return f"{done / 60:.1f} of {planned / 60:.1f} min"
    return f"{done} of {planned} s"


def km(metres: float) -> str:
    return f"{metres / 1000:.1f} km"


def amount(value: int, unit: str) -> str:
    if unit == "reps":
        return f"{value} reps"
    return f"{value / 60:.1f} min" if value >= 600 else f"{value} s"


class ReportJob:
    """One report being written to ``path``. Iterate :meth:`steps` to the end, then the
    file is in place; stop early (or :meth:`cancel`) and nothing is left behind."""

    def __init__(
        self,
        report: Report,
        path: Path,
        paper: str = "a4",
        charts: ChartPrinter | None = None,
    ) -> None:
        self.report = report
        self._charts = charts  # built ahead by the dialog; else made in a step of its own
        self._own_charts = charts is None
        self._chart_picture = None
        self.path = Path(path)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".report-", suffix=".pdf.tmp")
        os.close(fd)
        self.tmp = Path(tmp)
        title = f"Progress report {day_text(report.header.start)} – {day_text(report.header.end)}"
        self.doc = PdfDocument(self.tmp, paper, title, footer_text(report.header.app_version))
        self.done = False
        self.pages = 0

    def steps(self) -> Iterator[float]:
        """Yields progress from 0 to 1; the last step renames the file into place."""
        try:
            for fraction in self._build():
                yield 0.3 * fraction
            pages = self.doc.paginate()
            yield 0.3
            if self._needs_chart():
                if self._charts is None:
                    self._charts = ChartPrinter()
                    yield 0.31
                h = self.report.header
                width, height = self.doc.flow.width, CHART_HEIGHT - 8
                self._charts.prepare(self.report.pain, h.start, h.end, width, height)
                yield 0.31
                self._chart_picture = self._charts.record(width, height)
            yield 0.32
            for n, total in self.doc.paint():
                self.pages = total
                yield 0.32 + 0.66 * n / total
            del pages
            # QPainter.end() (at the end of paint) wrote and closed the file.
            if self.tmp.stat().st_size == 0:
                raise OSError(errno.EIO, "the PDF came out empty")
            os.replace(self.tmp, self.path)
            self.done = True
            yield 1.0
        finally:
            if self._own_charts and self._charts is not None:
                self._charts.close()
                self._charts = None
            if not self.done:
                self.cancel()

    def _needs_chart(self) -> bool:
        return bool(self.report.pain.points or self.report.pain.session_marks)

    def cancel(self) -> None:
        """Forget the half-written file (the target is untouched)."""
        with contextlib.suppress(OSError):
            self.tmp.unlink()

    # -- the content -------------------------------------------------------------

    def _build(self) -> Iterator[float]:
        r = self.report
        self._summary()
        yield 0.2
        flow = self.doc.flow
        flow.page_break()
        yield from self._fractions(self._exercises(), 0.2, 0.35)
        yield from self._fractions(self._running(), 0.35, 0.45)
        yield from self._fractions(self._sessions(), 0.45, 0.7)
        yield from self._fractions(self._pain_entries(), 0.7, 0.95)
        flow.heading("Questions for my physio")
        # One slab per line, so a long list of questions flows on to the next page.
        for line in (r.questions.strip() or "None written.").splitlines():
            flow.paragraph(line)
        yield 1.0

    def _fractions(self, rows: Iterator[float], lo: float, hi: float) -> Iterator[float]:
        for f in rows:
            yield lo + (hi - lo) * f

    def _summary(self) -> None:
        r, h, flow = self.report, self.report.header, self.doc.flow
        fonts = flow.fonts
        flow.heading("Progress report", level=1)
        lines = [
            ("Patient", h.patient or "—"),
            ("Condition", h.condition or "—"),
            ("Clinician", h.clinician or "—"),
            ("Period", f"{day_text(h.start)} – {day_text(h.end)} ({h.days} days)"),
            ("Made", f"{day_text(h.made_at.date())} {h.made_at:%H:%M}, {APP_NAME} {h.app_version}"),
        ]
        for label, value in lines:
            self._label_line(label, value)
        flow.space(4)
        if r.empty:
            flow.paragraph(
                "Nothing was recorded in this period: no sessions and no pain entries.",
                font=fonts.bold,
            )
        self._light()
        # Adherence per routine
        flow.heading("Sessions and adherence")
        a = r.adherence
        rows = [
            [
                x.routine_name,
                str(x.sessions),
                str(x.planned) if x.planned else "—",
                num(x.done) if x.planned else "—",
                str(x.partial) if x.planned else "—",
                str(x.missed) if x.planned else "—",
                pct(x.ratio),
            ]
            for x in a.routines
        ]
        rows.append(
            [
                "All routines",
                str(a.sessions),
                str(a.total_planned),
                num(a.total_done),
                str(sum(x.partial for x in a.routines)),
                str(sum(x.missed for x in a.routines)),
                pct(a.total_ratio),
            ]
        )
        cols = [
            Column("Routine", 3.4),
            Column("Sessions done", 1.3, R),
            Column("Planned", 1.0, R),
            Column("Done of planned", 1.4, R),
            Column("Partial", 1.0, R),
            Column("Missed", 1.0, R),
            Column("Adherence", 1.2, R),
        ]
        shade = [False] * (len(rows) - 1) + [True]
        for _ in flow.table(cols, rows, shaded=shade):
            pass
        flow.paragraph(
            "Planned sessions judged so far (today still open); a partial session counts as the "
            f"share of its planned sets done. Current streak: {a.streak} planned sessions done "
            "in full in a row. Routines without a plan show their sessions only.",
            font=fonts.small,
            colour=MUTED,
        )
        flow.drawing(STRIP_HEIGHT, self._draw_strip)
        # Pain, first week against last week
        p = r.pain
        flow.heading("Pain (0–10)")
        first = f"{day_month(p.first_week[0])} – {day_month(p.first_week[1])}"
        last = f"{day_month(p.last_week[0])} – {day_month(p.last_week[1])}"
        rows = []
        for c in p.changes:
            if c.first_count == 0 and c.last_count == 0:
                continue
            meaningful = {True: "yes", False: "no", None: "—"}[c.meaningful]
            change = "—" if c.change is None else f"{c.change:+.1f}"
            rows.append(
                [
                    CONTEXT_NAMES.get(c.context, c.context),
                    f"{num(c.first_mean)} (n={c.first_count})",
                    f"{num(c.last_mean)} (n={c.last_count})",
                    change,
                    meaningful,
                ]
            )
        if rows:
            cols = [
                Column("When", 2.6),
                Column(f"First week\n{first}", 2.2, R),
                Column(f"Last week\n{last}", 2.2, R),
                Column("Change", 1.2, R),
                Column("Meaningful", 1.4, R),
            ]
            for _ in flow.table(cols, rows):
                pass
            flow.paragraph(
                "Means of the entries in each week. Meaningful: a change of at least 2 points "
                "or 30 % (Farrar et al., Pain 2001).",
                font=fonts.small,
                colour=MUTED,
            )
        else:
            flow.paragraph("No pain entries in the period.")
        worst = (
            f"{short_day(p.worst_day.day)} {p.worst_day.day.year}: worst {p.worst_day.max}/10"
            f" ({p.worst_day.count} entr{'y' if p.worst_day.count == 1 else 'ies'})"
            if p.worst_day
            else "—"
        )
        self._label_line("Worst day", worst)
        flares = (
            "; ".join(
                f"{short_day(f.day)}"
                + (f" – {short_day(f.last_day)}" if f.last_day != f.day else "")
                + f" (peak {f.peak}/10, week before {f.baseline:.1f})"
                for f in p.flare_ups
            )
            or "none"
        )
        self._label_line(f"Flare-ups: {len(p.flare_ups)}", flares)
        self._label_line("Stopped for pain", f"{p.stopped_for_pain} session(s)")
        flow.space(6)
        flow.drawing(CHART_HEIGHT, self._draw_chart)

    def _label_line(self, label: str, value: str) -> None:
        flow = self.doc.flow
        label_w = 120.0
        lbox = flow.text_box(label, flow.fonts.bold, label_w - 6)
        vbox = flow.text_box(value, flow.fonts.body, flow.width - label_w)

        def draw(p: QPainter, x: float, y: float) -> None:
            p.setPen(INK)
            lbox.draw(p, x, y)
            vbox.draw(p, x + label_w, y)

        flow.drawing(max(lbox.height, vbox.height) + 2, draw)

    def _light(self) -> None:
        flow = self.doc.flow
        light = self.report.light
        colour, word = LIGHTS.get(light.level.value, LIGHTS["unknown"])
        as_of = day_text(light.day)
        text = f"Traffic light on {as_of}: {word} — {light.reason.rstrip('.')}. {light.advice}"
        box = flow.text_box(text, flow.fonts.bold, flow.width - 40)
        height = max(box.height, 24) + 12

        def draw(p: QPainter, x: float, y: float) -> None:
            p.setPen(QPen(colour, 1.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(x, y, flow.width, height - 4), 4, 4)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(QRectF(x + 10, y + (height - 4) / 2 - 8, 16, 16))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(INK)
            box.draw(p, x + 34, y + (height - 4 - box.height) / 2)

        flow.drawing(height, draw)
        if light.note:
            flow.paragraph(light.note, font=flow.fonts.small, colour=MUTED)

    def _draw_chart(self, p: QPainter, x: float, y: float) -> None:
        target = QRectF(x, y, self.doc.flow.width, CHART_HEIGHT - 8)
        if self._chart_picture is None:
            p.setPen(MUTED)
            p.drawText(target, Qt.AlignmentFlag.AlignCenter, "No pain entries to chart.")
            return
        p.drawPicture(int(x), int(y), self._chart_picture)

    def _draw_strip(self, p: QPainter, x: float, y: float) -> None:
        """Adherence by week: one box per week, its share as text and as fill height."""
        weeks = self.report.adherence.weeks
        flow = self.doc.flow
        p.setFont(flow.fonts.small)
        p.setPen(INK)
        p.drawText(
            QRectF(x, y, flow.width, 14),
            "Adherence by week (planned sessions done, partial ones as partial)",
        )
        if not weeks:
            return
        top, height = y + 16, STRIP_HEIGHT - 22
        w = flow.width / len(weeks)
        for i, week in enumerate(weeks):
            cell = QRectF(x + i * w + 1, top, w - 2, height)
            p.setPen(QPen(RULE, 0.6))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(cell)
            if week.ratio is not None:
                fill = QRectF(
                    cell.left(),
                    cell.bottom() - cell.height() * week.ratio,
                    cell.width(),
                    cell.height() * week.ratio,
                )
                p.fillRect(fill, QColor(190, 220, 195))
            p.setPen(INK)
            label = pct(week.ratio) if len(weeks) <= 26 else ""
            if label:
                p.drawText(cell, Qt.AlignmentFlag.AlignCenter, label)
        p.setPen(MUTED)
        first, last = weeks[0].week_start, weeks[-1].week_start
        p.drawText(
            QRectF(x, top + height, flow.width, 12),
            Qt.AlignmentFlag.AlignLeft,
            f"week of {short_day(first)}",
        )
        p.drawText(
            QRectF(x, top + height, flow.width, 12),
            Qt.AlignmentFlag.AlignRight,
            f"week of {short_day(last)}",
        )

    def _exercises(self) -> Iterator[float]:
        flow = self.doc.flow
        flow.heading("Exercises: planned dose against done", level=1)
        flow.paragraph(
            "Sets and amounts of the sessions in the period against what each planned (a set "
            "never reached counts as not done), left and "
            "right apart. Done: amount done of amount planned.",
            font=flow.fonts.small,
            colour=MUTED,
            keep_with_next=True,
        )
        rows, shade = [], []
        for ex in self.report.exercises:
            notes = []
            if ex.often_skipped:
                notes.append("often skipped")
            for c in ex.changes:
                change = f"{amount(c.before, c.unit)} → {amount(c.after, c.unit)}"
                notes.append(f"{short_day(c.day)}: {change} per set")
            name = ex.name + (f"\n({ex.routine_name})" if ex.routine_name else "")
            for i, side in enumerate(ex.sides):
                rows.append(
                    [
                        name if i == 0 else "",
                        (ex.prescribed or "—") if i == 0 else "",
                        side.side or "both",
                        f"{side.sets_done} of {side.sets_planned}"
                        + (f" ({side.sets_skipped} skipped)" if side.sets_skipped else ""),
                        amounts(side.amount_done, side.amount_planned, side.unit),
                        pct(side.completion),
                        "\n".join(notes) if i == 0 else "",
                    ]
                )
                shade.append(ex.often_skipped)
        if not rows:
            flow.paragraph("No exercise sets recorded in the period.")
            yield 1.0
            return
        cols = [
            Column("Exercise", 2.6),
            Column("Dose now", 2.0),
            Column("Side", 0.8),
            Column("Sets done", 1.6, R),
            Column("Done of planned", 2.4, R),
            Column("Done", 0.9, R),
            Column("Dose changes", 2.4),
        ]
        for n in flow.table(cols, rows, shaded=shade):
            yield n / len(rows)

    # -- return to running ----------------------------------------------------------

    def _running(self) -> Iterator[float]:
        """The return-to-run section, only when the period has runs or decisions."""
        run = self.report.running
        if run is None:
            yield 1.0
            return
        flow = self.doc.flow
        small = flow.fonts.small
        flow.heading("Return to running", level=1)
        flow.paragraph(
            f"{run.run_count} run(s), {km(run.distance_m)} and {run.minutes:.0f} min in the "
            f"period. Level now: {run.level_now_text}.",
            keep_with_next=True,
        )
        flow.heading("Level history")
        if run.levels:
            rows = [
                [
                    short_day(line.run_day),
                    DECISION_WORDS.get(line.decision, line.decision)
                    + (f"\n(light {line.light})" if line.decision == "override" else ""),
                    f"{line.from_level} → {line.to_level}"
                    + (", rest a day" if line.rest_day else ""),
                    line.level_text,
                    (
                        f"Chosen by you; the light said: {line.reason}"
                        if line.decision == "override"
                        else f"{line.reason}\nRule: {line.rule}"
                    ),
                ]
                for line in run.levels
            ]
            cols = [
                Column("Run day", 1.4),
                Column("Decision", 1.4),
                Column("Level", 1.2),
                Column("Next session", 3.0),
                Column("Why", 4.0),
            ]
            shade = [line.decision in ("red", "override") for line in run.levels]
            for _ in flow.table(cols, rows, shaded=shade):
                pass
        else:
            flow.paragraph("No level decisions in the period.")
        yield 0.3
        flow.heading("Weekly volume against the caps")
        flow.drawing(RUN_CHART_HEIGHT, self._draw_run_weeks)
        flow.paragraph(
            f"Bars: km run each week; inner bar: the week's longest run; red tick: its "
            f"single-run cap ({run.cap_rule}); black tick: the weekly guide ({run.guide_rule}).",
            font=small,
            colour=MUTED,
        )
        rows = [
            [
                f"week of {short_day(w.monday)}",
                str(w.runs),
                km(w.distance_m),
                "—" if w.guide_m is None else km(w.guide_m),
                km(w.longest_m) if w.runs else "—",
                "—" if w.longest_cap_m is None else km(w.longest_cap_m),
                ", ".join(
                    ([f"{w.over_cap} over the single-run cap"] if w.over_cap else [])
                    + (["above the weekly guide"] if w.over_guide else [])
                ),
            ]
            for w in run.weeks
        ]
        cols = [
            Column("Week", 2.0),
            Column("Runs", 0.7, R),
            Column("Total", 1.1, R),
            Column("Weekly guide", 1.3, R),
            Column("Longest run", 1.3, R),
            Column("Its cap", 1.1, R),
            Column("Flag", 3.0),
        ]
        for _ in flow.table(cols, rows, shaded=[bool(w.over_cap) for w in run.weeks]):
            pass
        yield 0.6
        flow.heading("Runs over the single-run cap")
        if run.overruns:
            rows = [
                [
                    short_day(o.day),
                    f"{km(o.distance_m)}\n{o.minutes:.0f} min",
                    f"{km(o.cap_distance_m)}\n{o.cap_minutes:.0f} min",
                    f"{km(o.longest_distance_m)}\n{o.longest_minutes:.0f} min",
                    f"{o.distance_share:.0%}\n{o.duration_share:.0%}",
                    o.text,
                ]
                for o in run.overruns
            ]
            cols = [
                Column("Date", 1.4),
                Column("Run", 1.1, R),
                Column("Cap", 1.1, R),
                Column("Longest, 30 days before", 1.7, R),
                Column("Share", 0.9, R),
                Column("Rule and numbers", 4.6),
            ]
            for _ in flow.table(cols, rows):
                pass
        else:
            flow.paragraph(f"None: every run kept to {run.cap_rule}.")
        yield 0.8
        flow.heading("Pain around runs (0–10)")
        rows = [
            [
                short_day(x.day),
                km(x.distance_m),
                f"{x.minutes:.0f}",
                x.terrain,
                score(x.during),
                score(x.after),
                score(x.next_morning),
                "over cap" if x.over_cap else "",
            ]
            for x in run.pain
        ]
        if rows:
            cols = [
                Column("Date", 1.6),
                Column("Distance", 1.1, R),
                Column("Min", 0.7, R),
                Column("Terrain", 1.1),
                Column("During", 0.9, R),
                Column("After", 0.9, R),
                Column("Next morning", 1.2, R),
                Column("Cap", 1.0),
            ]
            for _ in flow.table(cols, rows, shaded=[x.over_cap for x in run.pain]):
                pass
        else:
            flow.paragraph("No runs in the period.")
        yield 1.0

    def _draw_run_weeks(self, p: QPainter, x: float, y: float) -> None:
        """Weekly km as bars, the longest run inside each with its single-run cap (red
        tick) and the weekly guide (black tick); the model's numbers, drawn as they are."""
        run = self.report.running
        assert run is not None
        flow = self.doc.flow
        weeks = run.weeks
        p.setFont(flow.fonts.small)
        axis_w, label_h = 34.0, 12.0
        top, bottom = y + 6, y + RUN_CHART_HEIGHT - label_h - 4
        left, right = x + axis_w, x + flow.width
        values = [w.distance_m for w in weeks]
        values += [w.guide_m for w in weeks if w.guide_m is not None]
        values += [w.longest_cap_m for w in weeks if w.longest_cap_m is not None]
        most_km = max(1.0, max(values, default=0.0) / 1000)
        step = next(n for n in (1, 2, 5, 10, 20, 50, 100, 200, 500) if most_km / n <= 6)
        top_km = step * math.ceil(most_km / step)

        def to_y(metres: float) -> float:
            return bottom - (bottom - top) * metres / 1000 / top_km

        for k in range(0, int(top_km) + 1, step):
            ty = to_y(k * 1000)
            p.setPen(QPen(RULE, 0.5))
            p.drawLine(QPointF(left, ty), QPointF(right, ty))
            p.setPen(MUTED)
            p.drawText(QRectF(x, ty - 6, axis_w - 4, 12), R | VC, f"{k} km")
        if not weeks:
            return
        slot = (right - left) / len(weeks)
        bar = min(slot * 0.7, 60.0)
        label_w = p.fontMetrics().horizontalAdvance("30 Nov") * 1.5  # with a gap
        stride = max(1, math.ceil(label_w / slot))
        for i, w in enumerate(weeks):
            cx = left + slot * (i + 0.5)
            outer = QRectF(cx - bar / 2, to_y(w.distance_m), bar, bottom - to_y(w.distance_m))
            p.fillRect(outer, QColor(170, 195, 230))
            if w.runs:
                inner = QRectF(cx - bar / 6, to_y(w.longest_m), bar / 3, bottom - to_y(w.longest_m))
                p.fillRect(inner, QColor(40, 80, 150))
            if w.longest_cap_m is not None:
                p.setPen(QPen(QColor(200, 40, 40), 2))
                cy = to_y(w.longest_cap_m)
                p.drawLine(QPointF(cx - bar / 4, cy), QPointF(cx + bar / 4, cy))
            if w.guide_m is not None:
                p.setPen(QPen(INK, 1.2, Qt.PenStyle.DashLine))
                gy = to_y(w.guide_m)
                p.drawLine(QPointF(cx - bar / 2 - 2, gy), QPointF(cx + bar / 2 + 2, gy))
            if i % stride == 0:
                p.setPen(MUTED)
                box = QRectF(cx - label_w / 2, bottom + 2, label_w, label_h)
                if box.left() >= x and box.right() <= right + slot / 2:
                    p.drawText(box, Qt.AlignmentFlag.AlignHCenter, day_month(w.monday))
        p.setPen(QPen(INK, 0.8))
        p.drawLine(QPointF(left, bottom), QPointF(right, bottom))

    def _sessions(self) -> Iterator[float]:
        flow = self.doc.flow
        flow.heading("Session log")
        lines = self.report.sessions
        if not lines:
            flow.paragraph("No sessions in the period.")
            yield 1.0
            return
        rows = [
            [
                f"{short_day(s.started_at.date())} {s.started_at:%H:%M}",
                s.routine_name,
                s.outcome,
                num(s.duration_min, 0),
                f"{s.sets_done}/{s.sets_planned}",
                f"{score(s.pain_before)} → {score(s.pain_after)}",
                score(s.next_morning),
                s.note,
            ]
            for s in lines
        ]
        shade = [s.outcome == "stopped for pain" for s in lines]
        cols = [
            Column("Date", 2.1),
            Column("Routine", 2.2),
            Column("Outcome", 1.5),
            Column("Min", 0.6, R),
            Column("Sets", 0.8, R),
            Column("Pain before → after", 1.4, R),
            Column("Next morning", 1.1, R),
            Column("Note", 3.0),
        ]
        for n in flow.table(cols, rows, shaded=shade):
            yield n / len(rows)

    def _pain_entries(self) -> Iterator[float]:
        flow = self.doc.flow
        flow.heading("Pain entries")
        entries = self.report.pain_entries
        if not entries:
            flow.paragraph("No pain entries in the period.")
            yield 1.0
            return
        flagged = sum(1 for e in entries if e.flag)
        flow.paragraph(
            f"{len(entries)} entries; {flagged} flagged (shaded, listed first): on a flare-up "
            "day, linked to a session stopped for pain, or above 5/10.",
            font=flow.fonts.small,
            colour=MUTED,
            keep_with_next=True,
        )
        rows = [
            [
                f"{short_day(e.at.date())} {e.at:%H:%M}",
                str(e.score),
                e.location,
                e.side,
                CONTEXT_NAMES.get(e.context, e.context),
                e.flag,
                e.note,
            ]
            for e in entries
        ]
        cols = [
            Column("When", 2.0),
            Column("Score", 0.85, R),
            Column("Where", 1.5),
            Column("Side", 0.7),
            Column("Context", 1.7),
            Column("Flag", 1.5),
            Column("Note", 4.0),
        ]
        for n in flow.table(cols, rows, shaded=[bool(e.flag) for e in entries]):
            yield n / len(rows)


def write_report(report: Report, path: Path, paper: str = "a4") -> int:
    """Write the whole report at once (command line, tests); returns the page count."""
    job = ReportJob(report, path, paper)
    for _ in job.steps():
        pass
    return job.pages


def made_now() -> datetime:
    return datetime.now().astimezone()
