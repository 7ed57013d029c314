"""Who was in a room and what they did there: the seam through which the live room reports attendance.

Visits and reaction counters are the audience app's records (analytics, the report, evidence); the audience
app builds on studio, so it registers its recorder here at start-up (``AudienceConfig.ready``) and the
consumer reports through these functions without importing the app above it. Recording never fails a socket:
the recorder logs and drops what it cannot store.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Attendance:
    """The audience app's recorder (``audience.realtime``)."""

    #: ``(scope, session_id, viewer, process) -> token`` for ``room_left`` (None: not recorded).
    room_joined: Callable[[Any, int, Any, str], Awaitable[str | None]]
    room_left: Callable[[str | None], Awaitable[None]]
    reaction_counted: Callable[[int, str], Awaitable[None]]
    #: ``session_id -> {kind: count}``: the room's reactions so far (the joining socket's snapshot).
    reaction_totals: Callable[[int], Awaitable[dict[str, int]]]
    #: Write what is buffered now (a draining process calls it before it exits; ``studio.drain``).
    flush: Callable[[], Awaitable[None]] | None = None


_registered: list[Attendance] = []


def attendance_register(attendance: Attendance) -> None:
    """Register the attendance recorder (the last registration wins; idempotent)."""
    if attendance not in _registered:
        _registered.append(attendance)


def _attendance() -> Attendance:
    if not _registered:
        raise RuntimeError("No attendance recorder is registered (audience's AppConfig.ready registers it).")
    return _registered[-1]


async def room_joined(scope, session_id: int, viewer, process: str) -> str | None:
    """Record the socket's visit (``viewer`` is ``studio.access.Viewer``); returns its token for ``room_left``."""
    return await _attendance().room_joined(scope, session_id, viewer, process)


async def room_left(token: str | None) -> None:
    await _attendance().room_left(token)


async def reaction_counted(session_id: int, kind: str) -> None:
    """Count one reaction in the room's counters."""
    await _attendance().reaction_counted(session_id, kind)


async def reaction_totals(session_id: int) -> dict[str, int]:
    """The room's reaction counts so far, by kind (empty when the counters cannot be read)."""
    return await _attendance().reaction_totals(session_id)


async def attendance_flush() -> None:
    """Write the recorder's buffered joins and leaves now (before the process exits)."""
    flush = _attendance().flush
    if flush is not None:
        await flush()
