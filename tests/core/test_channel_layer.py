"""The channel layer really goes through Redis: two layer instances stand for two server processes."""

import asyncio

import pytest
from channels.layers import channel_layers
from django.conf import settings

from core.channel_layer import PipelinedPubSubChannelLayer


def _new_layer() -> PipelinedPubSubChannelLayer:
    return PipelinedPubSubChannelLayer(**settings.CHANNEL_LAYERS["default"]["CONFIG"])


async def test_configured_layer_is_the_projects_redis_pubsub_layer():
    assert isinstance(channel_layers["default"], PipelinedPubSubChannelLayer)


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


async def test_group_send_many_delivers_every_message_in_order_across_groups():
    sender, receiver = _new_layer(), _new_layer()
    try:
        first = await receiver.new_channel()
        second = await receiver.new_channel()
        await receiver.group_add("many-a", first)
        await receiver.group_add("many-b", second)
        messages = [(f"many-{'ab'[i % 2]}", {"type": "room.seq", "seq": i}) for i in range(60)]

        await sender.group_send_many(messages)

        got_a = [(await asyncio.wait_for(receiver.receive(first), timeout=5))["seq"] for _ in range(30)]
        got_b = [(await asyncio.wait_for(receiver.receive(second), timeout=5))["seq"] for _ in range(30)]
        assert got_a == list(range(0, 60, 2))
        assert got_b == list(range(1, 60, 2))
    finally:
        for layer in (sender, receiver):
            await layer.flush()


async def test_broadcasts_send_uses_one_round_trip_and_falls_back_one_by_one():
    from core.events import broadcasts_send

    sender, receiver = _new_layer(), _new_layer()
    try:
        channel = await receiver.new_channel()
        await receiver.group_add("many-c", channel)
        calls: list[int] = []
        real_many = sender.group_send_many

        async def counted(messages):
            calls.append(len(messages))
            await real_many(messages)

        sender.group_send_many = counted
        await broadcasts_send(sender, [("many-c", {"type": "room.seq", "seq": s}) for s in (1, 2, 3)])
        assert calls == [3]

        async def broken(messages):
            raise ConnectionError("pipeline lost")

        sender.group_send_many = broken  # the batch fails: each event is still sent on its own
        await broadcasts_send(sender, [("many-c", {"type": "room.seq", "seq": s}) for s in (4, 5)])

        got = [(await asyncio.wait_for(receiver.receive(channel), timeout=5))["seq"] for _ in range(5)]
        assert got == [1, 2, 3, 4, 5]
    finally:
        for layer in (sender, receiver):
            await layer.flush()
