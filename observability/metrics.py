"""The project's Prometheus metrics: one catalogue, and cheap hooks for the hot paths.

Every process (each Daphne, the Celery worker and its pool children, beat) writes its values into
``PROMETHEUS_MULTIPROC_DIR`` (prometheus_client's multiprocess mode, memory-mapped files, one set per pid), and
``/metrics`` on any Daphne process of the host sums them (``observability.exposition``). Without that variable each
process keeps its values in memory and ``/metrics`` shows only the process that answered.

Rules for the hooks (they run per chat line and per delivery): a counter increment or a histogram observation on
a child bound at import (no ``labels()`` lookup, no allocation beyond the float), no query, no I/O. A per-line
label must come from a small closed set (a verdict, a role); never a room, user or text.

Values that are a count of rows or keys (held lines, review queue, Celery queue length, streams on air) are not
kept here: ``config.metrics`` computes them at scrape time from PostgreSQL and Redis, so they are right however
many processes run and whichever of them died.
"""

from __future__ import annotations

import atexit
import os
import time

from prometheus_client import Counter, Gauge, Histogram, multiprocess

#: Where every process of this host writes its values (prometheus_client's multiprocess mode), or None.
MULTIPROC_DIR = os.environ.get("PROMETHEUS_MULTIPROC_DIR") or None

# -- live room (per process) -----------------------------------------------------------------------------------
# "liveall": one series per live process (label ``pid``); a dead process's series disappear with it.

LIVE_ROOMS = Gauge(
    "cloudstudio_live_rooms",
    "Live rooms with at least one socket in this process.",
    multiprocess_mode="liveall",
)
LIVE_VIEWERS = Gauge(
    "cloudstudio_live_viewers", "Live-room sockets open in this process.", multiprocess_mode="liveall"
)
LIVE_CONNECTS = Counter(
    "cloudstudio_live_connects",
    "Live-room WebSocket handshakes, by outcome (accepted, refused).",
    ["outcome"],
)
FANOUT_DELIVERIES = Counter(
    "cloudstudio_fanout_deliveries", "Frames written to live-room sockets (one per socket)."
)
FANOUT_BATCH_LINES = Histogram(
    "cloudstudio_fanout_batch_lines",
    "Chat lines per chat frame sent to a room (busy rooms coalesce lines).",
    buckets=(1, 2, 3, 5, 8, 13, 21, 34, 55, 89),
)
CHAT_WRITE_BATCH = Histogram(
    "cloudstudio_chat_write_batch_lines",
    "Chat lines per trip of the process's database thread (group commit: the lines that came during the last trip).",
    buckets=(1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 200),
)
FANOUT_LAG = Histogram(
    "cloudstudio_fanout_lag_seconds",
    "From the publish of a room event (after its commit) to its write to the room's sockets in this process.",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1.0, 2.5, 5.0, 10.0),
)

# -- chat and the compliance engine ----------------------------------------------------------------------------

VERDICTS = ("published", "held", "rejected")
ROLES = ("host", "customer")
CHAT_LINES = Counter(
    "cloudstudio_chat_lines", "Chat lines stored, by verdict and author role.", ["verdict", "role"]
)
_CHAT_LINE_CHILDREN = {
    (verdict, role): CHAT_LINES.labels(verdict, role) for verdict in VERDICTS for role in ROLES
}

#: chat: an RM's line (with its claim window); audience: a viewer's line or question (audience pack);
#: submission: a script, announcement or card under review; transcript: the re-scan of an RM's whole transcript.
ENGINE_KINDS = ("chat", "audience", "submission", "transcript")
ENGINE_CHECK = Histogram(
    "cloudstudio_engine_check_seconds",
    "Time of one compliance engine check, by what was checked.",
    ["kind"],
    buckets=(0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0),
)
_ENGINE_CHILDREN = {kind: ENGINE_CHECK.labels(kind) for kind in ENGINE_KINDS}

# -- Celery ------------------------------------------------------------------------------------------------------

TASK_OUTCOMES = ("succeeded", "failed", "retried")
CELERY_TASKS = Counter(
    "cloudstudio_celery_tasks", "Celery tasks finished, by task and outcome.", ["task", "outcome"]
)
CELERY_TASK_RUNTIME = Histogram(
    "cloudstudio_celery_task_runtime_seconds",
    "Run time of a Celery task on the worker.",
    ["task"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0),
)
CELERY_TASK_WAIT = Histogram(
    "cloudstudio_celery_task_queue_wait_seconds",
    "From a task's publish to the start of its run on a worker.",
    ["task"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0),
)

# -- live video ---------------------------------------------------------------------------------------------------

INGEST_CALLBACKS = Counter(
    "cloudstudio_ingest_callbacks",
    "Callbacks of the RTMP ingest, by call and answer (ok, or the refusal's reason).",
    ["call", "answer"],
)


# -- hooks (one line at the call site) ----------------------------------------------------------------------------


def chat_line(verdict: str, role: str) -> None:
    """A chat line was stored with ``verdict`` (published/held/rejected); ``role`` is host or customer."""
    child = _CHAT_LINE_CHILDREN.get((verdict, role))
    if child is not None:
        child.inc()


def engine_checked(kind: str, seconds: float) -> None:
    """The engine took ``seconds`` to check one ``kind`` (chat/audience/submission/transcript)."""
    child = _ENGINE_CHILDREN.get(kind)
    if child is not None:
        child.observe(seconds)


def delivered(sockets: int) -> None:
    """One frame was written to ``sockets`` sockets of a room."""
    if sockets:
        FANOUT_DELIVERIES.inc(sockets)


def chat_frame(lines: int) -> None:
    """A chat frame carrying ``lines`` lines (1, or a ``chat.batch``) was sent to a room."""
    FANOUT_BATCH_LINES.observe(lines)


def chat_write_batch(lines: int) -> None:
    """The database thread takes ``lines`` chat lines in one trip (``studio.chat_ingest``)."""
    CHAT_WRITE_BATCH.observe(lines)


def fanout_lag(published_at: float | None) -> None:
    """A room event published at ``published_at`` (``time.time()``) was written now; ``None`` is ignored."""
    if published_at:
        FANOUT_LAG.observe(max(0.0, time.time() - published_at))


def ingest_callback(call: str, answer: str) -> None:
    """The ingest called ``call`` (publish/update/done/record) and got ``answer`` ("ok" or a refusal reason)."""
    INGEST_CALLBACKS.labels(call, answer).inc()


def room_opened() -> None:
    LIVE_ROOMS.inc()


def room_closed() -> None:
    LIVE_ROOMS.dec()


def viewer_joined() -> None:
    LIVE_VIEWERS.inc()


def viewer_left() -> None:
    LIVE_VIEWERS.dec()


def connect(outcome: str) -> None:
    """A live-room handshake ended with ``outcome``: accepted, or refused (no access: close code 4403)."""
    LIVE_CONNECTS.labels(outcome).inc()


def process_gone(pid: int) -> None:
    """Drop the per-process gauges of ``pid`` (its counters and histograms stay in the sums)."""
    if MULTIPROC_DIR:
        multiprocess.mark_process_dead(pid, MULTIPROC_DIR)  # type: ignore[no-untyped-call]


if MULTIPROC_DIR:  # the pid at exit, not at import: a forked pool child must not remove its parent's gauges
    atexit.register(lambda: process_gone(os.getpid()))
