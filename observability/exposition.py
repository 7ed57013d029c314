"""``/metrics``'s text: this host's processes (multiprocess mode) or this process, plus scrape-time collectors."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator

from prometheus_client import REGISTRY, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4
from prometheus_client.metrics_core import Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector

from observability.metrics import MULTIPROC_DIR, process_gone

# The classic text format: every Prometheus version reads it (our names need none of 1.0.0's escaping).
CONTENT_TYPE = CONTENT_TYPE_PLAIN_0_0_4
_LIVE_FILE = re.compile(r"^gauge_live\w*?_(\d+)\.db$")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def prune_dead_processes(path: str) -> list[int]:
    """Drop the per-process gauges of processes that died without cleaning up (SIGKILL, OOM); returns their pids.

    The directory is per host (one pid namespace), so a pid that does not exist here is dead.
    """
    dead = set()
    for name in os.listdir(path):
        match = _LIVE_FILE.match(name)
        if match and not _alive(int(match.group(1))):
            dead.add(int(match.group(1)))
    for pid in dead:
        process_gone(pid)
    return sorted(dead)


class _Union:
    def __init__(self, collectors: Iterable[Collector]) -> None:
        self.collectors = list(collectors)

    def collect(self) -> Iterator[Metric]:
        for collector in self.collectors:
            yield from collector.collect()


def render(extra: Iterable[Collector] = ()) -> bytes:
    """The exposition text: every process of the host when ``PROMETHEUS_MULTIPROC_DIR`` is set, else this one;
    then ``extra`` (collectors computed now, e.g. queue depths from the database)."""
    if MULTIPROC_DIR:
        prune_dead_processes(MULTIPROC_DIR)
        base: Collector = MultiProcessCollector(None, path=MULTIPROC_DIR)  # type: ignore[no-untyped-call]
    else:
        base = REGISTRY
    return generate_latest(_Union([base, *extra]))
