"""Placing server-clock moments in the replay's picture: pure functions, no Django.

The replay's source is the session's recordings joined in order, gaps (reconnects) dropped. A moment is
placed by finding the part that was recording then: ``offset = part.base + (at - part.started_at)``, where
``base`` is the summed duration of the parts before it. A moment in a gap is placed at the start of the next
part (what a viewer sees next), one before the first part at 0 and one after the last at the end. Cuts are
applied afterwards: a moment inside a cut is gone from the published replay; one after it moves earlier
by the cut's length. Every clock here is the server's (Django's ``timezone.now()`` and the ingest on the same
host), so chat, cards, officer actions and the picture share one clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Part:
    started_at: datetime
    duration: float
    base: float  # seconds of replay before this part


def parts_from(rows: list[tuple[datetime, float]]) -> list[Part]:
    """``rows`` are (started_at, duration) of the recordings; they are ordered here by start."""
    parts, base = [], 0.0
    for started_at, duration in sorted(rows, key=lambda r: r[0]):
        parts.append(Part(started_at, duration, base))
        base += duration
    return parts


def source_offset(at: datetime, parts: list[Part]) -> float:
    """Seconds into the joined source at which the server-clock moment ``at`` is (clamped, see module doc)."""
    if not parts:
        return 0.0
    for part in parts:
        into = (at - part.started_at).total_seconds()
        if into < 0:
            return part.base  # before this part: in the gap (or before the first), shown at the part's start
        if into <= part.duration:
            return part.base + into
    last = parts[-1]
    return last.base + last.duration


def published_offset(offset: float, cuts: list[tuple[float, float]]) -> float | None:
    """Where a source offset lands in the published (cut) file; ``None`` when it was cut out."""
    shift = 0.0
    for start, end in sorted(cuts):
        if offset >= end:
            shift += end - start
        elif offset >= start:
            return None
    return offset - shift
