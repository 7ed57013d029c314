"""A Daphne process compiles its rule packs before it listens, so its first join storm does not share it."""

from unittest import mock

import pytest
from django.db import OperationalError

from compliance import screening
from studio import fanout

# The warm-up closes the thread's database connections, as a server process's start-up does: transactional.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def fresh_process(monkeypatch):
    monkeypatch.setattr(fanout, "_warm_up", {"task": None})
    monkeypatch.setattr(screening, "_compiled_cache", {})


def test_the_packs_are_compiled_before_serving_and_not_again_when_the_first_room_opens(fresh_process):
    assert fanout.process_warm_up_before_serving() is True
    assert screening._compiled_cache  # compiled in this thread, before any event loop runs

    with mock.patch.object(fanout.asyncio, "ensure_future") as background:
        fanout.process_warm_up()  # what the first room's open calls
    background.assert_not_called()
    assert fanout.process_warm_up_before_serving() is True  # idempotent


def test_a_failed_warm_up_before_serving_leaves_it_to_the_first_room(fresh_process):
    with mock.patch.object(fanout, "engine_warm", side_effect=OperationalError("database unreachable")):
        assert fanout.process_warm_up_before_serving() is False
    assert fanout._warm_up["task"] is None

    with mock.patch.object(fanout.asyncio, "ensure_future") as background:
        fanout.process_warm_up()
    background.assert_called_once()
    background.call_args.args[0].close()  # the coroutine it would have started
