"""Test settings: only what tests need differs; Redis, the channel layer and the broker stay real."""

import os

from config.settings.base import *  # noqa: F403
from config.settings.base import BASE_DIR, DATABASES

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A file, not :memory:, so a real Celery worker process can read what the test wrote.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "test-db.sqlite3")}

# Keep test traffic apart from a developer's running system (and from another test run that uses
# another Redis database number): queues are per database, but pub/sub channels are not.
_redis_db = REDIS_URL.rstrip("/").rsplit("/", 1)[-1] if REDIS_URL.count("/") > 2 else "0"  # noqa: F405
# Under pytest-xdist each worker (and the processes it starts, which inherit PYTEST_XDIST_WORKER) has a namespace of
# its own as well: its own Celery queue, channel prefix, cache keys, recordings and metrics directory.
_xdist_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
_run = f"{_redis_db}-{_xdist_worker}" if _xdist_worker else _redis_db
TEST_NAMESPACE = f"cloudstudio-test-{_run}"
CELERY_TASK_DEFAULT_QUEUE = TEST_NAMESPACE
CHANNEL_LAYERS["default"]["CONFIG"]["prefix"] = TEST_NAMESPACE  # noqa: F405
CACHES["default"]["KEY_PREFIX"] = TEST_NAMESPACE  # noqa: F405

# Recordings written by tests (and by the test Celery worker, which reads these settings too) stay apart per run.
RECORDINGS_ROOT = BASE_DIR / ".run" / f"test-recordings-{_run}"
STORAGES["recordings"]["OPTIONS"]["location"] = str(RECORDINGS_ROOT)  # noqa: F405

# Metrics in multiprocess mode, as in production: the test process and the test Celery worker (which inherits this
# variable) write into one directory, so a scrape in a test sees what the worker counted. Set here, before Django
# imports any app: prometheus_client reads it when it is imported. tests/conftest.py drops dead processes' files.
# An xdist worker sets its own even though it inherited the controller's.
_metrics_dir = str(BASE_DIR / ".run" / f"test-metrics-{_run}")
if _xdist_worker:
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = _metrics_dir
else:
    os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", _metrics_dir)
os.makedirs(os.environ["PROMETHEUS_MULTIPROC_DIR"], exist_ok=True)

# The suite commits thousands of times (every transactional test's flush, the reload of what the migrations wrote,
# each service's own transactions), and on PostgreSQL each commit waited for its WAL flush to disk: most of a
# transactional test's setup and teardown. A test database need not survive a crash of the server, so its sessions
# do not wait (visibility between sessions is unchanged; production settings keep the default).
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"
