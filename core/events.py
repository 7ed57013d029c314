"""Broadcast small typed events to channel-layer groups, only after the transaction commits.

Channel-layer delivery is at most once, so events carry ids and sequence numbers and the
stored transcript stays the truth; a reconnecting client catches up from the database.
"""

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import BaseChannelLayer, get_channel_layer
from django.db import transaction

logger = logging.getLogger(__name__)

# Set by an event-loop caller (the live room) around ORM work it runs on the database thread: committed
# events are collected here and published by the caller from the loop, instead of the database thread
# waiting on the loop for each publish (``async_to_sync``) while it could take the next frame.
_collected: ContextVar[list[tuple[str, dict[str, Any]]] | None] = ContextVar(
    "collected_broadcasts", default=None
)


def broadcast(group: str, event: dict[str, Any]) -> None:
    """Send ``event`` to ``group`` now (callers outside a transaction, e.g. tasks after commit).

    Stamps ``event["ts"]`` (epoch seconds, the commit's publish time): the fan-out measures from it to the write
    to the sockets (``cloudstudio_fanout_lag_seconds``).
    """
    event["ts"] = time.time()
    collected = _collected.get()
    if collected is not None:
        collected.append((group, event))
        return
    layer = get_channel_layer()
    async_to_sync(layer.group_send)(group, event)


def broadcast_on_commit(group: str, event: dict[str, Any]) -> None:
    """Send ``event`` to ``group`` once the current transaction commits; never if it rolls back.

    Robust: a failed send (Redis briefly down) is logged and does not fail the caller, whose write is already
    committed; rooms catch up from the stored transcript, which stays the truth.
    """
    transaction.on_commit(lambda: broadcast(group, event), robust=True)


@contextmanager
def broadcasts_collected() -> Iterator[list[tuple[str, dict[str, Any]]]]:
    """Collect, instead of sending, what ``broadcast`` is asked to send in this context (and the sync calls
    it makes through asgiref, which run in a copy of it); the caller sends them with ``broadcasts_send``."""
    collected: list[tuple[str, dict[str, Any]]] = []
    token = _collected.set(collected)
    try:
        yield collected
    finally:
        _collected.reset(token)


async def broadcasts_send(layer: BaseChannelLayer, collected: list[tuple[str, dict[str, Any]]]) -> None:
    """Send collected events in commit order. Robust like ``broadcast_on_commit``: the writes are committed.

    With the project's layer (``core.channel_layer``) they leave in one Redis round trip per shard; if that
    fails, each is tried on its own, so one bad event does not hold back the others.
    """
    send_many = getattr(layer, "group_send_many", None)
    if send_many is not None and len(collected) > 1:
        try:
            await send_many(collected)
            return
        except Exception:
            logger.warning("batched broadcast failed; sending one by one", exc_info=True)
    for group, event in collected:
        try:
            await layer.group_send(group, event)
        except Exception:
            logger.warning("broadcast to %s failed; rooms catch up from the transcript", group, exc_info=True)
