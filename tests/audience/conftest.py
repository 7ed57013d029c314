"""Audience fixtures: the live-room fixtures of tests/studio (a live session of ``rm`` featuring an R2 and an
R4 product, real WebSocket clients) and two "server processes". Persona clients are in ``tests.support.clients``."""

import pytest


@pytest.fixture(autouse=True)
def _fresh_audience_counters():
    """Reaction counters live in Redis under the session id; test databases restart ids at 1 on every run,
    so counters a previous run left behind are removed first (only this test namespace's keys)."""
    from audience.services.attendance import _prefix, _redis

    client = _redis()
    for key in client.scan_iter(match=f"{_prefix()}:audience:*", count=500):
        client.delete(key)


@pytest.fixture
def two_processes():
    """Two channel layers: two 'server processes', each with its own fan-out hub and process key."""
    from tests.support.room import new_layer

    return [new_layer(), new_layer()]
