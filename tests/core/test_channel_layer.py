"""The channel layer really goes through Redis: two layer instances stand for two server processes."""

import asyncio

import pytest
from channels.layers import channel_layers
from channels_redis.pubsub import RedisPubSubChannelLayer
from django.conf import settings


def _new_layer() -> RedisPubSubChannelLayer:
    return RedisPubSubChannelLayer(**settings.CHANNEL_LAYERS["default"]["CONFIG"])


async def test_configured_layer_is_the_redis_pubsub_layer():
    assert isinstance(channel_layers["default"], RedisPubSubChannelLayer)


async def test_group_message_crosses_processes_through_redis():
    sender, receiver_a, receiver_b = _new_layer(), _new_layer(), _new_layer()
    try:
        channel_a = await receiver_a.new_channel()
        channel_b = await receiver_b.new_channel()
        await receiver_a.group_add("room-test", channel_a)
        await receiver_b.group_add("room-test", channel_b)

        await sender.group_send("room-test", {"type": "chat.message", "text": "理财非存款"})

        got_a = await asyncio.wait_for(receiver_a.receive(channel_a), timeout=5)
        got_b = await asyncio.wait_for(receiver_b.receive(channel_b), timeout=5)
        assert got_a == got_b == {"type": "chat.message", "text": "理财非存款"}
    finally:
        for layer in (sender, receiver_a, receiver_b):
            await layer.flush()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_websocket_clients_in_two_consumers_hear_each_other_through_redis():
    from channels.generic.websocket import AsyncJsonWebsocketConsumer
    from channels.testing import WebsocketCommunicator

    class EchoRoom(AsyncJsonWebsocketConsumer):
        group = "echo-room"

        async def connect(self):
            await self.channel_layer.group_add(self.group, self.channel_name)
            await self.accept()

        async def receive_json(self, content):
            await self.channel_layer.group_send(self.group, {"type": "room.say", "text": content["text"]})

        async def room_say(self, event):
            await self.send_json({"text": event["text"]})

    first = WebsocketCommunicator(EchoRoom.as_asgi(), "/ws/echo/")
    second = WebsocketCommunicator(EchoRoom.as_asgi(), "/ws/echo/")
    try:
        assert (await first.connect())[0] and (await second.connect())[0]
        await first.send_json_to({"text": "hello"})
        assert await second.receive_json_from(timeout=5) == {"text": "hello"}
        assert await first.receive_json_from(timeout=5) == {"text": "hello"}
    finally:
        await first.disconnect()
        await second.disconnect()
