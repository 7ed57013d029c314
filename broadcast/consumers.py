"""The browser-broadcast socket: the RM's console streams MediaRecorder chunks here, one relay per socket.

``ws/broadcast/<session_id>/`` — the session's owner only (``access_session(for_write=True)``); others are
closed with 4403, the same as for a session that does not exist. Frames: ``broadcast/protocol.py``. The
consumer parses, authorises and hands chunks to the relay; whether the stream may go (or stay) on air is
the ingest's question to ``broadcast.services``, exactly as for OBS.
"""

import asyncio
import contextlib
import json
import time

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from pydantic import ValidationError

from broadcast import selectors, services
from broadcast.errors import BroadcastError
from broadcast.protocol import InboundFrame
from broadcast.relay import CHUNK_LIMIT, BrowserRelay
from core.exceptions import ApplicationError
from studio.access import access_session

CLOSE_FORBIDDEN = 4403
HEALTH_EVERY = 2.0


def _open(user, session_id: int):
    return access_session(user, session_id, for_write=True)


def _push_url(session) -> str:
    return services.stream_internal_push_url(session=session)


def _end_reason(session) -> str:
    return selectors.stream_last_refusal(selectors.stream_of(session)) or "relay_failed"


class BroadcastConsumer(AsyncWebsocketConsumer):
    relay: BrowserRelay | None = None
    tasks: tuple = ()

    async def connect(self):
        try:
            session_id = int(self.scope["url_route"]["kwargs"]["session_id"])
            self.session = await database_sync_to_async(_open)(self.scope.get("user"), session_id)
        except (ApplicationError, ValueError, KeyError):
            await self.close(CLOSE_FORBIDDEN)
            return
        await self.accept()

    async def send_frame(self, frame: dict) -> None:
        await self.send(text_data=json.dumps(frame))

    async def receive(self, text_data=None, bytes_data=None):
        if bytes_data is not None:
            if self.relay is None or len(bytes_data) > CHUNK_LIMIT:
                await self.send_frame({"type": "error", "code": "malformed"})
            elif not await self.relay.feed(bytes_data):
                await self._stop()
            return
        try:
            frame = InboundFrame.validate_json(text_data or "")
        except ValidationError:
            await self.send_frame({"type": "error", "code": "malformed"})
            return
        if frame.type == "start":
            await self._start(frame.mime)
        else:
            await self._stop()

    async def _start(self, mime: str) -> None:
        if self.relay is not None and self.relay.running:
            await self.send_frame({"type": "error", "code": BroadcastError.ALREADY_BROADCASTING})
            return
        push_url = await database_sync_to_async(_push_url)(self.session)
        self.relay = BrowserRelay(push_url, mime)
        try:
            await self.relay.start()
        except OSError:
            self.relay = None
            await self.send_frame({"type": "error", "code": BroadcastError.INGEST_UNAVAILABLE})
            return
        self.tasks = (
            asyncio.create_task(self._watch(self.relay)),
            asyncio.create_task(self._health(self.relay)),
        )
        await self.send_frame({"type": "started", "transcoding": self.relay.transcoding})

    async def _watch(self, relay: BrowserRelay) -> None:
        """ffmpeg ends when the ingest refuses or cuts the stream (or the RM stops): say why."""
        code = await relay.wait()
        if relay is self.relay:
            reason = (
                "stopped_by_you" if code == 0 else await database_sync_to_async(_end_reason)(self.session)
            )
            with contextlib.suppress(Exception):
                await self.send_frame({"type": "ended", "reason": reason})

    async def _health(self, relay: BrowserRelay) -> None:
        last_bytes, last_at = 0, time.monotonic()
        while relay.running:
            await asyncio.sleep(HEALTH_EVERY)
            now = time.monotonic()
            kbps = (relay.bytes_in - last_bytes) * 8 / 1000 / max(now - last_at, 0.001)
            last_bytes, last_at = relay.bytes_in, now
            await self.send_frame(
                {
                    "type": "health",
                    "bytes": relay.bytes_in,
                    "seconds": round(now - relay.started_at, 1),
                    "kbps": round(kbps),
                }
            )

    async def _stop(self) -> None:
        if self.relay is not None:
            await self.relay.stop()

    async def disconnect(self, code):
        for task in self.tasks:
            task.cancel()
        if self.relay is not None:
            self.relay, relay = None, self.relay
            await relay.stop()
