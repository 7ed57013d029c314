"""Shared fixtures: personas, and real infrastructure (a Celery worker process on the test Redis).

The Celery worker runs as a separate process against the same Redis broker and the same test
database as the test, so tests that need it must use ``django_db(transaction=True)``: the worker
only sees committed rows.
"""

import os
from pathlib import Path

import pytest
from asgiref.sync import SyncToAsync
from django.db import connections

from tests.factories import (
    R4_CARD,
    ProductFactory,
    make_compliance_officer,
    make_customer,
    make_live,
    make_product_manager,
    make_rm,
    make_session,
)
from tests.support.audit import AUDIT_TRUNCATE_TRIGGERS, set_triggers
from tests.support.process import ROOT, CeleryWorkerProcess, free_port
from tests.support.room import Viewer, connect
from tests.support.video import VideoPorts


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database keeps the audit trail append-only, except that a transactional test's flush may
    TRUNCATE it (Django empties every table between such tests). Production databases keep that guard too."""
    with django_db_blocker.unblock():
        set_triggers(AUDIT_TRUNCATE_TRIGGERS, "DISABLE")
    yield


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


# -- the live room: a live session of ``rm`` featuring an R2 and an R4 product, and WebSocket viewers ----------


@pytest.fixture
def products(db):
    return {
        "r2": ProductFactory(risk_level="R2"),
        "r4": ProductFactory(
            risk_level="R4", type="fund", benchmark_min=None, benchmark_max=None, card_text=R4_CARD
        ),
    }


@pytest.fixture
def live_session(rm, officer, products):
    return make_live(make_session(rm, products), officer)


@pytest.fixture
async def room():
    """Open viewers and close them all at the end of the test (sockets are always disconnected)."""
    opened: list[Viewer] = []

    async def open_(*args, **kwargs):
        viewer = await connect(*args, **kwargs)
        if isinstance(viewer, Viewer):
            opened.append(viewer)
        return viewer

    yield open_
    for viewer in opened:
        await viewer.close()
