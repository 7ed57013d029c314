"""Two real Daphne processes on one Redis and one database, with real WebSocket clients on each.

Proves, with the production ASGI app and no in-process shortcuts: every line reaches every viewer on
either process exactly once in ``seq`` order, and a client that drops and reconnects to the *other*
process with ``resume`` gets what it missed, in order, then continues live.
"""

import asyncio
import json

import pytest
from channels.db import database_sync_to_async
from django.conf import settings
from django.test import Client
from websockets.asyncio.client import connect

from tests.factories import make_customer
from tests.support.daphne import daphne_processes

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True), pytest.mark.timeout(120)]


@pytest.fixture
def daphnes():
    """Two Daphne processes serving the project against this test's database and Redis."""
    with daphne_processes(2, log="test-live-daphne.log") as servers:
        yield [server.port for server in servers]


@database_sync_to_async
def _cookie(username: str) -> str:
    client = Client()
    client.force_login(make_customer(username, level="C3"))
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


class Socket:
    def __init__(self, ws):
        self.ws = ws

    @classmethod
    async def open(cls, port: int, session_id: int, cookie: str | None = None, query: str = "") -> "Socket":
        headers = {"Cookie": cookie} if cookie else None
        ws = await connect(
            f"ws://127.0.0.1:{port}/ws/sessions/{session_id}/{query}",
            origin=f"http://127.0.0.1:{port}",
            additional_headers=headers,
            open_timeout=10,
        )
        sock = cls(ws)
        assert (await sock.next("session.state"))["state"] == "live"
        return sock

    async def next(self, *types: str, timeout: float = 10) -> dict:
        while True:
            frame = json.loads(await asyncio.wait_for(self.ws.recv(), timeout))
            if frame["type"] in types:
                return frame

    async def lines(self, count: int) -> list[dict]:
        got: list[dict] = []
        while len(got) < count:
            frame = await self.next("chat.message", "chat.batch", "chat.removed")
            got.extend(frame["messages"] if frame["type"] == "chat.batch" else [frame])
        return got

    async def say(self, text: str, ref: str) -> dict:
        await self.ws.send(json.dumps({"type": "chat.send", "text": text, "ref": ref}))
        while True:
            frame = await self.next("ack", "error")
            if frame.get("ref") == ref:
                assert frame["type"] == "ack", frame
                return frame


async def test_delivery_order_and_resume_across_two_daphne_processes(live_session, daphnes):
    port_a, port_b = daphnes
    viewers = [await Socket.open(port, live_session.pk) for port in (port_a, port_a, port_b, port_b)]
    talkers = [
        await Socket.open(port, live_session.pk, await _cookie(f"talker-{n}"))
        for n, port in enumerate((port_a, port_b))
    ]
    try:
        # Both processes take lines at the same time.
        async def talk(n: int, talker: Socket) -> None:
            for k in range(3):
                assert (await talker.say(f"p{n}-{k}", f"{n}-{k}"))["status"] == "published"

        await asyncio.gather(*(talk(n, talker) for n, talker in enumerate(talkers)))
        expected = sorted(f"p{n}-{k}" for n in range(2) for k in range(3))
        for viewer in viewers:
            lines = await viewer.lines(6)
            assert [line["seq"] for line in lines] == [1, 2, 3, 4, 5, 6]
            assert sorted(line["text"] for line in lines) == expected

        # A viewer of process B drops; two lines are said on A; it comes back on process A.
        await viewers[3].ws.close()
        for k, talker in enumerate(talkers):
            await talker.say(f"while away {k}", f"away-{k}")
        back = await Socket.open(port_a, live_session.pk, query="?last_seq=6")
        missed = await back.lines(2)
        assert [(line["seq"], line["text"]) for line in missed] == [(7, "while away 0"), (8, "while away 1")]
        await talkers[1].say("after the return", "after")
        [live] = await back.lines(1)
        assert (live["seq"], live["text"]) == (9, "after the return")
        for viewer in viewers[:3]:
            assert [line["seq"] for line in await viewer.lines(3)] == [7, 8, 9]
        await back.ws.close()
    finally:
        for sock in viewers + talkers:
            await sock.ws.close()
