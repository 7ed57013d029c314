"""The one harness for tests that start Daphne processes (fan-out across processes, the sampler, faults, e2e).

``DaphneProcess`` runs ``daphne config.asgi:application`` on a free loopback port, on this test's database and
Redis (``process_env``), with its output appended to ``.run/<log>``; ``start`` returns once it listens, and
``stop`` always ends it (terminate, then kill). ``daphne_processes`` starts several and stops them all, whatever
happens in the test.
"""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

from tests.support.process import ROOT, current_database_url, free_port

LOGS: Path = ROOT / ".run"


def process_env(**overrides: str) -> dict[str, str]:
    """The environment of a server process on this test's database and Redis (overridable)."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": current_database_url(),
        "REDIS_URL": settings.REDIS_URL,
        "DEBUG": "true",
        **overrides,
    }


def wait_listening(
    port: int, process: subprocess.Popen | None = None, *, timeout: float = 40, what: str = ""
) -> None:
    """Return once something accepts TCP connections on ``port``; raise if ``process`` exits or time runs out."""
    deadline = time.monotonic() + timeout
    while True:
        if process is not None and process.poll() is not None:
            raise RuntimeError(
                f"{what or process.args[:3]} exited at start (code {process.returncode}); see .run/"
            )
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{what} did not listen on {port} within {timeout} s") from None
            time.sleep(0.1)


class DaphneProcess:
    """One Daphne server process serving the project."""

    def __init__(
        self, *, port: int | None = None, env: dict[str, str] | None = None, log: str = "test-daphne.log"
    ) -> None:
        self.port = port or free_port()
        self.env = env or {}
        self.log_path = LOGS / log
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def spawn(self) -> subprocess.Popen:
        """Start the process without waiting for it to listen."""
        LOGS.mkdir(exist_ok=True)
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "daphne",
                    "-v",  # as the Procfile runs it: no plain-text access log (the project writes its own)
                    "0",
                    "-b",
                    "127.0.0.1",
                    "-p",
                    str(self.port),
                    "config.asgi:application",
                ],
                cwd=ROOT,
                env=process_env(**self.env),
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        return self.process

    def start(self, *, timeout: float = 40) -> "DaphneProcess":
        self.spawn()
        wait_listening(self.port, self.process, timeout=timeout, what=f"daphne (see {self.log_path})")
        return self

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind, as when a machine or container dies."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@contextmanager
def daphne_processes(
    count: int, *, log: str = "test-daphne.log", **env: str
) -> Iterator[list[DaphneProcess]]:
    """``count`` Daphne processes, all listening, stopped at the end whatever happens."""
    servers = [DaphneProcess(env=env, log=log) for _ in range(count)]
    try:
        for server in servers:
            server.spawn()
        for server in servers:
            wait_listening(server.port, server.process, what=f"daphne (see {server.log_path})")
        yield servers
    finally:
        for server in servers:
            if server.process is not None and server.process.poll() is None:
                server.process.terminate()
        for server in servers:
            server.stop()


class DaphneServer(DaphneProcess):
    """``daphne config.asgi:application`` on a free loopback port, pointed at the test database (this module's
    harness), ready once its sign-in page answers."""

    def __init__(self, env: dict[str, str] | None = None) -> None:
        super().__init__(env=env, log="test-daphne.log")

    def start(self, *, timeout: float = 30) -> "DaphneServer":
        self.spawn()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"daphne exited at start; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.url}/accounts/login/", timeout=2) as response:
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.1)
        raise RuntimeError(f"daphne did not answer within {timeout:.0f} s; see {self.log_path}")
