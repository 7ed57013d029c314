"""Shared fixtures: personas, and real infrastructure (a Celery worker process on the test Redis).

The Celery worker runs as a separate process against the same Redis broker and the same test
database as the test, so tests that need it must use ``django_db(transaction=True)``: the worker
only sees committed rows.
"""

import os
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from asgiref.sync import SyncToAsync
from django.conf import settings
from django.db import connection, connections, transaction

from config.celery import app as celery_app
from tests.factories import make_compliance_officer, make_customer, make_product_manager, make_rm
from tests.video.helpers import VideoPorts, free_port

ROOT = Path(__file__).resolve().parent.parent


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


#: The triggers of compliance/migrations/0006_audit_append_only_triggers.py (PostgreSQL only).
AUDIT_ROW_TRIGGERS = {
    "compliance_auditevent": "compliance_auditevent_append_only",
    "compliance_auditchainhead": "compliance_auditchainhead_forward_only",
}
AUDIT_TRUNCATE_TRIGGERS = {
    "compliance_auditevent": "compliance_auditevent_no_truncate",
    "compliance_auditchainhead": "compliance_auditchainhead_no_truncate",
}


def _set_triggers(triggers: dict[str, str], state: str) -> None:
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for table, trigger in triggers.items():
            cursor.execute(f"ALTER TABLE {table} {state} TRIGGER {trigger}")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database keeps the audit trail append-only, except that a transactional test's flush may
    TRUNCATE it (Django empties every table between such tests). Production databases keep that guard too."""
    with django_db_blocker.unblock():
        _set_triggers(AUDIT_TRUNCATE_TRIGGERS, "DISABLE")
    yield


@contextmanager
def audit_guard_lifted():
    """What a tamperer who owns the tables does first on PostgreSQL: disable the append-only triggers.

    Inside one transaction (rolled back with the test's, or re-enabled at the end), as the migration's
    docstring tells an operator to do.
    """
    with transaction.atomic():
        _set_triggers(AUDIT_ROW_TRIGGERS, "DISABLE")
        try:
            yield
        finally:
            _set_triggers(AUDIT_ROW_TRIGGERS, "ENABLE")


@pytest.fixture(autouse=True)
def _audit_anchors_of_this_test(settings, tmp_path):
    """Each test anchors the audit chain into a file of its own, never a developer's ``.run/`` store."""
    settings.AUDIT_ANCHOR_PATH = str(tmp_path / "audit-anchors.jsonl")
    settings.AUDIT_ANCHOR_KEY = "test-anchor-key"


@pytest.fixture(autouse=True)
def _migration_data_survives_flush(django_db_serialized_rollback):
    """Every test runs with serialized rollback, so a transactional test's flush (which empties every table)
    is followed by reloading what the migrations put there: role groups, permissions, rule packs.

    It must hold for all of them or none: a flush without it re-creates content types under new ids, and the
    next test that reloads would collide with them. Tests in a transaction ignore the flag.
    """


@pytest.fixture(autouse=True)
def _database_thread_connections_closed():
    """After each test, close what the process's database thread keeps open (``core.db`` keeps its
    connection between calls, as a Daphne process should): the next test's flush and the test database's
    final DROP must not find a connection left from an earlier test."""
    yield
    SyncToAsync.single_thread_executor.submit(connections.close_all).result(timeout=30)


@pytest.fixture(scope="session")
def _celery_worker_process():
    (ROOT / ".run").mkdir(exist_ok=True)
    worker = CeleryWorkerProcess()
    yield worker
    worker.stop()


@pytest.fixture
def celery_worker(_celery_worker_process, transactional_db):
    """A running worker process; the test's rows are committed so the worker can read them."""
    _celery_worker_process.start()
    yield _celery_worker_process
    _celery_worker_process.settle()  # before transactional_db flushes the tables


@pytest.fixture
def no_celery_worker(_celery_worker_process):
    _celery_worker_process.stop()
    return _celery_worker_process


@pytest.fixture
def rm(db):
    return make_rm("rm-a")


@pytest.fixture
def other_rm(db):
    return make_rm("rm-b")


@pytest.fixture
def officer(db):
    return make_compliance_officer("officer-a")


@pytest.fixture
def product_desk(db):
    return make_product_manager("product-a")


@pytest.fixture
def customer(db):
    return make_customer("cust-c3", level="C3")


@pytest.fixture(scope="session")
def video_ports():
    """Loopback ports for the ingests tests start (RTMP and HLS), reserved once so Daphne knows them."""
    return VideoPorts(rtmp=free_port(), http=free_port())


@pytest.fixture(scope="session", autouse=True)
def _metrics_of_dead_processes_dropped():
    """The test run's metrics directory (config/settings/test.py) keeps no files of processes that are gone (an
    earlier run's test process and workers): only their pids' files are removed, never a live process's."""
    from prometheus_client import multiprocess

    path = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if path and os.path.isdir(path):
        for name in os.listdir(path):
            pid = name.rsplit("_", 1)[-1].removesuffix(".db")
            if pid.isdigit() and not Path(f"/proc/{pid}").exists():
                multiprocess.mark_process_dead(int(pid), path)
                for stale in Path(path).glob(f"*_{pid}.db"):
                    stale.unlink(missing_ok=True)
    yield
