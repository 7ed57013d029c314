"""The per-process fan-out across two "server processes" sharing one Redis and one database.

Each process is the live room's ASGI app with its own channel-layer instance (its own Redis
connections and subscriptions) and therefore its own fan-out hub, as two Daphne processes have.
"""

import asyncio

import pytest
from channels.db import database_sync_to_async
from django.db import transaction
from django.utils import timezone

from studio.fanout import hub_for
from studio.lifecycle import room_group
from studio.models import ChatMessage, LiveSession, MessageStatus
from studio.services.room import chat_send
from tests.factories import make_customer
from tests.support.room import new_layer, process_app

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

db = database_sync_to_async


@pytest.fixture
async def two_processes():
    layers = [new_layer(), new_layer()]
    yield layers
    for layer in layers:
        await layer.flush()


def _group_members(layer, session_id: int) -> int:
    """How many channels of this process's layer are subscribed to the room's group."""
    loop_layer = layer._get_layer()
    return len(loop_layer.groups.get(f"{loop_layer.prefix}__group__{room_group(session_id)}", ()))


async def test_every_viewer_on_either_process_gets_every_line_once_in_seq_order(
    live_session, two_processes, room
):
    process_a, process_b = two_processes
    viewers_a = [await room(live_session.pk, app=process_a) for _ in range(3)]
    viewers_b = [await room(live_session.pk, app=process_b) for _ in range(3)]
    customers = [await db(make_customer)(f"talker{n}") for n in range(8)]
    speakers = [
        await room(live_session.pk, customer, app=(process_a, process_b)[n % 2])
        for n, customer in enumerate(customers)
    ]

    # One subscription per room per process, however many sockets each process holds.
    for layer, local in ((process_a, 3 + 4), (process_b, 3 + 4)):
        hub = hub_for(layer)
        assert hub.subscriptions() == {live_session.pk: 1}
        assert _group_members(layer, live_session.pk) == 1
        assert len(hub.rooms[live_session.pk].sockets) == local

    # 8 speakers on both processes send 3 lines each, all at once.
    async def talk(n, speaker):
        for k in range(3):
            await speaker.send({"type": "chat.send", "text": f"{n}-{k}", "ref": f"{n}-{k}"})
            assert (await speaker.ack(f"{n}-{k}"))["status"] == "published"

    await asyncio.gather(*(talk(n, speaker) for n, speaker in enumerate(speakers)))
    for viewer in viewers_a + viewers_b:
        lines = await viewer.lines(24)
        assert [line["seq"] for line in lines] == list(range(1, 25))
        assert sorted(line["text"] for line in lines) == sorted(
            f"{n}-{k}" for n in range(8) for k in range(3)
        )
        assert await viewer.nothing(0.3)


async def test_a_line_lost_on_the_layer_is_filled_from_the_database_in_order(
    live_session, two_processes, room
):
    process_a, _ = two_processes
    viewer = await room(live_session.pk, app=process_a)
    talker = await db(make_customer)("talker")

    @db
    def store_without_broadcast() -> ChatMessage:
        # What a lost pub/sub message looks like: committed with its seq, never delivered.
        with transaction.atomic():
            locked = LiveSession.objects.select_for_update().get(pk=live_session.pk)
            locked.last_seq += 1
            locked.save(update_fields=["last_seq"])
            return ChatMessage.objects.create(
                session_id=live_session.pk,
                author=talker,
                author_role="customer",
                author_name="talker",
                text="lost on the wire",
                status=MessageStatus.PUBLISHED,
                seq=locked.last_seq,
                published_at=timezone.now(),
            )

    await store_without_broadcast()
    await db(chat_send)(session_id=live_session.pk, user=talker, text="after the gap")
    lines = await viewer.lines(2)
    assert [(line["seq"], line["text"]) for line in lines] == [(1, "lost on the wire"), (2, "after the gap")]

    # A lost *last* line is caught by the hub's periodic tail check (every 2 s), not only by the next line.
    await store_without_broadcast()
    [tail] = await viewer.lines(1, timeout=6)
    assert (tail["seq"], tail["text"]) == (3, "lost on the wire")


async def test_resume_on_the_other_process_is_loss_free(live_session, rm, two_processes, room):
    process_a, process_b = two_processes
    host = await room(live_session.pk, rm, app=process_a)
    reader = await room(live_session.pk, app=process_a)
    talker = await room(live_session.pk, await db(make_customer)("talker"), app=process_a)
    await talker.send({"type": "chat.send", "text": "one", "ref": "1"})
    await talker.ack("1")
    [first] = await reader.lines(1)
    await reader.close()

    ids = []
    for n in range(2, 5):  # (a customer may send 5 lines per 10 s)
        await talker.send({"type": "chat.send", "text": f"line {n}", "ref": f"{n}"})
        ids.append((await talker.ack(f"{n}"))["id"])
    await host.send({"type": "chat.remove", "message_id": ids[0], "ref": "rm"})
    await host.ack("rm")

    back = await room(live_session.pk, app=process_b, query=f"?last_seq={first['seq']}")
    replayed = []
    while len(replayed) < 3:
        frame = await back.next("chat.message", "chat.batch", "chat.removed")
        replayed.extend(frame["messages"] if frame["type"] == "chat.batch" else [frame])
    assert [(f["type"], f["seq"]) for f in replayed] == [
        ("chat.message", 3),
        ("chat.message", 4),
        ("chat.removed", 5),
    ]
    await talker.send({"type": "chat.send", "text": "live again", "ref": "6"})
    assert (await talker.ack("6"))["seq"] == 6
    [live] = await back.lines(1)
    assert (live["seq"], live["text"]) == (6, "live again")


async def test_presence_counts_viewers_on_every_process(live_session, two_processes, room):
    process_a, process_b = two_processes
    on_a = [await room(live_session.pk, app=process_a) for _ in range(2)]
    on_b = await room(live_session.pk, app=process_b)
    for viewer in (*on_a, on_b):
        while (await viewer.next("presence", timeout=6))["viewers"] != 3:
            pass
    await on_a[1].close()
    while (await on_b.next("presence", timeout=6))["viewers"] != 2:
        pass


async def test_a_busy_room_coalesces_lines_into_batches_in_seq_order(live_session, two_processes, room):
    process_a, _ = two_processes
    viewer = await room(live_session.pk, app=process_a)
    talkers = [await db(make_customer)(f"busy{n}") for n in range(5)]

    @db
    def burst():
        for n in range(20):
            chat_send(session_id=live_session.pk, user=talkers[n % 5], text=f"busy {n}")

    await burst()
    frames, lines = [], []
    while len(lines) < 20:
        frame = await viewer.next("chat.message", "chat.batch")
        frames.append(frame)
        lines.extend(frame["messages"] if frame["type"] == "chat.batch" else [frame])
    assert [line["seq"] for line in lines] == list(range(1, 21))
    assert any(frame["type"] == "chat.batch" for frame in frames)
    assert len(frames) < 20


async def test_a_card_push_reaches_each_process_with_per_viewer_suitability(
    live_session, rm, products, two_processes, room
):
    process_a, process_b = two_processes
    host = await room(live_session.pk, rm, app=process_a)
    c5 = await room(live_session.pk, await db(make_customer)("c5-b", level="C5"), app=process_b)
    c2 = await room(live_session.pk, await db(make_customer)("c2-b", level="C2"), app=process_b)
    await host.send({"type": "card.push", "product_id": products["r4"].pk, "ref": "p"})
    await host.ack("p")
    assert (await c5.next("card.pushed"))["can_act"] is True
    assert (await c2.next("card.pushed"))["can_act"] is False


async def test_a_viewer_gone_while_connecting_does_not_stay_in_the_room(live_session, two_processes, room):
    layer = two_processes[0]
    await room(live_session.pk, app=layer)  # someone stays, so the room itself stays open
    hub = hub_for(layer)
    assert len(hub.rooms[live_session.pk].sockets) == 1

    inbox: asyncio.Queue = asyncio.Queue()
    await inbox.put({"type": "websocket.connect"})

    async def closed_protocol_send(message):
        if message["type"] == "websocket.send":  # the browser left right after the handshake
            raise RuntimeError("Attempt to send on a closed protocol")

    scope = {
        "type": "websocket",
        "path": f"/ws/sessions/{live_session.pk}/",
        "query_string": b"",
        "headers": [(b"origin", b"http://testserver"), (b"host", b"testserver")],
        "subprotocols": [],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    with pytest.raises(RuntimeError, match="closed protocol"):
        await asyncio.wait_for(process_app(layer)(scope, inbox.get, closed_protocol_send), timeout=10)

    assert len(hub.rooms[live_session.pk].sockets) == 1, "the dead socket left the room"


async def test_tail_check_reads_the_database_only_for_a_line_that_did_not_arrive(
    live_session, two_processes, monkeypatch
):
    import studio.selectors as selectors
    from studio.fanout import GAP_WAIT, Room

    reads: list[dict] = []
    real_room_events = selectors.room_events

    def counted_room_events(**kwargs):
        reads.append(kwargs)
        return real_room_events(**kwargs)

    monkeypatch.setattr(selectors, "room_events", counted_room_events)
    room = Room(hub_for(two_processes[0]), live_session.pk)

    # The database is a line ahead, and the line comes through Redis within the wait: no read.
    room.catch_up(1)
    await asyncio.sleep(GAP_WAIT / 4)
    await room._sequenced(1, {"type": "chat.message", "seq": 1, "text": "on its way"})
    await asyncio.sleep(GAP_WAIT + 0.3)
    assert reads == [] and room.delivered_seq == 1

    # A line that never arrives is read from the database once the wait is over.
    room.catch_up(2)
    await asyncio.sleep(GAP_WAIT + 0.5)
    assert [(r["after_seq"], r["upto_seq"]) for r in reads] == [(1, 2)]
    assert room.delivered_seq == 2
