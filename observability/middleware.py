"""Bind the log context of each HTTP request and each WebSocket connection.

HTTP (``RequestContextMiddleware``, after Django's authentication middleware): ``request_id`` (the proxy's
``X-Request-ID`` when it is a plain token, else a new one; echoed in the response), ``user_id`` and
``session_id`` (a hash of the login session). Celery tasks the request enqueues carry the same ids
(``observability.celery``).

WebSocket (``WebSocketContextMiddleware``, inside channels' ``AuthMiddlewareStack``): the same fields for the
whole life of the socket, plus ``connection_id`` and the ``live_session_id`` of the room. The bindings live in
the connection's own asyncio task (Daphne runs one per connection), so they reach every line the consumer and
the database calls it makes (``database_sync_to_async`` copies the context) write.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Awaitable, Callable
from typing import Any

from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.utils.functional import SimpleLazyObject
from structlog.contextvars import bind_contextvars, bound_contextvars, clear_contextvars, get_contextvars

from observability.logs import new_request_id, request_id_from, session_hash

access_logger = logging.getLogger("cloudstudio.access")

#: Paths scraped or probed every few seconds: no access line for them (their counters are in /metrics).
QUIET_PATHS = frozenset({"/healthz", "/metrics"})
_ROOM_PATH = re.compile(r"^/ws/(?:sessions|broadcast)/(\d+)/")


def _session_key(request: HttpRequest) -> str | None:
    session = getattr(request, "session", None)
    return getattr(session, "session_key", None) if session is not None else None


class RequestContextMiddleware:
    """Bind ``request_id``, ``user_id`` and ``session_id`` for the request; write one access line at the end."""

    sync_capable = True
    async_capable = True

    def __init__(self, get_response: Callable[[HttpRequest], Any]) -> None:
        self.get_response = get_response
        self.is_async = iscoroutinefunction(get_response)
        if self.is_async:
            markcoroutinefunction(self)

    def __call__(self, request: HttpRequest) -> Any:
        if self.is_async:
            return self.__acall__(request)
        started = time.perf_counter()
        user = getattr(request, "user", None)
        request_id = self._begin(request, getattr(user, "id", None))
        try:
            response = self.get_response(request)
            self._end(request, response, request_id, started)
            return response
        finally:
            clear_contextvars()

    async def __acall__(self, request: HttpRequest) -> HttpResponseBase:
        started = time.perf_counter()
        auser = getattr(request, "auser", None)
        user = await auser() if auser is not None else None
        if user is not None and not hasattr(request, "_cached_user"):
            # Django caches the async and the sync user apart: hand the one just read to ``request.user`` too,
            # so a sync view does not read the session and the user a second time.
            request._cached_user = user
        request_id = self._begin(request, getattr(user, "id", None))
        try:
            response = await self.get_response(request)
            self._end(request, response, request_id, started)
            return response
        finally:
            clear_contextvars()

    @staticmethod
    def _begin(request: HttpRequest, user_id: int | None) -> str:
        request_id = request_id_from(request.headers.get("X-Request-ID"))
        clear_contextvars()
        bind_contextvars(
            request_id=request_id, user_id=user_id, session_id=session_hash(_session_key(request))
        )
        return request_id

    @staticmethod
    def _end(request: HttpRequest, response: HttpResponseBase, request_id: str, started: float) -> None:
        response.headers["X-Request-ID"] = request_id
        # An API client authenticated by token is known only once DRF has run (it sets request.user to the
        # user itself, where the session's user is a lazy object): the access line names it too.
        user = request.__dict__.get("user")
        if (
            get_contextvars().get("user_id") is None
            and user is not None
            and not isinstance(user, SimpleLazyObject)
            and getattr(user, "is_authenticated", False)
        ):
            bind_contextvars(user_id=user.pk)
        if request.path not in QUIET_PATHS:
            access_logger.info(
                "%s %s %s",
                request.method,
                request.path,
                response.status_code,
                extra={
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                },
            )


Scope = dict[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]]


class WebSocketContextMiddleware:
    """Bind the log context of one WebSocket connection for its whole life (see the module docstring), and write
    one access line when it ends: ``WS <path> <close code>`` with its duration.

    That line replaces Daphne's plain-text access log (three lines per socket: ``WSCONNECTING``, ``WSCONNECT``,
    ``WSDISCONNECT``, 2-4 % of a join storm's samples), which the Procfile turns off with ``daphne -v 0``; it
    carries the socket's request id, user, session, room and connection like every other line.
    """

    def __init__(self, application: ASGIApp) -> None:
        self.application = application

    async def __call__(
        self, scope: Scope, receive: Callable[[], Awaitable[Any]], send: Callable[[Any], Awaitable[None]]
    ) -> None:
        if scope.get("type") != "websocket":
            await self.application(scope, receive, send)
            return
        header = next(
            (
                value.decode("latin-1")
                for name, value in scope.get("headers") or ()
                if name == b"x-request-id"
            ),
            None,
        )
        user = scope.get("user")
        session = scope.get("session")
        path = scope.get("path") or ""
        room = _ROOM_PATH.match(path)
        started = time.perf_counter()
        closed: list[Any] = []  # the close code, once the server has seen the socket close

        async def receive_watched() -> Any:
            message = await receive()
            if message.get("type") == "websocket.disconnect":
                closed.append(message.get("code"))
            return message

        with bound_contextvars(
            request_id=request_id_from(header),
            connection_id=new_request_id()[:12],
            user_id=getattr(user, "id", None),
            session_id=session_hash(getattr(session, "session_key", None)),
            live_session_id=int(room.group(1)) if room else None,
        ):
            try:
                await self.application(scope, receive_watched, send)
            finally:
                code = closed[0] if closed else None
                access_logger.info(
                    "WS %s %s",
                    path,
                    code,
                    extra={
                        "method": "WS",
                        "path": path,
                        "status": code,
                        "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    },
                )
