"""The viewer count a joining socket gets: the other processes' entries read once per burst, stale ones left out."""

import asyncio
import time
from unittest import mock

from studio import presence
from studio.presence import Presence


async def _fresh(session_id: int) -> tuple[Presence, Presence]:
    here = Presence(prefix="joins-test", process_key="here")
    there = Presence(prefix="joins-test", process_key="there")
    await here.redis.delete(here.key(session_id))
    return here, there


async def test_a_burst_of_connects_reads_the_other_processes_once():
    here, there = await _fresh(55)
    await there.publish({55: 4}, time.time())
    real, reads = here.redis.hgetall, []

    async def hgetall(key):
        reads.append(key)
        return await real(key)

    try:
        with mock.patch.object(here.redis, "hgetall", hgetall):
            counts = await asyncio.gather(*(here.viewers_now(55, local=n) for n in range(30)))
            assert counts == [n + 4 for n in range(30)]
            assert len(reads) == 1
            assert await here.viewers_now(55, local=1) == 5  # reused within OTHERS_FRESH_FOR
            assert len(reads) == 1
    finally:
        await here.redis.delete(here.key(55))


async def test_the_count_leaves_out_this_process_and_stale_entries(monkeypatch):
    monkeypatch.setattr(presence, "OTHERS_FRESH_FOR", 0.0)
    here, there = await _fresh(56)
    try:
        await here.publish({56: 100}, time.time())  # this process's own entry: counted as ``local``
        await there.publish({56: 3}, time.time() - presence.PRESENCE_STALE_AFTER - 1)
        assert await here.viewers_now(56, local=2) == 2
        await there.publish({56: 3}, time.time())
        assert await here.viewers_now(56, local=2) == 5
    finally:
        await here.redis.delete(here.key(56))


async def test_redis_away_gives_the_local_count_and_is_not_reused():
    here = Presence(prefix="joins-test", process_key="here")
    with mock.patch.object(here.redis, "hgetall", mock.AsyncMock(side_effect=ConnectionError("away"))):
        assert await asyncio.gather(here.viewers_now(57, local=3), here.viewers_now(57, local=4)) == [3, 4]
    assert 57 not in here._others
