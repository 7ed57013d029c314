"""A joining socket's reaction counts: one read of the room's counters per burst of connects, never staler than
a reaction this process counted."""

import asyncio

import pytest

from audience import realtime
from audience.realtime import ReactionTotalsReads


class _Counters:
    """The room's counters as a reader sees them; ``gate`` holds a read open until the test releases it."""

    def __init__(self) -> None:
        self.totals: dict[str, int] = {"like": 1}
        self.reads = 0
        self.fail = False
        self.gate: asyncio.Event | None = None

    async def __call__(self, session_id: int) -> dict[str, int]:
        self.reads += 1
        snapshot = dict(self.totals)
        if self.gate is not None:
            await self.gate.wait()
        if self.fail:
            raise ConnectionError("redis away")
        return snapshot


async def _until_reads(counters: _Counters, count: int) -> None:
    for _ in range(100):
        if counters.reads >= count:
            return
        await asyncio.sleep(0)
    raise AssertionError(f"{counters.reads} reads started, expected {count}")


async def test_a_burst_of_connects_shares_one_read():
    counters = _Counters()
    counters.gate = asyncio.Event()
    reads = ReactionTotalsReads(counters)

    burst = [asyncio.ensure_future(reads.read(7)) for _ in range(50)]
    await _until_reads(counters, 1)
    for _ in range(5):
        await asyncio.sleep(0)
    counters.gate.set()
    results = await asyncio.gather(*burst)

    assert counters.reads == 1
    assert results == [{"like": 1}] * 50
    results[0]["like"] = 99  # each caller gets its own dict
    assert await reads.read(7) == {"like": 1}
    assert counters.reads == 1  # reused: started within REACTION_TOTALS_FRESH_FOR


async def test_a_read_is_reused_only_while_fresh(monkeypatch):
    monkeypatch.setattr(realtime, "REACTION_TOTALS_FRESH_FOR", 0.05)
    counters = _Counters()
    reads = ReactionTotalsReads(counters)
    await reads.read(7)
    counters.totals = {"like": 2}
    await asyncio.sleep(0.1)

    assert await reads.read(7) == {"like": 2}
    assert counters.reads == 2


async def test_a_reaction_counted_here_is_seen_by_the_next_connect_even_while_a_read_runs():
    counters = _Counters()
    counters.gate = asyncio.Event()
    reads = ReactionTotalsReads(counters)
    early = asyncio.ensure_future(reads.read(7))  # started before the reaction
    await _until_reads(counters, 1)

    counters.totals = {"like": 1, "heart": 1}
    reads.invalidate(7)
    late = asyncio.ensure_future(reads.read(7))
    await _until_reads(counters, 2)
    counters.gate.set()

    assert await early == {"like": 1}
    assert await late == {"like": 1, "heart": 1}
    assert await reads.read(7) == {"like": 1, "heart": 1}  # the early read was not kept
    assert counters.reads == 2


async def test_a_failed_read_is_not_reused():
    counters = _Counters()
    counters.fail = True
    reads = ReactionTotalsReads(counters)
    with pytest.raises(ConnectionError):
        await reads.read(7)

    counters.fail = False
    assert await reads.read(7) == {"like": 1}
    assert counters.reads == 2


async def test_rooms_are_read_apart():
    counters = _Counters()
    reads = ReactionTotalsReads(counters)
    await reads.read(7)
    await reads.read(8)
    assert counters.reads == 2


async def test_counted_reactions_reach_the_next_joiner_through_redis():
    """End to end on the real Redis: a read just before the reactions is not what the next joiner gets."""
    session_id = 987_654
    await realtime._redis().delete(realtime.reactions_key(session_id))
    try:
        assert await realtime.reaction_totals(session_id) == {}
        for kind in ("like", "like", "clap"):
            await realtime.reaction_counted(session_id, kind)
        assert await realtime.reaction_totals(session_id) == {"like": 2, "clap": 1}
    finally:
        await realtime._redis().delete(realtime.reactions_key(session_id))
