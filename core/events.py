"""Broadcast small typed events to channel-layer groups, only after the transaction commits.

Channel-layer delivery is at most once, so events carry ids and sequence numbers and the
stored transcript stays the truth; a reconnecting client catches up from the database.
"""

from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction


def broadcast(group: str, event: dict[str, Any]) -> None:
    """Send ``event`` to ``group`` now (callers outside a transaction, e.g. tasks after commit)."""
    layer = get_channel_layer()
    async_to_sync(layer.group_send)(group, event)


def broadcast_on_commit(group: str, event: dict[str, Any]) -> None:
    """Send ``event`` to ``group`` once the current transaction commits; never if it rolls back.

    Robust: a failed send (Redis briefly down) is logged and does not fail the caller, whose write is already
    committed; rooms catch up from the stored transcript, which stays the truth.
    """
    transaction.on_commit(lambda: broadcast(group, event), robust=True)
