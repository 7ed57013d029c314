"""Paths and processes the harness starts: the repository root, the test database's URL for a child process,
and a real Celery worker on the test Redis."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.db import connection

from config.celery import app as celery_app

ROOT = Path(__file__).resolve().parent.parent.parent


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def current_database_url() -> str:
    """A DATABASE_URL naming the test database this process is using."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    user = db.get("USER") or ""
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    auth = f"{user}{password}@" if user else ""
    return f"postgres://{auth}{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{db['NAME']}"


class CeleryWorkerProcess:
    """A real ``celery worker`` subprocess consuming the test queue."""

    def __init__(self, *, name: str = "test-worker", env: dict[str, str] | None = None) -> None:
        self.process: subprocess.Popen | None = None
        self.hostname = f"{name}-{os.getpid()}@localhost"
        self.extra_env = env or {}
        self.log_path = ROOT / ".run" / f"{name}.log"

    def start(self) -> None:
        if self.process and self.process.poll() is None:
            celery_app.control.purge()  # what tests without a worker enqueued (a session's end, say)
            celery_app.control.add_consumer(
                settings.CELERY_TASK_DEFAULT_QUEUE, destination=[self.hostname], reply=True, timeout=5
            )
            return
        celery_app.control.purge()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": current_database_url(),
            "REDIS_URL": settings.REDIS_URL,
            "DEBUG": "true",
            **self.extra_env,
        }
        log = open(self.log_path, "ab")  # noqa: SIM115 - kept open for the process
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "config",
                "worker",
                "--pool",
                "solo",
                "--loglevel",
                "INFO",
                "--queues",
                settings.CELERY_TASK_DEFAULT_QUEUE,
                "--hostname",
                self.hostname,
                "--without-gossip",
                "--without-mingle",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"celery worker exited at start; see {self.log_path}")
            if celery_app.control.ping(destination=[self.hostname], timeout=0.5):
                return
        raise RuntimeError("celery worker did not answer a ping within 30 s")

    def settle(self, timeout: float = 20.0) -> None:
        """Leave the worker with nothing to do before the test's tables are flushed.

        A task still running (a re-check, a retry waiting out its backoff) would hold row locks that deadlock
        the flush, or write into the next test's data. Purge the queue and wait until the worker reports no
        active, reserved or scheduled task; a solo worker does not answer while it runs one. A worker that does
        not settle in time is stopped (the next test starts a fresh one).

        The worker first stops consuming: between tests it stays up but idle, so a task that a later test
        without a worker enqueues (a session's end re-scans its transcript) cannot run into that test's flush.
        """
        if not self.process or self.process.poll() is not None:
            return
        celery_app.control.cancel_consumer(
            settings.CELERY_TASK_DEFAULT_QUEUE, destination=[self.hostname], reply=True, timeout=5
        )
        celery_app.control.purge()
        inspect = celery_app.control.inspect(destination=[self.hostname], timeout=1.0, limit=1)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            replies = [inspect.active(), inspect.reserved(), inspect.scheduled()]
            if all(reply is not None for reply in replies) and not any(
                tasks for reply in replies for tasks in reply.values()
            ):
                return
            time.sleep(0.2)
        self.stop()
        celery_app.control.purge()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
