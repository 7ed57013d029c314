"""Everything that touches Daphne's, Twisted's or autobahn's internals: writing pre-built frames to sockets.

The fan-out (``studio.fanout``) encodes a room event once; ``deliver`` writes it to each socket. Where the
socket is served by Daphne, the frame is built once as WebSocket bytes (``text_frame``) and written straight
to the connection's Twisted transport, skipping the per-message ASGI dispatch and autobahn's framing; any
other server (or test communicator) gets the plain ASGI ``send``. This reaches into private attributes of
daphne, twisted and autobahn, so their versions are pinned in pyproject.toml, and ``tests/studio/test_wire.py``
checks this code against the installed versions.
"""

import logging
from typing import Any

logger = logging.getLogger(__name__)


def wire_of(send) -> Any | None:
    """The Daphne WebSocket protocol behind an ASGI ``send`` callable, when frames can be written to it directly.

    Daphne hands each connection ``functools.partial(server.handle_reply, protocol)``; its per-message path
    (ASGI dispatch, then autobahn's framing with stats, asserts and debug logging) costs several times more
    than the write itself. The fan-out writes one pre-built WebSocket frame, made once per room event, to
    each such protocol's transport instead. Any other server (or test communicator) gets ``None`` and the
    plain ASGI ``send``.
    """
    for _ in range(4):  # channels' SessionMiddleware wraps send; it only acts on HTTP and accept messages
        inner = getattr(getattr(send, "__self__", None), "real_send", None)
        if inner is None or getattr(send, "__name__", "") != "send":
            break
        send = inner
    func, args = getattr(send, "func", None), getattr(send, "args", ())
    if getattr(func, "__name__", "") != "handle_reply" or len(args) != 1:
        return None
    protocol = args[0]
    needed = ("transport", "state", "STATE_OPEN", "send_queue", "_perMessageCompress")
    return protocol if all(hasattr(protocol, name) for name in needed) else None


def text_frame(text: str) -> bytes:
    """One unfragmented, unmasked WebSocket text frame (RFC 6455 §5.2), as a server sends it."""
    payload = text.encode("utf-8")
    size = len(payload)
    if size < 126:
        header = bytes((0x81, size))
    elif size < 65536:
        header = bytes((0x81, 126)) + size.to_bytes(2, "big")
    else:
        header = bytes((0x81, 127)) + size.to_bytes(8, "big")
    return header + payload


# A viewer whose unsent frames pile up past this is too slow to follow the room: its connection is
# dropped (the client reconnects with ``?last_seq=`` and resumes) rather than the server holding an
# unbounded queue for it (PERFORMANCE-NOTES.md).
OUTBOX_LIMIT_BYTES = 1_000_000


def _wire_ready(protocol) -> bool:
    # Open, no compression negotiated, and nothing queued by autobahn (so frames stay in order).
    return (
        protocol.state == protocol.STATE_OPEN
        and protocol._perMessageCompress is None
        and not protocol.send_queue
    )


def _write(transport, data: bytes) -> None:
    """Write to a Twisted TCP transport: straight to the socket when nothing is buffered before it.

    ``transport.write`` always buffers and registers the socket for writing (two epoll calls per frame
    and socket); when the transport's buffer is empty the kernel takes the frame at once, so it is
    sent directly and only a remainder is left to Twisted. TLS transports always go through Twisted.
    """
    try:
        pending = len(transport.dataBuffer) - transport.offset + transport._tempDataLen
        direct = (
            not transport.TLS
            and transport.connected
            and not transport.disconnecting
            and not transport._writeDisconnected
        )
    except AttributeError:  # not the Twisted transport this was written for
        transport.write(data)
        return
    if pending > OUTBOX_LIMIT_BYTES:
        logger.info("live room: dropping a viewer %d bytes behind", pending)
        abort = getattr(transport, "abortConnection", None) or transport.loseConnection
        abort()
        return
    if not direct or pending:
        transport.write(data)
        return
    try:
        sent = transport.socket.send(data)
    except (BlockingIOError, InterruptedError):
        sent = 0
    except OSError:
        return  # the peer is gone; Twisted notices on its next read and closes the socket
    if sent < len(data):
        transport.write(data[sent:])


async def deliver(sock, message: dict, frame: list) -> None:
    """Send one encoded frame to one socket: straight to Daphne's transport when possible, else via ASGI.

    ``frame`` is a one-item cache shared by all sockets of one delivery, so the frame is built once.
    """
    wire = sock.wire
    if wire is not None and _wire_ready(wire):
        if not frame:
            frame.append(text_frame(message["text"]))
        _write(wire.transport, frame[0])
        return
    await sock.base_send(message)


# -- graceful deploys (studio.drain) -----------------------------------------------------------------


def stop_listening(reactor: Any) -> int:
    """Close the reactor's listening TCP ports (Daphne's endpoints); returns how many were closed.

    Daphne keeps its listeners to itself, so they are found among the reactor's readers.
    """
    from twisted.internet import tcp

    ports = [reader for reader in reactor.getReaders() if isinstance(reader, tcp.Port)]
    for port in ports:
        port.stopListening()
    return len(ports)


def close_with_code(sock: Any, code: int, reason: bytes) -> bool:
    """Write a close frame with ``code`` to a Daphne socket directly; False when it is not one (or not open).

    Daphne's ASGI close goes through autobahn's ``sendClose``, which lets an application send only 1000 or
    3000–4999; codes such as 1012 (service restart, RFC 6455 §7.4 and the IANA registry) are for servers,
    so the frame is written with autobahn's ``sendCloseFrame``.
    """
    protocol = getattr(sock, "wire", None)
    send_close_frame = getattr(protocol, "sendCloseFrame", None)
    if send_close_frame is None or getattr(protocol, "state", None) != getattr(
        protocol, "STATE_OPEN", object()
    ):
        return False
    send_close_frame(code=code, reasonUtf8=reason, isReply=False)
    return True


# -- per-connection set-up (join storms) ---------------------------------------------------------------


class _Later:
    """``func(*args)`` as text, computed only when a log line is actually rendered."""

    __slots__ = ("func", "args")

    def __init__(self, func: Any, *args: Any) -> None:
        self.func = func
        self.args = args

    def __str__(self) -> str:
        return str(self.func(*self.args))

    __repr__ = __str__

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def _pformat_later(obj: Any) -> _Later:
    from pprint import pformat

    return _Later(pformat, obj)


def _later(func: Any) -> Any:
    if getattr(func, "_studio_later", False):
        return func

    def deferred(*args: Any) -> _Later:
        return _Later(func, *args)

    deferred._studio_later = True  # type: ignore[attr-defined]
    return deferred


def daphne_tune() -> None:
    """Per-connection costs of autobahn that buy nothing in production (called once, from ``config/asgi.py``).

    autobahn builds the arguments of its debug log lines whether or not anything renders them: on every
    connection ``_connectionMade`` formats the protocol's whole configuration (~40 options) with ``pformat``
    (7 % of the server's time in a 5,000-viewer join storm, py-spy), and its handshake and send paths colour
    values for the terminal with ``hltype``/``hlval`` (click's ``style``, ~2 %). Each is replaced by an object
    that does the same work when a log observer renders the line, and only then (Daphne sends Twisted's log
    nowhere unless ``-v 2``). Every use of them in these modules is a log line's keyword argument.
    """
    from autobahn.twisted import websocket as twisted_websocket
    from autobahn.websocket import protocol

    if getattr(protocol, "pformat", None) is not _pformat_later:
        setattr(protocol, "pformat", _pformat_later)  # noqa: B010 - a module attribute of autobahn's, on purpose
        # The module's other use of pformat must still return a str.
        setattr(protocol.Timings, "__str__", lambda self: str(_pformat_later(self._timings)))  # noqa: B010
    for module in (protocol, twisted_websocket):
        for name in ("hltype", "hlval"):
            setattr(module, name, _later(getattr(module, name)))
