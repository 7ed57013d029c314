"""Fixed-window rate limits kept in Redis (through Django's cache), shared by every server process."""

import time

from django.core.cache import cache
from django.utils.translation import gettext

from core.exceptions import ApplicationError


class RateLimited(ApplicationError):
    code = "rate_limited"
    status_code = 429


def hit(key: str, *, limit: int, window_seconds: int, now: float | None = None) -> None:
    """Count one event for ``key``; raise ``RateLimited`` once ``limit`` is exceeded in the window."""
    moment = time.time() if now is None else now
    bucket = int(moment // window_seconds)
    count = _count(f"ratelimit:{key}:{bucket}", window_seconds + 1)
    if count > limit:
        retry_after = window_seconds - (moment % window_seconds)
        raise RateLimited(
            gettext("Too many messages: at most %(limit)d every %(window)d s. Try again in %(retry)d s.")
            % {"limit": limit, "window": window_seconds, "retry": max(1, round(retry_after))},
            details={"retry_after": round(retry_after, 1), "limit": limit, "window_seconds": window_seconds},
        )


def _count(cache_key: str, timeout: int) -> int:
    """Add one to the window's counter and return it: one Redis round trip (a pipeline of SET NX and INCR).

    Chat lines count here, so it is on the hot path (``bench/ingest.py``). Through Django's cache API it was
    ``add`` then ``incr``, two round trips; the keys and values are the same either way (Django's Redis cache
    stores integers as such), so ``blocked`` and the cache API still read them.
    """
    client_of = getattr(getattr(cache, "_cache", None), "get_client", None)
    if client_of is None:  # another cache backend (a unit test's locmem): the portable two calls
        cache.add(cache_key, 0, timeout=timeout)
        return int(cache.incr(cache_key))
    full_key = cache.make_and_validate_key(cache_key)
    pipe = client_of(full_key, write=True).pipeline(transaction=False)
    pipe.set(full_key, 0, ex=timeout, nx=True)
    pipe.incr(full_key)
    return int(pipe.execute()[1])


def blocked(key: str, *, limit: int, window_seconds: int, now: float | None = None) -> bool:
    """Whether ``key`` has already used up ``limit`` events in the current window (counts nothing)."""
    moment = time.time() if now is None else now
    return (cache.get(f"ratelimit:{key}:{int(moment // window_seconds)}") or 0) >= limit
