#!/usr/bin/env python
"""The load process of ``bench/fanout.py``: real WebSocket viewers and senders in one asyncio process.

(About 700 lines because the viewers, the senders and their checks of order, loss and duplicates run in one
process on one core, so that the load costs the same in every run it is compared across.)

It is started by ``fanout.py`` (pinned to its own core with ``taskset`` where available) with one JSON
argument, the plan, and talks to its parent in JSON lines: on stdout it reports ``connected``, then
``step_start``/``step`` per ramp step and a ``summary``; on stdin it waits for ``go`` after connecting,
so that the parent can read the servers' memory with every viewer connected and idle.

What it measures:
- every line a sender posts carries its send time (wall clock, microseconds) inside its text, in a token
  of letters only (``bench-<step>-<sender>-<n>-<time>``) so that no compliance rule sees a number in it;
  a viewer that receives the line (as ``chat.message`` or inside ``chat.batch``) records
  now − send time as its delivery latency;
- loss: each line the server acknowledged as ``published`` must reach every viewer of its room; what has
  not arrived when the step's drain ends counts as lost for the ramp, and is counted again after a final
  drain (``lost_final``), so a line that was only late is told apart from one that never came;
- order: per viewer ``seq`` must increase strictly, and every viewer of a room must see the same line at
  the same ``seq`` (this is what a room split across processes must keep);
- the ramp: the total rate R (lines/s over all rooms) starts at ``start_rate`` and is multiplied by
  ``factor`` until p99 passes ``p99_limit_ms`` or a line is lost, then ``refine`` steps bisect
  (geometrically) between the last good and the first bad rate. ``rates`` replaces the ramp with a fixed
  list of rates.
"""

from __future__ import annotations

import asyncio
import gc
import itertools
import json
import math
import os
import random
import sys
import time
from array import array
from dataclasses import dataclass, field

from websockets.client import ClientProtocol
from websockets.http11 import Response
from websockets.typing import Origin
from websockets.uri import parse_uri

LETTERS = "abcdefghijklmnop"  # hex digits written as letters: a timestamp without a single digit
TO_HEX = str.maketrans(LETTERS, "0123456789abcdef")
LINE_TEXT = "各位观众好，欢迎收看今天的直播。"


def encode(number: int) -> str:
    return format(number, "x").translate(str.maketrans("0123456789abcdef", LETTERS))


def decode(word: str) -> int:
    return int(word.translate(TO_HEX), 16)


def now_us() -> int:
    return time.time_ns() // 1000


class Client(asyncio.Protocol):
    """One WebSocket client, driven straight from ``data_received``.

    The ``websockets`` library's sans-I/O ``ClientProtocol`` does the opening handshake (Origin, Cookie,
    the key check) and frames (masks) everything the client sends. Frames from the server — unmasked,
    no extensions, as the handshake negotiated — are read by the small RFC 6455 reader in ``_frames``:
    ``websockets.asyncio.client`` wakes a task per frame and its generic parser costs ~45 µs per frame on
    this machine, more than the bare server spends delivering it, so the load generator would have
    measured itself. Pings are answered, a close frame is answered and the socket closed.
    """

    def __init__(self, url: str, origin: str, cookie: str | None, on_text, on_close) -> None:
        self.ws = ClientProtocol(parse_uri(url), origin=Origin(origin), max_size=8 * 2**20)
        self.request = self.ws.connect()
        if cookie:
            self.request.headers["Cookie"] = cookie
        self.opened: asyncio.Future = asyncio.get_running_loop().create_future()
        self.on_text, self.on_close = on_text, on_close
        self.parts: list[bytes] = []
        self.head = bytearray()  # the HTTP response, until the handshake is done
        self.buffer: bytearray | None = None  # frame bytes after it
        self.transport: asyncio.Transport | None = None

    @classmethod
    async def open(
        cls, url: str, origin: str, cookie: str | None, on_text, on_close, timeout: float
    ) -> Client:
        uri = parse_uri(url)
        # The origin check compares scheme, host and port: each server's own origin, not one for all.
        origin = f"http://{uri.host}:{uri.port}" if origin.rstrip("/") == "http://127.0.0.1" else origin
        client = cls(url, origin, cookie, on_text, on_close)
        loop = asyncio.get_running_loop()
        await asyncio.wait_for(loop.create_connection(lambda: client, uri.host, uri.port), timeout)
        try:
            await asyncio.wait_for(client.opened, timeout)
        except BaseException:
            client.abort()
            raise
        return client

    def connection_made(self, transport) -> None:
        self.transport = transport
        self.ws.send_request(self.request)
        self.flush()

    def data_received(self, data: bytes) -> None:
        if self.buffer is not None:
            self.buffer += data
            self._frames()
            return
        # The handshake: hand websockets exactly the HTTP response; what follows it is frame data.
        self.head += data
        end = self.head.find(b"\r\n\r\n")
        if end < 0:
            return
        self.ws.receive_data(bytes(self.head[: end + 4]))
        rest, self.head = self.head[end + 4 :], bytearray()
        for event in self.ws.events_received():
            if isinstance(event, Response):
                if self.ws.handshake_exc is not None:
                    self.opened.set_exception(self.ws.handshake_exc)
                    self.abort()
                    return
                self.opened.set_result(None)
                self.buffer = rest
                self._frames()
        self.flush()

    def _frames(self) -> None:
        buf = self.buffer
        while len(buf) >= 2:
            first, second = buf[0], buf[1]
            if second & 0x80:
                self._fail("the server masked a frame")
                return
            length, offset = second & 0x7F, 2
            if length == 126:
                if len(buf) < 4:
                    return
                length, offset = int.from_bytes(buf[2:4], "big"), 4
            elif length == 127:
                if len(buf) < 10:
                    return
                length, offset = int.from_bytes(buf[2:10], "big"), 10
            if len(buf) < offset + length:
                return
            payload = bytes(buf[offset : offset + length])
            del buf[: offset + length]
            opcode, fin = first & 0x0F, first & 0x80
            if opcode in (0x1, 0x0):  # text, continuation
                if fin and not self.parts:
                    self.on_text(payload)
                else:
                    self.parts.append(payload)
                    if fin:
                        self.on_text(b"".join(self.parts))
                        self.parts.clear()
            elif opcode == 0x9:  # ping
                self.ws.send_pong(payload)
                self.flush()
            elif opcode == 0x8:  # close: answer it and hang up
                self.close()
                self.abort()
                return

    def _fail(self, reason: str) -> None:
        print(f"loadgen: {reason}; closing that connection", file=sys.stderr)
        self.abort()

    def flush(self) -> None:
        for data in self.ws.data_to_send():
            if data:
                self.transport.write(data)
            elif self.transport.can_write_eof():
                self.transport.write_eof()
        if self.ws.close_expected():
            asyncio.get_running_loop().call_later(2, self.abort)

    def send_text(self, text: str) -> bool:
        if self.transport is None or self.transport.is_closing():
            return False
        self.ws.send_text(text.encode())
        self.flush()
        return True

    def close(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            try:
                self.ws.send_close(1000)
                self.flush()
            except Exception:  # noqa: BLE001 - already closing
                self.abort()

    def abort(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.abort()

    def connection_lost(self, exc) -> None:
        self.ws.receive_eof()
        if not self.opened.done():
            self.opened.set_exception(ConnectionError(f"closed during the handshake: {exc}"))
        self.on_close()


@dataclass
class Line:
    room: int
    step: int
    expected: int  # viewers of the room connected when it was sent
    status: str = "sent"  # sent | published | held | rejected | error
    received: int = 0


@dataclass
class StepStats:
    rate: float
    latencies: array = field(default_factory=lambda: array("f"))
    sent: int = 0
    frames_before: int = 0
    sender_lag_max_ms: float = 0.0


class Load:
    def __init__(self, plan: dict) -> None:
        self.plan = plan
        self.rooms: list[str] = plan["rooms"]
        self.urls: list[str] = plan["base_urls"]
        self.lines: dict[str, Line] = {}
        self.steps: list[StepStats] = []
        self.room_viewers = [0] * len(self.rooms)
        self.room_order: list[dict[int, str]] = [{} for _ in self.rooms]
        self.frames = 0
        self.foreign = 0
        self.out_of_order = 0
        self.order_mismatch = 0
        self.viewer_drops = 0
        self.churned = 0
        self.replay_repeats = 0
        self.connect_failures: list[str] = []
        self.statuses: dict[str, int] = {}
        self.errors: list[dict] = []
        self.viewers: list[dict] = []  # per viewer: room, slot, last_seq, client, ...
        self.senders: list[tuple[int, Client]] = []
        self.pending_refs: dict[str, str] = {}
        self.nonce = encode(int.from_bytes(os.urandom(4), "big"))
        self.connect_seconds = 0.0  # viewers only, without the pause for the memory reading
        self.first_frames = 0  # viewers whose first frame (session.state) arrived

    # -- connections -------------------------------------------------------------------------------
    def _url(self, room: int, slot: int) -> str:
        return f"{self.urls[slot % len(self.urls)]}/ws/sessions/{self.rooms[room]}/"

    async def connect_all(self) -> None:
        viewers = self.plan["viewers"]
        room_count = len(self.rooms)
        gate = asyncio.Semaphore(self.plan.get("connect_concurrency", 64))

        async def one_viewer(index: int) -> None:
            room, slot = index % room_count, index // room_count
            state = {"room": room, "slot": slot, "last_seq": 0, "resumed": False, "churning": False}
            async with gate:
                # Like the room's own client: retry with backoff (Daphne's accept backlog is short, and a
                # busy server resets handshakes it cannot take yet).
                for attempt in range(6):
                    try:
                        client = await self._open_viewer(state, self._url(room, slot))
                        break
                    except Exception as exc:  # noqa: BLE001 - report whatever refused the connection
                        if attempt == 5:
                            self.connect_failures.append(f"{type(exc).__name__}: {exc}")
                            return
                        await asyncio.sleep(0.5 * 2**attempt * (0.75 + random.random() / 2))
            state["client"] = client
            self.viewers.append(state)
            self.room_viewers[room] += 1

        # Memory is read twice: after the first tenth of the viewers and after all of them, so what a
        # server allocates once on its first busy minute (pools, caches, lazy imports) is not counted
        # as per-connection memory.
        # A connect storm (``connect_only``) is timed without that pause: every viewer at once.
        first = max(1, viewers // 10) if viewers >= 20 and not self.plan.get("connect_only") else viewers
        started = time.monotonic()
        await asyncio.gather(*(one_viewer(i) for i in range(first)))
        self.connect_seconds = time.monotonic() - started
        if first < viewers:
            emit({"event": "partial", "viewers": len(self.viewers)})
            await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
            started = time.monotonic()
            await asyncio.gather(*(one_viewer(i) for i in range(first, viewers)))
            self.connect_seconds += time.monotonic() - started
        per_room = self.plan["senders_per_room"]
        for room in range(room_count):
            for j in range(per_room):
                client = await Client.open(
                    self._url(room, room + j),
                    self.plan["origin"],
                    self.plan["sender_cookie"],
                    self.on_sender_frame,
                    lambda: None,
                    timeout=60,
                )
                self.senders.append((room, client))

    async def _open_viewer(self, state: dict, url: str) -> Client:
        this: list[Client] = []
        client = await Client.open(
            url,
            self.plan["origin"],
            self.plan.get("viewer_cookie"),
            lambda data: self.on_viewer_frame(state["room"], state, data),
            lambda: self.on_viewer_closed(state, this[0] if this else None),
            timeout=60,
        )
        this.append(client)
        return client

    async def churn(self, count: int, within: float) -> None:
        """Reconnect ``count`` viewers during a step, each to the next server process, with ``?last_seq``.

        A reconnected viewer must still get every line exactly once: the server replays what it missed
        (``resume``), the viewer drops a ``seq`` it has already seen, as the protocol asks of clients.
        Its lines stay expected while it is away.
        """
        loop = asyncio.get_running_loop()
        picks = random.sample(self.viewers, min(count, len(self.viewers)))
        start = loop.time()
        for n, state in enumerate(picks):
            await asyncio.sleep(max(0.0, start + within * (n + 0.5) / len(picks) - loop.time()))
            state["churning"] = True
            old = state["client"]
            old.close()
            await asyncio.sleep(0.05)
            old.abort()
            state["slot"] += 1
            url = self._url(state["room"], state["slot"]) + f"?last_seq={state['last_seq']}"
            # Before the handshake completes: the replay may arrive in the same read as the 101 response.
            state["resumed"] = True
            try:
                state["client"] = await self._open_viewer(state, url)
                self.churned += 1
            except Exception as exc:  # noqa: BLE001 - counted: its lines will show up as lost
                self.connect_failures.append(f"reconnect: {type(exc).__name__}: {exc}")
            state["churning"] = False

    # -- receiving ---------------------------------------------------------------------------------
    def on_viewer_frame(self, room: int, state: dict, raw: bytes) -> None:
        self.frames += 1
        if not state.get("greeted"):
            state["greeted"] = True
            self.first_frames += 1
        frame = json.loads(raw.decode())
        kind = frame.get("type")
        if kind == "chat.message":
            items = (frame,)
        elif kind == "chat.batch":
            items = frame.get("messages") or ()
        else:
            return
        arrived = now_us()
        order = self.room_order[room]
        lines = self.lines
        for item in items:
            seq = item.get("seq")
            if isinstance(seq, int):
                if seq <= state["last_seq"]:
                    # A client drops a seq it has seen. After a resume that is expected (a replay may
                    # repeat lines that came live meanwhile); on a socket that never reconnected it is
                    # an ordering fault.
                    if state["resumed"]:
                        self.replay_repeats += 1
                    else:
                        self.out_of_order += 1
                    continue
                state["last_seq"] = seq
            text = item.get("text") or ""
            token = text.split(" ", 1)[0]
            line = lines.get(token)
            if line is None:
                self.foreign += 1
                continue
            if isinstance(seq, int) and order.setdefault(seq, token) != token:
                self.order_mismatch += 1
            line.received += 1
            self.steps[line.step].latencies.append((arrived - decode(token.rsplit("-", 1)[1])) / 1000)

    def on_viewer_closed(self, state: dict, client: Client | None) -> None:
        if client is None or state.get("client") is not client or state["churning"]:
            return  # never counted, or replaced by a reconnect with resume (its lines stay expected)
        self.room_viewers[state["room"]] -= 1
        if not self.closing:
            self.viewer_drops += 1

    def on_sender_frame(self, raw: bytes) -> None:
        frame = json.loads(raw.decode())
        kind = frame.get("type")
        if kind not in ("ack", "error") or "ref" not in frame:
            return
        token = self.pending_refs.pop(frame.get("ref"), None)
        line = self.lines.get(token) if token else None
        if line is None:
            return
        status = frame.get("status", "published") if kind == "ack" else "error"
        line.status = status
        self.statuses[status] = self.statuses.get(status, 0) + 1
        if status != "published" and len(self.errors) < 5:
            self.errors.append(frame)

    # -- sending -----------------------------------------------------------------------------------
    async def send_loop(
        self,
        sender: int,
        room: int,
        ws: Client,
        step: int,
        interval: float,
        start: float,
        end: float,
        counter: itertools.count,
    ) -> None:
        stats = self.steps[step]
        loop = asyncio.get_running_loop()
        for k in itertools.count():
            due = start + k * interval
            if due >= end:
                return
            delay = due - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            else:
                stats.sender_lag_max_ms = max(stats.sender_lag_max_ms, -delay * 1000)
            n = next(counter)
            token = f"bench-{encode(step)}-{encode(sender)}-{encode(n)}-{encode(now_us())}"
            ref = f"{self.nonce}-{sender}-{n}"
            self.lines[token] = Line(room=room, step=step, expected=self.room_viewers[room])
            self.pending_refs[ref] = token
            stats.sent += 1
            if not ws.send_text(
                json.dumps(
                    {"type": "chat.send", "text": f"{token} {LINE_TEXT}", "ref": ref}, ensure_ascii=False
                )
            ):
                self.lines[token].status = "error"
                return

    def undelivered(self, step: int | None = None) -> int:
        return sum(
            max(0, line.expected - line.received)
            for line in self.lines.values()
            if line.status == "published" and (step is None or line.step == step)
        )

    def duplicates(self) -> int:
        return sum(max(0, line.received - line.expected) for line in self.lines.values())

    async def run_step(
        self,
        rate: float,
        counters: list[itertools.count],
        *,
        warmup: bool = False,
        duration: float | None = None,
    ) -> dict:
        step = len(self.steps)
        stats = StepStats(rate=rate, frames_before=self.frames)
        self.steps.append(stats)
        duration = duration or self.plan["duration"]
        emit({"event": "step_start", "step": step, "rate": rate, "warmup": warmup})
        loop = asyncio.get_running_loop()
        cpu0, wall0 = time.process_time(), loop.time()
        start = wall0 + 0.05
        total = len(self.senders)
        interval = total / rate
        churn = [self.churn(self.plan["churn"], duration)] if self.plan.get("churn") and not warmup else []
        await asyncio.gather(
            *(
                self.send_loop(
                    i, room, ws, step, interval, start + interval * i / total, start + duration, counters[i]
                )
                for i, (room, ws) in enumerate(self.senders)
            ),
            *churn,
        )
        send_end = loop.time()
        drain_end = send_end + self.plan["drain"]
        while loop.time() < drain_end:
            if (
                all(line.status != "sent" for line in self.lines.values() if line.step == step)
                and self.undelivered(step) == 0
            ):
                break
            await asyncio.sleep(0.05)
        cpu1, wall1 = time.process_time(), loop.time()
        lost = self.undelivered(step)
        published = [line for line in self.lines.values() if line.step == step and line.status == "published"]
        delivered = sum(line.received for line in published)
        lat = sorted(stats.latencies)
        result = {
            "event": "step",
            "step": step,
            "warmup": warmup,
            "rate": rate,
            "sent": stats.sent,
            "published": len(published),
            "unanswered": sum(
                1 for line in self.lines.values() if line.step == step and line.status == "sent"
            ),
            "not_published": sum(
                1
                for line in self.lines.values()
                if line.step == step and line.status not in ("published", "sent")
            ),
            "deliveries": delivered,
            "deliveries_per_s": round(delivered / duration, 1),
            "frames": self.frames - stats.frames_before,
            "p50_ms": _pct(lat, 50),
            "p99_ms": _pct(lat, 99),
            "max_ms": round(lat[-1], 1) if lat else None,
            "lost": lost,
            "sender_lag_max_ms": round(stats.sender_lag_max_ms, 1),
            "loadgen_cpu_pct": round(100 * (cpu1 - cpu0) / max(wall1 - wall0, 1e-9), 1),
            "out_of_order": self.out_of_order,
            "order_mismatch": self.order_mismatch,
            "duplicates": self.duplicates(),
            "reconnected": self.churned,
            "viewers_connected": sum(self.room_viewers),
            "viewer_drops": self.viewer_drops,
        }
        emit(result)
        return result

    def passed(self, result: dict) -> bool:
        return (
            result["lost"] == 0
            and result["unanswered"] == 0
            and result["not_published"] == 0
            and result["p99_ms"] is not None
            and result["p99_ms"] <= self.plan["p99_limit_ms"]
        )

    async def ramp(self) -> list[dict]:
        counters = [itertools.count() for _ in self.senders]
        results = []
        if self.plan.get("warmup"):
            # The first lines pay for lazy work (imports, compiling the rule pack, database caches, each
            # room's first subscription): one uncounted step in which every sender posts one line, at
            # no more than the ramp's first rate (a line is an engine check and an insert: 500 rooms
            # warmed at once would leave a backlog that the first measured step would pay for).
            senders = len(self.senders)
            rate = float(min(senders, max(2.0, self.plan.get("start_rate") or 2.0)))
            await self.run_step(
                rate, counters, warmup=True, duration=min(60.0, max(self.plan["warmup"], senders / rate))
            )
            await self.settle()
        if self.plan.get("rates"):
            for rate in self.plan["rates"]:
                results.append(await self.run_step(rate, counters))
            return results
        rate, good, bad = self.plan["start_rate"], None, None
        for _ in range(self.plan["max_steps"]):
            result = await self.run_step(rate, counters)
            results.append(result)
            for _ in range(self.plan.get("retries", 0)):
                if self.passed(result):
                    break
                # On a shared machine one scheduling stall can push a step's p99 over the limit:
                # a failed step is run again before the ramp stops.
                await self.settle()
                result = await self.run_step(rate, counters)
                results.append(result)
            if self.passed(result):
                good = rate
                rate = rate * self.plan["factor"]
            else:
                bad = rate
                break
            if rate > self.plan["max_rate"]:
                break
        if good is not None and bad is not None:
            for _ in range(self.plan["refine"]):
                rate = round(math.sqrt(good * bad), 2)
                if rate <= good * 1.05 or rate >= bad * 0.95:
                    break
                await self.settle()
                result = await self.run_step(rate, counters)
                results.append(result)
                if self.passed(result):
                    good = rate
                else:
                    bad = rate
        return results

    async def settle(self, quiet: float = 2.0, limit: float = 30.0) -> None:
        """Wait until every published line has arrived, or nothing has arrived for ``quiet`` seconds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit

        def outstanding() -> tuple[int, int]:
            return self.undelivered(), sum(1 for line in self.lines.values() if line.status == "sent")

        last, last_change = outstanding(), loop.time()
        while any(last) and loop.time() < deadline and loop.time() - last_change < quiet:
            await asyncio.sleep(0.1)
            current = outstanding()
            if current != last:
                last, last_change = current, loop.time()

    closing = False

    async def close(self) -> None:
        self.closing = True
        everyone = [state["client"] for state in self.viewers] + [ws for _, ws in self.senders]
        for chunk in range(0, len(everyone), 500):
            for ws in everyone[chunk : chunk + 500]:
                ws.close()
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)
        for ws in everyone:
            ws.abort()


def _pct(values, pct: float) -> float | None:
    if not values:
        return None
    return round(values[min(len(values) - 1, math.ceil(len(values) * pct / 100) - 1)], 1)


def emit(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


async def main(plan: dict) -> None:
    load = Load(plan)
    t0 = time.monotonic()
    await load.connect_all()
    if plan.get("connect_only"):
        # A connect counts when the viewer got its first frame (session.state), not only the 101 response.
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 60
        while load.first_frames < len(load.viewers) and loop.time() < deadline:
            await asyncio.sleep(0.01)
        load.connect_seconds = time.monotonic() - t0
    emit(
        {
            "event": "connected",
            "viewers": len(load.viewers),
            "senders": len(load.senders),
            "failed": len(load.connect_failures),
            "first_failure": (load.connect_failures or [None])[0],
            "seconds": round(time.monotonic() - t0, 1),
            "connect_seconds": round(load.connect_seconds, 2),
            "greeted": load.first_frames,
        }
    )
    gc.collect()
    gc.freeze()  # the connections live until the end; keep the collector off them during the ramp
    command = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    results = []
    if command.strip() == "go" and not plan.get("connect_only"):
        await asyncio.sleep(plan.get("settle_before", 1.0))
        results = await load.ramp()
        await load.settle(quiet=plan.get("final_quiet", 3.0))
    lost_final = {}
    for line in load.lines.values():
        if line.status == "published":
            lost_final[line.step] = lost_final.get(line.step, 0) + max(0, line.expected - line.received)
    emit(
        {
            "event": "summary",
            "steps": len(results),
            "lost_final_by_step": lost_final,
            "lost_final": sum(lost_final.values()),
            "statuses": load.statuses,
            "errors": load.errors,
            "out_of_order": load.out_of_order,
            "order_mismatch": load.order_mismatch,
            "duplicates": load.duplicates(),
            "reconnected_with_resume": load.churned,
            "replayed_repeats_dropped": load.replay_repeats,
            "reconnect_failures": [f for f in load.connect_failures if f.startswith("reconnect")][:3],
            "foreign_lines": load.foreign,
            "viewer_drops": load.viewer_drops,
        }
    )
    await load.close()


if __name__ == "__main__":
    asyncio.run(main(json.loads(sys.argv[1])))
