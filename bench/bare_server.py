#!/usr/bin/env python
"""The floor: a bare ``websockets`` server that speaks just enough of the live-room protocol to be benchmarked.

``bench/fanout.py`` drives exactly the same load against this server and against the real project, and prints
the ratio. This server does the least any chat server can do: it keeps the sockets of each room in a set, gives
each ``chat.send`` the room's next ``seq``, answers ``ack {ref, id, status: "published"}`` and hands one encoded
``chat.message`` frame to ``websockets.broadcast`` — no authentication, no database, no compliance check, no
batching. Whatever the real room costs above this is the price of Django, Channels, Redis and the rules.

Run alone: ``python bench/bare_server.py --port 8765`` (127.0.0.1 only); stop it with SIGTERM or Ctrl-C.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import re
import signal
from datetime import UTC, datetime

from websockets.asyncio.server import ServerConnection, broadcast, serve

ROOM_PATH = re.compile(r"^/ws/sessions/(?P<room>[0-9a-zA-Z_-]+)/$")


class Floor:
    def __init__(self) -> None:
        self.rooms: dict[str, set[ServerConnection]] = {}
        self.seq: dict[str, int] = {}
        self.ids = itertools.count(1)

    async def handle(self, ws: ServerConnection) -> None:
        match = ROOM_PATH.match(ws.request.path.split("?", 1)[0] if ws.request else "")
        if match is None:
            await ws.close(4404, "no such room")
            return
        room = match["room"]
        members = self.rooms.setdefault(room, set())
        members.add(ws)
        # The first frame, as the project's room sends session.state (a connect storm waits for it).
        await ws.send(json.dumps({"type": "session.state", "state": "live", "seq": self.seq.get(room, 0)}))
        try:
            async for raw in ws:
                self.receive(room, ws, raw)
        finally:
            members.discard(ws)

    def receive(self, room: str, ws: ServerConnection, raw: str | bytes) -> None:
        try:
            frame = json.loads(raw)
        except ValueError:
            broadcast([ws], json.dumps({"type": "error", "code": "malformed", "message": "not JSON"}))
            return
        if (
            not isinstance(frame, dict)
            or frame.get("type") != "chat.send"
            or not isinstance(frame.get("text"), str)
        ):
            broadcast(
                [ws],
                json.dumps(
                    {
                        "type": "error",
                        "ref": frame.get("ref") if isinstance(frame, dict) else None,
                        "code": "unsupported",
                        "message": "the floor only knows chat.send",
                    }
                ),
            )
            return
        seq = self.seq[room] = self.seq.get(room, 0) + 1
        message_id = next(self.ids)
        broadcast(
            [ws],
            json.dumps({"type": "ack", "ref": frame.get("ref"), "id": message_id, "status": "published"}),
        )
        broadcast(
            self.rooms[room],
            json.dumps(
                {
                    "type": "chat.message",
                    "seq": seq,
                    "id": message_id,
                    "author": "bench",
                    "role": "rm",
                    "text": frame["text"],
                    "at": datetime.now(UTC).isoformat(),
                }
            ),
        )


async def main(port: int) -> None:
    floor = Floor()
    stop = asyncio.get_running_loop().create_future()
    for sig in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(sig, stop.set_result, None)
    # compression=None: the bench clients never negotiate it, and neither does the project's Daphne.
    async with serve(
        floor.handle, "127.0.0.1", port, compression=None, ping_interval=None, max_queue=64, backlog=4096
    ):
        print(f"bare websockets server listening on 127.0.0.1:{port}", flush=True)
        await stop


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8765)
    asyncio.run(main(parser.parse_args().port))
