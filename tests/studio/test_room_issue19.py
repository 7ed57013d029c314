"""The live room's issue-19 behaviour over real sockets: the snapshot's shelf and reaction counts, messages in
the viewer's language, typed answers (checked like any host line), dismiss and merge, no upvote of one's own
question, a held line removed by an officer, and a viewer count without the host."""

import pytest
from channels.db import database_sync_to_async

from studio.models import ChatMessage, MessageStatus, Question
from studio.services.room import chat_release, chat_remove, room_slow_mode_set, user_mute
from tests.factories import make_compliance_officer, make_customer

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

db = database_sync_to_async


@db
def _customer(name: str, level: str | None = "C3", assessed_days_ago: int = 10):
    return make_customer(name, level=level, assessed_days_ago=assessed_days_ago)


async def _ask(viewer, text: str, ref: str) -> int:
    await viewer.send({"type": "qa.ask", "text": text, "ref": ref})
    ack = await viewer.ack(ref)
    assert ack["type"] == "ack", ack
    return ack["id"]


async def test_the_snapshot_carries_the_shelf_for_this_viewer_and_the_reaction_counts(
    live_session, rm, products, room
):
    host = await room(live_session.pk, rm)
    for ref, product in (("p2", products["r2"]), ("p4", products["r4"])):
        await host.send({"type": "card.push", "product_id": product.pk, "ref": ref})
        assert (await host.ack(ref))["type"] == "ack"
    reacting = await room(live_session.pk, await _customer("liker"))
    for kind in ("like", "like", "heart"):
        await reacting.send({"type": "reaction", "kind": kind})
    await reacting.next("reactions", timeout=4)  # counted (Redis) and sent once

    late = await room(live_session.pk, await _customer("late-c2", level="C2"))
    shelf = late.state["shelf"]
    assert [(f["card"]["product_id"], f["can_act"], f["reason_code"]) for f in shelf] == [
        (products["r4"].pk, False, "risk_above_tolerance"),
        (products["r2"].pk, True, "suitable"),
    ]
    assert late.state["reactions"] == {"like": 2, "heart": 1}
    guest = await room(live_session.pk)
    assert [f["reason_code"] for f in guest.state["shelf"]] == ["not_a_customer", "not_a_customer"]


async def test_the_viewer_count_leaves_out_the_host(live_session, rm, room):
    host = await room(live_session.pk, rm)
    assert host.state["viewers"] == 0
    await room(live_session.pk, await _customer("one"))
    await room(live_session.pk)
    while (await host.next("presence", timeout=6))["viewers"] != 2:
        pass
    second_host_tab = await room(live_session.pk, rm)
    assert second_host_tab.state["viewers"] == 2


async def test_errors_are_in_the_viewers_language(live_session, rm, room):
    frank = await _customer("frank-zh")
    zh = await room(live_session.pk, frank)
    await db(user_mute)(session_id=live_session.pk, actor=rm, user_id=frank.pk, minutes=10)
    await zh.next("user.muted")
    await zh.send({"type": "chat.send", "text": "还能说吗", "ref": "m"})
    error = await zh.ack("m")
    assert error["code"] == "muted" and error["message"] == "您已被禁言。", error

    await db(room_slow_mode_set)(session_id=live_session.pk, actor=rm, seconds=30)
    for name, language, expected in (("zoe", "zh-hans", "慢速模式"), ("emma", "en", "Slow mode")):
        user = await _customer(name)
        viewer = await room(live_session.pk, user, accept_language=language)
        await viewer.send({"type": "chat.send", "text": "第一句", "ref": "1"})
        assert (await viewer.ack("1"))["status"] == "published"
        await viewer.send({"type": "chat.send", "text": "第二句", "ref": "2"})
        error = await viewer.ack("2")
        assert error["code"] == "slow_mode" and expected in error["message"], error


async def test_nobody_upvotes_their_own_question(live_session, room):
    asker = await room(live_session.pk, await _customer("asker"))
    question_id = await _ask(asker, "R2可以提前赎回吗？", "q")
    await asker.send({"type": "qa.upvote", "question_id": question_id, "ref": "u"})
    error = await asker.ack("u")
    assert error["code"] == "own_question", error
    assert (await db(Question.objects.get)(pk=question_id)).upvotes == 0


async def test_the_host_answers_in_words_checked_like_any_host_line(live_session, rm, room):
    host = await room(live_session.pk, rm)
    asker = await room(live_session.pk, await _customer("asker2"))
    question_id = await _ask(asker, "R2产品可以随时赎回吗？", "q")

    # A violating answer is rejected with the reason; nobody sees it and the question stays open.
    await host.send(
        {"type": "qa.answer", "question_id": question_id, "text": "可以，保本保息，闭眼买！", "ref": "bad"}
    )
    rejected = await host.ack("bad")
    assert rejected["status"] == "rejected" and rejected["reason"], rejected
    assert (await db(Question.objects.get)(pk=question_id)).answered_at is None

    await host.send(
        {
            "type": "qa.answer",
            "question_id": question_id,
            "text": "R2产品有90天持有期，期满后可以赎回。",
            "ref": "good",
        }
    )
    assert (await host.ack("good"))["status"] == "published"
    answered = await asker.next("qa.answered")
    assert answered["question_id"] == question_id and "期满后可以赎回" in answered["answer"]["text"]
    stored = await db(Question.objects.select_related("answer_line").get)(pk=question_id)
    assert stored.answered_at is not None and stored.answer_line.status == MessageStatus.PUBLISHED

    late = await room(live_session.pk, await _customer("late-reader"))
    [question] = late.state["questions"]
    assert question["answer"]["text"] == "R2产品有90天持有期，期满后可以赎回。"


async def test_a_held_answer_shows_once_an_officer_releases_it(live_session, rm, room):
    host = await room(live_session.pk, rm)
    asker = await room(live_session.pk, await _customer("asker3"))
    question_id = await _ask(asker, "哪款产品最好？", "q")
    await asker.next("qa.asked")
    await host.send(
        {"type": "qa.answer", "question_id": question_id, "text": "这是市场上最好的产品。", "ref": "h"}
    )
    assert (await host.ack("h"))["status"] == "held"
    assert await asker.nothing(0.5, ignore=("presence", "reactions", "chat.message"))

    officer = await db(make_compliance_officer)("officer-qa")
    line = await db(ChatMessage.objects.get)(session=live_session, text="这是市场上最好的产品。")
    await db(chat_release)(message_id=line.pk, officer=officer)
    answered = await asker.next("qa.answered")
    assert answered["answer"]["text"] == "这是市场上最好的产品。"


async def test_the_host_dismisses_and_merges_questions(live_session, rm, room):
    host = await room(live_session.pk, rm)
    one, two = (
        await room(live_session.pk, await _customer("q-one")),
        await room(live_session.pk, await _customer("q-two")),
    )
    kept = await _ask(one, "R2能随时赎回吗？", "a")
    duplicate = await _ask(two, "R2产品可以随时赎回吗", "b")
    off_topic = await _ask(two, "今天天气怎么样", "c")
    await one.send({"type": "qa.upvote", "question_id": duplicate, "ref": "v"})
    assert (await one.ack("v"))["upvotes"] == 1

    await one.send({"type": "qa.dismiss", "question_id": off_topic, "ref": "x"})
    assert (await one.ack("x"))["code"] == "forbidden"
    await host.send({"type": "qa.dismiss", "question_id": off_topic, "ref": "d"})
    assert (await host.ack("d"))["type"] == "ack"
    assert (await two.next("qa.dismissed"))["question_id"] == off_topic

    await host.send({"type": "qa.merge", "question_id": duplicate, "into_id": kept, "ref": "m"})
    assert (await host.ack("m"))["type"] == "ack"
    merged = await one.next("qa.merged")
    assert merged == {"type": "qa.merged", "question_id": duplicate, "into": kept, "upvotes": 1}
    await host.send({"type": "qa.merge", "question_id": kept, "into_id": kept, "ref": "self"})
    assert (await host.ack("self"))["code"] == "invalid_state"

    late = await room(live_session.pk, await _customer("q-late"))
    assert [(q["id"], q["upvotes"]) for q in late.state["questions"]] == [(kept, 1)]


async def test_a_held_host_line_an_officer_removed_is_reported_to_the_host(live_session, rm, room):
    host = await room(live_session.pk, rm)
    await host.send({"type": "chat.send", "text": "这是市场上最好的产品。", "ref": "h"})
    held = await host.ack("h")
    assert held["status"] == "held"
    officer = await db(make_compliance_officer)("officer-rm")
    await db(chat_remove)(session_id=live_session.pk, actor=officer, message_id=held["id"])
    removed = await host.next("chat.removed")
    assert removed == {"type": "chat.removed", "id": held["id"], "by": "officer"}
