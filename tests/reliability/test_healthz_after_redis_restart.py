"""``/healthz`` answers 200 again within seconds of Redis coming back (issue 18).

A Daphne and a Celery worker of the test's own run on a Redis of the test's own; Redis is SIGKILLed (503,
naming Redis), started again on the same port, and the health check must see database, Redis and the worker
again within ``RECOVERY_SECONDS``.
"""

import json
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests.support.daphne import process_env

pytestmark = [
    pytest.mark.faults,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.timeout(150),
]

RECOVERY_SECONDS = 6
DOWN_SECONDS = 45


def _health(port: int) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())
    except (urllib.error.URLError, TimeoutError, ConnectionError):
        return 0, {}


def _wait_status(port: int, status: int, timeout: float) -> tuple[float, dict]:
    started = time.monotonic()
    while True:
        code, body = _health(port)
        if code == status:
            return time.monotonic() - started, body
        if time.monotonic() - started > timeout:
            raise AssertionError(f"/healthz did not answer {status} within {timeout} s: {code} {body}")
        time.sleep(0.2)


def test_healthz_recovers_within_seconds_of_redis_coming_back(own_redis, processes, no_celery_worker):
    _, port = processes.daphne(REDIS_URL=own_redis.url)
    # The worker answers the health check's ping over this Redis (not the test's), so wait on /healthz itself.
    processes.spawn(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--concurrency",
            "2",
            "--loglevel",
            "INFO",
            "--hostname",
            f"health-{time.time_ns()}@t",
        ],
        env=process_env(REDIS_URL=own_redis.url),
        log="test-reliability-worker.log",
    )
    _wait_status(port, 200, timeout=40)

    own_redis.kill()
    _, body = _wait_status(port, 503, timeout=15)
    assert "redis" in body["failed"]

    time.sleep(DOWN_SECONDS)  # long enough for the worker's reconnect back-off to grow
    own_redis.start()  # the same port, empty
    took, body = _wait_status(port, 200, timeout=90)
    print(f"/healthz back to 200 {took:.1f} s after Redis restarted")
    assert took < RECOVERY_SECONDS, f"/healthz took {took:.1f} s to recover"
    assert body["checks"] == {"database": True, "redis": True, "celery_worker": True}
