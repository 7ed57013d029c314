"""A deploy with two real Daphne processes: SIGTERM to one moves its viewers to the other without a loss.

The process that gets SIGTERM must stop accepting connections, send each of its viewers
``server.restart {reconnect_in_ms}`` and a close frame with code 1012, and exit by itself; a viewer that
reconnects (as ``static/js/live-socket.js`` does) to the other process with ``?last_seq`` gets every line
said meanwhile, once, in ``seq`` order.
"""

import asyncio
import signal
import time

import pytest
from websockets.exceptions import ConnectionClosed

from tests.studio.test_two_daphne_processes import Socket, _cookie
from tests.support.daphne import daphne_processes

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True), pytest.mark.timeout(120)]


@pytest.fixture
def two_daphnes():
    with daphne_processes(2, log="test-graceful-deploy.log") as servers:
        yield [(server.port, server.process) for server in servers]


async def test_sigterm_moves_viewers_to_the_other_process_without_loss(live_session, two_daphnes):
    (port_a, daphne_a), (port_b, _daphne_b) = two_daphnes
    leaving = [await Socket.open(port_a, live_session.pk) for _ in range(3)]
    staying = await Socket.open(port_b, live_session.pk)
    talker = await Socket.open(port_b, live_session.pk, await _cookie("talker"))
    try:
        assert (await talker.say("before the deploy", "r1"))["seq"] == 1
        for viewer in leaving + [staying]:
            assert [line["seq"] for line in await viewer.lines(1)] == [1]

        daphne_a.send_signal(signal.SIGTERM)
        delays = []
        for viewer in leaving:
            restart = await viewer.next("server.restart")
            assert 500 <= restart["reconnect_in_ms"] <= 5000
            delays.append(restart["reconnect_in_ms"])
            with pytest.raises(ConnectionClosed):
                await viewer.next("never")
            assert viewer.ws.close_code == 1012
        # Lines said while the viewers are away.
        for k in range(3):
            assert (await talker.say(f"during the deploy {k}", f"d{k}"))["status"] == "published"

        # The old process stops accepting and exits by itself.
        deadline = time.monotonic() + 20
        while daphne_a.poll() is None:
            assert time.monotonic() < deadline, "the drained process did not exit"
            await asyncio.sleep(0.1)
        with pytest.raises(OSError):
            await Socket.open(port_a, live_session.pk)

        # Each viewer comes back on the other process with ?last_seq: everything it missed, once, in order.
        for _viewer in leaving:
            back = await Socket.open(port_b, live_session.pk, query="?last_seq=1")
            missed = await back.lines(3)
            assert [(line["seq"], line["text"]) for line in missed] == [
                (2, "during the deploy 0"),
                (3, "during the deploy 1"),
                (4, "during the deploy 2"),
            ]
            await back.ws.close()
        assert [line["seq"] for line in await staying.lines(3)] == [2, 3, 4]
    finally:
        for sock in leaving + [staying, talker]:
            await sock.ws.close()
