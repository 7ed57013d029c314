"""Garbage collection of a long-running server process (Daphne): keep the start-up heap out of full collections.

CPython's full collection walks every tracked object. A Daphne process of this project holds ~1.5 million
objects before its first viewer (Django, the apps, and the compliance engine's compiled rule packs); with the
default thresholds a join storm of 5,000 viewers ran eight full collections of 170-470 ms each, a quarter of
the process's CPU, and each one stalled every room for that long (``bench/fanout.py --connect-storm 5000``
with ``gc.callbacks`` timing them). So a server process:

- collects once and **freezes** what exists at start-up (``gc.freeze``: the permanent generation is never
  walked again), and once more after its warm-up (the first room compiles the rule packs), without a
  collection then, so no viewer waits for one;
- collects the youngest generation every ``GEN0_THRESHOLD`` allocations instead of every 700, so the short-
  lived objects of a connect or a chat line die young instead of being promoted and walked again.

Nothing is disabled: cycles made after start-up are still collected. Objects frozen at warm-up that become
garbage later are never freed; that is the small, one-time set alive at that moment.
"""

import gc
import logging

logger = logging.getLogger(__name__)

GEN0_THRESHOLD = 20_000
GEN1_THRESHOLD = 20
GEN2_THRESHOLD = 10

_state = {"tuned": False, "warm": False}


def server_heap_tune() -> None:
    """Call once in a server process, after the application has been imported (``config/asgi.py``)."""
    if _state["tuned"]:
        return
    _state["tuned"] = True
    gc.collect()
    gc.freeze()
    gc.set_threshold(GEN0_THRESHOLD, GEN1_THRESHOLD, GEN2_THRESHOLD)


def server_heap_warm() -> None:
    """The process finished its one-time warm-up (the first room): freeze what it built. Once; no-op unless
    ``server_heap_tune`` ran (tests and management commands keep Python's defaults)."""
    if not _state["tuned"] or _state["warm"]:
        return
    _state["warm"] = True
    gc.freeze()
    logger.info("heap frozen after warm-up: %d objects in the permanent generation", gc.get_freeze_count())
