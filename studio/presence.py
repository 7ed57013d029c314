"""How many viewers a room has across every server process: one Redis hash per room.

Each process's hub writes its socket count per room into the room's hash (field: the process key, value:
``count:timestamp``) every ``PRESENCE_INTERVAL`` and reads the sum of all processes' fresh entries; an entry
older than ``PRESENCE_STALE_AFTER`` belongs to a process that died without cleaning up and is dropped.
``audience.services.attendance.live_processes`` reads the same hash to tell which processes are alive.
"""

import asyncio
import time

from django.conf import settings
from redis import asyncio as aioredis

PRESENCE_INTERVAL = 2.0
PRESENCE_STALE_AFTER = 7.0
#: ``viewers_now`` reuses the other processes' counts read this recently (a join storm reads them once a second,
#: not once per connect; the count shown is "at most every 2 s" anyway).
OTHERS_FRESH_FOR = 1.0


class Presence:
    """One process's view of the presence hashes (a hub holds one)."""

    def __init__(self, *, prefix: str, process_key: str) -> None:
        self.prefix = prefix
        self.process_key = process_key
        self._redis: aioredis.Redis | None = None
        self._others: dict[int, tuple[float, int]] = {}  # session id -> (when read, other processes' viewers)
        self._reading: dict[int, asyncio.Future] = {}  # session id -> the other processes' count being read

    @property
    def redis(self) -> aioredis.Redis:
        if self._redis is None:
            self._redis = aioredis.Redis.from_url(settings.REDIS_URL)
        return self._redis

    def key(self, session_id: int) -> str:
        return f"{self.prefix}:presence:{session_id}"

    async def publish(self, counts: dict[int, int], now: float) -> dict[int, int]:
        """Write this process's socket count per room (``counts``); return each room's total over fresh entries."""
        session_ids = list(counts)
        async with self.redis.pipeline(transaction=False) as pipe:
            for session_id in session_ids:
                key = self.key(session_id)
                pipe.hset(key, self.process_key, f"{counts[session_id]}:{now:.3f}")
                pipe.expire(key, 60)
                pipe.hgetall(key)
            results = await pipe.execute()
        stale = []
        totals: dict[int, int] = {}
        for index, session_id in enumerate(session_ids):
            entries = results[index * 3 + 2]
            total = 0
            for field, value in entries.items():
                count, _, stamp = value.decode().partition(":")
                if now - float(stamp) <= PRESENCE_STALE_AFTER:
                    total += int(count)
                else:
                    stale.append((self.key(session_id), field))
            totals[session_id] = total
            self._others[session_id] = (time.monotonic(), max(0, total - counts[session_id]))
        for key, field in stale:  # entries of processes that died without cleaning up
            await self.redis.hdel(key, field)
        return totals

    async def viewers_now(self, session_id: int, *, local: int) -> int:
        """The room's viewer count across processes right now: ``local`` plus the other processes' fresh entries
        (as read within ``OTHERS_FRESH_FOR``; connects that arrive while a read runs share it)."""
        cached = self._others.get(session_id)
        if cached is not None and time.monotonic() - cached[0] < OTHERS_FRESH_FOR:
            return local + cached[1]
        reading = self._reading.get(session_id)
        if reading is None:
            reading = self._reading[session_id] = asyncio.ensure_future(self._read_others(session_id))
            reading.add_done_callback(lambda done: done.cancelled() or done.exception())  # always retrieved
        try:
            return local + await asyncio.shield(reading)
        except Exception:
            return local

    async def _read_others(self, session_id: int) -> int:
        """The other processes' fresh counts of the room (raises when Redis is unreachable)."""
        try:
            entries = await self.redis.hgetall(self.key(session_id))
        finally:
            self._reading.pop(session_id, None)
        now = time.time()
        others = 0
        for field, value in entries.items():
            if field.decode() == self.process_key:
                continue
            count, _, stamp = value.decode().partition(":")
            if now - float(stamp) <= PRESENCE_STALE_AFTER:
                others += int(count)
        if len(self._others) > 4096:
            self._others.clear()
        self._others[session_id] = (time.monotonic(), others)
        return others
