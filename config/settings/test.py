"""Test settings: only what tests need differs; Redis, the channel layer and the broker stay real."""

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
TEST_NAMESPACE = f"cloudstudio-test-{_redis_db}"
CELERY_TASK_DEFAULT_QUEUE = TEST_NAMESPACE
CHANNEL_LAYERS["default"]["CONFIG"]["prefix"] = TEST_NAMESPACE  # noqa: F405
CACHES["default"]["KEY_PREFIX"] = TEST_NAMESPACE  # noqa: F405

# Recordings written by tests (and by the test Celery worker, which reads these settings too) stay apart per run.
RECORDINGS_ROOT = BASE_DIR / ".run" / f"test-recordings-{_redis_db}"
STORAGES["recordings"]["OPTIONS"]["location"] = str(RECORDINGS_ROOT)  # noqa: F405
