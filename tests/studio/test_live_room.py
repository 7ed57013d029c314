"""The live room over WebSocket, end to end through the real ASGI stack and the Redis channel layer.

Each test opens real sockets (origin check, session-cookie auth, router, consumer, fan-out hub) and
asserts on the frames clients receive and on what the database stored.
"""

import asyncio
from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.utils import timezone

from studio.models import CardOpen, ChatMessage, LiveSession, MessageStatus, Question, RoomMute
from studio.services.room import chat_send, user_mute
from studio.services.sessions import session_update
from tests.factories import make_compliance_officer, make_customer, make_live, make_rm, make_session

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

db = database_sync_to_async


@db
def _customer(name: str, level: str | None = "C3", assessed_days_ago: int = 10):
    return make_customer(name, level=level, assessed_days_ago=assessed_days_ago)


@db
def _stored(**filters) -> list[ChatMessage]:
    return list(ChatMessage.objects.filter(**filters).order_by("id"))


# -- connecting ---------------------------------------------------------------------------------


async def test_a_customer_line_is_stored_with_a_seq_then_broadcast_to_every_viewer(live_session, room):
    alice = await _customer("alice")
    speaker = await room(live_session.pk, alice)
    watcher = await room(live_session.pk)  # a guest
    assert watcher.state["you"]["role"] == "guest" and watcher.state["state"] == "live"

    await speaker.send({"type": "chat.send", "text": "请问R2产品风险大吗？", "ref": "r1"})
    ack = await speaker.ack("r1")
    assert ack["type"] == "ack" and ack["status"] == "published" and ack["seq"] == 1

    [line] = await watcher.lines(1)
    assert line == {
        **line,
        "seq": 1,
        "id": ack["id"],
        "text": "请问R2产品风险大吗？",
        "role": "customer",
        "author": "alice",
        "author_id": alice.pk,
    }
    [stored] = await _stored(pk=ack["id"])
    assert stored.status == MessageStatus.PUBLISHED and stored.seq == 1 and stored.findings == []


async def test_who_may_open_the_room(rm, officer, products, room):
    draft = await db(make_session)(rm, products)
    stranger = await _customer("stranger")
    other_rm = await db(make_rm)("rm-other")
    # A draft is invisible to customers, other RMs and guests: the same close code as a missing session.
    assert await room(draft.pk, stranger, expect_ok=False) == 4403
    assert await room(draft.pk, other_rm, expect_ok=False) == 4403
    assert await room(draft.pk, expect_ok=False) == 4403
    assert await room(999_999, stranger, expect_ok=False) == 4403
    # Its host and compliance officers may open it (preview, surveillance).
    assert (await room(draft.pk, rm)).state["you"]["role"] == "owner"
    assert (await room(draft.pk, officer)).state["you"]["role"] == "officer"


async def test_a_foreign_origin_is_refused(live_session, room):
    await room(live_session.pk, origin=b"http://evil.example", expect_ok=False)


async def test_guests_and_invite_only_sessions(rm, officer, products, room):
    session = await db(
        lambda: make_live(
            make_session(rm, products, guests_can_watch=False, visibility="invite_only"), officer
        )
    )()
    customer = await _customer("invitee")
    assert await room(session.pk, customer, expect_ok=False) == 4403  # no invite code
    assert await room(session.pk, customer, query="?invite=wrong", expect_ok=False) == 4403
    viewer = await room(session.pk, customer, query=f"?invite={session.invite_code}")
    assert viewer.state["you"]["role"] == "customer"
    # Guests may not watch this one even with the code.
    assert await room(session.pk, query=f"?invite={session.invite_code}", expect_ok=False) == 4403


async def test_an_admitted_invitee_chats_asks_upvotes_and_opens_cards_in_an_invite_only_room(
    rm, officer, products, room
):
    session = await db(
        lambda: make_live(
            make_session(rm, products, guests_can_watch=False, visibility="invite_only"), officer
        )
    )()
    invitee = await _customer("invitee")
    speaker = await room(session.pk, invitee, query=f"?invite={session.invite_code}")
    watcher = await room(session.pk, await _customer("other_invitee"), query=f"?invite={session.invite_code}")
    await speaker.send({"type": "chat.send", "text": "请问起购金额是多少？", "ref": "c1"})
    ack = await speaker.ack("c1")
    assert ack["type"] == "ack" and ack["status"] == "published", ack
    assert [line["text"] for line in await watcher.lines(1)] == ["请问起购金额是多少？"]
    await speaker.send({"type": "qa.ask", "text": "赎回几天到账？", "ref": "q1"})
    asked = await speaker.ack("q1")
    assert asked["type"] == "ack", asked
    await watcher.send({"type": "qa.upvote", "question_id": asked["id"], "ref": "u1"})
    assert (await watcher.ack("u1"))["upvotes"] == 1
    host = await room(session.pk, rm)
    await host.send({"type": "card.push", "product_id": products["r2"].pk, "ref": "p"})
    card_id = (await host.ack("p"))["id"]
    assert (await speaker.next("card.pushed"))["card"]["id"] == card_id
    await speaker.send({"type": "card.open", "card_id": card_id, "ref": "o"})
    opened = await speaker.ack("o")
    assert opened["type"] == "ack" and opened["id"] == card_id, opened


# -- chat rules -------------------------------------------------------------------------------------


async def test_a_resent_ref_is_stored_and_broadcast_once(live_session, room):
    bob = await _customer("bob")
    speaker = await room(live_session.pk, bob)
    watcher = await room(live_session.pk)
    await speaker.send({"type": "chat.send", "text": "第一句", "ref": "same-ref"})
    first = await speaker.ack("same-ref")
    await speaker.close()

    again = await room(live_session.pk, bob)  # reconnects and resends the unacknowledged frame
    await again.send({"type": "chat.send", "text": "第一句", "ref": "same-ref"})
    second = await again.ack("same-ref")
    assert second["id"] == first["id"] and second["duplicate"] is True and second["seq"] == 1

    assert len(await watcher.lines(1)) == 1
    assert await watcher.nothing()
    assert len(await _stored(session_id=live_session.pk)) == 1


async def test_customer_personal_data_is_masked_before_storage_and_broadcast(live_session, room):
    carol = await _customer("carol")
    speaker = await room(live_session.pk, carol)
    watcher = await room(live_session.pk)
    text = "加我电话13812345678，卡号6222 0212 3456 7890，身份证11010519491231002X"
    await speaker.send({"type": "chat.send", "text": text, "ref": "m"})
    ack = await speaker.ack("m")
    assert set(ack["masked"]) == {"phone", "card_number", "id_number"}
    [line] = await watcher.lines(1)
    for secret in ("13812345678", "6222 0212 3456", "110105194912"):
        assert secret not in line["text"]
    assert "5678" in line["text"] and "002X" in line["text"]
    [stored] = await _stored(pk=ack["id"])
    assert stored.text == line["text"] and "13812345678" not in stored.text


async def test_rate_limit_answers_with_an_error_and_keeps_the_socket(live_session, room):
    dave = await _customer("dave")
    speaker = await room(live_session.pk, dave)
    # 11 lines in a few seconds span at most two 10-second windows of 5 lines (a fixed window).
    answers = []
    for n in range(11):
        await speaker.send({"type": "chat.send", "text": f"第{n}句", "ref": f"r{n}"})
        answers.append(await speaker.ack(f"r{n}"))
    accepted = [a for a in answers if a["type"] == "ack"]
    refused = [a for a in answers if a["type"] == "error"]
    assert 5 <= len(accepted) <= 10 and refused
    assert {e["code"] for e in refused} == {"rate_limited"} and refused[0]["details"]["limit"] == 5
    assert refused[0]["details"]["retry_after"] > 0
    assert len(await _stored(author=dave)) == len(accepted)
    await speaker.send({"type": "qa.ask", "text": "socket still open?", "ref": "q"})
    assert (await speaker.ack("q"))["type"] == "ack"


async def test_slow_mode_set_by_the_host(live_session, rm, room):
    host = await room(live_session.pk, rm)
    erin = await _customer("erin")
    speaker = await room(live_session.pk, erin)
    await host.send({"type": "room.slow_mode", "seconds": 30, "ref": "s"})
    assert (await host.ack("s"))["seconds"] == 30
    assert (await speaker.next("room.slow_mode"))["seconds"] == 30
    await speaker.send({"type": "chat.send", "text": "一", "ref": "1"})
    assert (await speaker.ack("1"))["status"] == "published"
    await speaker.send({"type": "chat.send", "text": "二", "ref": "2"})
    error = await speaker.ack("2")
    assert error["code"] == "slow_mode" and 0 < error["details"]["retry_after"] <= 30
    # A customer cannot change slow mode.
    await speaker.send({"type": "room.slow_mode", "seconds": 0, "ref": "3"})
    assert (await speaker.ack("3"))["code"] == "forbidden"
    assert (await db(LiveSession.objects.get)(pk=live_session.pk)).slow_mode_seconds == 30


async def test_a_muted_customer_is_refused_and_told(live_session, rm, room):
    host = await room(live_session.pk, rm)
    frank = await _customer("frank")
    speaker = await room(live_session.pk, frank)
    await host.send({"type": "user.mute", "user_id": frank.pk, "minutes": 10, "ref": "m"})
    assert (await host.ack("m"))["until"]
    assert (await speaker.next("user.muted"))["until"]
    await speaker.send({"type": "chat.send", "text": "我被禁言了吗", "ref": "x"})
    assert (await speaker.ack("x"))["code"] == "muted"
    await speaker.send({"type": "qa.ask", "text": "提问也不行？", "ref": "q"})
    assert (await speaker.ack("q"))["code"] == "muted"
    # The mute is lifted with 0 minutes; the customer can speak again.
    await host.send({"type": "user.mute", "user_id": frank.pk, "minutes": 0, "ref": "u"})
    assert (await host.ack("u"))["until"] is None
    await speaker.send({"type": "chat.send", "text": "谢谢", "ref": "y"})
    assert (await speaker.ack("y"))["status"] == "published"
    assert await db(RoomMute.objects.filter(session=live_session, user=frank).count)() == 1


async def test_who_may_speak_and_moderate(live_session, room):
    customer = await _customer("grace")
    other_rm = await db(make_rm)("rm-visitor")
    officer = await db(make_compliance_officer)("officer-watch")
    guest = await room(live_session.pk)
    await guest.send({"type": "chat.send", "text": "游客说话", "ref": "g"})
    assert (await guest.ack("g"))["code"] == "login_required"
    for user in (other_rm, officer):
        viewer = await room(live_session.pk, user)
        await viewer.send({"type": "chat.send", "text": "旁观者说话", "ref": "v"})
        assert (await viewer.ack("v"))["code"] == "forbidden"
    speaker = await room(live_session.pk, customer)
    await speaker.send({"type": "chat.send", "text": "hello", "ref": "c"})
    line = await speaker.ack("c")
    for frame in (
        {"type": "chat.remove", "message_id": line["id"]},
        {"type": "chat.pin", "message_id": line["id"]},
        {"type": "user.mute", "user_id": customer.pk, "minutes": 5},
        {"type": "session.end"},
        {"type": "card.push", "product_id": 1},
        {"type": "room.slow_mode", "seconds": 5},
    ):
        await speaker.send({**frame, "ref": frame["type"]})
        assert (await speaker.ack(frame["type"]))["code"] == "forbidden", frame
        await guest.send({**frame, "ref": frame["type"]})
        assert (await guest.ack(frame["type"]))["code"] == "forbidden", frame
    assert (await db(LiveSession.objects.get)(pk=live_session.pk)).state == "live"
    assert (await _stored(pk=line["id"]))[0].removed_at is None


# -- frames that are not right -----------------------------------------------------------------------


async def test_bad_frames_get_an_error_and_the_socket_stays_open(live_session, room):
    customer = await _customer("heidi")
    viewer = await room(live_session.pk, customer)
    await viewer.ws.send_to(text_data="{not json")
    assert (await viewer.next("error"))["code"] == "malformed"
    await viewer.ws.send_to(bytes_data=b"\x00\x01")
    assert (await viewer.next("error"))["code"] == "malformed"
    await viewer.send(["a", "list"])
    assert (await viewer.next("error"))["code"] == "malformed"
    await viewer.send({"type": "chat.shout", "text": "hi", "ref": "u"})
    assert (await viewer.ack("u"))["code"] == "unknown_type"
    await viewer.send({"type": "chat.send", "text": 42, "ref": "t"})
    error = await viewer.ack("t")
    assert error["code"] == "malformed" and error["details"]["problems"][0]["field"] == "text"
    await viewer.send({"type": "qa.upvote", "question_id": "7", "ref": "s"})
    assert (await viewer.ack("s"))["code"] == "malformed"
    await viewer.send({"type": "reaction", "kind": "bomb", "ref": "k"})
    assert (await viewer.ack("k"))["code"] == "malformed"
    await viewer.send({"type": "chat.send", "text": "长" * 2000, "ref": "big"})  # 6 KB of UTF-8
    assert (await viewer.next("error"))["code"] == "frame_too_large"
    await viewer.send({"type": "chat.send", "text": "   ", "ref": "blank"})
    assert (await viewer.ack("blank"))["code"] == "empty"
    # Still open, and nothing was stored by any of the above.
    await viewer.send({"type": "chat.send", "text": "正常的一句", "ref": "ok"})
    assert (await viewer.ack("ok"))["status"] == "published"
    assert [m.text for m in await _stored(session_id=live_session.pk)] == ["正常的一句"]


# -- moderation, Q&A, reactions -------------------------------------------------------------------


async def test_host_removes_and_pins_lines(live_session, rm, room):
    host = await room(live_session.pk, rm)
    ivan = await _customer("ivan")
    speaker = await room(live_session.pk, ivan)
    watcher = await room(live_session.pk)
    await speaker.send({"type": "chat.send", "text": "不当言论", "ref": "a"})
    bad = await speaker.ack("a")
    await speaker.send({"type": "chat.send", "text": "好问题", "ref": "b"})
    good = await speaker.ack("b")
    assert len(await watcher.lines(2)) == 2

    await host.send({"type": "chat.remove", "message_id": bad["id"], "ref": "rm"})
    assert (await host.ack("rm"))["id"] == bad["id"]
    removed = await watcher.next("chat.removed")
    assert removed == {"type": "chat.removed", "seq": 3, "id": bad["id"]}
    [stored] = await _stored(pk=bad["id"])
    assert stored.removed_at is not None and stored.status == "published" and stored.text == "不当言论"

    await host.send({"type": "chat.pin", "message_id": good["id"], "ref": "pin"})
    pinned = await watcher.next("chat.pinned")
    assert pinned["message"]["id"] == good["id"]
    await host.send({"type": "chat.pin", "message_id": bad["id"], "ref": "pin-removed"})
    assert (await host.ack("pin-removed"))["code"] == "invalid_state"
    later = await room(live_session.pk)
    assert later.state["pinned"]["id"] == good["id"]


async def test_questions_are_asked_upvoted_once_and_answered(live_session, rm, room):
    host = await room(live_session.pk, rm)
    judy = await _customer("judy")
    ken = await _customer("ken")
    asker = await room(live_session.pk, judy)
    voter = await room(live_session.pk, ken)
    await asker.send({"type": "qa.ask", "text": "R4产品适合我吗？电话13900001111", "ref": "q1"})
    question_id = (await asker.ack("q1"))["id"]
    asked = await voter.next("qa.asked")
    assert asked["question"]["id"] == question_id and "13900001111" not in asked["question"]["text"]

    await voter.send({"type": "qa.upvote", "question_id": question_id, "ref": "u1"})
    assert (await voter.ack("u1"))["upvotes"] == 1
    assert (await host.next("qa.upvoted")) == {"type": "qa.upvoted", "question_id": question_id, "upvotes": 1}
    await voter.send({"type": "qa.upvote", "question_id": question_id, "ref": "u2"})
    assert (await voter.ack("u2"))["code"] == "already_upvoted"

    await voter.send({"type": "qa.answer", "question_id": question_id, "ref": "a0"})
    assert (await voter.ack("a0"))["code"] == "forbidden"
    await host.send({"type": "qa.answer", "question_id": question_id, "ref": "a1"})
    await host.ack("a1")
    assert (await asker.next("qa.answered"))["question_id"] == question_id
    stored = await db(Question.objects.get)(pk=question_id)
    assert stored.upvotes == 1 and stored.answered_at is not None

    await db(session_update)(session=live_session, actor=rm, qa_enabled=False)
    await asker.send({"type": "qa.ask", "text": "还能问吗", "ref": "q2"})
    assert (await asker.ack("q2"))["code"] == "qa_disabled"


async def test_reactions_are_aggregated_and_sent_at_most_once_a_second(live_session, room):
    watcher = await room(live_session.pk)
    senders = [await room(live_session.pk) for _ in range(3)]
    for sender in senders:
        for kind in ("like", "like", "heart"):
            await sender.send({"type": "reaction", "kind": kind})
    totals: dict[str, int] = {}
    frames = 0
    loop = asyncio.get_running_loop()
    started = loop.time()
    while sum(totals.values()) < 9:
        frame = await watcher.next("reactions", timeout=4)
        frames += 1
        for kind, count in frame["counts"].items():
            totals[kind] = totals.get(kind, 0) + count
    elapsed = loop.time() - started
    assert totals == {"like": 6, "heart": 3}
    assert frames <= int(elapsed) + 1


# -- product cards ---------------------------------------------------------------------------------


async def test_each_viewer_gets_the_card_with_their_own_suitability(live_session, rm, products, room):
    host = await room(live_session.pk, rm)
    c5 = await room(live_session.pk, await _customer("c5-cust", level="C5"))
    c3 = await room(live_session.pk, await _customer("c3-cust", level="C3"))
    expired = await room(live_session.pk, await _customer("c5-expired", level="C5", assessed_days_ago=400))
    unassessed = await room(live_session.pk, await _customer("new-cust", level=None))
    guest = await room(live_session.pk)

    await host.send({"type": "card.push", "product_id": products["r4"].pk, "ref": "p"})
    card_id = (await host.ack("p"))["id"]
    got = {
        name: await viewer.next("card.pushed")
        for name, viewer in [
            ("c5", c5),
            ("c3", c3),
            ("expired", expired),
            ("unassessed", unassessed),
            ("guest", guest),
        ]
    }
    assert {name: (f["can_act"], f["reason_code"]) for name, f in got.items()} == {
        "c5": (True, "suitable"),
        "c3": (False, "risk_above_tolerance"),
        "expired": (False, "assessment_expired"),
        "unassessed": (False, "no_assessment"),
        "guest": (False, "not_a_customer"),
    }
    assert all(f["card"]["id"] == card_id and f["card"]["risk_level"] == "R4" for f in got.values())
    assert got["c3"]["reason"]  # a message the page shows as is

    # R2 is within C3's tolerance.
    await host.send({"type": "card.push", "product_id": products["r2"].pk, "ref": "p2"})
    await host.ack("p2")
    assert (await c3.next("card.pushed"))["can_act"] is True

    await c3.send({"type": "card.open", "card_id": card_id, "ref": "o"})
    assert (await c3.ack("o"))["id"] == card_id
    await guest.send({"type": "card.open", "card_id": card_id, "ref": "o"})
    assert (await guest.ack("o"))["code"] == "login_required"
    opens = await db(
        lambda: list(CardOpen.objects.filter(push_id=card_id).values_list("user__username", flat=True))
    )()
    assert opens == ["c3-cust"]


async def test_only_featured_products_with_approved_cards_can_be_pushed(live_session, rm, room):
    from tests.factories import ProductFactory

    host = await room(live_session.pk, rm)
    other = await db(ProductFactory)(risk_level="R1")
    await host.send({"type": "card.push", "product_id": other.pk, "ref": "x"})
    assert (await host.ack("x"))["code"] == "unknown_product"
    await host.send({"type": "card.push", "product_id": 987654, "ref": "y"})
    assert (await host.ack("y"))["code"] == "unknown_product"


# -- resume and the end ----------------------------------------------------------------------------


async def test_resume_replays_missed_lines_in_order_with_removals_then_goes_live(live_session, rm, room):
    host = await room(live_session.pk, rm)
    speakers = [await room(live_session.pk, await _customer(f"sp{n}")) for n in range(2)]
    reader = await room(live_session.pk)
    await speakers[0].send({"type": "chat.send", "text": "line 1", "ref": "1"})
    first = await speakers[0].ack("1")
    assert (await reader.lines(1))[0]["seq"] == 1
    await reader.close()

    # While the reader is away: three lines and the removal of one of them.
    ids = []
    for n, speaker in enumerate([speakers[1], speakers[0], speakers[1]], start=2):
        await speaker.send({"type": "chat.send", "text": f"line {n}", "ref": f"l{n}"})
        ids.append((await speaker.ack(f"l{n}"))["id"])
    await host.send({"type": "chat.remove", "message_id": ids[1], "ref": "rm"})
    await host.ack("rm")
    # The removal was published before its ack, but the process hands it to its sockets when its pub/sub reader
    # gets to it: a socket that joined in between would get it live as well. "Away" means until it was delivered.
    assert (await speakers[0].next("chat.removed"))["seq"] == 5

    back = await room(live_session.pk)
    await back.send({"type": "resume", "last_seq": 1, "ref": "res"})
    replayed = []
    while True:
        frame = await back.next("chat.message", "chat.batch", "chat.removed", "ack")
        if frame["type"] == "ack":
            assert frame["ref"] == "res" and frame["last_seq"] == 5
            break
        replayed.extend(frame["messages"] if frame["type"] == "chat.batch" else [frame])
    assert [(f["type"], f["seq"]) for f in replayed] == [
        ("chat.message", 2),
        ("chat.message", 4),
        ("chat.removed", 5),
    ]
    assert all(f.get("text") != "line 3" for f in replayed)  # the removed line's text is not replayed
    assert first["seq"] == 1

    await speakers[0].send({"type": "chat.send", "text": "line live", "ref": "live"})
    [live] = await back.lines(1)
    assert live["seq"] == 6 and live["text"] == "line live"


async def test_connecting_with_last_seq_replays_before_any_live_frame(live_session, room):
    speaker = await room(live_session.pk, await _customer("early"))
    for n in range(3):
        await speaker.send({"type": "chat.send", "text": f"old {n}", "ref": f"o{n}"})
        await speaker.ack(f"o{n}")
    late = await room(live_session.pk, query="?last_seq=1")
    assert [line["seq"] for line in await late.lines(2)] == [2, 3]


async def test_the_host_ends_the_session(live_session, rm, room):
    host = await room(live_session.pk, rm)
    customer = await room(live_session.pk, await _customer("last"))
    await host.send({"type": "session.end", "ref": "end"})
    assert (await host.ack("end"))["state"] == "ended"
    assert (await customer.next("session.state"))["state"] == "ended"
    await customer.send({"type": "chat.send", "text": "还在吗", "ref": "late"})
    assert (await customer.ack("late"))["code"] == "session_ended"


async def test_mute_expires(live_session, rm):
    customer = await _customer("temp-muted")
    await db(user_mute)(session_id=live_session.pk, actor=rm, user_id=customer.pk, minutes=1)
    await db(RoomMute.objects.filter(user=customer).update)(until=timezone.now() - timedelta(seconds=1))
    ack = await db(chat_send)(session_id=live_session.pk, user=customer, text="又能说话了")
    assert ack["status"] == "published"


async def test_other_rms_cannot_moderate_but_an_officer_may_remove_a_line(live_session, room):
    talker = await room(live_session.pk, await _customer("talker-x"))
    watcher = await room(live_session.pk)
    await talker.send({"type": "chat.send", "text": "一句话", "ref": "t"})
    line = await talker.ack("t")
    visitor = await room(live_session.pk, await db(make_rm)("rm-elsewhere"))
    await visitor.send({"type": "chat.remove", "message_id": line["id"], "ref": "v"})
    assert (await visitor.ack("v"))["code"] == "forbidden"
    await visitor.send({"type": "qa.answer", "question_id": 1, "ref": "qa"})
    assert (await visitor.ack("qa"))["code"] == "forbidden"

    officer = await room(live_session.pk, await db(make_compliance_officer)("officer-room"))
    await officer.send({"type": "chat.pin", "message_id": line["id"], "ref": "p"})
    assert (await officer.ack("p"))["code"] == "forbidden"  # pins, mutes and cards are the host's
    await officer.send({"type": "chat.remove", "message_id": line["id"], "ref": "r"})
    assert (await officer.ack("r"))["id"] == line["id"]  # surveillance may take a line down
    assert (await watcher.next("chat.removed"))["id"] == line["id"]
