"""Read a run from a watch's or phone's GPX, TCX or FIT file.

Maintained parsers do the format work: gpxpy for GPX (distance, moving time, climb),
fitdecode for FIT (the binary format of Garmin and most watches; it checks the CRC).
TCX is a small XML schema read with the standard library. Every XML file is first
parsed by defusedxml with DTDs forbidden, so entity expansion ("billion laughs") and
external entities never reach a parser, and nothing here opens a network connection.
A file that is too big, not a regular file or not a run is refused with one plain line
(:class:`RunFileError`); nothing is written.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from .runs import Run

MAX_FILE_BYTES = 32 * 1024 * 1024  # a 3-hour 1 Hz GPX track is about 2 MB
TCX_NS = "{http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2}"


class RunFileError(ValueError):
    """A run file that cannot be read; the message names the file and says why."""


def read_run_file(path: Path) -> Run:
    """The run in ``path`` (GPX, TCX or FIT, told apart by content, not by name)."""
    data = _read_capped(path)
    name = path.name
    try:
        if len(data) >= 12 and data[8:12] == b".FIT":
            return _run_from_fit(data)
        head = data[:4096].lstrip()
        if head.startswith(b"<") or head.startswith(b"\xef\xbb\xbf<"):
            root = _safe_xml_root(data, name)
            tag = root.tag.rsplit("}", 1)[-1]
            if tag == "gpx":
                return _run_from_gpx(data)
            if tag == "TrainingCenterDatabase":
                return _run_from_tcx(root)
            raise RunFileError(f"{name}: an XML file, but not GPX or TCX (<{tag}>)")
    except RunFileError as exc:
        if str(exc).startswith(f"{name}:"):
            raise
        raise RunFileError(f"{name}: {exc}") from None
    except ValueError as exc:  # a field out of range, from Run's own checks
        raise RunFileError(f"{name}: not a usable run ({exc})") from None
    raise RunFileError(f"{name}: not a GPX, TCX or FIT file")


def _read_capped(path: Path) -> bytes:
    try:
        info = os.stat(path)
    except OSError as exc:
        raise RunFileError(f"{path.name}: cannot be read ({exc.strerror})") from None
    if not stat.S_ISREG(info.st_mode):
        raise RunFileError(f"{path.name}: not a regular file")
    if info.st_size > MAX_FILE_BYTES:
        raise RunFileError(
            f"{path.name}: too big ({info.st_size // 1_048_576} MB; at most "
            f"{MAX_FILE_BYTES // 1_048_576} MB)"
        )
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise RunFileError(f"{path.name}: cannot be read ({exc.strerror})") from None
    if len(data) > MAX_FILE_BYTES:
        raise RunFileError(f"{path.name}: too big")
    if not data.strip():
        raise RunFileError(f"{path.name}: the file is empty")
    return data


def _safe_xml_root(data: bytes, name: str):
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise RunFileError(
            f"{name}: refused: the XML declares a DTD or entities, which run files never need"
        ) from None
    except ParseError as exc:
        raise RunFileError(f"{name}: damaged XML ({exc})") from None


def _aware(moment: datetime | None) -> datetime:
    if moment is None:
        raise RunFileError("the file has no times, so it is not a recorded run")
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _climb(elevations: Iterable[float | None]) -> tuple[float, float]:
    from gpxpy.geo import calculate_uphill_downhill

    values = [e for e in elevations if e is not None]
    if len(values) < 2:
        return 0.0, 0.0
    up, down = calculate_uphill_downhill(values)
    return float(up), float(down)


def _run_from_gpx(data: bytes) -> Run:
    import gpxpy
    import gpxpy.gpx

    try:
        gpx = gpxpy.parse(data.decode("utf-8-sig", errors="strict"))
    except (gpxpy.gpx.GPXException, UnicodeDecodeError) as exc:
        raise RunFileError(f"damaged GPX ({exc})") from None
    bounds = gpx.get_time_bounds()
    if bounds.start_time is None or bounds.end_time is None:
        raise RunFileError("the track has no times, so it is not a recorded run")
    start, end = _aware(bounds.start_time), _aware(bounds.end_time)
    duration = (end - start).total_seconds()
    if duration <= 0:
        raise RunFileError("the track's times do not move forward")
    moving = gpx.get_moving_data()
    up, down = gpx.get_uphill_downhill()
    return Run(
        started_at=start,
        distance_m=float(gpx.length_2d()),
        duration_s=duration,
        moving_s=min(float(moving.moving_time), duration) if moving else None,
        ascent_m=float(up or 0.0),
        descent_m=float(down or 0.0),
        source="gpx",
    )


def _run_from_tcx(root) -> Run:
    laps = root.findall(f"{TCX_NS}Activities/{TCX_NS}Activity/{TCX_NS}Lap")
    if not laps:
        raise RunFileError("a TCX file with no activity laps")
    timer_s = distance = 0.0
    times: list[datetime] = []
    altitudes: list[float | None] = []
    for lap in laps:
        timer_s += _number(lap.findtext(f"{TCX_NS}TotalTimeSeconds"), "TotalTimeSeconds")
        distance += _number(lap.findtext(f"{TCX_NS}DistanceMeters", "0"), "DistanceMeters")
        if lap.get("StartTime"):
            times.append(_iso(lap.get("StartTime")))
        for point in lap.iter(f"{TCX_NS}Trackpoint"):
            when = point.findtext(f"{TCX_NS}Time")
            if when:
                times.append(_iso(when))
            alt = point.findtext(f"{TCX_NS}AltitudeMeters")
            altitudes.append(_number(alt, "AltitudeMeters") if alt else None)
    if not times:
        raise RunFileError("the activity has no times, so it is not a recorded run")
    start, end = min(times), max(times)
    duration = max((end - start).total_seconds(), timer_s)
    up, down = _climb(altitudes)
    return Run(
        started_at=start,
        distance_m=distance,
        duration_s=duration,
        moving_s=min(timer_s, duration),
        ascent_m=up,
        descent_m=down,
        source="tcx",
    )


def _number(text: str | None, field: str) -> float:
    try:
        value = float(text or "")
    except ValueError:
        raise RunFileError(f"{field} is not a number ({(text or '')[:20]!r})") from None
    if value != value or value in (float("inf"), float("-inf")) or value < -1e6 or value > 1e9:
        raise RunFileError(f"{field} is out of range")
    return value


def _iso(text: str) -> datetime:
    try:
        return _aware(datetime.fromisoformat(text.strip().replace("Z", "+00:00")))
    except ValueError:
        raise RunFileError(f"a time that does not parse ({text[:30]!r})") from None


def _run_from_fit(data: bytes) -> Run:
    import fitdecode

    sessions: list = []
    records: list = []
    try:
        with fitdecode.FitReader(io.BytesIO(data)) as reader:
            for frame in reader:
                if frame.frame_type != fitdecode.FIT_FRAME_DATA:
                    continue
                if frame.name == "session":
                    sessions.append(frame)
                elif frame.name == "record":
                    records.append(frame)
    except fitdecode.FitError as exc:
        raise RunFileError(f"damaged FIT ({exc})") from None

    def get(frame, name):
        return frame.get_value(name, fallback=None)

    if sessions:
        s = sessions[0]
        start = get(s, "start_time")
        elapsed = get(s, "total_elapsed_time")
        if start is None or elapsed is None:
            raise RunFileError("the FIT session has no start time or duration")
        timer = get(s, "total_timer_time")
        return Run(
            started_at=_aware(start),
            distance_m=float(get(s, "total_distance") or 0.0),
            duration_s=float(elapsed),
            moving_s=None if timer is None else min(float(timer), float(elapsed)),
            ascent_m=float(get(s, "total_ascent") or 0.0),
            descent_m=float(get(s, "total_descent") or 0.0),
            source="fit",
        )
    stamps = [get(r, "timestamp") for r in records if get(r, "timestamp") is not None]
    if len(stamps) < 2:
        raise RunFileError("a FIT file with no session and no track, so no run to read")
    start, end = _aware(min(stamps)), _aware(max(stamps))
    distances = [get(r, "distance") for r in records if get(r, "distance") is not None]
    altitudes = [get(r, "enhanced_altitude") or get(r, "altitude") for r in records]
    up, down = _climb(altitudes)
    return Run(
        started_at=start,
        distance_m=float(max(distances) if distances else 0.0),
        duration_s=(end - start).total_seconds(),
        ascent_m=up,
        descent_m=down,
        source="fit",
    )
