"""Graceful deploys: on SIGTERM a Daphne process stops accepting, sends its viewers elsewhere, then exits.

Stock Daphne stops its reactor on SIGTERM and every viewer's socket dies without a close frame (1006): the
clients reconnect on their error backoff, all at once, and a deploy looks like an outage. Here SIGTERM
starts a drain instead (``install``, called from ``config/asgi.py`` when the process runs under Daphne):

1. **Stop accepting**: the process's listening ports close, so the balancer's next connection attempts
   go to the other processes (a health check sees the refusal too).
2. **Move the viewers**: every live-room socket gets ``server.restart {reconnect_in_ms}`` and a close frame
   with code **1012** (service restart). The delays are spread uniformly over ``DRAIN_SPREAD_SECONDS``, so
   the other processes take the viewers over a few seconds instead of one storm. The client
   (``static/js/live-socket.js``) waits that long and reconnects with ``?last_seq``: the balancer sends it
   to another process, which replays what it missed (the transcript is the truth, so nothing is lost).
3. **Exit**: once the sockets are gone, or after ``DRAIN_TIMEOUT_SECONDS``, the attendance buffer is
   written and the reactor stops as it would have (Daphne then cancels what is left).

A second SIGTERM during the drain stops at once.
"""

import asyncio
import logging
import os
import random
import threading
from typing import Any

from channels.layers import get_channel_layer

from studio.attendance import attendance_flush
from studio.fanout import encode, hub_for
from studio.wire import close_with_code, stop_listening

logger = logging.getLogger(__name__)

CLOSE_SERVICE_RESTART = 1012
#: Viewers are told to come back after a delay drawn uniformly from (0.5 s, this).
DRAIN_SPREAD_SECONDS = 5.0
#: The longest a drain waits for its viewers to leave before the process stops anyway.
DRAIN_TIMEOUT_SECONDS = 10.0
#: The longest a process lives after SIGTERM, whatever its drain or its exit waits on (``exit_after``).
DRAIN_HARD_LIMIT_SECONDS = 15.0

_state: dict[str, Any] = {"draining": False}


def install(reactor: Any) -> None:
    """Make SIGTERM drain this Daphne process instead of stopping it at once.

    Must run before ``reactor.run()`` (Daphne imports the ASGI application first): Twisted installs its
    signal handlers from ``reactor.sigTerm`` when it starts.
    """

    def on_sigterm(number: int, frame: Any = None) -> None:
        if _state["draining"]:
            reactor.callFromThread(reactor.stop)
            return
        _state["draining"] = True
        exit_after(DRAIN_HARD_LIMIT_SECONDS)
        reactor.callFromThread(_start, reactor)

    reactor.sigTerm = on_sigterm


def exit_after(seconds: float) -> threading.Timer:
    """End the process ``seconds`` from now if it is still running.

    Under ``make run`` the kernel sends SIGTERM when the supervisor dies (``PR_SET_PDEATHSIG``), and then nothing
    sends the SIGKILL the supervisor would have: a drain or an interpreter exit that waits on something stuck (a
    Redis that stopped answering, a thread still compiling rule packs under load) would leave the process behind.
    """
    timer = threading.Timer(seconds, _exit_now, args=(seconds,))
    timer.daemon = True
    timer.start()
    return timer


def _exit_now(seconds: float) -> None:
    logger.error("drain: still running %.0f s after SIGTERM; exiting now", seconds)
    os._exit(1)


def draining() -> bool:
    """Whether this process is draining (new live-room sockets are then turned away with 1012)."""
    return bool(_state["draining"])


def _start(reactor: Any) -> None:
    logger.info("drain: stopped listening on %d port(s)", stop_listening(reactor))
    task = asyncio.get_event_loop().create_task(_drain_then_stop(reactor))
    _state["task"] = task


async def _drain_then_stop(reactor: Any) -> None:
    try:
        moved = await drain(timeout=DRAIN_TIMEOUT_SECONDS)
        logger.info("drain: %d viewer socket(s) told to reconnect elsewhere", moved)
    except Exception:
        logger.exception("drain failed; stopping anyway")
    finally:
        reactor.stop()


async def drain(*, timeout: float, spread: float = DRAIN_SPREAD_SECONDS, layer: Any = None) -> int:
    """Tell every live-room socket of this process to reconnect elsewhere; wait (up to ``timeout``) until gone.

    Returns how many sockets were told.
    """
    _state["draining"] = True
    hub = hub_for(layer or get_channel_layer())
    sockets = [sock for room in list(hub.rooms.values()) for sock in list(room.sockets)]
    for sock in sockets:
        delay_ms = int(1000 * random.uniform(0.5, max(0.5, spread)))
        try:
            await restart_close(sock, delay_ms)
        except Exception:  # a socket already going away must not stop the others
            logger.debug("drain: closing a socket failed", exc_info=True)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while any(room.sockets for room in hub.rooms.values()) and loop.time() < deadline:
        await asyncio.sleep(0.05)
    try:
        await attendance_flush()
    except Exception:
        logger.warning("drain: attendance flush failed", exc_info=True)
    return len(sockets)


async def restart_close(sock: Any, delay_ms: int) -> None:
    """Send ``server.restart {reconnect_in_ms}`` and close the socket with 1012 (service restart): on Daphne
    through ``studio.wire.close_with_code`` (autobahn refuses 1012 from an application), elsewhere by ASGI."""
    await sock.base_send(
        {"type": "websocket.send", "text": encode({"type": "server.restart", "reconnect_in_ms": delay_ms})}
    )
    if not close_with_code(sock, CLOSE_SERVICE_RESTART, b"service restart"):
        await sock.base_send({"type": "websocket.close", "code": CLOSE_SERVICE_RESTART})
