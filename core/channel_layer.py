"""The project's channel layer: channels_redis's pub/sub layer, plus several group messages in one round trip.

``RedisPubSubChannelLayer.group_send`` publishes one message at a time and holds its shard's lock across each
round trip, so a group commit's 100 broadcasts (``studio.chat_ingest``) were 100 round trips, 100 writes to the
socket and 100 wake-ups of Redis, one after the other. ``group_send_many`` sends them as one pipeline per
shard, under the same lock and in the given order, so a room's messages still leave in ``seq`` order.
channels-redis is pinned (pyproject.toml): this reads its shard objects.
"""

from collections.abc import Sequence
from typing import Any

from channels_redis.pubsub import RedisPubSubChannelLayer


class PipelinedPubSubChannelLayer(RedisPubSubChannelLayer):  # type: ignore[misc]  # channels_redis has no types
    async def group_send_many(self, messages: Sequence[tuple[str, dict[str, Any]]]) -> None:
        """Publish each ``(group, message)`` in order: one pipeline (one round trip) per Redis shard."""
        layer = self._get_layer()
        by_shard: dict[Any, list[tuple[str, bytes]]] = {}
        for group, message in messages:
            channel = layer._get_group_channel_name(group)
            by_shard.setdefault(layer._get_shard(channel), []).append((channel, self.serialize(message)))
        for shard, published in by_shard.items():
            async with shard._lock:
                shard._ensure_redis()
                pipe = shard._redis.pipeline(transaction=False)
                for channel, payload in published:
                    pipe.publish(channel, payload)
                await pipe.execute()
