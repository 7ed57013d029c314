"""Opening a room socket without a database trip per connect: the admission token and the batched room read."""

import asyncio
from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import signing
from django.utils import timezone

from accounts.models import CustomerProfile
from studio import room_open
from studio.access import Viewer
from tests.factories import make_customer

pytestmark = pytest.mark.django_db


def _viewer(user) -> Viewer:
    profile = CustomerProfile.objects.get(user=user)
    return Viewer(user.pk, user.username, "customer", profile)


def test_token_names_the_viewer_for_its_session_user_and_browser():
    user = make_customer("tok-a", level="C4")
    token = room_open.admission_token_issue(session_id=7, viewer=_viewer(user), session_key="browser-1")

    viewer = room_open.admission_token_viewer(token, session_id=7, user=user, session_key="browser-1")

    assert (viewer.user_id, viewer.role, viewer.name) == (user.pk, "customer", "tok-a")
    assert viewer.profile.risk_level == "C4"
    assert viewer.suitability_key == _viewer(user).suitability_key


@pytest.mark.parametrize(
    "session_id, who, session_key",
    [
        (8, "owner", "browser-1"),  # another room
        (7, "other", "browser-1"),  # another user's cookie
        (7, "owner", "browser-2"),  # the token copied to another browser
        (7, "guest", "browser-1"),  # signed out
    ],
)
def test_token_admits_nobody_else(session_id, who, session_key):
    owner, other = make_customer("tok-b"), make_customer("tok-c")
    token = room_open.admission_token_issue(session_id=7, viewer=_viewer(owner), session_key="browser-1")
    user = {"owner": owner, "other": other, "guest": AnonymousUser()}[who]

    assert (
        room_open.admission_token_viewer(token, session_id=session_id, user=user, session_key=session_key)
        is None
    )


def test_token_expires_and_a_forged_one_is_refused():
    user = make_customer("tok-d")
    token = room_open.admission_token_issue(session_id=7, viewer=_viewer(user), session_key="k")
    later = timezone.now() + timedelta(seconds=room_open.ADMISSION_TOKEN_SECONDS + 5)
    with mock.patch("django.core.signing.time.time", return_value=later.timestamp()):
        assert room_open.admission_token_viewer(token, session_id=7, user=user, session_key="k") is None
    forged = signing.dumps({"s": 7, "u": user.pk, "r": "officer", "n": "x", "k": "", "p": None}, salt="other")
    assert room_open.admission_token_viewer(forged, session_id=7, user=user, session_key="k") is None
    assert (
        room_open.admission_token_viewer(token[:-2] + "xx", session_id=7, user=user, session_key="k") is None
    )


async def test_a_burst_of_reads_shares_few_database_reads_never_older_than_the_caller():
    started: list[int] = []
    release = asyncio.Event()

    async def reader(session_id: int) -> int:
        started.append(session_id)
        number = len(started)  # which read this is, counted when it started
        await release.wait()
        return number

    reads = room_open.RoomReads(reader)
    first = asyncio.ensure_future(reads.read(1))
    await asyncio.sleep(0)
    # These arrive while the first read runs: they must not take its (older) answer; they share the next.
    later = [asyncio.ensure_future(reads.read(1)) for _ in range(50)]
    other_room = asyncio.ensure_future(reads.read(2))
    await asyncio.sleep(0)
    release.set()
    results = await asyncio.gather(first, *later, other_room)

    assert results[0] == 1
    assert set(results[1:51]) == {3}  # one shared read, started after room 2's
    assert results[51] == 2
    assert reads.reads == 3


async def test_a_failed_read_fails_its_callers_and_the_next_read_runs_again():
    calls = 0

    async def reader(session_id: int) -> str:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0)
        if calls == 1:
            raise ConnectionError("database away")
        return "ok"

    reads = room_open.RoomReads(reader)
    with pytest.raises(ConnectionError):
        await reads.read(1)
    assert await reads.read(1) == "ok"


async def test_a_followed_room_reuses_a_fresh_read_until_an_event_invalidates_it():
    counter = 0

    async def reader(session_id: int) -> int:
        nonlocal counter
        counter += 1
        await asyncio.sleep(0)
        return counter

    reads = room_open.RoomReads(reader)
    assert await reads.read(1) == 1
    assert await reads.read(1, reuse=True) == 1  # within REUSE_SECONDS, nothing changed
    assert await reads.read(1) == 2  # a process that does not follow the room always reads
    reads.invalidate(1)  # e.g. the room became invite-only (room.admission) or its state changed
    assert await reads.read(1, reuse=True) == 3
    with mock.patch.object(room_open, "REUSE_SECONDS", 0.0):
        assert await reads.read(1, reuse=True) == 4  # too old


async def test_an_invalidation_during_a_read_keeps_that_read_from_being_reused():
    release = asyncio.Event()
    counter = 0

    async def reader(session_id: int) -> int:
        nonlocal counter
        counter += 1
        number = counter
        await release.wait()
        return number

    reads = room_open.RoomReads(reader)
    pending = asyncio.ensure_future(reads.read(1))
    await asyncio.sleep(0)
    reads.invalidate(1)  # the room changed while the read was running: its answer may be the old one
    release.set()
    assert await pending == 1
    assert await reads.read(1, reuse=True) == 2
