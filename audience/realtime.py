"""What the live room's consumer calls (from its event loop) to feed attendance and reactions.

Each function is one line in ``studio.consumers.LiveRoomConsumer`` and never lets an analytics
failure close or slow a viewer's socket: errors are logged and swallowed.
"""

import asyncio
import logging
import time
from datetime import datetime

from django.conf import settings
from django.utils import timezone
from redis import asyncio as aioredis

from audience.services import admission
from audience.services.attendance import (
    REACTION_KEY_TTL,
    attendance_record_batch,
    reactions_key,
    viewer_key_for,
)
from core.db import persistent_database_sync_to_async
from core.loops import for_running_loop
from observability.logs import unique_id

logger = logging.getLogger(__name__)

_clients: dict[asyncio.AbstractEventLoop, aioredis.Redis] = {}


def _redis() -> aioredis.Redis:
    loop = asyncio.get_running_loop()
    client = _clients.get(loop)
    if client is None:
        for stale in [other for other in _clients if other.is_closed()]:
            del _clients[stale]
        client = _clients[loop] = aioredis.Redis.from_url(settings.REDIS_URL)
    return client


def _session_key(scope) -> str | None:
    session = scope.get("session")
    return getattr(session, "session_key", None) if session is not None else None


#: How long joins and leaves wait in a process's buffer before one transaction writes them all.
FLUSH_INTERVAL = 0.25
#: A batch that failed is tried again this many times, then dropped (logged): attendance never blocks the room.
FLUSH_ATTEMPTS = 3


class AttendanceBuffer:
    """One event loop's (server process's) pending joins and leaves, written in one transaction per flush.

    A connect or disconnect costs the socket nothing but an append: no database round trip, no turn on the
    consumers' shared database thread. Mass reconnects become a few bulk inserts. What is lost when a process
    dies before a flush (at most ``FLUSH_INTERVAL`` of events) the sampler's sweep bounds: a lost leave is
    closed once the process's presence goes stale; a lost join is not counted.
    """

    def __init__(self) -> None:
        self.joins: list[dict] = []
        self.leaves: list[tuple[str, object]] = []
        self.task: asyncio.Task | None = None

    def join(self, **row) -> str:
        token = unique_id()  # the visit's unique token
        self.joins.append({**row, "token": token, "at": timezone.now()})
        self._schedule()
        return token

    def leave(self, token: str) -> None:
        self.leaves.append((token, timezone.now()))
        self._schedule()

    def _schedule(self) -> None:
        if self.task is None or self.task.done():
            self.task = asyncio.get_running_loop().create_task(self._flush_soon(), name="attendance-flush")

    async def _flush_soon(self) -> None:
        await asyncio.sleep(FLUSH_INTERVAL)
        await self.flush()

    async def flush(self) -> None:
        """Write everything buffered now (tests and shutdown call it directly)."""
        attempt = 0
        while self.joins or self.leaves:
            joins, leaves = self.joins, self.leaves
            self.joins, self.leaves = [], []
            try:
                await persistent_database_sync_to_async(attendance_record_batch)(joins=joins, leaves=leaves)
                attempt = 0
            except Exception:
                attempt += 1
                if attempt >= FLUSH_ATTEMPTS:
                    logger.exception("attendance: %d joins and %d leaves dropped", len(joins), len(leaves))
                    attempt = 0
                    continue
                logger.warning("attendance: batch failed, trying again", exc_info=True)
                self.joins[:0], self.leaves[:0] = joins, leaves
                await asyncio.sleep(FLUSH_INTERVAL * attempt)


_buffers: dict[asyncio.AbstractEventLoop, AttendanceBuffer] = {}


def attendance_buffer() -> AttendanceBuffer:
    return for_running_loop(_buffers, AttendanceBuffer)


async def room_joined(scope, session_id: int, viewer, process: str) -> str | None:
    """Record the socket's visit (``viewer`` is ``studio.access.Viewer``); returns its token for ``room_left``."""
    try:
        key = viewer_key_for(scope.get("user"), _session_key(scope))
        return attendance_buffer().join(
            session_id=session_id, viewer_key=key, user_id=viewer.user_id, role=viewer.role, process=process
        )
    except Exception:
        logger.exception("attendance: join of room %s not recorded", session_id)
        return None


async def room_left(token: str | None) -> None:
    if token is None:
        return
    try:
        attendance_buffer().leave(token)
    except Exception:
        logger.exception("attendance: leave of socket %s not recorded", token)


#: Sessions seen public lately: ``{session_id: until}`` (monotonic). A public room needs no invitation check,
#: so most connects skip the query. Stale for at most this long after a switch to invite-only, in the safe
#: direction: the room's own check (``studio.access``) then refuses a link holder for those seconds.
PUBLIC_CACHE_SECONDS = 10.0
_public_until: dict[int, float] = {}


async def room_invite_code(scope, session_id) -> tuple[str, datetime | None]:
    """The invite-only room's code when this browser redeemed a live share link or its user was invited, and
    when the admitting link expires (``None``: no end); ``("", None)`` otherwise."""
    try:
        session_id = int(session_id)
        if _public_until.get(session_id, 0.0) > time.monotonic():
            return "", None
        invite_only, code, until = await persistent_database_sync_to_async(admission.room_admission_until)(
            scope.get("user"), session_id, scope.get("session")
        )
        if not invite_only:
            if len(_public_until) > 10000:
                _public_until.clear()
            _public_until[session_id] = time.monotonic() + PUBLIC_CACHE_SECONDS
        return code, until
    except Exception:
        logger.exception("invitations: could not check the grants for room %s", session_id)
        return "", None


async def room_admission_check(scope, session_id: int, query_invite: str) -> tuple[bool, datetime | None]:
    """May this connected socket stay? Read fresh (no cache): a grant just ended. On a storage error the socket
    stays (``(True, None)``) and the next event or expiry checks again."""
    _public_until.pop(session_id, None)
    try:
        return await persistent_database_sync_to_async(admission.room_admission_check)(
            scope.get("user"), session_id, scope.get("session"), query_invite
        )
    except Exception:
        logger.exception("invitations: could not re-check a socket of room %s", session_id)
        return True, None


async def reaction_counted(session_id: int, kind: str) -> None:
    """Count one reaction in the room's per-minute Redis counters (copied to the database by the sampler)."""
    try:
        key = reactions_key(session_id)
        async with _redis().pipeline(transaction=False) as pipe:
            pipe.hincrby(key, f"{int(time.time()) // 60}:{kind}", 1)
            pipe.expire(key, REACTION_KEY_TTL)
            await pipe.execute()
        reaction_totals_reads().invalidate(session_id)
    except Exception:
        logger.warning("reactions: count in room %s lost", session_id, exc_info=True)


#: A joining socket's reaction counts reuse a read of the room's counters started this recently: a join storm
#: reads them about once a second, not once per connect (5,000 ``HGETALL`` round trips on the event loop). The
#: room's ``reactions`` frames come at most once a second anyway, so a count is never staler than what the room
#: already shows.
REACTION_TOTALS_FRESH_FOR = 1.0


class ReactionTotalsReads:
    """One event loop's reads of the rooms' reaction counters: single flight, reused ``REACTION_TOTALS_FRESH_FOR``.

    Connects to one room that arrive while a read runs share it; a read that started less than
    ``REACTION_TOTALS_FRESH_FOR`` ago is reused. A reaction counted by this process invalidates the room's read
    (``invalidate``: the next connect reads afresh and sees it); another process's reactions reach a joiner
    within ``REACTION_TOTALS_FRESH_FOR``. A failed read (Redis away) is not reused.
    """

    def __init__(self, reader) -> None:
        self._reader = reader  # async (session_id) -> {kind: count}; raises when Redis is unreachable
        self._last: dict[int, tuple[float, dict[str, int]]] = {}
        self._running: dict[int, asyncio.Future] = {}
        self._generation: dict[int, int] = {}
        self.reads = 0

    def invalidate(self, session_id: int) -> None:
        """The room's counters changed here: no read started before now is reused or joined."""
        self._generation[session_id] = self._generation.get(session_id, 0) + 1
        self._last.pop(session_id, None)
        self._running.pop(session_id, None)

    async def read(self, session_id: int) -> dict[str, int]:
        loop = asyncio.get_running_loop()
        last = self._last.get(session_id)
        if last is not None and loop.time() - last[0] < REACTION_TOTALS_FRESH_FOR:
            return dict(last[1])
        running = self._running.get(session_id)
        if running is None:
            running = self._running[session_id] = loop.create_task(self._read(session_id, loop.time()))
        return dict(await asyncio.shield(running))

    async def _read(self, session_id: int, started: float) -> dict[str, int]:
        generation = self._generation.get(session_id, 0)
        me = asyncio.current_task()
        try:
            self.reads += 1
            totals = await self._reader(session_id)
            if self._generation.get(session_id, 0) == generation:
                if len(self._last) > 4096:
                    self._last.clear()
                self._last[session_id] = (started, totals)
            return totals
        finally:
            if self._running.get(session_id) is me:
                del self._running[session_id]


async def _reaction_totals_read(session_id: int) -> dict[str, int]:
    entries = await _redis().hgetall(reactions_key(session_id))
    totals: dict[str, int] = {}
    for field, count in entries.items():
        _minute, _sep, kind = (field.decode() if isinstance(field, bytes) else field).partition(":")
        totals[kind] = totals.get(kind, 0) + int(count)
    return totals


_totals_reads: dict[asyncio.AbstractEventLoop, ReactionTotalsReads] = {}


def reaction_totals_reads() -> ReactionTotalsReads:
    return for_running_loop(_totals_reads, lambda: ReactionTotalsReads(_reaction_totals_read))


async def reaction_totals(session_id: int) -> dict[str, int]:
    """The room's reaction counts so far, by kind: its per-minute counters summed (a joining socket's snapshot,
    so a reload or a late joiner sees the counts the room sees), one ``HGETALL`` shared by the connects of a
    burst (``ReactionTotalsReads``). Empty if Redis is away."""
    try:
        return await reaction_totals_reads().read(session_id)
    except Exception:
        logger.warning("reactions: counts of room %s unreadable", session_id, exc_info=True)
        return {}


async def attendance_flush() -> None:
    """Write this process's buffered joins and leaves now (``studio.attendance.attendance_flush``)."""
    await attendance_buffer().flush()
