"""The host's chat lines pass the compliance engine inline, before anyone else can see them."""

import pytest
from channels.db import database_sync_to_async
from django.test import Client

from core.exceptions import Forbidden
from studio.models import ChatMessage, HeldMessage, MessageStatus
from studio.services.room import chat_release
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

db = database_sync_to_async

CLEAN = "欢迎大家来到直播间，今天我们聊聊理财产品的风险等级。"
BLOCKED = "这款R2产品保本保收益，稳赚不赔！"
HELD = "这款产品收益最高，错过再等一年"


async def test_a_clean_host_line_is_published(live_session, rm, room):
    host = await room(live_session.pk, rm)
    viewer = await room(live_session.pk)
    await host.send({"type": "chat.send", "text": CLEAN, "ref": "c"})
    ack = await host.ack("c")
    assert ack["status"] == "published" and ack["seq"] == 1 and "findings" not in ack
    [line] = await viewer.lines(1)
    assert line["role"] == "rm" and line["text"] == CLEAN and line["author"] == "RM rm-a"


async def test_a_blocked_host_line_is_rejected_with_the_reason_to_the_host_only(live_session, rm, room):
    host = await room(live_session.pk, rm)
    viewer = await room(live_session.pk)
    await host.send({"type": "chat.send", "text": BLOCKED, "ref": "b"})
    ack = await host.ack("b")
    assert ack["status"] == "rejected" and ack["seq"] is None
    assert {f["code"] for f in ack["findings"]} >= {"promise.capital_guarantee"}
    assert ack["reason"] and ack["suggestion"]
    assert await viewer.nothing(0.8)  # never reaches the room
    [stored] = await db(lambda: list(ChatMessage.objects.filter(session=live_session)))()
    assert stored.status == MessageStatus.REJECTED and stored.seq is None and stored.text == BLOCKED
    assert any(f["severity"] == "block" for f in stored.findings)


async def test_a_held_host_line_reaches_viewers_only_after_an_officer_releases_it(
    live_session, rm, officer, room
):
    host = await room(live_session.pk, rm)
    viewer = await room(live_session.pk)
    await host.send({"type": "chat.send", "text": HELD, "ref": "h"})
    ack = await host.ack("h")
    assert ack["status"] == "held" and ack["seq"] is None
    assert {f["severity"] for f in ack["findings"]} == {"review"}
    assert await viewer.nothing(0.8)

    # It waits in the surveillance queue, across all live rooms.
    queued = await db(lambda: list(HeldMessage.objects.filter(status="held").values_list("pk", flat=True)))()
    assert queued == [ack["id"]]
    # The host cannot release it, and the author could never approve their own line.
    with pytest.raises(Forbidden):
        await db(chat_release)(message_id=ack["id"], officer=rm)

    # Released, it takes the next seq of the room (here the first) and is broadcast.
    released = await db(chat_release)(message_id=ack["id"], officer=officer)
    assert released.seq == 1 and released.reviewed_by_id == officer.pk
    [line] = await viewer.lines(1)
    assert (line["id"], line["seq"], line["text"]) == (ack["id"], 1, HELD)
    again = await db(chat_release)(message_id=ack["id"], officer=officer)  # idempotent
    assert again.seq == 1
    assert await viewer.nothing(0.5)


def _admin_client(user) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


async def test_officers_release_and_remove_from_the_admin_queue(live_session, rm, officer, room):
    host = await room(live_session.pk, rm)
    viewer = await room(live_session.pk)
    ids = []
    for n, text in enumerate([HELD, "限时抢购，最后额度，手慢无"]):
        await host.send({"type": "chat.send", "text": text, "ref": f"h{n}"})
        ack = await host.ack(f"h{n}")
        assert ack["status"] == "held"
        ids.append(ack["id"])

    @db
    def officer_acts():
        client = _admin_client(officer)
        url = "/admin/studio/heldmessage/"
        page = client.get(url)
        assert (
            page.status_code == 200 and f'data-id="{ids[0]}"' in page.content.decode()
        )  # listed (text highlighted)
        client.post(url, {"action": "release_lines", "_selected_action": [ids[0]]})
        client.post(url, {"action": "remove_lines", "_selected_action": [ids[1]]})
        # A customer (or the host) gets no queue.
        assert _admin_client(rm).get(url).status_code in (302, 403)

    await officer_acts()
    [line] = await viewer.lines(1)
    assert line["id"] == ids[0]
    assert await viewer.nothing(0.8)
    removed = await db(ChatMessage.objects.get)(pk=ids[1])
    assert removed.removed_at is not None and removed.status == MessageStatus.HELD and removed.seq is None
    assert removed.reviewed_by_id == officer.pk


async def test_a_phrase_split_across_two_host_lines_is_caught(live_session, rm, room):
    host = await room(live_session.pk, rm)
    viewer = await room(live_session.pk)
    await host.send({"type": "chat.send", "text": "这款产品保", "ref": "1"})
    assert (await host.ack("1"))["status"] == "published"
    await host.send({"type": "chat.send", "text": "本保收益", "ref": "2"})
    second = await host.ack("2")
    assert second["status"] == "rejected" and "promise.capital_guarantee" in {
        f["code"] for f in second["findings"]
    }
    assert [line["text"] for line in await viewer.lines(1)] == ["这款产品保"]
    assert await viewer.nothing(0.5)
