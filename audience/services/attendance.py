"""Attendance: who was in a room when, concurrency samples and reaction counts.

Written by the live room's consumer through ``studio.attendance`` (``attendance_join``/``attendance_leave``, run
in a worker thread and batched by ``audience.realtime``) and by the 10-second sampler task
(``concurrency_sample``), which also closes the visits of server processes that vanished.
"""

import functools
import hashlib
import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.db import connections, router, transaction
from django.db.models import F
from django.db.models.functions import Greatest
from django.utils import timezone

from audience.models import (
    ConcurrencySample,
    ReactionTally,
    Visit,
)
from observability.logs import unique_id
from studio.models import LiveSession, SessionState

logger = logging.getLogger(__name__)


#: Roles counted as the audience of a room (the host, colleagues and officers are not).
AUDIENCE_ROLES = ("customer", "guest")


SAMPLE_SECONDS = 10


#: A visit whose server process has not reported presence for this long is closed by the sampler.
PROCESS_GONE_AFTER = 15.0


#: A fresh visit is never swept: its process may not have written its first presence entry yet.
SWEEP_MIN_AGE = timedelta(seconds=30)


REACTION_KEY_TTL = 30 * 24 * 3600


def _prefix() -> str:
    return settings.CHANNEL_LAYERS["default"]["CONFIG"].get("prefix", "asgi")


@functools.cache
def _redis_for(url: str):
    from redis import Redis

    return Redis.from_url(url)  # thread-safe: its connection pool is shared by the worker's threads


def _redis():
    return _redis_for(settings.REDIS_URL)


def reactions_key(session_id: int) -> str:
    """Redis hash of live reaction counts: field ``<minute epoch>:<kind>`` → count."""
    return f"{_prefix()}:audience:reactions:{session_id}"


def viewer_key_for(user: User | AnonymousUser | None, session_key: str | None) -> str:
    """A stable key for one viewer: the user id, else a hash of the browser session, else per connection.

    The browser session key is hashed so the key stored and exported never works as a cookie.
    """
    if user is not None and user.is_authenticated:
        return f"u:{user.pk}"
    if session_key:
        return "g:" + hashlib.sha256(session_key.encode()).hexdigest()[:32]
    return f"g:c-{unique_id()}"  # no system call per guest connect (observability.logs)


def attendance_join(
    *,
    session_id: int,
    viewer_key: str,
    user_id: int | None,
    role: str = "",
    process: str = "",
    at: datetime | None = None,
) -> int:
    """Record that a socket entered the room; returns the visit id for ``attendance_leave``."""
    visit = Visit.objects.create(
        session_id=session_id,
        viewer_key=viewer_key[:80],
        user_id=user_id,
        role=role[:16],
        process=process[:120],
        joined_at=at or timezone.now(),
    )
    return visit.pk


def attendance_leave(*, visit_id: int, at: datetime | None = None) -> bool:
    """Record that the socket left. Idempotent: a visit closes once (a sweep may have closed it first)."""
    at = at or timezone.now()
    return bool(
        Visit.objects.filter(pk=visit_id, left_at__isnull=True).update(left_at=Greatest(F("joined_at"), at))
    )


#: Columns of a visit a join writes, in order (``closed_by_sweep`` is ``False``; ``left_at`` stays empty).
_JOIN_FIELDS = ("session", "viewer_key", "token", "user", "role", "process", "joined_at", "closed_by_sweep")
#: Rows per ``INSERT`` (8 parameters each: well under SQLite's and PostgreSQL's parameter limits).
_JOIN_ROWS_PER_STATEMENT = 100


def _visits_insert(joins: list[dict]) -> None:
    """Insert the joins' visits with plain multi-row ``INSERT … ON CONFLICT DO NOTHING`` (a token written
    before is skipped). The same statement ``bulk_create(ignore_conflicts=True)`` sends, without building a
    model instance and preparing each field per row: in a 5,000-viewer join storm that was ~170 µs of the
    database thread's Python per visit, taken from the same interpreter lock as the handshakes."""
    connection = connections[router.db_for_write(Visit)]
    ops = connection.ops
    fields = [Visit._meta.get_field(name) for name in _JOIN_FIELDS]
    columns = ", ".join(ops.quote_name(field.column) for field in fields)
    table = ops.quote_name(Visit._meta.db_table)
    rows = [
        (
            j["session_id"],
            j["viewer_key"][:80],
            j["token"],
            j["user_id"],
            j.get("role", "")[:16],
            j.get("process", "")[:120],
            ops.adapt_datetimefield_value(j["at"]),
            False,
        )
        for j in joins
    ]
    row_sql = "(" + ", ".join(["%s"] * len(fields)) + ")"
    with connection.cursor() as cursor:
        for start in range(0, len(rows), _JOIN_ROWS_PER_STATEMENT):
            chunk = rows[start : start + _JOIN_ROWS_PER_STATEMENT]
            cursor.execute(
                f"INSERT INTO {table} ({columns}) VALUES {', '.join([row_sql] * len(chunk))} "
                "ON CONFLICT DO NOTHING",
                [value for row in chunk for value in row],
            )


@transaction.atomic
def attendance_record_batch(*, joins: list[dict], leaves: list[tuple[str, datetime]]) -> None:
    """Write many sockets' joins and leaves in one transaction (``audience.realtime`` buffers them).

    ``joins`` are ``attendance_join`` keyword dicts with a ``token`` (the socket's id); ``leaves`` are
    ``(token, at)``. Joins are written first, so a socket that came and went within one batch is recorded
    whole. Idempotent: a token written before is skipped, a visit closes once.
    """
    if joins:
        _visits_insert(joins)
    if leaves:
        _visits_close(leaves)


#: Leaves per ``UPDATE`` (2 parameters each).
_LEAVE_ROWS_PER_STATEMENT = 500


def _visits_close(leaves: list[tuple[str, datetime]]) -> None:
    """Close the leaves' open visits, each at its own time (never before it began), with a plain
    ``UPDATE … FROM (VALUES …)``: the ORM's ``Case``/``When`` of 500 branches cost the database thread more
    Python than the joins did (~10 % of a server process's samples when a 5,000-viewer storm left), under the
    interpreter lock the handshakes need. A visit closed before (by a sweep, or a leave sent twice) is kept.
    PostgreSQL and SQLite (3.33+) both name a ``VALUES`` list's columns ``column1``, ``column2``."""
    connection = connections[router.db_for_write(Visit)]
    ops = connection.ops
    table = ops.quote_name(Visit._meta.db_table)
    token, joined_at, left_at = (
        ops.quote_name(Visit._meta.get_field(name).column) for name in ("token", "joined_at", "left_at")
    )
    latest = dict(leaves)  # a token left twice in one batch: its last time, as the ORM's update had it
    rows = [(t, ops.adapt_datetimefield_value(at)) for t, at in latest.items()]
    with connection.cursor() as cursor:
        for start in range(0, len(rows), _LEAVE_ROWS_PER_STATEMENT):
            chunk = rows[start : start + _LEAVE_ROWS_PER_STATEMENT]
            values = ", ".join(["(%s, %s)"] * len(chunk))
            cursor.execute(
                f"UPDATE {table} SET {left_at} = CASE WHEN {table}.{joined_at} > v.column2 "
                f"THEN {table}.{joined_at} ELSE v.column2 END "
                f"FROM (VALUES {values}) AS v "
                f"WHERE {table}.{token} = v.column1 AND {table}.{left_at} IS NULL",
                [value for row in chunk for value in row],
            )


def live_processes(session_id: int, *, now: float | None = None) -> set[str] | None:
    """Server processes that reported presence for the room lately, or ``None`` when nobody reported.

    Reads the presence hash the live room's fan-out hubs keep (``studio.presence.Presence.publish``: field =
    the hub's process key, value ``"<sockets>:<unix time>"``, rewritten every 2 s by each process).
    """
    import time

    now = time.time() if now is None else now
    try:
        entries = _redis().hgetall(f"{_prefix()}:presence:{session_id}")
    except Exception:
        logger.warning("presence of room %s unreadable", session_id, exc_info=True)
        return None
    if not entries:
        return None
    alive = set()
    for field_name, value in entries.items():
        try:
            stamp = float(value.decode().partition(":")[2])
        except ValueError:
            return None  # a format this code does not know: sweep nothing rather than the wrong thing
        if now - stamp <= PROCESS_GONE_AFTER:
            alive.add(field_name.decode())
    return alive


def _sweep_vanished(session_id: int, now: datetime) -> int:
    """Close open visits held by a process that stopped reporting presence (it crashed or was killed)."""
    alive = live_processes(session_id, now=now.timestamp())
    if alive is None:
        return 0
    return (
        Visit.objects.filter(session_id=session_id, left_at__isnull=True, joined_at__lt=now - SWEEP_MIN_AGE)
        .exclude(process="")
        .exclude(process__in=alive)
        .update(left_at=now, closed_by_sweep=True)
    )


def _close_ended(now: datetime) -> int:
    """Visits still open in ended sessions end with the session (sockets may linger after the end)."""
    closed = 0
    session_ids = set(
        Visit.objects.filter(left_at__isnull=True, session__state=SessionState.ENDED).values_list(
            "session_id", flat=True
        )
    )
    for session in LiveSession.objects.filter(pk__in=session_ids).only("id", "ended_at"):
        end = session.ended_at or now
        closed += Visit.objects.filter(session=session, left_at__isnull=True).update(
            left_at=Greatest(F("joined_at"), end)
        )
    return closed


def room_counts(session_id: int) -> tuple[int, int]:
    """(distinct audience viewers, audience sockets) connected to the room now, across every process."""
    open_visits = Visit.objects.filter(session_id=session_id, left_at__isnull=True, role__in=AUDIENCE_ROLES)
    return open_visits.values("viewer_key").distinct().count(), open_visits.count()


def concurrency_sample(*, now: datetime | None = None) -> dict[int, int]:
    """Take this 10-second tick's sample of every live room; returns ``{session_id: viewers}``.

    Safe to run twice for one tick (a retried task, two beat processes): the unique ``(session, bucket)``
    keeps the first sample. Also closes visits of vanished processes and of ended sessions, and copies
    the live reaction counters into ``ReactionTally``.
    """
    now = now or timezone.now()
    bucket = int(now.timestamp()) // SAMPLE_SECONDS
    samples = []
    result: dict[int, int] = {}
    live_ids = list(LiveSession.objects.filter(state=SessionState.LIVE).values_list("pk", flat=True))
    for session_id in live_ids:
        _sweep_vanished(session_id, now)
        viewers, sockets = room_counts(session_id)
        result[session_id] = viewers
        samples.append(
            ConcurrencySample(
                session_id=session_id,
                bucket=bucket,
                viewers=viewers,
                sockets=sockets,
                at=datetime.fromtimestamp(bucket * SAMPLE_SECONDS, tz=now.tzinfo),
            )
        )
    ConcurrencySample.objects.bulk_create(samples, ignore_conflicts=True)
    _close_ended(now)
    recent_ended = LiveSession.objects.filter(
        state=SessionState.ENDED, ended_at__gte=now - timedelta(minutes=10)
    )
    for session_id in [*live_ids, *recent_ended.values_list("pk", flat=True)]:
        reactions_persist(session_id=session_id)
    return result


def reactions_persist(*, session_id: int) -> int:
    """Copy the room's reaction counters from Redis into ``ReactionTally`` (absolute values: rerunnable)."""
    try:
        entries = _redis().hgetall(reactions_key(session_id))
    except Exception:
        logger.warning("reaction counters of room %s unreadable", session_id, exc_info=True)
        return 0
    rows = []
    for field_name, value in entries.items():
        minute, _sep, kind = field_name.decode().partition(":")
        try:
            at = datetime.fromtimestamp(int(minute) * 60, tz=timezone.get_current_timezone())
        except ValueError:
            continue
        rows.append(ReactionTally(session_id=session_id, minute=at, kind=kind[:16], count=int(value)))
    if rows:
        ReactionTally.objects.bulk_create(
            rows, update_conflicts=True, unique_fields=["session", "minute", "kind"], update_fields=["count"]
        )
    return len(rows)
