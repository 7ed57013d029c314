"""The live room's socket stack (``core.middleware.websocket_auth_stack``): the session and user from the
cookie, as Channels' stack gives them, with the socket's own ``send`` (no session wrapper around every frame)."""

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client

from core.middleware import websocket_auth_stack

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _scope(cookie: str | None) -> dict:
    headers = [(b"host", b"127.0.0.1")]
    if cookie:
        headers.append((b"cookie", cookie.encode()))
    return {"type": "websocket", "path": "/ws/sessions/1/", "headers": headers, "query_string": b""}


async def _run(scope: dict) -> tuple[dict, object, object]:
    seen: dict = {}

    async def inner(scope, receive, send):
        seen["scope"], seen["send"] = scope, send
        seen["user"] = await _resolved(scope["user"])

    async def send(message):
        pass

    await websocket_auth_stack(inner)(scope, None, send)
    return seen["scope"], seen["send"], (send, seen["user"])


async def _resolved(user):
    from channels.db import database_sync_to_async

    return await database_sync_to_async(lambda: (user.is_authenticated, getattr(user, "pk", None)))()


async def test_a_signed_in_socket_gets_its_session_and_user_and_its_own_send():
    from channels.db import database_sync_to_async

    @database_sync_to_async
    def login() -> tuple[str, int, str]:
        user = User.objects.create_user("ws-session-user", password="x" * 12)
        client = Client()
        client.force_login(user)
        key = client.cookies[settings.SESSION_COOKIE_NAME].value
        return f"{settings.SESSION_COOKIE_NAME}={key}", user.pk, key

    cookie, user_id, key = await login()
    scope, inner_send, (send, user) = await _run(_scope(cookie))
    assert scope["session"].session_key == key
    assert user == (True, user_id)
    assert inner_send is send  # no wrapper: the fan-out writes to Daphne's send directly


async def test_a_socket_without_a_cookie_is_anonymous_with_an_empty_session():
    scope, inner_send, (send, user) = await _run(_scope(None))
    assert scope["session"].session_key is None
    assert user == (False, None)
    assert inner_send is send
