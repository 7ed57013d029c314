"""Celery: the log context of the request that enqueued a task, carried into it; task metrics; log set-up.

- ``before_task_publish`` (in the process that enqueues: Daphne, a task, beat) copies ``request_id`` and
  ``user_id`` of the current context into the message headers (``cs_request_id``, ``cs_user_id``), with the
  publish time (``cs_published_at``).
- ``task_prerun`` (on the worker, in the process that runs the task) binds them, with ``task_id`` and ``task``,
  so every line the task writes carries the request id; a task the task enqueues carries it further.
  ``task_postrun`` clears them and counts the outcome and run time.

Connected by ``ObservabilityConfig.ready`` (Django's app registry), in every process that sets Django up: Daphne,
the worker and its pool, beat. Not imported earlier on purpose: prometheus_client decides at import whether it
writes into ``PROMETHEUS_MULTIPROC_DIR``, which the test settings set.
"""

from __future__ import annotations

import os
import time
from datetime import datetime
from typing import Any

from celery.signals import (
    before_task_publish,
    task_postrun,
    task_prerun,
    worker_process_shutdown,
)
from structlog.contextvars import bind_contextvars, clear_contextvars, get_contextvars

from observability import metrics

REQUEST_ID_HEADER = "cs_request_id"
USER_ID_HEADER = "cs_user_id"
PUBLISHED_AT_HEADER = "cs_published_at"

_OUTCOMES = {"SUCCESS": "succeeded", "FAILURE": "failed", "RETRY": "retried"}
_started: dict[str, float] = {}


def carry_context(headers: dict[str, Any] | None = None, **kwargs: Any) -> None:
    if headers is None:
        return
    bound = get_contextvars()
    if bound.get("request_id"):
        headers[REQUEST_ID_HEADER] = bound["request_id"]
    if bound.get("user_id") is not None:
        headers[USER_ID_HEADER] = bound["user_id"]
    headers[PUBLISHED_AT_HEADER] = time.time()


def _queue_wait(request: Any, now: float) -> float | None:
    published = getattr(request, PUBLISHED_AT_HEADER, None)
    if not isinstance(published, int | float):
        return None
    eta = getattr(request, "eta", None)
    if eta:  # a countdown or a retry's backoff: the wait counts from when it was due
        try:
            published = max(
                published,
                datetime.fromisoformat(eta).timestamp() if isinstance(eta, str) else eta.timestamp(),
            )
        except (TypeError, ValueError):
            pass
    return max(0.0, now - published)


def task_started(task_id: str | None = None, task: Any = None, **kwargs: Any) -> None:
    request = getattr(task, "request", None)
    clear_contextvars()
    bind_contextvars(task_id=task_id, task=getattr(task, "name", None))
    request_id = getattr(request, REQUEST_ID_HEADER, None)
    if request_id:
        bind_contextvars(request_id=request_id)
    user_id = getattr(request, USER_ID_HEADER, None)
    if user_id is not None:
        bind_contextvars(user_id=user_id)
    now = time.time()
    wait = _queue_wait(request, now)
    if wait is not None and task is not None:
        metrics.CELERY_TASK_WAIT.labels(task.name).observe(wait)
    if task_id:
        _started[task_id] = time.perf_counter()


def task_finished(
    task_id: str | None = None, task: Any = None, state: str | None = None, **kwargs: Any
) -> None:
    started = _started.pop(task_id, None) if task_id else None
    name = getattr(task, "name", None) or "unknown"
    if started is not None:
        metrics.CELERY_TASK_RUNTIME.labels(name).observe(time.perf_counter() - started)
    metrics.CELERY_TASKS.labels(name, _OUTCOMES.get(state or "", "other")).inc()
    clear_contextvars()


def pool_child_gone(**kwargs: Any) -> None:
    """A pool child exits: its per-process gauges go with it (multiprocess mode)."""
    metrics.process_gone(os.getpid())


before_task_publish.connect(carry_context, dispatch_uid="observability.carry_context")
task_prerun.connect(task_started, dispatch_uid="observability.task_started")
task_postrun.connect(task_finished, dispatch_uid="observability.task_finished")
worker_process_shutdown.connect(pool_child_gone, dispatch_uid="observability.pool_child_gone")
