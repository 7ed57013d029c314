"""Live-room WebSocket clients for tests: through the real ASGI stack (origin check, session-cookie auth, URL
router) and the real Redis channel layer. ``process_app(new_layer())`` builds a second application with its own
channel-layer instance, which stands for a second server process (its own Redis connections and fan-out hub).
Every frame a client reads is checked against its type in ``studio.protocol`` (``outbound_problems``).
"""

from channels.auth import AuthMiddlewareStack
from channels.db import database_sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client
from django.urls import path

from core.channel_layer import PipelinedPubSubChannelLayer
from core.middleware import WebSocketOriginValidator
from studio.consumers import LiveRoomConsumer


def process_app(layer=None):
    """The live room's ASGI app as a server process runs it; ``layer`` makes it a separate 'process'."""
    if layer is None:
        from config.asgi import application

        return application
    consumer = LiveRoomConsumer.as_asgi(layer=layer)
    return WebSocketOriginValidator(
        AuthMiddlewareStack(URLRouter([path("ws/sessions/<int:session_id>/", consumer)]))
    )


def new_layer() -> PipelinedPubSubChannelLayer:
    return PipelinedPubSubChannelLayer(**settings.CHANNEL_LAYERS["default"]["CONFIG"])


def cookie_for(user) -> bytes:
    client = Client()
    client.force_login(user)
    return f"sessionid={client.cookies[settings.SESSION_COOKIE_NAME].value}".encode()


def outbound_problems(frame: dict) -> list[str]:
    """How ``frame`` differs from its type in ``studio.protocol`` (keys only; mypy checks the builders' values)."""
    from typing import get_type_hints

    from studio.protocol import OUTBOUND_FRAMES

    kind = frame.get("type")
    declared = OUTBOUND_FRAMES.get(kind)
    if declared is None:
        return [f"no type in studio.protocol for {kind!r}"]
    keys = get_type_hints(declared)
    problems = [f"{kind}: key {key!r} is not declared" for key in frame if key not in keys]
    problems += [
        f"{kind}: required key {key!r} missing" for key in declared.__required_keys__ if key not in frame
    ]
    nested = (
        frame.get("messages")
        if kind == "chat.batch"
        else [frame["message"]]
        if kind == "chat.pinned" and frame.get("message")
        else []
    )
    for item in nested or []:
        if item.get("type") != "chat.message":
            problems.append(f"{kind}: holds a {item.get('type')!r}, not a chat.message")
        problems += outbound_problems(item)
    return problems


class Viewer:
    """A WebSocket client in the live room with helpers to read frames by type."""

    def __init__(self, communicator: WebsocketCommunicator):
        self.ws = communicator
        self.state: dict | None = None
        self.closed = False

    async def send(self, frame: dict) -> None:
        await self.ws.send_json_to(frame)

    async def recv(self, timeout: float = 5) -> dict:
        frame = await self.ws.receive_json_from(timeout=timeout)
        assert outbound_problems(frame) == [], frame  # every frame a test sees matches its protocol type
        return frame

    async def next(self, *types: str, timeout: float = 5) -> dict:
        """The next frame of one of ``types``, skipping presence and reaction frames and others."""
        while True:
            frame = await self.recv(timeout=timeout)
            if frame["type"] in types:
                return frame

    async def lines(self, count: int, timeout: float = 5) -> list[dict]:
        """The next ``count`` chat lines, with batches flattened."""
        got: list[dict] = []
        while len(got) < count:
            frame = await self.next("chat.message", "chat.batch", timeout=timeout)
            got.extend(frame["messages"] if frame["type"] == "chat.batch" else [frame])
        return got

    async def ack(self, ref: str) -> dict:
        while True:
            frame = await self.next("ack", "error")
            if frame.get("ref") == ref:
                return frame

    async def nothing(self, timeout: float = 0.5, *, ignore=("presence", "reactions")) -> bool:
        """True when no frame (other than ``ignore``) arrives within ``timeout``; the socket stays open."""
        while not await self.ws.receive_nothing(timeout=timeout):
            frame = await self.recv()
            if frame["type"] not in ignore:
                raise AssertionError(f"unexpected frame {frame}")
        return True

    async def close(self) -> None:
        if not self.closed:
            self.closed = True
            await self.ws.disconnect()


async def connect(
    session_id: int,
    user=None,
    *,
    app=None,
    query: str = "",
    origin: bytes = b"http://testserver",
    expect_ok: bool = True,
    accept_language: str = "",
):
    headers = [(b"origin", origin), (b"host", b"testserver")]
    if accept_language:
        headers.append((b"accept-language", accept_language.encode()))
    if user is not None:
        headers.append((b"cookie", await database_sync_to_async(cookie_for)(user)))
    communicator = WebsocketCommunicator(
        process_app(app), f"/ws/sessions/{session_id}/{query}", headers=headers
    )
    connected, code = await communicator.connect(timeout=10)
    if not expect_ok:
        assert not connected, "the socket was accepted"
        await communicator.disconnect()
        return code
    assert connected, f"refused with {code}"
    viewer = Viewer(communicator)
    viewer.state = await viewer.next("session.state")
    return viewer


async def connect_with_cookie(session_id: int, cookie: str | None):
    """A raw socket with a browser's session cookie (``None``: none): ``(communicator, connected, code)``."""
    headers = [(b"origin", b"http://testserver"), (b"host", b"testserver")]
    if cookie:
        headers.append((b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode()))
    communicator = WebsocketCommunicator(process_app(), f"/ws/sessions/{session_id}/", headers=headers)
    connected, code = await communicator.connect(timeout=10)
    return communicator, connected, code
