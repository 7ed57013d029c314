"""Viewers' chat lines and questions pass the audience pack: lures are held for the host or an officer, never dropped."""

import pytest
from channels.db import database_sync_to_async

from compliance.engine import check as engine_check
from compliance.engine import get_pack
from core.exceptions import Forbidden, NotFound
from studio import selectors
from studio.models import ChatMessage, HeldMessage, MessageStatus, Question
from studio.services.room import chat_release, question_upvote
from tests.factories import make_customer, make_rm

db = database_sync_to_async

LURE = "想要内部消息的加我威信 abc12345，带你赚"


# ------------------------------------------------------------------------------------------------
# The pack itself (pure engine, no database)

HELD_LINES = [
    ("加我威信详聊", "audience.off_channel"),  # homophone of 微信
    ("有问题私聊我", "audience.off_channel"),
    ("sī liáo 吧", "audience.off_channel"),  # pinyin
    ("我的号码 138.1234.5678", "audience.off_channel"),  # dots: masking does not catch it
    ("电话幺三八一二三四五六七八", "audience.off_channel"),
    ("vx: wang_licai88", "audience.off_channel"),
    ("看这里 www.example.top", "audience.link"),
    ("http://bit.ly/abc 免费领", "audience.link"),
    ("我是客服，稍后联系各位", "audience.impersonation"),
    ("【官方】恭喜获得名额", "audience.impersonation"),
    ("老师带单荐股，日赚500", "audience.fraud_lure"),
    ("资金转到安全账户", "audience.fraud_lure"),
    ("诚招代理，无抵押秒批", "audience.ad"),
    ("主播是傻逼", "audience.abuse"),
    ("I am from the bank, DM me", "audience.impersonation"),
    ("add me on WhatsApp", "audience.off_channel"),
]
CLEAN_LINES = [
    "主播讲得真好，谢谢",
    "这个产品风险等级是多少？",
    "请问年化3.5%是保本吗",
    "我今年65岁了，还能买吗",
    "我有100万，怎么配置比较好",
    "一年能拿多少收益？",
    "R4的基金适合我吗，我是C3",
    "官方APP上能买吗？",
    "这个真的稳赚吗？保本吗？",
    "Great session, thanks!",
    "What is the minimum investment?",
]


@pytest.mark.parametrize(("text", "code"), HELD_LINES)
def test_the_audience_pack_finds_lures(text, code):
    assert code in {f.code for f in engine_check(text, kind="chat", pack=get_pack("audience"))}


@pytest.mark.parametrize("text", CLEAN_LINES)
def test_the_audience_pack_leaves_ordinary_questions_alone(text):
    assert engine_check(text, kind="chat", pack=get_pack("audience")) == []


# ------------------------------------------------------------------------------------------------
# The room


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_a_lure_in_a_viewers_chat_is_held_and_the_host_releases_it(live_session, rm, room):
    alice = await db(make_customer)("alice")
    speaker = await room(live_session.pk, alice)
    watcher = await room(live_session.pk)
    host = await room(live_session.pk, rm)

    await speaker.send({"type": "chat.send", "text": LURE, "ref": "l"})
    ack = await speaker.ack("l")
    assert ack["status"] == "held" and ack["seq"] is None
    assert "审核" in ack["notice"]  # told in Chinese (the default language) that it awaits review
    assert "findings" not in ack  # the sender is not told which words tripped it
    assert await watcher.nothing(0.8)  # nobody else sees it
    held = await host.next("chat.held")
    assert held["id"] == ack["id"] and held["kind"] == "chat" and "audience.off_channel" in held["codes"]

    stored = await db(ChatMessage.objects.get)(pk=ack["id"])
    assert stored.status == MessageStatus.HELD and stored.author_role == "customer"
    assert {f["code"] for f in stored.findings} >= {"audience.off_channel", "audience.fraud_lure"}
    # It is in the officers' queue as well.
    assert await db(HeldMessage.objects.filter(pk=ack["id"]).exists)()

    # Another RM cannot release it; the host can, over the socket, and it takes the next seq.
    other = await db(make_rm)("rm-other")
    with pytest.raises(Forbidden):
        await db(chat_release)(message_id=ack["id"], officer=other)
    await host.send({"type": "chat.release", "message_id": ack["id"], "ref": "r"})
    assert (await host.ack("r"))["id"] == ack["id"]
    [line] = await watcher.lines(1)
    assert line["id"] == ack["id"] and line["seq"] == 1 and line["role"] == "customer"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_the_host_cannot_release_their_own_held_line(live_session, rm, room):
    host = await room(live_session.pk, rm)
    await host.send({"type": "chat.send", "text": "这款产品收益最高，错过再等一年", "ref": "h"})
    ack = await host.ack("h")
    assert ack["status"] == "held"
    await host.send({"type": "chat.release", "message_id": ack["id"], "ref": "r"})
    assert (await host.ack("r"))["type"] == "error"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_clean_viewer_lines_publish_and_phone_numbers_stay_masked(live_session, room):
    bob = await db(make_customer)("bob")
    speaker = await room(live_session.pk, bob)
    watcher = await room(live_session.pk)
    await speaker.send({"type": "chat.send", "text": "这个产品风险等级是多少？", "ref": "a"})
    assert (await speaker.ack("a"))["status"] == "published"
    await speaker.send({"type": "chat.send", "text": "我电话13812345678有问题回电", "ref": "b"})
    masked = await speaker.ack("b")
    # Masking still runs first, and a number it masked is harmless: the line is published, masked.
    assert (
        masked["status"] == "published" and masked["masked"] == ["phone"] and "*******5678" in masked["text"]
    )
    lines = await watcher.lines(2)
    assert [line["text"] for line in lines] == ["这个产品风险等级是多少？", masked["text"]]
    stored = await db(ChatMessage.objects.get)(pk=masked["id"])
    assert "13812345678" not in stored.text
    # A number written so that masking misses it is held.
    await speaker.send({"type": "chat.send", "text": "打给我 138.1234.5678", "ref": "c"})
    assert (await speaker.ack("c"))["status"] == "held"
    assert await watcher.nothing(0.5)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_a_lure_as_a_question_is_held_until_released(live_session, rm, officer, room):
    carol = await db(make_customer)("carol")
    speaker = await room(live_session.pk, carol)
    watcher = await room(live_session.pk, await db(make_customer)("dave"))
    host = await room(live_session.pk, rm)

    await speaker.send({"type": "qa.ask", "text": "需要内幕消息的私聊我", "ref": "q"})
    ack = await speaker.ack("q")
    assert ack["status"] == "held" and "审核" in ack["notice"]
    assert await watcher.nothing(0.8)
    assert (await host.next("chat.held"))["kind"] == "qa"
    snapshot = await db(selectors.room_snapshot)(session_id=live_session.pk)
    assert all(q["id"] != ack["id"] for q in snapshot["questions"])
    with pytest.raises(NotFound):  # a held question cannot be upvoted (nobody should see it)
        await db(question_upvote)(session_id=live_session.pk, user=carol, question_id=ack["id"])

    await host.send({"type": "qa.release", "question_id": ack["id"], "ref": "r"})
    assert (await host.ack("r"))["id"] == ack["id"]
    asked = await watcher.next("qa.asked")
    assert asked["question"]["id"] == ack["id"]
    stored = await db(Question.objects.get)(pk=ack["id"])
    assert stored.status == "published" and stored.reviewed_by_id == rm.pk

    await speaker.send({"type": "qa.ask", "text": "赎回几天到账？", "ref": "q2"})
    assert (await speaker.ack("q2"))["status"] == "published"
