"""Group commit of chat lines (``chat_send_many``, ``studio.chat_ingest``): the lines of one trip of the database
thread are stored in one transaction, each with its own guard, and keep every guarantee of a single line.

"One transaction" is read from PostgreSQL itself: rows written by one transaction share their ``xmin``.
"""

import asyncio
import secrets
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from channels.db import database_sync_to_async
from django.conf import settings
from django.db import connection, connections, transaction

from accounts.roles import Role, has_role
from compliance.services.rule_packs import pack_for_author, rule_pack_create
from core.channel_layer import PipelinedPubSubChannelLayer
from core.exceptions import ApplicationError
from studio import room_facts
from studio.access import display_name
from studio.chat_ingest import ChatIngest
from studio.lifecycle import room_group
from studio.models import ChatMessage, LiveSession, MessageStatus
from studio.services import room as services
from studio.services.room import ChatLine, chat_send_many
from tests.factories import make_customer, make_live, make_session
from tests.support.markers import requires_postgresql
from tests.support.room import new_layer

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    requires_postgresql,  # group commit is PostgreSQL's; SQLite stores line by line
]

HOST_LINE = "欢迎大家来到直播间，今天我们聊聊理财产品的风险等级。"


@pytest.fixture(autouse=True)
def _cold_cache():
    room_facts._rooms.clear()
    room_facts._windows.clear()
    yield
    room_facts._rooms.clear()
    room_facts._windows.clear()


def _socket_user(username: str):
    """A customer as the socket's scope holds them after connect (roles and name read once)."""
    user = make_customer(username, level="C3")
    has_role(user, Role.CUSTOMER)
    display_name(user)
    return user


def _rooms(rm, officer, products, count: int) -> list[LiveSession]:
    return [make_live(make_session(rm, products), officer) for _ in range(count)]


def _line(session, user, text: str, ref: str) -> ChatLine:
    return ChatLine(session_id=session.pk, user=user, text=text, ref=ref)


def _xmins(ids) -> dict[int, int]:
    """The transaction that wrote each row (PostgreSQL's ``xmin``)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, xmin::text::bigint FROM studio_chatmessage WHERE id = ANY(%s)", [list(ids)]
        )
        return dict(cursor.fetchall())


def _published(outcome) -> dict:
    assert isinstance(outcome, dict), outcome
    assert outcome["status"] == MessageStatus.PUBLISHED, outcome
    return outcome


def test_a_batch_is_one_transaction_and_each_room_keeps_the_arrival_order(rm, officer, products):
    s1, s2, s3 = _rooms(rm, officer, products, 3)
    alice, bob = _socket_user("gc-alice"), _socket_user("gc-bob")
    outcomes = chat_send_many(
        [
            _line(s2, rm, HOST_LINE, "h1"),
            _line(s1, alice, "请问起购金额是多少？", "a1"),
            _line(s1, bob, "主播好！", "b1"),
            _line(s3, rm, "今天先介绍风险等级。", "h2"),
            _line(s2, alice, "赎回要几天到账？", "a2"),
            _line(s1, bob, "谢谢主播", "b2"),
        ]
    )
    acks = [_published(outcome) for outcome in outcomes]
    assert [ack["seq"] for ack in acks] == [1, 1, 2, 1, 2, 3]
    assert len(set(_xmins(ack["id"] for ack in acks).values())) == 1  # one commit for the six
    assert {s.pk: s.last_seq for s in LiveSession.objects.filter(pk__in=[s1.pk, s2.pk, s3.pk])} == {
        s1.pk: 3,
        s2.pk: 2,
        s3.pk: 1,
    }
    stored = ChatMessage.objects.get(pk=acks[1]["id"])
    assert (stored.session_id, stored.author_id, stored.seq, stored.ref) == (s1.pk, alice.pk, 1, "a1")


def test_a_ref_is_stored_once_inside_one_batch_and_across_batches(live_session):
    alice, bob = _socket_user("gc-ref-a"), _socket_user("gc-ref-b")
    first, again, other = chat_send_many(
        [
            _line(live_session, alice, "主播好！", "same"),
            _line(live_session, alice, "主播好！", "same"),  # the frame resent from a second socket
            _line(live_session, bob, "请问起购金额是多少？", "other"),
        ]
    )
    assert _published(first)["seq"] == 1
    assert again == {**first, "duplicate": True}
    assert _published(other)["seq"] == 2  # the duplicate used no seq
    [later] = chat_send_many([_line(live_session, alice, "主播好！", "same")])
    assert later == {**first, "duplicate": True}
    assert ChatMessage.objects.filter(session=live_session, author=alice, ref="same").count() == 1
    assert LiveSession.objects.get(pk=live_session.pk).last_seq == 2


def test_a_failing_guard_in_the_middle_fails_only_its_own_line(live_session, rm):
    alice, bob, carol = (_socket_user(name) for name in ("gc-mid-a", "gc-mid-b", "gc-mid-c"))
    warm = chat_send_many([_line(live_session, alice, "第一句", "w")])  # the room's facts are cached now
    assert _published(warm[0])["seq"] == 1
    services.user_mute(
        session_id=live_session.pk, actor=rm, user_id=bob.pk, minutes=5
    )  # the cache knows nothing
    first, muted, last = chat_send_many(
        [
            _line(live_session, alice, "第二句", "a"),
            _line(live_session, bob, "我也说一句", "b"),
            _line(live_session, carol, "第三句", "c"),
        ]
    )
    assert isinstance(muted, ApplicationError) and muted.code == "muted"
    assert (_published(first)["seq"], _published(last)["seq"]) == (2, 3)  # no seq lost to the failed guard
    assert len(set(_xmins([first["id"], last["id"]]).values())) == 1  # the others committed together
    assert not ChatMessage.objects.filter(session=live_session, author=bob).exists()


def test_a_stale_fact_sends_its_line_to_the_full_path_after_the_batch(live_session, rm):
    alice = _socket_user("gc-stale-a")
    assert _published(chat_send_many([_line(live_session, rm, HOST_LINE, "h0")])[0])["seq"] == 1
    # A new version of the host's rule pack: the host's cached pack is stale, a customer's line does not use it.
    pack = pack_for_author(rm.pk)
    data = {
        **pack.data,
        "extra_words": [*(pack.data.get("extra_words") or []), ["稳赚理财", "promise.capital_guarantee"]],
    }
    rule_pack_create(name=pack.name, data=data, actor=None, note="test: a new word")
    host, customer = chat_send_many(
        [_line(live_session, rm, "今天先介绍风险等级。", "h1"), _line(live_session, alice, "主播好！", "a1")]
    )
    assert _published(customer)["seq"] == 2  # stored by the batch
    assert _published(host)["seq"] == 3  # decided again under the row lock, in a transaction of its own
    xmins = _xmins([host["id"], customer["id"]])
    assert xmins[host["id"]] != xmins[customer["id"]]


def test_slow_mode_inside_a_batch_counts_each_line_once(live_session, rm):
    services.room_slow_mode_set(session_id=live_session.pk, actor=rm, seconds=30)
    alice, bob = _socket_user("gc-slow-a"), _socket_user("gc-slow-b")
    first, second, other = chat_send_many(
        [
            _line(live_session, alice, "第一句", "s1"),
            _line(live_session, alice, "第二句", "s2"),  # the same customer on a second socket
            _line(live_session, bob, "主播好！", "s3"),
        ]
    )
    assert (_published(first)["seq"], _published(other)["seq"]) == (1, 2)
    assert isinstance(second, ApplicationError) and second.code == "slow_mode"
    assert not ChatMessage.objects.filter(ref="s2").exists()


def test_a_ref_taken_by_another_process_during_the_batch_leaves_the_other_lines_stored(live_session):
    alice, bob = _socket_user("gc-race-a"), _socket_user("gc-race-b")
    chat_send_many([_line(live_session, bob, "第一句", "warm")])
    inserted, release = threading.Event(), threading.Event()

    def other_process() -> None:
        """Stores alice's ``race`` line in a transaction that commits only once our batch waits for it."""
        try:
            with transaction.atomic():
                ChatMessage.objects.create(
                    session_id=live_session.pk,
                    author=alice,
                    author_role="customer",
                    author_name="gc-race-a",
                    ref="race",
                    text="主播好！",
                    status=MessageStatus.HELD,
                )
                inserted.set()
                release.wait(10)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(2) as pool:
        holder = pool.submit(other_process)
        assert inserted.wait(10)
        threading.Timer(0.5, release.set).start()  # our statement is then blocked on the unique index
        raced, other = chat_send_many(
            [_line(live_session, alice, "主播好！", "race"), _line(live_session, bob, "第二句", "b2")]
        )
        holder.result()
    assert raced["duplicate"] is True and raced["status"] == MessageStatus.HELD  # the other process's line
    assert _published(other)["seq"] == 2
    assert ChatMessage.objects.filter(author=alice, ref="race").count() == 1


def test_batches_of_two_processes_keep_each_room_in_seq_order_without_deadlock(rm, officer, products):
    rooms = _rooms(rm, officer, products, 3)
    senders = [_socket_user("gc-proc-1"), _socket_user("gc-proc-2")]
    rounds = 4
    errors: list = []

    def process(sender, order) -> list[dict]:
        """One server process: its own connection, batches naming the rooms in its own order."""
        acks = []
        try:
            for n in range(rounds):
                outcomes = chat_send_many(
                    [_line(room, sender, f"第{n}句", f"{sender.pk}-{room.pk}-{n}") for room in order]
                )
                errors.extend(outcome for outcome in outcomes if not isinstance(outcome, dict))
                acks.extend(outcome for outcome in outcomes if isinstance(outcome, dict))
        finally:
            connections.close_all()
        return acks

    with ThreadPoolExecutor(2) as pool:
        forward = pool.submit(process, senders[0], rooms)
        backward = pool.submit(process, senders[1], list(reversed(rooms)))
        acks = forward.result() + backward.result()
    assert errors == []
    assert len(acks) == 2 * rounds * len(rooms)
    for room in rooms:
        lines = list(ChatMessage.objects.filter(session=room).order_by("seq"))
        assert [line.seq for line in lines] == list(range(1, 2 * rounds + 1))  # no gap, no repeat
        for sender in senders:  # each sender's lines in the order it sent them
            refs = [line.ref for line in lines if line.author_id == sender.pk]
            assert refs == [f"{sender.pk}-{room.pk}-{n}" for n in range(rounds)]


async def test_lines_that_come_during_a_trip_go_together_in_the_next_one_and_are_broadcast_first(
    rm, officer, products
):
    s1, s2, s3 = await database_sync_to_async(_rooms)(rm, officer, products, 3)
    alice = await database_sync_to_async(_socket_user)("gc-trip-a")
    layer = new_layer()
    channel = await layer.new_channel()
    for room in (s1, s2, s3):
        await layer.group_add(room_group(room.pk), channel)
    ingest = ChatIngest(layer)
    locked, release = threading.Event(), threading.Event()

    def other_process() -> None:
        try:
            with transaction.atomic():
                LiveSession.objects.select_for_update().get(pk=s1.pk)
                locked.set()
                release.wait(10)
        finally:
            connections.close_all()

    loop = asyncio.get_running_loop()
    holder = loop.run_in_executor(None, other_process)
    try:
        assert await loop.run_in_executor(None, locked.wait, 10)
        lone = asyncio.ensure_future(
            ingest.send(_line(s1, rm, HOST_LINE, "lone"))
        )  # leaves at once: blocks on the lock
        await asyncio.sleep(0.3)
        assert ingest.writer is not None and not lone.done()
        later = [
            asyncio.ensure_future(ingest.send(_line(room, alice, "主播好！", f"later-{room.pk}")))
            for room in (s2, s3, s1)
        ]
        await asyncio.sleep(0.1)
        assert len(ingest.waiting) == 3  # queued behind the trip under way, no timer
    finally:
        release.set()
        await holder
    first = await lone
    acks = await asyncio.gather(*later)
    # Each sender's ack came after its line's event was published: all four are on the channel already.
    events = [await asyncio.wait_for(layer.receive(channel), 1) for _ in range(4)]
    await layer.group_discard(room_group(s1.pk), channel)
    assert [(event["type"], event["seq"]) for event in events] == [
        ("room.seq", 1),  # the lone line, s1
        ("room.seq", 1),  # s2
        ("room.seq", 1),  # s3
        ("room.seq", 2),  # s1: its room's order
    ]
    xmins = await database_sync_to_async(_xmins)([first["id"], *(ack["id"] for ack in acks)])
    assert xmins[first["id"]] not in {xmins[ack["id"]] for ack in acks}
    assert len({xmins[ack["id"]] for ack in acks}) == 1  # the three that waited: one trip, one commit
    assert ingest.writer is None and ingest.waiting == []


async def test_a_line_is_stored_before_its_broadcast_is_sent(live_session):
    alice = await database_sync_to_async(_socket_user)("gc-stored-a")
    layer = new_layer()
    channel = await layer.new_channel()
    await layer.group_add(room_group(live_session.pk), channel)
    ingest = ChatIngest(layer)
    sends = [
        asyncio.ensure_future(ingest.send(_line(live_session, alice, f"第{n}句", f"st-{n}")))
        for n in range(3)
    ]
    seen = []
    for _ in range(3):
        event = await asyncio.wait_for(layer.receive(channel), 5)
        # Read from another connection as the event arrives: the line is committed already.
        stored = await database_sync_to_async(
            lambda seq=event["seq"]: ChatMessage.objects.filter(session=live_session, seq=seq).exists(),
            thread_sensitive=False,
        )()
        seen.append((event["seq"], stored))
    acks = await asyncio.gather(*sends)
    await layer.group_discard(room_group(live_session.pk), channel)
    assert seen == [(1, True), (2, True), (3, True)]
    assert [ack["seq"] for ack in acks] == [1, 2, 3]


async def test_each_line_is_answered_in_its_senders_language_and_published_through_the_ingests_layer(
    live_session, rm
):
    alice, bob = await database_sync_to_async(
        lambda: (_socket_user("gc-lang-a"), _socket_user("gc-lang-b"))
    )()
    await database_sync_to_async(services.user_mute)(
        session_id=live_session.pk, actor=rm, user_id=bob.pk, minutes=5
    )
    # A layer of its own (another prefix): an event sent any other way than through the ingest never reaches it.
    layer = PipelinedPubSubChannelLayer(
        **{**settings.CHANNEL_LAYERS["default"]["CONFIG"], "prefix": f"gc{secrets.token_hex(4)}"}
    )
    channel = await layer.new_channel()
    await layer.group_add(room_group(live_session.pk), channel)
    ingest = ChatIngest(layer)
    lines = [
        ChatLine(session_id=live_session.pk, user=bob, text="hello", ref="en", language="en"),
        ChatLine(session_id=live_session.pk, user=bob, text="你好", ref="zh", language="zh-hans"),
        ChatLine(
            session_id=live_session.pk,
            user=alice,
            text="主播好！",
            ref="ok",
            language="en",
            log_ids={"user_id": "alice"},
        ),
    ]
    outcomes = await asyncio.gather(*(ingest.send(line) for line in lines), return_exceptions=True)
    english, chinese, published = outcomes
    assert (english.code, english.message) == ("muted", "You are muted in this room.")
    assert (chinese.code, chinese.message) == ("muted", "您已被禁言。")
    event = await asyncio.wait_for(layer.receive(channel), 2)
    await layer.group_discard(room_group(live_session.pk), channel)
    assert (event["type"], event["seq"], published["seq"]) == ("room.seq", 1, 1)
