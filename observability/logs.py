"""Structured logs: one JSON object per line in production, readable lines in development.

Every record of every logger (Django, Celery, Daphne, ours: code keeps using ``logging.getLogger(__name__)``)
goes through structlog's ``ProcessorFormatter``, which adds the context bound for the current request, task or
WebSocket connection (``structlog.contextvars``): ``request_id``, ``user_id``, ``session_id`` (a hash of the login
session, never the key: the key is a credential), ``live_session_id`` and ``connection_id`` on sockets,
``task_id``/``task`` in Celery tasks, plus ``process`` (pid), ``role`` (``PROCESS_ROLE``: web, worker, beat)
and ``host``.

``LOGGING`` in the settings names ``observability.logs.formatter`` with ``format`` ``json`` or ``console``.
"""

from __future__ import annotations

import contextvars
import hashlib
import logging
import os
import random
import re
import socket
from typing import Any

import structlog
from structlog.contextvars import bind_contextvars, bound_contextvars, clear_contextvars, get_contextvars
from structlog.typing import EventDict, WrappedLogger

__all__ = [
    "bind_contextvars",
    "bound_contextvars",
    "clear_contextvars",
    "context",
    "formatter",
    "fresh_context",
    "new_request_id",
    "request_id_from",
    "session_hash",
    "unique_id",
]

_HOST = socket.gethostname()
# What a request id handed in by a proxy (X-Request-ID) may look like: anything else is replaced, so a client
# cannot write into the logs (newlines, quotes, megabytes).
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{8,64}$")


#: Names a call site may pass with ``extra=`` to become fields of the line.
EXTRA_FIELDS = ("status", "duration_ms", "method", "path", "task", "outcome", "seconds")


# Ids come from a generator seeded from the OS once per process (and again in a forked child), not from a
# system call each: a join storm made three ``uuid4()`` per connect (request id, connection id, attendance
# token), ~1.5 % of a Daphne process's samples. They name lines and rows; they are not secrets.
_ids = random.Random(os.urandom(32))
os.register_at_fork(after_in_child=lambda: _ids.seed(os.urandom(32)))


def unique_id() -> str:
    """32 random hex digits (as ``uuid4().hex``, without its system call): a request's, a socket's, a visit's."""
    return f"{_ids.getrandbits(128):032x}"


def new_request_id() -> str:
    return unique_id()


def request_id_from(header: str | None) -> str:
    """The proxy's request id when it is a plain token (8–64 of ``A-Za-z0-9._:-``), else a new one."""
    if header and _REQUEST_ID.match(header):
        return header
    return new_request_id()


def session_hash(session_key: str | None) -> str | None:
    """A short, stable, non-reversible name for a login session, so its lines can be followed in the logs."""
    if not session_key:
        return None
    return hashlib.sha256(session_key.encode("utf-8")).hexdigest()[:16]


def fresh_context(**bindings: Any) -> contextvars.Context:
    """A context with only ``bindings`` bound, for a long-lived task that serves many connections (a room's
    reader): created from one socket's task, it would otherwise carry that socket's ids on all its lines."""
    ctx = contextvars.Context()
    ctx.run(bind_contextvars, **bindings)
    return ctx


def context() -> dict[str, Any]:
    """What is bound for the current request, task or connection (a copy)."""
    return get_contextvars()


def _add_process(logger: WrappedLogger, name: str, event_dict: EventDict) -> EventDict:
    event_dict["process"] = os.getpid()
    role = os.environ.get("PROCESS_ROLE")
    if role:
        event_dict["role"] = role
    event_dict["host"] = _HOST
    return event_dict


def _shared_processors() -> list[Any]:
    return [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True, key="ts"),
        _add_process,
        # Fields a call site passes with ``extra=`` (the access line's status and duration, say); only these,
        # because Django passes objects such as the request itself.
        structlog.stdlib.ExtraAdder(allow=EXTRA_FIELDS),
    ]


def formatter(format: str = "json") -> logging.Formatter:  # noqa: A002 - the dictConfig key
    """A ``logging.Formatter`` for ``LOGGING``: ``json`` (one object per line) or ``console`` (for people)."""
    # Tracebacks as plain text, never with local variables (they may hold passwords, tokens, customers' data).
    if format == "json":
        final: list[Any] = [
            structlog.processors.format_exc_info,
            structlog.processors.EventRenamer("message"),
            structlog.processors.JSONRenderer(ensure_ascii=False),
        ]
    elif format == "console":
        final = [
            structlog.dev.ConsoleRenderer(
                colors=False, sort_keys=False, exception_formatter=structlog.dev.plain_traceback
            )
        ]
    else:
        raise ValueError(f"unknown log format {format!r}: json or console")
    return structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=_shared_processors(),
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, *final],
    )
