"""The fan-out's direct frame path to Daphne sockets: frame bytes, unwrapping ``send``, buffering, slow viewers."""

import functools
import json

import pytest
from websockets.frames import Frame
from websockets.streams import StreamReader

from studio.wire import OUTBOX_LIMIT_BYTES, _write, text_frame, wire_of


def _parse(data: bytes) -> Frame:
    reader = StreamReader()
    reader.feed_data(data)
    reader.feed_eof()
    parser = Frame.parse(reader.read_exact, mask=False)
    try:
        next(parser)
    except StopIteration as done:
        return done.value
    raise AssertionError("incomplete frame")


@pytest.mark.parametrize("size", [0, 1, 125, 126, 4000, 65535, 65536, 70000])
def test_text_frames_are_valid_websocket_frames_of_any_length(size):
    text = ("直" * size)[:size] if size < 1000 else "x" * size
    frame = _parse(text_frame(text))
    assert frame.fin and frame.opcode.name == "TEXT" and frame.data.decode() == text


class FakeProtocol:
    STATE_OPEN = 3
    state = 3
    _perMessageCompress = None
    send_queue = ()

    def __init__(self, transport=None):
        self.transport = transport


class FakeServer:
    async def handle_reply(self, protocol, message):  # the name Daphne's server method has
        raise AssertionError("the direct path should not go through handle_reply")


class SessionWrapper:  # what channels' SessionMiddleware puts around send
    def __init__(self, real_send):
        self.real_send = real_send

    async def send(self, message):
        return await self.real_send(message)


def test_wire_of_finds_daphnes_protocol_behind_the_session_wrapper():
    protocol = FakeProtocol()
    daphne_send = functools.partial(FakeServer().handle_reply, protocol)
    assert wire_of(daphne_send) is protocol
    assert wire_of(SessionWrapper(daphne_send).send) is protocol
    assert wire_of(SessionWrapper(SessionWrapper(daphne_send).send).send) is protocol

    async def other_server_send(message):
        return None

    assert wire_of(other_server_send) is None


class FakeSocket:
    def __init__(self, accepts: int):
        self.accepts, self.got = accepts, b""

    def send(self, data):
        taken = data[: self.accepts]
        self.got += taken
        return len(taken)


class FakeTransport:
    TLS = False
    connected = True
    disconnecting = False
    _writeDisconnected = False

    def __init__(self, socket, buffered: bytes = b""):
        self.socket, self.dataBuffer, self.offset, self._tempDataLen = socket, buffered, 0, 0
        self.written, self.aborted = [], False

    def write(self, data):
        self.written.append(data)
        self._tempDataLen += len(data)

    def abortConnection(self):
        self.aborted = True


def test_an_idle_socket_gets_the_frame_directly_and_a_remainder_is_left_to_twisted():
    idle = FakeTransport(FakeSocket(accepts=10**6))
    _write(idle, b"frame-1")
    assert idle.socket.got == b"frame-1" and idle.written == []

    tight = FakeTransport(FakeSocket(accepts=3))
    _write(tight, b"frame-2")
    assert tight.socket.got == b"fra" and tight.written == [b"me-2"]
    # Anything buffered means later frames queue behind it, in order.
    _write(tight, b"frame-3")
    assert tight.socket.got == b"fra" and tight.written == [b"me-2", b"frame-3"]


def test_a_viewer_too_far_behind_is_dropped_instead_of_buffered_for_ever():
    slow = FakeTransport(FakeSocket(accepts=0), buffered=b"x" * (OUTBOX_LIMIT_BYTES + 1))
    _write(slow, b"one more")
    assert slow.aborted and slow.written == []


class RecordingSocket:
    """A socket of the room as the hub sees it: records the sequenced lines written to it."""

    def __init__(self) -> None:
        self.wire = None
        self.replaying, self.replay_buffer, self.skip_upto = False, [], 0
        self.seqs: list[int] = []

    async def base_send(self, message: dict) -> None:
        frame = json.loads(message["text"])
        items = frame["messages"] if frame["type"] == "chat.batch" else [frame]
        self.seqs.extend(item["seq"] for item in items if "seq" in item)


async def test_a_socket_joining_while_a_chat_batch_waits_gets_each_line_once():
    from studio.fanout import Room

    class Hub:
        background: set = set()
        deliveries = 0

    room = Room(Hub(), session_id=1)
    early = RecordingSocket()
    await room.add(early, replay=False)
    for seq in (1, 2, 3):  # a busy room: the second and third line wait in the batch
        await room._sequenced(seq, {"type": "chat.message", "seq": seq, "text": f"line {seq}"})
    assert room.chat_buffer, "the batch is waiting"

    late = RecordingSocket()
    live_after = await room.add(late, replay=True)
    late.seqs.extend(range(1, live_after + 1))  # what its replay from the transcript sends (up to live_after)
    await room.finish_replay(late, live_after)
    await room._sequenced(4, {"type": "chat.message", "seq": 4, "text": "line 4"})
    await room._flush_chat()

    assert early.seqs == [1, 2, 3, 4]
    assert late.seqs == [1, 2, 3, 4], "no line twice, none missing"


def test_autobahn_no_longer_formats_its_log_arguments_for_every_connection(monkeypatch):
    """``daphne_tune`` defers autobahn's per-connection ``pformat`` of ~40 options and its terminal colouring
    (``hltype``/``hlval``) to when a debug line is actually rendered; the rendered text and the module's other
    use of ``pformat`` (``Timings``) are unchanged."""
    import pprint

    from autobahn.twisted import websocket as twisted_websocket
    from autobahn.websocket import protocol

    from studio.wire import daphne_tune

    for module in (protocol, twisted_websocket):  # undone after the test
        for name in ("pformat", "hltype", "hlval"):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, getattr(module, name))
    monkeypatch.setattr(protocol.Timings, "__str__", protocol.Timings.__str__)
    plain_hlval = protocol.hlval
    daphne_tune()
    daphne_tune()  # idempotent: not wrapped twice
    calls = []
    monkeypatch.setattr(pprint, "pformat", lambda obj, *a, **k: calls.append(obj) or repr(obj))
    options = [("autoPingTimeout", 30, "WebSocketFactory")]
    deferred = protocol.pformat(options)
    assert calls == []  # nothing formatted until the log line is rendered
    assert str(deferred) == repr(options) and calls == [options]
    assert f"{protocol.hlval(1234)}" == plain_hlval(1234) == str(twisted_websocket.hlval(1234))
    assert protocol.hltype(daphne_tune) is not None and "daphne_tune" in str(protocol.hltype(daphne_tune))
    timings = protocol.Timings()
    timings.track("onOpen")
    assert isinstance(str(timings), str) and "onOpen" in str(timings)
