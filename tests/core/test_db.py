"""The live room's database thread keeps one connection between calls, and replaces a broken one."""

import pytest
from channels.db import database_sync_to_async
from django.db import InterfaceError, OperationalError, connection, transaction

from core.db import persistent_database_sync_to_async
from tests.support.markers import requires_postgresql

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _raw_connection():
    """The DB-API connection this thread's ORM uses (held by the caller, so a new one never shares its id)."""
    from django.db import connection

    connection.ensure_connection()
    return connection.connection


def _backend_pid() -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


async def test_consecutive_calls_share_one_connection():
    first = await persistent_database_sync_to_async(_raw_connection)()
    second = await persistent_database_sync_to_async(_raw_connection)()
    assert second is first


async def test_channels_own_calls_on_the_thread_keep_it_too():
    # The auth middleware looks the user up through channels' database_sync_to_async, which closes
    # connections it finds obsolete; the kept one is not obsolete by age.
    first = await persistent_database_sync_to_async(_raw_connection)()
    await database_sync_to_async(lambda: None)()
    assert await persistent_database_sync_to_async(_raw_connection)() is first


async def test_a_call_that_leaves_autocommit_off_gets_a_fresh_connection_next_time():
    def autocommit_left_off():
        transaction.set_autocommit(False)
        return _raw_connection()

    left = await persistent_database_sync_to_async(autocommit_left_off)()
    after = await persistent_database_sync_to_async(_raw_connection)()
    assert after is not left
    assert await persistent_database_sync_to_async(transaction.get_autocommit)() is True


@requires_postgresql
async def test_a_connection_the_server_dropped_is_replaced_after_one_failed_call():
    pid = await persistent_database_sync_to_async(_backend_pid)()

    def terminate():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", [pid])

    await database_sync_to_async(terminate, thread_sensitive=False)()
    with pytest.raises((OperationalError, InterfaceError)):
        await persistent_database_sync_to_async(_backend_pid)()
    replacement = await persistent_database_sync_to_async(_backend_pid)()
    assert replacement != pid
    assert await persistent_database_sync_to_async(_backend_pid)() == replacement
