"""Group commit of chat lines: the lines that arrive while the database thread is busy go in its next trip.

A Daphne process runs its live-room ORM work on one database thread (``core.db``). One line at a time, that
thread was the limit of a process serving many rooms: each line waited its turn for its own Python, the
PostgreSQL round trip and the commit (430 lines/s at most, with the process's CPU at 61 %). Here each event
loop has one ``ChatIngest``: a ``chat.send`` joins its queue, and whenever no trip of the queue is under way
the queue's lines go to the database thread together (``chat_send_many``: each line decided on its own, the
lines to publish stored in one transaction and one round trip). There is no timer: a lone line at low load
leaves at once, and under load a trip takes every line that came while the previous one ran.

Each line keeps what ``chat_send`` guarantees (docs/scaling.md, "Group commit: order and failure"): it is
stored before it is broadcast, the trips' broadcasts are sent from here in commit order (so a room's lines
leave in ``seq`` order) before any sender of the trip gets an ``ack``, and a line that fails — its own error,
a guard that found a stale fact, a full path of its own — fails or detours alone. The database thread does not
wait for a trip's broadcasts: the next trip starts as soon as the previous one committed.
"""

import asyncio

from core.db import persistent_database_sync_to_async
from core.events import broadcasts_collected, broadcasts_send
from core.loops import for_running_loop
from observability import metrics
from observability.logs import fresh_context
from studio.room_open import room_read_changed_by, room_reads_invalidate
from studio.services.room import ChatLine, chat_send_many

#: Lines per trip at most (a trip of 200 host lines is ~60 ms of the thread): a bound, not a target.
MAX_BATCH = 200


class ChatIngest:
    """The chat lines of one event loop's sockets, written in batches by the process's database thread."""

    def __init__(self, layer) -> None:
        self.layer = layer
        self.waiting: list[tuple[ChatLine, asyncio.Future]] = []
        self.writer: asyncio.Task | None = None
        self.publishing: asyncio.Task | None = None  # the latest trip's broadcasts and answers
        self._send_many = persistent_database_sync_to_async(chat_send_many)
        # The writer's context: its own, as it serves every socket (each line runs as its sender: ``ChatLine``),
        # and the same for every writer task, so that what asgiref keeps per context (Django's cache clients,
        # i.e. the Redis connections of the rate limits) is made once, not once per trip.
        self._context = fresh_context()

    async def send(self, line: ChatLine) -> dict:
        """Store ``line`` (``chat_send``'s contract) and publish it; returns its ack or raises its error.

        Returns after the line's commit and after its broadcast was handed to the channel layer.
        """
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self.waiting.append((line, future))
        if self.writer is None:
            self.writer = loop.create_task(self._write_all(), name="chat-ingest", context=self._context)
        return await future

    async def _write_all(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            while self.waiting:
                batch, self.waiting = self.waiting[:MAX_BATCH], self.waiting[MAX_BATCH:]
                outcomes, collected = await self._store(batch)
                # The next trip starts while this one's broadcasts are sent: they wait for the previous
                # trip's, so the trips' broadcasts leave in commit order.
                self.publishing = loop.create_task(
                    self._publish(self.publishing, batch, outcomes, collected), name="chat-ingest-publish"
                )
        except BaseException:
            for _line, future in self.waiting:
                future.cancel()
            self.waiting = []
            raise
        finally:
            self.writer = None

    async def _store(self, batch: list[tuple[ChatLine, asyncio.Future]]) -> tuple[list, list]:
        """One trip of the database thread: each line's ack or error, and the broadcasts of what committed."""
        lines = [line for line, _future in batch]
        metrics.chat_write_batch(len(lines))
        with broadcasts_collected() as collected:
            try:
                return await self._send_many(lines), collected
            except asyncio.CancelledError:
                self._publish_now(batch, collected)
                for _line, future in batch:
                    future.cancel()
                raise
            except Exception as exc:  # noqa: BLE001 - the trip failed: every line of it gets the error
                # What committed before the failure is still sent (stored before broadcast).
                return [exc] * len(lines), collected

    def _publish_now(self, batch, collected) -> None:
        if collected:
            self.publishing = asyncio.get_running_loop().create_task(
                self._publish(self.publishing, [], [], collected)
            )

    async def _publish(
        self,
        previous: asyncio.Task | None,
        batch: list[tuple[ChatLine, asyncio.Future]],
        outcomes: list,
        collected: list,
    ) -> None:
        """Send a trip's broadcasts after the previous trip's, then answer its senders."""
        try:
            if previous is not None and not previous.done():
                await asyncio.wait([previous])
            if any(room_read_changed_by(event) for _group, event in collected):
                for session_id in {line.session_id for line, _future in batch}:
                    room_reads_invalidate(session_id)
            await broadcasts_send(self.layer, collected)
        finally:
            for (_line, future), outcome in zip(batch, outcomes, strict=True):
                if future.done():  # the sender's socket went away meanwhile; the line stands
                    continue
                if isinstance(outcome, BaseException):
                    future.set_exception(outcome)
                else:
                    future.set_result(outcome)
            if self.publishing is asyncio.current_task():
                self.publishing = None


def chat_ingest_for(layer) -> ChatIngest:
    """The ``ChatIngest`` of this process for ``layer`` on the running event loop (kept as the hub is)."""
    return for_running_loop(layer.__dict__.setdefault("_chat_ingests", {}), lambda: ChatIngest(layer))
