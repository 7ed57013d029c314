"""Structured logs: JSON lines carrying the request's, connection's or task's context; readable in development."""

import io
import json
import logging
import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from channels.auth import AuthMiddlewareStack
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client
from django.urls import path
from rest_framework.authtoken.models import Token

from core.middleware import WebSocketOriginValidator
from observability.logs import formatter, new_request_id, session_hash
from observability.middleware import WebSocketContextMiddleware
from tests.factories import make_customer

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def captured(logger_name: str, fmt: str = "json"):
    """What ``logger_name`` writes through the project's formatter, as text."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter(fmt))
    logger = logging.getLogger(logger_name)
    logger.addHandler(handler)
    old_level = logger.level
    logger.setLevel(logging.INFO)
    try:
        yield stream
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)


def parsed(stream: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]


@pytest.mark.django_db
def test_a_request_logs_json_with_its_request_id_user_session_and_process(client, customer):
    client.force_login(customer)
    with captured("cloudstudio.access") as stream:
        response = client.get("/", HTTP_X_REQUEST_ID="lb-req-7f3a9c")

    [line] = parsed(stream)
    assert line["request_id"] == "lb-req-7f3a9c" == response["X-Request-ID"]
    assert line["user_id"] == customer.pk
    assert line["session_id"] == session_hash(client.session.session_key)
    assert client.session.session_key not in json.dumps(line)  # the key is a credential: only its hash
    assert (
        line["process"] == os.getpid() and line["level"] == "info" and line["logger"] == "cloudstudio.access"
    )
    assert line["method"] == "GET" and line["path"] == "/" and line["status"] == response.status_code
    assert line["message"].startswith("GET / ") and "ts" in line


@pytest.mark.django_db
def test_an_api_client_authenticated_by_token_is_named_on_its_access_line(client, customer):
    token = Token.objects.create(user=customer)
    with captured("cloudstudio.access") as stream:
        response = client.get("/api/me/risk-profile/", HTTP_AUTHORIZATION=f"Token {token.key}")
    [line] = parsed(stream)
    assert response.status_code == 200 and line["user_id"] == customer.pk and line["session_id"] is None
    assert token.key not in stream.getvalue()


@pytest.mark.django_db
def test_a_request_id_that_is_not_a_plain_token_is_replaced(client):
    with captured("cloudstudio.access") as stream:
        response = client.get("/", HTTP_X_REQUEST_ID='evil"\n{"level":"critical"}')
    [line] = parsed(stream)
    assert len(line["request_id"]) == 32 and line["request_id"] == response["X-Request-ID"]
    assert line["user_id"] is None and line["session_id"] is None


@pytest.mark.django_db
def test_each_request_gets_its_own_id_and_nothing_leaks_between_them(client):
    first = client.get("/")["X-Request-ID"]
    second = client.get("/")["X-Request-ID"]
    assert first != second
    with captured("some.module") as stream:
        logging.getLogger("some.module").info("outside any request")
    [line] = parsed(stream)
    assert "request_id" not in line and "user_id" not in line


def test_development_logs_are_readable_lines_with_the_same_fields():
    with captured("some.module", "console") as stream:
        from structlog.contextvars import bound_contextvars

        with bound_contextvars(request_id="dev-req-001", user_id=7):
            logging.getLogger("some.module").warning("held a line in room %s", 12)
    text = stream.getvalue()
    assert "held a line in room 12" in text and "request_id=dev-req-001" in text and "user_id=7" in text
    with pytest.raises(ValueError):
        json.loads(text)


def test_the_settings_make_every_process_log_json_in_production(tmp_path):
    """A process started with LOG_FORMAT=json (the default when DEBUG is off) writes only JSON lines."""
    code = (
        "import django, logging; django.setup(); "
        "logging.getLogger('django.request').error('a failure %s', 'here'); "
        "logging.getLogger('celery.worker').info('a worker line')"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "LOG_FORMAT": "json",
        "PROCESS_ROLE": "web",
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    lines = [json.loads(line) for line in result.stderr.splitlines()]
    assert [(line["logger"], line["level"], line["message"]) for line in lines] == [
        ("django.request", "error", "a failure here"),
        ("celery.worker", "info", "a worker line"),
    ]
    assert all(line["role"] == "web" and isinstance(line["process"], int) for line in lines)


# -- WebSocket connections ------------------------------------------------------------------------------------------


class LoggingConsumer(AsyncJsonWebsocketConsumer):
    """Logs on connect, and from a database thread on each frame, as the live room's consumer would."""

    async def connect(self):
        logging.getLogger("tests.ws").info("socket connected")
        await self.accept()

    async def receive_json(self, content):
        await database_sync_to_async(self._in_database_thread)(content["text"])
        await self.send_json({"ok": True})

    def _in_database_thread(self, text: str) -> None:
        User.objects.count()
        logging.getLogger("tests.ws").info("frame %s", text)


def socket_app():
    # The stack of config/asgi.py, with this consumer on the live room's route.
    return WebSocketOriginValidator(
        AuthMiddlewareStack(
            WebSocketContextMiddleware(
                URLRouter([path("ws/sessions/<int:session_id>/", LoggingConsumer.as_asgi())])
            )
        )
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_a_websocket_logs_with_its_user_session_room_and_connection_on_every_line():
    user = await database_sync_to_async(make_customer)("ws-logger")
    client = Client()
    await database_sync_to_async(client.force_login)(user)
    key = client.cookies[settings.SESSION_COOKIE_NAME].value
    headers = [
        (b"origin", b"http://testserver"),
        (b"host", b"testserver"),
        (b"cookie", f"sessionid={key}".encode()),
        (b"x-request-id", b"ws-handshake-01"),
    ]
    with captured("tests.ws") as stream:
        socket = WebsocketCommunicator(socket_app(), "/ws/sessions/41/", headers=headers)
        connected, _ = await socket.connect(timeout=10)
        assert connected
        await socket.send_json_to({"text": "hello"})
        assert await socket.receive_json_from(timeout=5) == {"ok": True}
        await socket.disconnect()

    connected_line, frame_line = parsed(stream)
    assert frame_line["message"] == "frame hello"
    for line in (connected_line, frame_line):
        assert line["request_id"] == "ws-handshake-01" and line["user_id"] == user.pk
        assert line["live_session_id"] == 41 and line["session_id"] == session_hash(key)
    assert connected_line["connection_id"] == frame_line["connection_id"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_a_websocket_writes_one_structured_access_line_when_it_closes():
    """The project's own access line for a socket (Daphne's plain-text one is off: ``daphne -v 0``)."""
    headers = [
        (b"origin", b"http://testserver"),
        (b"host", b"testserver"),
        (b"x-request-id", b"ws-access-01"),
    ]
    with captured("cloudstudio.access") as stream, captured("tests.ws") as app_stream:
        socket = WebsocketCommunicator(socket_app(), "/ws/sessions/42/", headers=headers)
        connected, _ = await socket.connect(timeout=10)
        assert connected
        assert parsed(stream) == []  # nothing at connect: one line per socket, when it ends
        await socket.disconnect(code=4001)

    [line] = parsed(stream)
    assert (line["method"], line["path"], line["status"]) == ("WS", "/ws/sessions/42/", 4001)
    assert line["message"] == "WS /ws/sessions/42/ 4001"
    assert line["duration_ms"] >= 0
    [app_line] = parsed(app_stream)
    assert line["request_id"] == "ws-access-01" and line["live_session_id"] == 42
    assert line["connection_id"] == app_line["connection_id"]


def test_ids_are_32_hex_digits_and_do_not_repeat():
    ids = {new_request_id() for _ in range(10_000)}
    assert len(ids) == 10_000
    assert all(len(i) == 32 and int(i, 16) >= 0 for i in ids)
