"""``/healthz``: is every part the live room depends on up? 200, or 503 naming what failed."""

import redis
from django.conf import settings
from django.db import connection
from django.http import JsonResponse

from config.celery import app as celery_app


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        return False


def _redis_ok() -> bool:
    try:
        client = redis.Redis.from_url(settings.REDIS_URL, socket_timeout=1, socket_connect_timeout=1)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except Exception:
        return False


def _worker_ok() -> bool:
    """A worker that consumes this deployment's queue answers: one on the same broker serving another queue (a
    second deployment, a parallel test process) would not run our tasks."""
    queue = settings.CELERY_TASK_DEFAULT_QUEUE
    try:
        replies = celery_app.control.inspect(timeout=1.0).active_queues() or {}
    except Exception:
        return False
    return any(q.get("name") == queue for queues in replies.values() for q in queues or ())


def healthz(request):
    checks = {"database": _database_ok(), "redis": _redis_ok()}
    # Asking workers goes through Redis: without Redis there is no answer to wait for.
    checks["celery_worker"] = _worker_ok() if checks["redis"] else False
    failed = sorted(name for name, ok in checks.items() if not ok)
    body = {"status": "ok" if not failed else "unavailable", "checks": checks, "failed": failed}
    return JsonResponse(body, status=200 if not failed else 503)
