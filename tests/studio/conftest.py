"""Live-room tests: Redis counters keyed by ids are dropped around every test. The live session, its products
and the ``room`` fixture are in ``tests/conftest.py``; the WebSocket clients in ``tests.support.room``.
"""

import pytest
from django.conf import settings


@pytest.fixture(autouse=True)
def _forget_room_counters():
    """Rate-limit, slow-mode and presence keys are keyed by ids, which restart in every transactional
    test: drop this test run's keys (only under its own prefix) so one test's counters never leak. Before the
    test too: a run that was stopped half-way left its keys behind."""
    _room_counters_drop()
    yield
    _room_counters_drop()


def _room_counters_drop() -> None:
    import redis

    client = redis.Redis.from_url(settings.REDIS_URL)
    try:
        prefixes = {
            settings.CACHES["default"]["KEY_PREFIX"],
            settings.CHANNEL_LAYERS["default"]["CONFIG"]["prefix"],
        }
        for prefix in prefixes:
            for pattern in ("ratelimit:*", "slowmode:*", "presence:*", "audience:reactions:*"):
                keys = list(client.scan_iter(match=f"{prefix}:*{pattern}", count=500))
                if keys:
                    client.delete(*keys)
    finally:
        client.close()
