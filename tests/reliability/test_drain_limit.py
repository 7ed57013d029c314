"""A Daphne process told to stop (SIGTERM) exits within its drain limit even when Redis stops answering.

``make run``'s processes get SIGTERM from the kernel when their supervisor dies (``PR_SET_PDEATHSIG``), and
nothing sends SIGKILL after it: a drain that waits on a Redis that no longer answers (stopped, not dead:
connections open, no replies) would keep the process alive for as long as the Redis client's timeouts allow.
Here Redis is frozen (SIGSTOP) while a viewer is in a room, then Daphne gets SIGTERM: it must be gone within
``studio.drain.DRAIN_HARD_LIMIT_SECONDS`` (plus start-up slack for the check).
"""

import asyncio
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from studio.drain import DRAIN_HARD_LIMIT_SECONDS
from tests.studio.test_two_daphne_processes import Socket
from tests.support.daphne import DaphneProcess, process_env

pytestmark = [
    pytest.mark.faults,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.timeout(120),
]


async def test_a_drain_ends_within_its_limit_when_redis_stops_answering(live_session, own_redis):
    daphne = DaphneProcess(env={"REDIS_URL": own_redis.url}, log="test-drain-limit.log")
    await asyncio.to_thread(daphne.start)
    try:
        viewer = await Socket.open(daphne.port, live_session.pk)
        own_redis.process.send_signal(signal.SIGSTOP)  # Redis freezes: sockets stay open, nothing answers
        try:
            started = time.monotonic()
            daphne.process.send_signal(signal.SIGTERM)
            while (
                daphne.process.poll() is None and time.monotonic() - started < DRAIN_HARD_LIMIT_SECONDS + 20
            ):
                await asyncio.sleep(0.1)
            took = time.monotonic() - started
            assert daphne.process.poll() is not None, f"still running {took:.0f} s after SIGTERM"
            assert took <= DRAIN_HARD_LIMIT_SECONDS + 2, f"stopping took {took:.1f} s"
        finally:
            own_redis.process.send_signal(signal.SIGCONT)
        await viewer.ws.close()
    finally:
        daphne.kill()


def test_a_process_stuck_after_sigterm_ends_at_its_limit():
    """The last resort itself: a non-daemon thread that never ends (which an interpreter exit waits for) does
    not keep the process alive past ``exit_after``'s limit."""
    child = textwrap.dedent(
        """
        import threading, time
        import django
        django.setup()
        from studio.drain import exit_after
        threading.Thread(target=time.sleep, args=(600,)).start()  # non-daemon: the exit would wait for it
        exit_after(1.0)
        """
    )
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", child], env=process_env(), capture_output=True, timeout=60)
    took = time.monotonic() - started
    assert done.returncode == 1, done.stderr.decode()[-2000:]
    assert b"exiting now" in done.stdout + done.stderr
    assert took < 30
