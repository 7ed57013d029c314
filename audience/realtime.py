"""What the live room's consumer calls (from its event loop) to feed attendance and reactions.

Each function is one line in ``studio.consumers.LiveRoomConsumer`` and never lets an analytics
failure close or slow a viewer's socket: errors are logged and swallowed.
"""

import asyncio
import logging
import time

from channels.db import database_sync_to_async
from django.conf import settings
from redis import asyncio as aioredis

from audience import services

logger = logging.getLogger(__name__)

_clients: dict[asyncio.AbstractEventLoop, aioredis.Redis] = {}


def _redis() -> aioredis.Redis:
    loop = asyncio.get_running_loop()
    client = _clients.get(loop)
    if client is None:
        for stale in [other for other in _clients if other.is_closed()]:
            del _clients[stale]
        client = _clients[loop] = aioredis.Redis.from_url(settings.REDIS_URL)
    return client


def _session_key(scope) -> str | None:
    session = scope.get("session")
    return getattr(session, "session_key", None) if session is not None else None


async def room_joined(scope, session_id: int, viewer, process: str) -> int | None:
    """Record the socket's visit (``viewer`` is ``studio.access.Viewer``); returns its id, or None on failure."""
    try:
        key = services.viewer_key_for(scope.get("user"), _session_key(scope))
        return await database_sync_to_async(services.attendance_join)(
            session_id=session_id, viewer_key=key, user_id=viewer.user_id, role=viewer.role, process=process)
    except Exception:
        logger.exception("attendance: join of room %s not recorded", session_id)
        return None


async def room_left(visit_id: int | None) -> None:
    if visit_id is None:
        return
    try:
        await database_sync_to_async(services.attendance_leave)(visit_id=visit_id)
    except Exception:
        logger.exception("attendance: leave of visit %s not recorded", visit_id)


async def room_invite_code(scope, session_id) -> str:
    """The invite-only room's code when this browser redeemed a share link or its user was invited."""
    try:
        return await database_sync_to_async(services.invite_code_for)(
            scope.get("user"), int(session_id), scope.get("session"))
    except Exception:
        logger.exception("invitations: could not check the grants for room %s", session_id)
        return ""


async def reaction_counted(session_id: int, kind: str) -> None:
    """Count one reaction in the room's per-minute Redis counters (copied to the database by the sampler)."""
    try:
        key = services.reactions_key(session_id)
        async with _redis().pipeline(transaction=False) as pipe:
            pipe.hincrby(key, f"{int(time.time()) // 60}:{kind}", 1)
            pipe.expire(key, services.REACTION_KEY_TTL)
            await pipe.execute()
    except Exception:
        logger.warning("reactions: count in room %s lost", session_id, exc_info=True)
