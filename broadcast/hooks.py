"""Callbacks other apps register at start-up (in their ``AppConfig.ready``) to react to the ingest.

The recordings app registers ``record_done`` here instead of broadcast importing it: dependencies
point one way, and a hook failure is logged, never an answer the ingest would act on.
"""

import logging
from collections.abc import Callable

logger = logging.getLogger(__name__)

_record_done: list[Callable] = []


def record_done_register(hook: Callable) -> None:
    """``hook(event)`` runs after commit for every ``IngestEvent`` of kind ``record_done``."""
    if hook not in _record_done:
        _record_done.append(hook)


def record_done_notify(event) -> None:
    for hook in list(_record_done):
        try:
            hook(event)
        except Exception:  # a consumer's failure must not fail the ingest's callback
            logger.exception("record_done hook %r failed for ingest event %s", hook, event.pk)
