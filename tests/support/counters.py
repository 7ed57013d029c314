"""Redis counters (rate limits, throttles, slow mode, presence) of this test run, forgotten between tests."""

import redis
from django.conf import settings


def forget_counters(*patterns: str) -> None:
    """Delete this test run's rate-limit, throttle, slow-mode and presence keys (only under its own prefix)."""
    client = redis.Redis.from_url(settings.REDIS_URL)
    try:
        prefixes = {
            settings.CACHES["default"]["KEY_PREFIX"],
            settings.CHANNEL_LAYERS["default"]["CONFIG"]["prefix"],
        }
        for prefix in prefixes:
            for pattern in patterns or ("ratelimit:*", "throttle_*", "slowmode:*", "presence:*"):
                keys = list(client.scan_iter(match=f"{prefix}:*{pattern}", count=500))
                if keys:
                    client.delete(*keys)
    finally:
        client.close()
