"""The live room under faults, with real Daphne processes, real sockets, PostgreSQL and Redis.

- A Daphne process is SIGKILLed mid-chat: its clients reconnect to another process with ``?last_seq=`` and
  resend unanswered frames with the same ``ref``; every line is stored once and reaches every viewer once.
- Redis (a server of this test's own) is killed and restarted: the servers resubscribe, chat resumes, every
  acknowledged line is in the transcript and reaches every viewer.
- The database becomes unreachable (a proxy between this test's Daphne and PostgreSQL refuses and drops
  connections): new lines get a clear ``unavailable`` error, nothing is acknowledged that was not stored, and
  the room recovers by itself when the database is back.

The invariant checked after each: a line acknowledged with a ``seq`` is in the transcript under that ``seq``,
each ``ref`` is stored at most once, and every viewer holds every published ``seq`` exactly once.
"""

import asyncio
import time

import pytest
import redis
from channels.db import database_sync_to_async
from django.db import connection

from studio.models import ChatMessage
from tests.factories import make_customer
from tests.reliability.conftest import CuttableProxy, RoomClient, session_cookie
from tests.support.markers import requires_postgresql

pytestmark = [
    pytest.mark.faults,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.timeout(150),
]


@database_sync_to_async
def _transcript(session_id: int) -> list[ChatMessage]:
    return list(ChatMessage.objects.filter(session_id=session_id).order_by("pk"))


async def _check_invariants(session_id: int, talkers: list[RoomClient], viewers: list[RoomClient]) -> int:
    """Assert what the room promises; returns the last published seq."""
    rows = await _transcript(session_id)
    refs = [(row.author_id, row.ref) for row in rows if row.ref]
    assert len(refs) == len(set(refs)), "a ref was stored twice"
    by_ref = {row.ref: row for row in rows}
    for talker in talkers:
        for ref, ack in talker.acks.items():
            if "seq" not in ack:
                continue
            assert ref in by_ref, f"{talker.name}: {ref} was acknowledged but is not stored"
            assert by_ref[ref].seq == ack["seq"], (
                f"{ref}: acked as seq {ack['seq']}, stored as {by_ref[ref].seq}"
            )
    published = sorted(row.seq for row in rows if row.seq is not None)
    assert published == list(range(1, len(published) + 1)), f"the sequence has holes: {published}"
    for client in viewers + talkers:
        await client.wait_for_seq(len(published))
        assert client.duplicates == [], f"{client.name} got seqs twice: {client.duplicates}"
        assert sorted(client.lines) == published, f"{client.name} holds {sorted(client.lines)}"
        for seq, line in client.lines.items():
            assert line["text"] == next(r.text for r in rows if r.seq == seq)
    return len(published)


async def _customer(name: str) -> str:
    user = await database_sync_to_async(make_customer)(name, level="C3")
    return await session_cookie(user)


async def _close(*clients: RoomClient) -> None:
    for client in clients:
        await client.close()


async def test_clients_of_a_killed_daphne_resume_on_another_without_loss_or_duplicates(
    live_session, rm, processes, fresh_counters
):
    doomed, port_a = await asyncio.to_thread(processes.daphne)
    _, port_b = await asyncio.to_thread(processes.daphne)
    sid = live_session.pk
    host = RoomClient(sid, await session_cookie(rm), name="host@A")
    customer = RoomClient(sid, await _customer("fault-c1"), name="customer@B")
    viewers = [RoomClient(sid, name=f"viewer{n}@{'AB'[n // 2]}") for n in range(4)]
    await host.open(port_a)
    await customer.open(port_b)
    for n, viewer in enumerate(viewers):
        await viewer.open(port_a if n < 2 else port_b)
    try:
        for k in range(3):
            assert (await host.say(f"欢迎大家，第{k}条", f"h{k}"))["status"] == "published"
        assert (await customer.say("主播好", "c0"))["status"] == "published"

        # The host fires lines without waiting; process A dies under them.
        async def burst():
            for k in range(3, 15):
                await host.send({"type": "chat.send", "text": f"欢迎大家，第{k}条", "ref": f"h{k}"})
                await asyncio.sleep(0.03)

        sender = asyncio.create_task(burst())
        while len(host.acks) < 6:
            await asyncio.sleep(0.01)
        await asyncio.to_thread(processes.kill, doomed)
        await asyncio.gather(sender, return_exceptions=True)
        await host.closed.wait()
        unsent = [f"h{k}" for k in range(3, 15) if f"h{k}" not in host.pending and f"h{k}" not in host.acks]

        # Everyone on A comes back on B, from the last seq they saw; the host resends what got no answer.
        for client in [host, *viewers[:2]]:
            await client.open(port_b)
        answers = await host.resend_pending()
        assert all(a["type"] == "ack" and a["status"] == "published" for a in answers.values()), answers
        for ref in unsent:
            await host.say(f"欢迎大家，第{ref[1:]}条", ref)
        assert (await customer.say("恢复了", "c1"))["status"] == "published"
        assert (await host.say("继续直播", "h-after"))["status"] == "published"

        last = await _check_invariants(sid, [host, customer], viewers)
        assert last == 18  # 16 host lines, 2 customer lines, nothing lost and nothing twice
        assert len(answers) >= 1 or unsent, "the kill should have caught frames in flight"
    finally:
        await _close(host, customer, *viewers)


def _group_subscribers(redis_url: str, session_id: int) -> int:
    client = redis.Redis.from_url(redis_url)
    try:
        [(_, count)] = client.pubsub_numsub(f"cloudstudio-test-0__group__room-{session_id}")
        return count
    finally:
        client.close()


async def test_a_redis_restart_loses_no_acknowledged_line(live_session, rm, own_redis, processes):
    _, port_a = await asyncio.to_thread(processes.daphne, REDIS_URL=own_redis.url)
    _, port_b = await asyncio.to_thread(processes.daphne, REDIS_URL=own_redis.url)
    sid = live_session.pk
    host = RoomClient(sid, await session_cookie(rm), name="host@A")
    customer = RoomClient(sid, await _customer("redis-c1"), name="customer@B")
    viewers = [RoomClient(sid, name="viewer@A"), RoomClient(sid, name="viewer@B")]
    await host.open(port_a)
    await customer.open(port_b)
    await viewers[0].open(port_a)
    await viewers[1].open(port_b)
    try:
        for k in range(3):
            assert (await host.say(f"欢迎大家，第{k}条", f"h{k}"))["status"] == "published"
        assert (await customer.say("主播好", "c0"))["status"] == "published"
        await _check_invariants(sid, [host, customer], viewers)
        assert await asyncio.to_thread(_group_subscribers, own_redis.url, sid) == 2

        own_redis.kill()
        during = {ref: await host.say(f"断线期间第{ref}条", ref) for ref in ("h-down-1", "h-down-2")}
        customer_during = await customer.say("还在吗", "c-down")
        # The host's lines need only the database: stored, published and acknowledged; the broadcast waits
        # for the room's tail check. A customer's line needs Redis (rate limit): a clear error, nothing stored.
        for ack in during.values():
            assert ack["type"] == "ack" and ack["status"] == "published", ack
        assert customer_during["type"] == "error" and customer_during["code"] == "unavailable", (
            customer_during
        )
        assert not await database_sync_to_async(ChatMessage.objects.filter(ref="c-down").exists)()
        await asyncio.sleep(1)

        own_redis.start()  # the same port, empty: subscriptions, counters and presence are gone
        deadline = time.monotonic() + 20
        while await asyncio.to_thread(_group_subscribers, own_redis.url, sid) < 2:
            assert time.monotonic() < deadline, (
                "the servers did not resubscribe to the room after the restart"
            )
            await asyncio.sleep(0.2)
        retried = await customer.resend_pending()
        assert retried["c-down"]["type"] == "ack", retried
        for k in range(3, 6):
            assert (await host.say(f"欢迎回来，第{k}条", f"h{k}"))["status"] == "published"
        await _check_invariants(sid, [host, customer], viewers)

        # A client that drops now and resumes on the other process gets what it missed, once.
        await viewers[0].close()
        dropped_at = viewers[0].last_seq
        assert (await customer.say("再来一条", "c2"))["status"] == "published"
        await viewers[0].open(port_b)
        await viewers[0].wait_for_seq(dropped_at + 1)
        await _check_invariants(sid, [host, customer], viewers)
    finally:
        await _close(host, customer, *viewers)


@requires_postgresql
async def test_a_database_outage_gives_clear_errors_acks_nothing_unstored_and_recovers(
    live_session, rm, processes
):
    settings_dict = connection.settings_dict
    proxy = CuttableProxy(settings_dict.get("HOST") or "127.0.0.1", int(settings_dict.get("PORT") or 5432))
    user = settings_dict.get("USER") or ""
    password = f":{settings_dict['PASSWORD']}" if settings_dict.get("PASSWORD") else ""
    url = f"postgres://{user}{password}@127.0.0.1:{proxy.port}/{settings_dict['NAME']}"
    _, port = await asyncio.to_thread(processes.daphne, DATABASE_URL=url)
    sid = live_session.pk
    host = RoomClient(sid, await session_cookie(rm), name="host")
    customer = RoomClient(sid, await _customer("db-c1"), name="customer")
    viewer = RoomClient(sid, name="viewer")
    for client in (host, customer, viewer):
        await client.open(port)
    try:
        assert (await host.say("欢迎大家", "h0"))["status"] == "published"
        assert (await customer.say("主播好", "c0"))["status"] == "published"

        proxy.cut()
        refused = {
            "h-down": await host.say("断库期间", "h-down"),
            "c-down": await customer.say("断库期间", "c-down"),
        }
        for ref, answer in refused.items():
            assert answer["type"] == "error" and answer["code"] == "unavailable", (ref, answer)
            assert answer["message"]
        stored = await database_sync_to_async(
            lambda: list(ChatMessage.objects.filter(ref__in=refused).values_list("ref", flat=True))
        )()
        assert stored == [], f"lines stored although the database was cut off: {stored}"
        # The sockets stay open and answer what needs no database.
        await customer.send({"type": "reaction", "kind": "like", "ref": "r-down"})
        assert (await customer.answer("r-down"))["type"] == "ack"
        assert not viewer.closed.is_set()

        proxy.mend()
        # Nothing to restart: the next frames find the database again.
        deadline = time.monotonic() + 20
        while True:
            retried = await customer.resend_pending()
            if all(a["type"] == "ack" for a in retried.values()):
                break
            assert time.monotonic() < deadline, f"the room did not recover: {retried}"
            await asyncio.sleep(0.5)
        assert (await host.resend_pending())["h-down"]["status"] == "published"
        assert (await host.say("恢复正常", "h1"))["status"] == "published"
        latecomer = RoomClient(sid, name="latecomer")
        await latecomer.open(port)  # with ?last_seq=0: the whole transcript, then live
        await _check_invariants(sid, [host, customer], [viewer, latecomer])
        await latecomer.close()
    finally:
        await _close(host, customer, viewer)
        proxy.close()
