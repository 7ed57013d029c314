"""A deploy with two real Daphne processes: SIGTERM to one moves its viewers to the other without a loss.

The process that gets SIGTERM must stop accepting connections, send each of its viewers
``server.restart {reconnect_in_ms}`` and a close frame with code 1012, and exit by itself; a viewer that
reconnects (as ``static/js/live-socket.js`` does) to the other process with ``?last_seq`` gets every line
said meanwhile, once, in ``seq`` order.
"""

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from websockets.exceptions import ConnectionClosed

from tests.conftest import current_database_url
from tests.studio.test_two_daphne_processes import Socket, _cookie, _free_port

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True), pytest.mark.timeout(120)]

ROOT = Path(__file__).resolve().parents[2]


def _start(port: int, log) -> subprocess.Popen:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", "DATABASE_URL": current_database_url(),
           "REDIS_URL": settings.REDIS_URL, "DEBUG": "true"}
    return subprocess.Popen([sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port),
                             "config.asgi:application"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def _wait_listening(port: int, process: subprocess.Popen) -> None:
    import socket

    deadline = time.monotonic() + 40
    while True:
        assert process.poll() is None, "daphne exited at start; see .run/test-graceful-deploy.log"
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            assert time.monotonic() < deadline, "daphne did not listen within 40 s"
            time.sleep(0.2)


@pytest.fixture
def two_daphnes():
    (ROOT / ".run").mkdir(exist_ok=True)
    ports = [_free_port(), _free_port()]
    with open(ROOT / ".run" / "test-graceful-deploy.log", "ab") as log:
        processes = [_start(port, log) for port in ports]
    try:
        for port, process in zip(ports, processes, strict=True):
            _wait_listening(port, process)
        yield list(zip(ports, processes, strict=True))
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
            process.wait()


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
                (2, "during the deploy 0"), (3, "during the deploy 1"), (4, "during the deploy 2")]
            await back.ws.close()
        assert [line["seq"] for line in await staying.lines(3)] == [2, 3, 4]
    finally:
        for sock in leaving + [staying, talker]:
            await sock.ws.close()
