"""The shared secrets between Django and the ingest, and the links and keys derived from them.

One secret (``BROADCAST_SECRET``, else derived from ``SECRET_KEY``) yields: the path secret of the ingest's
callbacks, the nginx ``secure_link`` secret of playback links, and short-lived internal publish keys
(the browser relay and the demo camera publish with those, so they never need the RM's key in clear).
"""

import base64
import hashlib
import hmac
import time

from django.conf import settings

INTERNAL_KEY_PREFIX = "int."
INTERNAL_KEY_VALIDITY = 120  # seconds: long enough for ffmpeg to connect, short enough to be useless later


def _derive(purpose: str) -> str:
    root = settings.BROADCAST_SECRET or settings.SECRET_KEY
    return hmac.new(root.encode(), f"cloudstudio.broadcast.{purpose}".encode(), hashlib.sha256).hexdigest()[
        :40
    ]


def callback_secret() -> str:
    return _derive("callback")


def playback_secret() -> str:
    return _derive("playback")


def key_sha256(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def internal_key(public_id: str, generation: int, *, now: float | None = None) -> str:
    stamp = int(time.time() if now is None else now)
    mac = hmac.new(
        _derive("internal").encode(), f"{public_id}:{generation}:{stamp}".encode(), hashlib.sha256
    ).hexdigest()[:32]
    return f"{INTERNAL_KEY_PREFIX}{stamp}.{mac}"


def internal_key_valid(key: str, public_id: str, generation: int, *, now: float | None = None) -> bool:
    try:
        stamp = int(key[len(INTERNAL_KEY_PREFIX) :].split(".", 1)[0])
    except ValueError:
        return False
    current = time.time() if now is None else now
    if not -5 <= current - stamp <= INTERNAL_KEY_VALIDITY:
        return False
    return hmac.compare_digest(internal_key(public_id, generation, now=stamp), key)


def playback_token(public_id: str, expires: int) -> str:
    """nginx ``secure_link_md5 "$secure_link_expires$stream <secret>"`` as base64url without padding."""
    digest = hashlib.md5(f"{expires}{public_id} {playback_secret()}".encode()).digest()  # noqa: S324 (nginx's)
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def playback_url(public_id: str, *, now: float | None = None) -> str:
    expires = int(time.time() if now is None else now) + settings.BROADCAST_PLAYBACK_TOKEN_TTL
    return (
        f"{settings.BROADCAST_PLAYBACK_BASE_URL}/{public_id}/index.m3u8"
        f"?e={expires}&t={playback_token(public_id, expires)}"
    )
