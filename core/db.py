"""Database calls from an event loop over one persistent connection per server process.

Channels' ``database_sync_to_async`` runs each call on the process's one database thread and, with
``CONN_MAX_AGE=0`` (this project's default: Django's HTTP request threads under ASGI would leak
persistent connections), opens and closes a connection around every call. The live room calls the
database for every chat line and every connect, and the reconnect cost more than the queries: on
PostgreSQL a host line took 17 ms, 9 ms over a kept connection (``bench/ingest.py``). This wrapper runs
on the same single thread and keeps that thread's connection between calls, so a Daphne process holds
one connection for its live rooms. A connection is closed, and the next call opens a fresh one, when a
call broke it (an error left it unusable), left a transaction open, or changed autocommit.
"""

import asyncio
from collections.abc import Callable
from typing import Any

from asgiref.sync import SyncToAsync
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper


def connection_keep_or_close(connection: BaseDatabaseWrapper) -> None:
    """After a call: keep a healthy connection for the next call on this thread, close a broken one."""
    if connection.connection is None:
        return
    if (
        connection.in_atomic_block
        or connection.get_autocommit() != connection.settings_dict["AUTOCOMMIT"]
        or (connection.errors_occurred and not connection.is_usable())
    ):
        connection.close()
        return
    connection.errors_occurred = False
    # Not obsolete by age: channels' own close_old_connections() on this thread (the auth middleware's
    # user lookup) then keeps it too, and only closes it when it is unusable.
    connection.close_at = None


class PersistentDatabaseSyncToAsync(SyncToAsync[Any, Any]):
    """``sync_to_async`` on the process's database thread that keeps the thread's connection open."""

    def thread_handler(self, loop: asyncio.AbstractEventLoop, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().thread_handler(loop, *args, **kwargs)  # type: ignore[no-untyped-call]
        finally:
            for connection in connections.all(initialized_only=True):
                connection_keep_or_close(connection)


def persistent_database_sync_to_async(func: Callable[..., Any]) -> PersistentDatabaseSyncToAsync:
    """Wrap ``func`` (ORM work) for ``await`` from a consumer or the fan-out hub; see the module docstring."""
    return PersistentDatabaseSyncToAsync(func, thread_sensitive=True)
