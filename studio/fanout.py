"""Per-process fan-out of live-room events: one channel-layer subscription per room per process.

Stock Channels gives every socket its own channel and pushes each group message through each
consumer (deserialise, dispatch, encode, send) one after another; PERFORMANCE-NOTES.md measured
that at 2,000–4,000 deliveries/s per core. Here a process holds one ``Hub`` (per channel layer and
event loop); the hub holds one ``Room`` per session that has sockets in this process. The room
subscribes one channel of the layer to the session's group, and for every event encodes the frame
**once** and writes the same ASGI message to each local socket. No database query happens per
delivery; the only queries are one when a room opens in a process, one per detected sequence gap,
and one per hub every two seconds for all its rooms (the tail check below). It is one module of ~500 lines
because ``Room`` and ``Hub`` share the ordering lock and the delivery state; what touches Daphne's internals
is ``studio.wire``, presence is ``studio.presence``.

Guarantees, across any number of processes:
- **Order**: ``room.seq`` events (``chat.message``, ``chat.removed``) leave a room in ``seq`` order.
  Out-of-order arrivals (two processes published close together) wait up to ``GAP_WAIT`` for the
  missing seq, then the gap is read from the database, which is the truth: the sequence is
  allocated under the session row lock and broadcast only after commit, so a seq seen on the layer
  means every smaller seq is already committed.
- **No loss**: pub/sub delivery is at most once. A gap is filled from the database; a lost *last*
  event is caught by the tail check, which compares the room's ``last_seq`` with what was delivered.
  A reconnecting client catches up with ``resume``, also on another process.
- **Busy rooms**: chat lines are coalesced: at most one chat frame per ``BATCH_INTERVAL`` per room; a
  frame with several lines is ``chat.batch {messages}`` in seq order.
- **Per-viewer cards**: ``room.card`` is turned into ``card.pushed {card, can_act, reason}`` per socket
  from the viewer's risk profile snapshot, encoded once per distinct profile, not per socket.
- **Presence**: each hub writes its socket count per room into a Redis hash every ``PRESENCE_INTERVAL``
  and reads the sum of all processes' fresh entries (``studio.presence``); a changed sum is sent as
  ``presence {viewers}``.
- **Reactions**: counted locally; once a second each hub publishes its counts to the group, and each
  hub sends its sockets at most one ``reactions {counts}`` frame per second.

Sockets are objects with ``viewer`` (``studio.access.Viewer``), ``base_send`` (the ASGI send), ``wire``
(``studio.wire.wire_of(base_send)``: Daphne's protocol for direct frame writes, or None) and
``replaying``/``replay_buffer``/``skip_upto`` (set while and after the socket is replayed to).
"""

import asyncio
import json
import logging
import os
import socket
import time
import uuid
from collections import Counter
from datetime import datetime
from typing import Any

from django.conf import settings
from redis import asyncio as aioredis

from compliance.screening import engine_warm
from core.db import persistent_database_sync_to_async
from core.heap import server_heap_warm
from core.loops import for_running_loop
from observability import metrics
from observability.logs import fresh_context
from products.models import Product
from products.services import suitability_check
from studio.lifecycle import room_group
from studio.presence import PRESENCE_INTERVAL, Presence
from studio.room_open import room_read_changed_by, room_reads_invalidate
from studio.wire import deliver

logger = logging.getLogger(__name__)

BATCH_INTERVAL = 0.1
GAP_WAIT = 0.2
REACTION_INTERVAL = 1.0


def encode(frame: dict) -> str:
    return json.dumps(frame, ensure_ascii=False, separators=(",", ":"))


def frames_for(items: list[dict]) -> list[dict]:
    """Sequenced items as frames: runs of ``chat.message`` become one ``chat.batch``, in seq order."""
    frames: list[dict] = []
    run: list[dict] = []
    for item in items:
        if item["type"] == "chat.message":
            run.append(item)
            continue
        if run:
            frames.append(run[0] if len(run) == 1 else {"type": "chat.batch", "messages": run})
            run = []
        frames.append(item)
    if run:
        frames.append(run[0] if len(run) == 1 else {"type": "chat.batch", "messages": run})
    return frames


def _is_staff(sock) -> int:
    """1 for a socket of the host, an RM or an officer (the viewer count and analytics count the audience)."""
    viewer = getattr(sock, "viewer", None)
    return int(getattr(viewer, "role", "guest") not in ("customer", "guest"))


class Room:
    """One session's sockets in this process, and its one subscription to the session's group."""

    def __init__(self, hub: "Hub", session_id: int) -> None:
        self.hub = hub
        self.session_id = session_id
        self.group = room_group(session_id)
        self.sockets: set = set()
        self.staff = 0  # sockets of the host and other staff: not counted as viewers
        self.channel: str | None = None
        self.delivered_seq = 0
        self.pending: dict[int, dict] = {}
        self.chat_buffer: list[dict] = []
        self.last_chat_flush = 0.0
        self.flush_handle: asyncio.TimerHandle | None = None
        self.gap_task: asyncio.Task | None = None
        self.reader: asyncio.Task | None = None
        self.local_reactions: Counter = Counter()
        self.room_reactions: Counter = Counter()
        self.viewers = 0
        self.lock = asyncio.Lock()  # emission in seq order: the reader, gap fills and replays take turns
        self.ready = asyncio.get_running_loop().create_future()
        self.closed = False
        # Publish time of the oldest sequenced event not yet written (0: none): each write observes its lag.
        self.lag_since = 0.0

    # -- life cycle ------------------------------------------------------------------------

    async def start(self) -> None:
        from studio.selectors import room_last_seqs

        try:
            layer = self.hub.layer
            self.channel = await layer.new_channel(prefix="room.")
            await layer.group_add(self.group, self.channel)
            room_reads_invalidate(
                self.session_id
            )  # connects may reuse reads only from after the subscription
            # Read the sequence after subscribing: anything later arrives on the channel (or is a gap).
            seqs = await persistent_database_sync_to_async(room_last_seqs)(session_ids=[self.session_id])
            self.delivered_seq = seqs.get(self.session_id, 0)
            self.reader = asyncio.create_task(
                self._read(),
                name=f"room-{self.session_id}-reader",
                context=fresh_context(live_session_id=self.session_id),
            )
            self.ready.set_result(True)
        except BaseException as exc:
            self.ready.set_exception(exc)
            raise

    async def stop(self) -> None:
        self.closed = True
        for task in (self.reader, self.gap_task):
            if task is not None:
                task.cancel()
        if self.flush_handle is not None:
            self.flush_handle.cancel()
        if self.channel is not None:
            try:
                await self.hub.layer.group_discard(self.group, self.channel)
            except Exception:  # the layer may already be closing with the loop
                logger.warning("room %s: group_discard failed", self.session_id, exc_info=True)
        for task in (self.reader, self.gap_task):
            if task is not None:
                try:
                    await task
                except BaseException:  # noqa: B036 - cancelled readers end with CancelledError
                    pass

    async def _read(self) -> None:
        layer = self.hub.layer
        while True:
            event = await layer.receive(self.channel)
            try:
                await self.handle(event)
            except Exception:
                logger.exception("room %s: event %r failed", self.session_id, event.get("type"))

    # -- events ----------------------------------------------------------------------------

    async def handle(self, event: dict[str, Any]) -> None:
        kind = event.get("type")
        if room_read_changed_by(event):
            room_reads_invalidate(self.session_id)  # connects from now on read the room again
        if kind == "room.seq":
            self.lag_since = self.lag_since or event.get("ts", 0.0)
            await self._sequenced(int(event["seq"]), event["frame"])
        elif kind == "room.frame":
            async with self.lock:
                await self._flush_chat()
                await self.send_all(encode(event["frame"]))
            metrics.fanout_lag(event.get("ts"))
        elif kind == "room.card":
            await self._send_card(event["card"], event["product"])
        elif kind == "room.user":
            text = encode(event["frame"])
            await self._send_to([s for s in self.sockets if s.viewer.user_id == event["user_id"]], text)
        elif kind == "room.reactions":
            self.room_reactions.update(event["counts"])
        elif kind == "room.admission":  # a grant ended: each socket checks its own admission again
            for sock in list(self.sockets):
                recheck = getattr(sock, "admission_recheck", None)
                if recheck is not None:
                    self.hub._background(recheck())
        else:
            logger.warning("room %s: unknown event %r", self.session_id, kind)

    async def _sequenced(self, seq: int, frame: dict) -> None:
        async with self.lock:
            if seq <= self.delivered_seq or seq in self.pending:
                return  # already delivered (a gap fill got it first) or a duplicate
            self.pending[seq] = frame
            await self._drain()
            if self.pending and self.gap_task is None:
                self.gap_task = asyncio.create_task(self._fill(wait=GAP_WAIT))

    async def _drain(self) -> None:
        while self.delivered_seq + 1 in self.pending:
            self.delivered_seq += 1
            await self._emit(self.pending.pop(self.delivered_seq))

    async def _fill(self, *, wait: float, upto: int | None = None) -> None:
        """Wait briefly for missing seqs, then read them from the database (the transcript is the truth).

        The database answers for the whole range ``(delivered_seq, target]``: a seq it has no frame for
        (a line removed since, replayed as its removal) is skipped rather than waited for.
        """
        from studio.selectors import room_events

        try:
            await asyncio.sleep(wait)
            while True:
                target = min(self.pending) - 1 if self.pending else upto
                upto = None
                if target is None or target <= self.delivered_seq:
                    break
                frames = await persistent_database_sync_to_async(room_events)(
                    session_id=self.session_id, after_seq=self.delivered_seq, upto_seq=target
                )
                async with self.lock:
                    for seq in [seq for seq in self.pending if seq <= target]:
                        del self.pending[seq]
                    for frame in frames:
                        if frame["seq"] > self.delivered_seq:
                            self.delivered_seq = frame["seq"]
                            await self._emit(frame)
                    self.delivered_seq = max(self.delivered_seq, target)
                    await self._drain()
        finally:
            self.gap_task = None

    def catch_up(self, last_seq: int) -> None:
        """The tail check: the database says the room is at ``last_seq``; fetch what never arrived.

        Waits ``GAP_WAIT`` first: a line committed a moment ago is usually on its way through Redis, and in a
        busy process most rooms have one; reading each of them at once cost a query per room per tick.
        """
        if last_seq > self.delivered_seq and self.gap_task is None:
            self.gap_task = asyncio.create_task(self._fill(wait=GAP_WAIT, upto=last_seq))

    async def _emit(self, frame: dict) -> None:
        if frame["type"] == "chat.message":
            await self._queue_chat(frame)
        else:
            await self._flush_chat()
            await self.send_all(encode(frame), seq_items=[frame])

    async def _queue_chat(self, frame: dict) -> None:
        loop = asyncio.get_running_loop()
        now = loop.time()
        if not self.chat_buffer and now - self.last_chat_flush >= BATCH_INTERVAL:
            self.last_chat_flush = now
            metrics.chat_frame(1)
            await self.send_all(encode(frame), seq_items=[frame])
            return
        self.chat_buffer.append(frame)
        if self.flush_handle is None:
            self.flush_handle = loop.call_at(self.last_chat_flush + BATCH_INTERVAL, self._flush_soon)

    def _flush_soon(self) -> None:
        self.flush_handle = None
        task = asyncio.ensure_future(self._flush_chat_locked())
        self.hub.background.add(task)
        task.add_done_callback(self.hub.background.discard)

    async def _flush_chat_locked(self) -> None:
        async with self.lock:
            await self._flush_chat()

    async def _flush_chat(self) -> None:
        """Send the buffered chat lines as one frame; the caller holds ``self.lock``."""
        if self.flush_handle is not None:
            self.flush_handle.cancel()
            self.flush_handle = None
        if not self.chat_buffer:
            return
        batch, self.chat_buffer = self.chat_buffer, []
        self.last_chat_flush = asyncio.get_running_loop().time()
        frame = batch[0] if len(batch) == 1 else {"type": "chat.batch", "messages": batch}
        metrics.chat_frame(len(batch))
        await self.send_all(encode(frame), seq_items=batch)

    # -- replay (resume) -----------------------------------------------------------------------

    async def add(self, sock, *, replay: bool) -> int:
        """Add a socket; with ``replay`` it starts in replay mode. Returns the seq it is live after."""
        async with self.lock:
            # Lines counted in delivered_seq may still wait in the chat batch: send them before this socket
            # joins, or it would get them from its replay (which reads up to delivered_seq) and again here.
            await self._flush_chat()
            if replay:
                sock.replaying, sock.replay_buffer = True, []
            if sock not in self.sockets:
                self.sockets.add(sock)
                self.staff += _is_staff(sock)
            return self.delivered_seq

    @property
    def audience(self) -> int:
        """This process's sockets of the room's audience (customers and guests): what the viewer count counts."""
        return len(self.sockets) - self.staff

    async def begin_replay(self, sock) -> int:
        """Hold the socket's sequenced frames; returns the seq up to which the caller replays from the DB."""
        async with self.lock:
            await self._flush_chat()  # as in add(): everything up to delivered_seq has left before the replay
            sock.replaying, sock.replay_buffer = True, []
            return self.delivered_seq

    async def finish_replay(self, sock, upto: int) -> None:
        """Send what arrived during the replay (seq > ``upto``), in order, then let the socket go live."""
        async with self.lock:
            items = [item for item in sock.replay_buffer if item["seq"] > upto]
            sock.replaying, sock.replay_buffer = False, []
            # A client that resumed from beyond what this process has delivered yet must not get
            # those lines again when they arrive.
            sock.skip_upto = upto if upto > self.delivered_seq else 0
            for frame in frames_for(items):
                await sock.base_send({"type": "websocket.send", "text": encode(frame)})

    # -- delivery --------------------------------------------------------------------------

    async def send_all(self, text: str, *, seq_items: list[dict] | None = None) -> None:
        """Write one encoded frame to every local socket (the same ASGI message object for all)."""
        self.hub.deliveries += len(self.sockets)
        metrics.delivered(len(self.sockets))
        if seq_items is not None and self.lag_since:
            metrics.fanout_lag(self.lag_since)
            self.lag_since = 0.0
        message = {"type": "websocket.send", "text": text}
        frame: list = []
        for sock in list(self.sockets):
            if seq_items is not None and (sock.replaying or sock.skip_upto):
                if sock.replaying:
                    sock.replay_buffer.extend(seq_items)
                    continue
                fresh = [item for item in seq_items if item["seq"] > sock.skip_upto]
                if fresh:
                    sock.skip_upto = 0  # the room has passed where this socket's replay ended
                if len(fresh) != len(seq_items):
                    for frame in frames_for(fresh):
                        await sock.base_send({"type": "websocket.send", "text": encode(frame)})
                    continue
            try:
                await deliver(sock, message, frame)
            except Exception:  # a socket that is going away must not stop the others
                logger.debug("room %s: send failed", self.session_id, exc_info=True)

    async def _send_to(self, sockets: list, text: str) -> None:
        message = {"type": "websocket.send", "text": text}
        frame: list = []
        for sock in sockets:
            try:
                await deliver(sock, message, frame)
            except Exception:
                logger.debug("room %s: send failed", self.session_id, exc_info=True)

    async def _send_card(self, card: dict, facts: dict) -> None:
        product = Product(
            risk_level=facts["risk_level"],
            status=facts["status"],
            sale_start=datetime.fromisoformat(facts["sale_start"]) if facts.get("sale_start") else None,
            sale_end=datetime.fromisoformat(facts["sale_end"]) if facts.get("sale_end") else None,
        )
        from django.utils import timezone

        now = timezone.now()
        by_key: dict[tuple, tuple[dict, list]] = {}
        for sock in list(self.sockets):
            key = sock.viewer.suitability_key
            encoded = by_key.get(key)
            if encoded is None:
                verdict = suitability_check(profile=sock.viewer.profile, product=product, now=now)
                card_frame = {
                    "type": "card.pushed",
                    "card": card,
                    "can_act": verdict.allowed,
                    "reason": verdict.message,
                    "reason_code": verdict.reason.value,
                }
                encoded = by_key[key] = ({"type": "websocket.send", "text": encode(card_frame)}, [])
            try:
                await deliver(sock, *encoded)
            except Exception:
                logger.debug("room %s: send failed", self.session_id, exc_info=True)

    async def tick_reactions(self) -> None:
        if self.local_reactions:
            counts, self.local_reactions = dict(self.local_reactions), Counter()
            await self.hub.layer.group_send(self.group, {"type": "room.reactions", "counts": counts})
        if self.room_reactions:
            counts, self.room_reactions = dict(self.room_reactions), Counter()
            await self.send_all(encode({"type": "reactions", "counts": counts}))


class Hub:
    """All rooms of one server process (one per channel layer and event loop)."""

    def __init__(self, layer) -> None:
        self.layer = layer
        self.rooms: dict[int, Room] = {}
        self.process_key = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.ticker: asyncio.Task | None = None
        self.background: set[asyncio.Task] = set()
        self.deliveries = 0
        self._prefix = settings.CHANNEL_LAYERS["default"]["CONFIG"].get("prefix", "asgi")
        self.presence = Presence(prefix=self._prefix, process_key=self.process_key)

    def _background(self, coroutine) -> None:
        task = asyncio.ensure_future(coroutine)
        self.background.add(task)
        task.add_done_callback(self._background_done)

    def _background_done(self, task: asyncio.Task) -> None:
        self.background.discard(task)
        if not task.cancelled() and task.exception() is not None:
            logger.warning("live-room hub background task failed: %r", task.exception())

    @property
    def redis(self) -> aioredis.Redis:
        return self.presence.redis

    def presence_key(self, session_id: int) -> str:
        return self.presence.key(session_id)

    async def join(self, session_id: int, sock, *, replay: bool = False) -> tuple[Room, int]:
        """Add a socket to its room, subscribing the room in this process on first use."""
        room = self.rooms.get(session_id)
        if room is None:
            room = self.rooms[session_id] = Room(self, session_id)
            try:
                await room.start()
            except BaseException:
                self.rooms.pop(session_id, None)
                raise
            metrics.room_opened()
            if self.ticker is None or self.ticker.done():
                self.ticker = asyncio.create_task(
                    self._tick(), name="live-room-hub-ticker", context=fresh_context()
                )
            process_warm_up()
        else:
            await room.ready
        live_after = await room.add(sock, replay=replay)
        metrics.viewer_joined()
        return room, live_after

    async def leave(self, session_id: int, sock) -> None:
        room = self.rooms.get(session_id)
        if room is None:
            return
        if sock in room.sockets:
            metrics.viewer_left()
            room.sockets.discard(sock)
            room.staff -= _is_staff(sock)
        if not room.sockets and not room.closed:
            room.closed = True
            metrics.room_closed()
            self.rooms.pop(session_id, None)
            if not self.rooms and self.ticker is not None:
                self.ticker.cancel()
                self.ticker = None
            await room.stop()
            try:
                await self.redis.hdel(self.presence_key(session_id), self.process_key)
            except Exception:
                logger.warning("presence cleanup failed for room %s", session_id, exc_info=True)

    def subscriptions(self) -> dict[int, int]:
        """How many layer channels this process has subscribed per room (the fan-out test reads it)."""
        counts: dict[int, int] = {}
        for session_id, room in self.rooms.items():
            group_channel = f"{self._prefix}__group__{room.group}"
            layer = self.layer._get_layer()
            counts[session_id] = len(layer.groups.get(group_channel, ()))
        return counts

    async def _tick(self) -> None:
        from studio.selectors import room_last_seqs

        last_presence = 0.0
        while self.rooms:
            await asyncio.sleep(REACTION_INTERVAL)
            rooms = list(self.rooms.values())
            for room in rooms:
                try:
                    await room.tick_reactions()
                except Exception:
                    logger.exception("room %s: reactions tick failed", room.session_id)
            now = time.time()
            if now - last_presence < PRESENCE_INTERVAL - 0.05 or not rooms:
                continue
            last_presence = now
            # Presence needs Redis, the tail check the database: either may be down without stopping the other
            # (with Redis down, lines still reach this process's sockets through the tail check).
            try:
                await self._presence(rooms, now)
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("live-room hub presence tick failed")
            try:
                seqs = await persistent_database_sync_to_async(room_last_seqs)(
                    session_ids=[r.session_id for r in rooms]
                )
                for room in rooms:
                    room.catch_up(seqs.get(room.session_id, 0))
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("live-room hub tail check failed")

    async def _presence(self, rooms: list[Room], now: float) -> None:
        totals = await self.presence.publish({room.session_id: room.audience for room in rooms}, now)
        for room in rooms:
            total = totals[room.session_id]
            if total != room.viewers:
                room.viewers = total
                await room.send_all(encode({"type": "presence", "viewers": total}))

    async def viewers_now(self, session_id: int) -> int:
        """The room's viewer count across processes right now (for the joining socket's first frame)."""
        room = self.rooms.get(session_id)
        return await self.presence.viewers_now(session_id, local=room.audience if room else 0)


_warm_up: dict[str, Any] = {"task": None}


def process_warm_up_before_serving() -> bool:
    """Compile the rule packs now, before the server process listens (``config/asgi.py`` under Daphne).

    Compiling takes 1.5-2.5 s of CPU. Started in the background when the reactor ran, it overlapped the first
    seconds of the join storm a fresh process gets in a deploy (10-12 % of the process's samples in
    ``bench/fanout.py --connect-storm 5000``, py-spy): a process now opens its port only once it is ready.
    When it fails (the database unreachable at start), the background warm-up runs when the first room opens.
    """
    if _warm_up["task"] is not None:
        return True
    try:
        engine_warm()
    except Exception:
        logger.warning("warm-up before serving failed; the first room warms the process", exc_info=True)
        return False
    _warm_up["task"] = "done before serving"
    return True


def process_warm_up() -> None:
    """Start this process's one-time warm-up in the background, unless it has started (or finished) already.

    The rule packs are compiled (a second or more; ``compliance.screening.engine_warm``) off the event loop,
    then the heap they built is frozen (``core.heap``). A Daphne process has done it before listening
    (``process_warm_up_before_serving``); elsewhere the first room that opens calls this.
    """
    if _warm_up["task"] is not None:
        return

    async def warm() -> None:
        try:
            await asyncio.to_thread(engine_warm)
        except Exception:
            logger.warning("live-room warm-up failed; the first line compiles the packs", exc_info=True)
        server_heap_warm()

    _warm_up["task"] = asyncio.ensure_future(warm())


def hub_for(layer) -> Hub:
    """The hub of this process for ``layer`` on the running event loop.

    Kept on the layer object itself (keyed by the loop object), so a hub lives exactly as long as
    its layer and never outlives the loop its tasks and Redis client belong to.
    """
    return for_running_loop(layer.__dict__.setdefault("_live_room_hubs", {}), lambda: Hub(layer))
