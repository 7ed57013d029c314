"""The live room's metrics, counted on the real path: sockets through the ASGI stack, lines through the engine,
frames through the fan-out hub of this process; read back from ``/metrics``."""

import os

import pytest
from channels.db import database_sync_to_async
from django.test import Client
from prometheus_client import REGISTRY

from tests.observability.helpers import parse, value
from tests.support.room import connect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CLEAN = "欢迎大家来到直播间，今天我们聊聊理财产品的风险等级。"
HELD = "这款产品收益最高，错过再等一年"


@database_sync_to_async
def scrape_text() -> str:
    response = Client().get("/metrics")
    assert response.status_code == 200
    return response.content.decode()


def here(name: str) -> float:
    """This process's own value of a per-process gauge."""
    return REGISTRY.get_sample_value(name) or 0.0


async def test_rooms_viewers_lines_deliveries_lag_and_engine_time_are_counted(on_air, rm):
    before = parse(await scrape_text())
    rooms, viewers_before = here("cloudstudio_live_rooms"), here("cloudstudio_live_viewers")
    host = await connect(on_air.pk, rm)
    viewers = [await connect(on_air.pk) for _ in range(2)]
    try:
        assert here("cloudstudio_live_rooms") == rooms + 1
        assert here("cloudstudio_live_viewers") == viewers_before + 3

        await host.send({"type": "chat.send", "text": CLEAN, "ref": "c1"})
        assert (await host.ack("c1"))["status"] == "published"
        await host.send({"type": "chat.send", "text": HELD, "ref": "h1"})
        assert (await host.ack("h1"))["status"] == "held"
        for viewer in viewers:
            await viewer.lines(1)

        text = await scrape_text()
    finally:
        for sock in (host, *viewers):
            await sock.close()
    after = parse(text)

    def delta(name: str, **labels) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert delta("cloudstudio_chat_lines_total", verdict="published", role="host") == 1
    assert delta("cloudstudio_chat_lines_total", verdict="held", role="host") == 1
    # One engine run for the clean line; the flagged line runs on the fast path, then again under the session
    # lock on the full path that stores it (the claim window is re-read there): every run is timed.
    assert delta("cloudstudio_engine_check_seconds_count", kind="chat") == 3
    assert delta("cloudstudio_fanout_deliveries_total") >= 3  # the line to the host and two viewers
    assert delta("cloudstudio_fanout_batch_lines_count") >= 1
    assert delta("cloudstudio_chat_write_batch_lines_sum") == 2  # both lines went through the group commit
    assert delta("cloudstudio_fanout_lag_seconds_count") >= 1
    assert delta("cloudstudio_live_connects_total", outcome="accepted") == 3
    # Per process: the series of this pid, as /metrics shows it.
    assert f'cloudstudio_live_viewers{{pid="{os.getpid()}"}} {viewers_before + 3}' in text
    # Closed sockets leave the gauges as they were.
    assert here("cloudstudio_live_viewers") == viewers_before and here("cloudstudio_live_rooms") == rooms
