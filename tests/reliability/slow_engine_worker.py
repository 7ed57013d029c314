"""A Celery app for the worker-crash test: the project's app, with the engine's first check made slow.

``celery -A tests.reliability.slow_engine_worker worker`` runs the real tasks; the first engine check in any
worker started with ``SLOW_ENGINE_MARK=<path>`` creates that file and then sleeps ``SLOW_ENGINE_SECONDS``, so
the test can SIGKILL the worker while a review is in the middle of its check. Later checks (the mark exists)
run at full speed. Nothing here is imported by production code.
"""

import os
import time
from pathlib import Path

import compliance.engine as engine
from config.celery import app  # noqa: F401 - the app celery -A finds here

_check = engine.check


def _first_check_hangs(*args, **kwargs):
    mark = Path(os.environ["SLOW_ENGINE_MARK"])
    if not mark.exists():
        mark.write_text(str(os.getpid()))
        time.sleep(float(os.environ.get("SLOW_ENGINE_SECONDS", "60")))
    return _check(*args, **kwargs)


if os.environ.get("SLOW_ENGINE_MARK"):
    engine.check = _first_check_hangs
