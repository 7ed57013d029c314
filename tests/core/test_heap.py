"""A server process's collector settings (``core.heap``): start-up heap frozen, warm-up frozen once."""

import gc

import pytest

from core import heap


@pytest.fixture
def fresh_heap_state(monkeypatch):
    monkeypatch.setattr(heap, "_state", {"tuned": False, "warm": False})
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


def test_warm_up_freezes_nothing_outside_a_tuned_server_process(fresh_heap_state):
    gc.unfreeze()
    heap.server_heap_warm()
    assert gc.get_freeze_count() == 0


def test_a_server_process_freezes_its_start_up_heap_and_its_warm_up_once(fresh_heap_state):
    gc.unfreeze()
    heap.server_heap_tune()
    assert gc.get_threshold() == (heap.GEN0_THRESHOLD, heap.GEN1_THRESHOLD, heap.GEN2_THRESHOLD)
    frozen = gc.get_freeze_count()
    assert frozen > 0
    built = [[index] for index in range(1000)]  # what a warm-up builds and keeps
    heap.server_heap_warm()
    assert gc.get_freeze_count() >= frozen + len(built)
    more = [[index] for index in range(1000)]
    heap.server_heap_warm()  # once only
    assert gc.get_freeze_count() < frozen + len(built) + len(more)
    assert gc.isenabled()  # young objects are still collected
