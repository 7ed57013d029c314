"""Objects kept per event loop: a process's live-room helpers belong to the loop their tasks and clients run on."""

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def for_running_loop(registry: dict[Any, T], make: Callable[[], T]) -> T:
    """The object ``registry`` keeps for the running event loop, made with ``make()`` on first use.

    Entries of closed loops are dropped when a new one is made (tests run many loops in one process).
    """
    loop = asyncio.get_running_loop()
    value = registry.get(loop)
    if value is None:
        for stale in [other for other in registry if other.is_closed()]:
            del registry[stale]
        value = registry[loop] = make()
    return value
