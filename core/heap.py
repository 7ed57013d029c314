"""Garbage collection of a long-running server process (Daphne): keep the start-up heap out of full collections.

CPython's full collection walks every tracked object. A Daphne process of this project holds ~350,000 of them
before its first viewer (Django, the apps, the URL and rule tables). With the default thresholds a join storm
of 5,000 viewers ran eight full collections of 165-470 ms each, 2.5 s of the process's ~9 s of CPU, and each
one stalled every room for that long: the periodic stalls of the 500-rooms run (``gc.callbacks`` timing them
during ``bench/fanout.py --connect-storm 5000``, a shared machine). So a server process:

- collects once and **freezes** what exists at start-up (``gc.freeze``: the permanent generation is never
  walked again), and once more after its warm-up (the rule packs compiled when the reactor starts), without
  a collection then;
- collects the youngest generation every ``GEN0_THRESHOLD`` net allocations of tracked objects instead of 700 and the middle
  one every ``GEN1_THRESHOLD`` of those, so a storm reaches the full collection (still subject to CPython's
  rule that it runs only once the long-lived objects grew by a quarter) about once instead of eight times.
  The price is a longer young collection (~10 ms) and, during a storm, a middle one of up to a few hundred
  ms; in a steady room few objects survive and both stay short.

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
