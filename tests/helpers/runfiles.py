"""Small GPX, TCX and FIT files made by the tests, shaped like a watch's.

``track()`` is a run at 1 Hz along a straight line with a gentle hill; the three writers
turn it into each format. The FIT writer is a minimal encoder of the FIT protocol (file
header, one definition and data messages per kind, CRCs) — enough for fitdecode to read
a ``session`` and ``record`` messages exactly as it reads a watch's file.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

START = datetime(2026, 11, 2, 7, 30, tzinfo=UTC)
FIT_EPOCH = datetime(1989, 12, 31, tzinfo=UTC)


@dataclass(frozen=True)
class Point:
    at: datetime
    lat: float
    lon: float
    ele: float
    distance_m: float


def track(seconds: int = 600, speed_mps: float = 3.0, hill_m: float = 10.0) -> list[Point]:
    """A run northwards at ``speed_mps`` with one hill of ``hill_m`` up and down."""
    points = []
    for i in range(seconds + 1):
        d = i * speed_mps
        ele = 50 + hill_m * math.sin(math.pi * i / seconds)
        points.append(Point(START + timedelta(seconds=i), 52.0 + d / 111_195, 13.0, ele, d))
    return points


def gpx(points: list[Point]) -> str:
    pts = "\n".join(
        f'<trkpt lat="{p.lat:.7f}" lon="{p.lon:.7f}"><ele>{p.ele:.1f}</ele>'
        f"<time>{p.at.strftime('%Y-%m-%dT%H:%M:%SZ')}</time></trkpt>"
        for p in points
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">'
        f"<trk><name>Morning run</name><trkseg>\n{pts}\n</trkseg></trk></gpx>\n"
    )


def tcx(points: list[Point]) -> str:
    seconds = (points[-1].at - points[0].at).total_seconds()
    pts = "\n".join(
        f"<Trackpoint><Time>{p.at.strftime('%Y-%m-%dT%H:%M:%SZ')}</Time>"
        f"<AltitudeMeters>{p.ele:.1f}</AltitudeMeters>"
        f"<DistanceMeters>{p.distance_m:.1f}</DistanceMeters></Trackpoint>"
        for p in points
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/'
        'TrainingCenterDatabase/v2"><Activities><Activity Sport="Running">'
        f"<Id>{points[0].at.strftime('%Y-%m-%dT%H:%M:%SZ')}</Id>"
        f'<Lap StartTime="{points[0].at.strftime("%Y-%m-%dT%H:%M:%SZ")}">'
        f"<TotalTimeSeconds>{seconds:.1f}</TotalTimeSeconds>"
        f"<DistanceMeters>{points[-1].distance_m:.1f}</DistanceMeters>"
        f"<Track>\n{pts}\n</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n"
    )


_CRC = (0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400)  # fmt: skip


def fit_crc(data: bytes, crc: int = 0) -> int:
    for byte in data:
        for nibble in (byte & 0xF, byte >> 4):
            tmp = _CRC[crc & 0xF]
            crc = (crc >> 4) & 0x0FFF
            crc = crc ^ tmp ^ _CRC[nibble]
    return crc


def _fit_time(moment: datetime) -> int:
    return int((moment - FIT_EPOCH).total_seconds())


def _definition(local: int, global_num: int, fields: list[tuple[int, int, int]]) -> bytes:
    out = struct.pack("<BBBHB", 0x40 | local, 0, 0, global_num, len(fields))
    return out + b"".join(struct.pack("<BBB", *f) for f in fields)


UINT16, UINT32 = 0x84, 0x86
SESSION_FIELDS = [(253, 4, UINT32), (2, 4, UINT32), (7, 4, UINT32), (8, 4, UINT32),
                  (9, 4, UINT32), (22, 2, UINT16), (23, 2, UINT16)]  # fmt: skip
RECORD_FIELDS = [(253, 4, UINT32), (5, 4, UINT32), (2, 2, UINT16)]


def fit(points: list[Point], *, with_session: bool = True, ascent: int = 10) -> bytes:
    body = _definition(0, 20, RECORD_FIELDS)
    for p in points:
        alt = round((p.ele + 500) * 5)
        body += struct.pack("<BIIH", 0, _fit_time(p.at), int(p.distance_m * 100), alt)
    if with_session:
        seconds = (points[-1].at - points[0].at).total_seconds()
        body += _definition(1, 18, SESSION_FIELDS)
        body += struct.pack(
            "<BIIIIIHH",
            1,
            _fit_time(points[-1].at),
            _fit_time(points[0].at),
            int(seconds * 1000),
            int(seconds * 1000),
            int(points[-1].distance_m * 100),
            ascent,
            ascent,
        )
    header = struct.pack("<BBHI4s", 14, 0x20, 2132, len(body), b".FIT")
    header += struct.pack("<H", fit_crc(header))
    data = header + body
    return data + struct.pack("<H", fit_crc(data))
