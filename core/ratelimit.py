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
    cache_key = f"ratelimit:{key}:{bucket}"
    cache.add(cache_key, 0, timeout=window_seconds + 1)
    count = cache.incr(cache_key)
    if count > limit:
        retry_after = window_seconds - (moment % window_seconds)
        raise RateLimited(
            gettext("Too many messages: at most %(limit)d every %(window)d s. Try again in %(retry)d s.")
            % {"limit": limit, "window": window_seconds, "retry": max(1, round(retry_after))},
            details={"retry_after": round(retry_after, 1), "limit": limit, "window_seconds": window_seconds},
        )


def blocked(key: str, *, limit: int, window_seconds: int, now: float | None = None) -> bool:
    """Whether ``key`` has already used up ``limit`` events in the current window (counts nothing)."""
    moment = time.time() if now is None else now
    return (cache.get(f"ratelimit:{key}:{int(moment // window_seconds)}") or 0) >= limit
