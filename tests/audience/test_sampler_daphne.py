"""The concurrency sampler against two real Daphne processes, with real WebSocket clients on each.

Viewers spread over both processes are counted once each; when one process is killed (SIGKILL: no
disconnect handlers run), the sampler notices that its presence entry went stale and closes its visits,
so the series drops to the viewers still connected.
"""

import asyncio
import os
import signal
import time
from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.conf import settings
from django.test import Client
from websockets.asyncio.client import connect

from audience.models import ConcurrencySample, Visit
from audience.services import attendance
from audience.services.attendance import SAMPLE_SECONDS, concurrency_sample, live_processes
from tests.factories import make_customer
from tests.support.daphne import daphne_processes

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True), pytest.mark.timeout(120)]

db = database_sync_to_async


@pytest.fixture
def daphnes():
    with daphne_processes(2, log="test-audience-daphne.log") as servers:
        yield [(server.port, server.process) for server in servers]


@db
def _cookie(username: str) -> str:
    client = Client()
    client.force_login(make_customer(username, level="C3"))
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


async def _open(port: int, session_id: int, cookie: str | None):
    headers = {"Origin": f"http://127.0.0.1:{port}"}
    if cookie:
        headers["Cookie"] = cookie
    ws = await connect(
        f"ws://127.0.0.1:{port}/ws/sessions/{session_id}/", additional_headers=headers, open_timeout=10
    )
    await asyncio.wait_for(ws.recv(), 10)  # session.state
    return ws


async def _until(predicate, timeout: float):
    deadline = time.monotonic() + timeout
    while not await predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.2)


async def test_two_daphne_processes_one_killed(live_session, daphnes, monkeypatch):
    (port_a, process_a), (port_b, _) = daphnes
    # Shorter than production (15 s and 30 s) so the test does not wait long for the kill to show.
    monkeypatch.setattr(attendance, "PROCESS_GONE_AFTER", 4.0)
    monkeypatch.setattr(attendance, "SWEEP_MIN_AGE", timedelta(seconds=1))
    sockets = []
    try:
        for name, port in (("ann", port_a), ("ben", port_a), ("cat", port_b)):
            sockets.append(await _open(port, live_session.pk, await _cookie(name)))
        sockets.append(await _open(port_b, live_session.pk, None))  # a guest
        sockets.append(await _open(port_b, live_session.pk, await db(_cookie_of)("ann")))  # ann's 2nd device

        await _until(lambda: db(lambda: Visit.objects.filter(session=live_session).count() == 5)(), timeout=5)
        visits = await db(lambda: list(Visit.objects.filter(session=live_session)))()
        assert len(visits) == 5 and len({v.process for v in visits}) == 2
        # Both processes report presence every 2 s: wait until both are seen alive.
        await _until(lambda: _alive_count(live_session.pk, 2), timeout=10)

        assert await db(concurrency_sample)() == {live_session.pk: 4}  # ann counted once
        first_bucket = int(time.time()) // SAMPLE_SECONDS

        os.kill(process_a.pid, signal.SIGKILL)  # ann's first socket and ben vanish without a goodbye
        process_a.wait(5)
        await _until(lambda: _alive_count(live_session.pk, 1), timeout=12)
        while int(time.time()) // SAMPLE_SECONDS == first_bucket:  # the next 10-second tick
            await asyncio.sleep(0.2)
        counts = await db(concurrency_sample)()
        assert counts == {live_session.pk: 3}  # ann (her socket on B), cat, the guest
        swept = await db(
            lambda: set(
                Visit.objects.filter(session=live_session, closed_by_sweep=True).values_list(
                    "user__username", flat=True
                )
            )
        )()
        assert swept == {"ann", "ben"}
        series = await db(
            lambda: list(
                ConcurrencySample.objects.filter(session=live_session)
                .order_by("bucket")
                .values_list("viewers", flat=True)
            )
        )()
        assert series[0] == 4 and series[-1] == 3
    finally:
        for ws in sockets:
            try:
                await ws.close()
            except Exception:  # the killed server's sockets are already gone
                pass


def _cookie_of(username: str) -> str:
    from django.contrib.auth.models import User

    client = Client()
    client.force_login(User.objects.get(username=username))
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


async def _alive_count(session_id: int, expected: int) -> bool:
    alive = await db(live_processes)(session_id)
    return alive is not None and len(alive) == expected
