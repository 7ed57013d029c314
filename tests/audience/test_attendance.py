"""Attendance: visits recorded by the live room's consumer, the 10-second sampler across server processes,
the sweep of a vanished process, and the figures computed from visits (unique, watch time, exact peak)."""

import asyncio
from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.utils import timezone

from audience.models import ConcurrencySample, Visit
from audience.selectors import session_analytics
from audience.services.attendance import (
    attendance_join,
    attendance_leave,
    attendance_record_batch,
    concurrency_sample,
    live_processes,
)
from audience.tasks import concurrency_sample_task
from studio.services.sessions import session_end
from tests.factories import make_customer

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

db = database_sync_to_async


@db
def _visits(session_id, **filters) -> list[Visit]:
    return list(Visit.objects.filter(session_id=session_id, **filters).order_by("id"))


async def _visits_when(session_id, count: int) -> list[Visit] | None:
    visits = await _visits(session_id)
    return visits if len(visits) == count else None


async def _until(predicate, timeout: float = 10.0):
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        value = await predicate()
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.1)


async def test_the_sampler_counts_each_viewer_once_across_two_server_processes(
    live_session, rm, two_processes, room, celery_worker
):
    process_a, process_b = two_processes
    alice = await db(make_customer)("alice", level="C3")
    bob = await db(make_customer)("bob", level="C5")
    await room(live_session.pk, rm, app=process_a)  # the host is not audience
    alice_ws = await room(live_session.pk, alice, app=process_a)
    await room(live_session.pk, bob, app=process_a)
    await room(live_session.pk, bob, app=process_b)  # bob's second device, on the other process
    await room(live_session.pk, app=process_b)  # a guest

    # Joins are buffered per process and written in one transaction a moment later.
    visits = await _until(lambda: _visits_when(live_session.pk, 5))
    assert sorted(v.role for v in visits) == ["customer", "customer", "customer", "guest", "owner"]
    assert {v.viewer_key for v in visits if v.user_id == bob.pk} == {f"u:{bob.pk}"}
    assert len({v.process for v in visits}) == 2, "each process records its own key"
    assert all(v.left_at is None for v in visits)

    # The beat task, run by a real worker process: 3 viewers (alice, bob, the guest) on 4 audience sockets.
    result = await asyncio.to_thread(lambda: concurrency_sample_task.delay().get(timeout=30))
    assert result == {str(live_session.pk): 3}
    sample = await db(lambda: ConcurrencySample.objects.get(session=live_session))()
    assert (sample.viewers, sample.sockets) == (3, 4)

    # A second run in the same tick (a retried task, a second beat) adds no sample.
    tick = sample.at + timedelta(seconds=3)
    assert await db(concurrency_sample)(now=tick) == {live_session.pk: 3}
    assert await db(ConcurrencySample.objects.filter(session=live_session).count)() == 1

    await alice_ws.close()
    await _until(lambda: _visits(live_session.pk, user=alice, left_at__isnull=False))
    assert await db(concurrency_sample)(now=sample.at + timedelta(seconds=10)) == {live_session.pk: 2}
    assert await db(
        lambda: list(
            ConcurrencySample.objects.filter(session=live_session)
            .order_by("bucket")
            .values_list("viewers", flat=True)
        )
    )() == [3, 2]


async def test_a_process_that_vanished_has_its_visits_closed_by_the_sampler(
    live_session, two_processes, room
):
    alice = await db(make_customer)("alice", level="C3")
    await room(live_session.pk, alice, app=two_processes[0])
    # Presence entries appear once the hub has ticked (every 2 s).
    await _until(lambda: db(live_processes)(live_session.pk), timeout=8)
    long_ago = timezone.now() - timedelta(minutes=5)
    ghost = await db(attendance_join)(
        session_id=live_session.pk,
        viewer_key="u:999999",
        user_id=None,
        role="customer",
        process="gone-host:1234:dead",
        at=long_ago,
    )
    fresh = await db(attendance_join)(
        session_id=live_session.pk,
        viewer_key="g:fresh",
        user_id=None,
        role="guest",
        process="starting-host:1:new",
    )

    assert await db(concurrency_sample)() == {live_session.pk: 2}  # alice and the fresh guest
    [closed] = await _visits(live_session.pk, closed_by_sweep=True)
    assert closed.pk == ghost and closed.left_at is not None
    open_ids = {v.pk for v in await _visits(live_session.pk, left_at__isnull=True)}
    assert fresh in open_ids, "a visit younger than the sweep age is never closed"


@pytest.mark.django_db
def test_a_batch_records_a_socket_that_came_and_went_and_is_idempotent(live_session):
    start = timezone.now()
    joins = [
        {
            "session_id": live_session.pk,
            "viewer_key": "g:a",
            "user_id": None,
            "role": "guest",
            "process": "p:1",
            "token": "t-a",
            "at": start,
        },
        {
            "session_id": live_session.pk,
            "viewer_key": "g:b",
            "user_id": None,
            "role": "guest",
            "process": "p:1",
            "token": "t-b",
            "at": start,
        },
    ]
    leaves = [("t-a", start + timedelta(seconds=5)), ("t-unknown", start)]
    attendance_record_batch(joins=joins, leaves=leaves)
    attendance_record_batch(joins=joins, leaves=[("t-a", start + timedelta(minutes=9))])  # a retry
    visits = {v.token: v for v in Visit.objects.filter(session=live_session)}
    assert set(visits) == {"t-a", "t-b"}
    assert visits["t-a"].left_at == start + timedelta(seconds=5) and visits["t-b"].left_at is None
    # A leave stamped before its join (clock skew between processes) never makes a negative stay.
    attendance_record_batch(joins=[], leaves=[("t-b", start - timedelta(seconds=3))])
    assert Visit.objects.get(token="t-b").left_at == start


@pytest.mark.django_db
def test_a_storm_of_leaves_closes_each_visit_at_its_own_time(live_session):
    """More leaves than one statement takes (``_LEAVE_ROWS_PER_STATEMENT``), each with its own time; a visit
    already closed keeps its time, and a token that left twice in a batch closes at its last leave."""
    start = timezone.now().replace(microsecond=0)
    count = 1_201
    joins = [
        {
            "session_id": live_session.pk,
            "viewer_key": f"g:{i}",
            "user_id": None,
            "role": "guest",
            "process": "p:1",
            "token": f"s-{i}",
            "at": start,
        }
        for i in range(count)
    ]
    attendance_record_batch(joins=joins, leaves=[("s-0", start + timedelta(seconds=1))])
    leaves = [(f"s-{i}", start + timedelta(seconds=10, milliseconds=i)) for i in range(count)]
    leaves.append(("s-7", start + timedelta(minutes=3)))
    attendance_record_batch(joins=[], leaves=leaves)

    left = dict(Visit.objects.filter(session=live_session).values_list("token", "left_at"))
    assert len(left) == count
    assert left["s-0"] == start + timedelta(seconds=1)  # closed before: unchanged
    assert left["s-7"] == start + timedelta(minutes=3)
    for i in (1, 499, 500, 501, 1_000, 1_200):
        assert left[f"s-{i}"] == start + timedelta(seconds=10, milliseconds=i)


async def test_leaving_twice_or_after_the_sweep_changes_nothing(live_session):
    visit_id = await db(attendance_join)(
        session_id=live_session.pk, viewer_key="g:x", user_id=None, role="guest"
    )
    assert await db(attendance_leave)(visit_id=visit_id) is True
    [first] = await _visits(live_session.pk)
    assert await db(attendance_leave)(visit_id=visit_id) is False
    [again] = await _visits(live_session.pk)
    assert again.left_at == first.left_at


async def test_ending_the_session_closes_lingering_visits_at_the_end(live_session, rm):
    await db(attendance_join)(session_id=live_session.pk, viewer_key="g:linger", user_id=None, role="guest")
    ended = await db(session_end)(session=live_session, actor=rm)
    await db(concurrency_sample)()
    [visit] = await _visits(live_session.pk)
    assert visit.left_at == ended.ended_at


@pytest.mark.django_db
def test_watch_time_unique_viewers_and_the_exact_peak(live_session, rm):
    start = live_session.started_at
    at = lambda minutes: start + timedelta(minutes=minutes)  # noqa: E731

    def stay(key, user, role, joined, left):
        visit_id = attendance_join(
            session_id=live_session.pk, viewer_key=key, user_id=user, role=role, at=at(joined)
        )
        if left is not None:
            attendance_leave(visit_id=visit_id, at=at(left))

    alice = make_customer("alice")
    stay(f"u:{alice.pk}", alice.pk, "customer", 1, 11)  # two devices, overlapping: 1..16 = 15 minutes
    stay(f"u:{alice.pk}", alice.pk, "customer", 6, 16)
    stay("g:guest", None, "guest", 3, 5)  # 2 minutes
    stay("g:late", None, "guest", 20, None)  # still there at minute 30: 10 minutes
    stay(f"u:{rm.pk}", rm.pk, "owner", 0, None)  # the host is not audience

    figures = session_analytics(session=live_session, now=at(30))["attendance"]
    assert figures["unique_viewers"] == 3
    assert (figures["signed_in_viewers"], figures["guest_viewers"]) == (1, 2)
    assert figures["visits"] == 4
    assert figures["watch_time_seconds"] == (15 + 2 + 10) * 60
    assert figures["average_watch_seconds"] == 9 * 60
    # Three sockets were open at minute 6..11 but only two viewers (alice twice): the peak counts viewers.
    assert figures["peak_concurrent"] == 2
    assert figures["peak_at"] == at(3).isoformat()
