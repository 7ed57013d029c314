"""Follow-ups to issue 19 over real sockets: the room's mutes are in the snapshot (a reloaded console still
knows who is muted, a reloaded muted viewer that they are), and a removed answer line leaves its question live
for everyone and stays gone in the snapshot."""

from datetime import datetime, timedelta

import pytest
from channels.db import database_sync_to_async
from django.utils import timezone

from studio import selectors
from studio.access import Viewer
from studio.models import Question, RoomMute
from studio.services.room import user_mute
from tests.factories import make_customer

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

db = database_sync_to_async


@db
def _customer(name: str):
    return make_customer(name, level="C3", assessed_days_ago=10)


async def test_a_reconnect_still_knows_the_mutes_the_host_all_of_them_a_muted_viewer_its_own(
    live_session, rm, room
):
    frank, grace = await _customer("frank-m"), await _customer("grace-m")
    host = await room(live_session.pk, rm)
    assert host.state["muted_users"] == []
    await host.send({"type": "user.mute", "user_id": frank.pk, "minutes": 10, "ref": "m"})
    until = (await host.ack("m"))["until"]

    # Reconnects right after the mute (the room's read is reused for a second unless the mute invalidated it).
    reloaded_host = await room(live_session.pk, rm)
    assert reloaded_host.state["muted_users"] == [{"user_id": frank.pk, "until": until}]
    muted = await room(live_session.pk, frank)
    assert muted.state["muted_until"] == until and "muted_users" not in muted.state
    other = await room(live_session.pk, grace)
    assert "muted_until" not in other.state and "muted_users" not in other.state
    guest = await room(live_session.pk)
    assert "muted_users" not in guest.state and "mutes" not in guest.state

    # Lifted: the next connects say so.
    await host.send({"type": "user.mute", "user_id": frank.pk, "minutes": 0, "ref": "u"})
    assert (await host.ack("u"))["until"] is None
    assert (await room(live_session.pk, rm)).state["muted_users"] == []
    assert "muted_until" not in (await room(live_session.pk, frank)).state


async def test_a_mute_that_ran_out_is_not_in_the_snapshot(live_session, rm):
    frank = await _customer("frank-out")
    await db(user_mute)(session_id=live_session.pk, actor=rm, user_id=frank.pk, minutes=5)
    snapshot = await db(selectors.room_snapshot)(session_id=live_session.pk, shelf=False)
    [(user_id, until)] = snapshot["mutes"].items()
    assert user_id == frank.pk
    host = Viewer(rm.pk, "rm", "owner", None)
    muted = Viewer(frank.pk, "frank", "customer", None)
    now = timezone.now()
    assert selectors.snapshot_for_viewer(snapshot, host, now=now)["muted_users"] == [
        {"user_id": frank.pk, "until": until}
    ]
    assert selectors.snapshot_for_viewer(snapshot, muted, now=now)["muted_until"] == until
    later = datetime.fromisoformat(until) + timedelta(seconds=1)
    assert selectors.snapshot_for_viewer(snapshot, host, now=later)["muted_users"] == []
    assert "muted_until" not in selectors.snapshot_for_viewer(snapshot, muted, now=later)
    # Read after it ended, the room has no mute at all.
    await db(RoomMute.objects.filter(user=frank).update)(until=now - timedelta(seconds=1))
    assert (await db(selectors.room_snapshot)(session_id=live_session.pk, shelf=False))["mutes"] == {}


async def test_a_removed_answer_line_leaves_its_question_live_and_after_a_reload(live_session, rm, room):
    host = await room(live_session.pk, rm)
    asker = await room(live_session.pk, await _customer("asker-r"))
    watcher = await room(live_session.pk)
    await asker.send({"type": "qa.ask", "text": "R2产品可以随时赎回吗？", "ref": "q"})
    question_id = (await asker.ack("q"))["id"]
    answer = "R2产品有90天持有期，期满后可以赎回。"
    await host.send({"type": "qa.answer", "question_id": question_id, "text": answer, "ref": "a"})
    line_id = (await host.ack("a"))["id"]
    assert (await watcher.next("qa.answered"))["answer"]["id"] == line_id
    assert (await room(live_session.pk)).state["questions"][0]["answer"]["text"] == answer

    await host.send({"type": "chat.remove", "message_id": line_id, "ref": "r"})
    assert (await host.ack("r"))["id"] == line_id
    for viewer in (watcher, asker, host):
        assert (await viewer.next("qa.answer_removed")) == {
            "type": "qa.answer_removed",
            "question_id": question_id,
            "answer_id": line_id,
        }
    [question] = (await room(live_session.pk)).state["questions"]
    assert question["id"] == question_id and question["answer"] is None
    # On record: the question keeps its answer line (removed, not deleted).
    stored = await db(Question.objects.select_related("answer_line").get)(pk=question_id)
    assert stored.answer_line_id == line_id and stored.answer_line.removed_at is not None


async def test_removing_a_line_that_answers_nothing_sends_no_answer_frame(live_session, rm, room):
    host = await room(live_session.pk, rm)
    watcher = await room(live_session.pk)
    await host.send({"type": "chat.send", "text": "欢迎大家来到直播间。", "ref": "l"})
    line_id = (await host.ack("l"))["id"]
    await host.send({"type": "chat.remove", "message_id": line_id, "ref": "r"})
    await host.ack("r")
    assert (await watcher.next("chat.removed"))["id"] == line_id
    assert await watcher.nothing(timeout=0.5, ignore=("presence", "reactions", "chat.message", "chat.batch"))
