"""Response headers every page carries, and the origin check of the live room's WebSocket."""

from collections.abc import Awaitable, Callable
from importlib import import_module
from typing import Any
from urllib.parse import urlsplit

from channels.auth import AuthMiddleware
from channels.security.websocket import WebsocketDenier
from channels.sessions import CookieMiddleware, SessionMiddleware
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpRequest
from django.http.request import split_domain_port, validate_host
from django.http.response import HttpResponseBase


def content_security_policy() -> str:
    """No inline script anywhere; scripts, styles and sockets only from this origin (plus the video hosts)."""
    media = " ".join(["'self'", "blob:", *settings.CSP_MEDIA_HOSTS])
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            # Inline style attributes are allowed (Swagger UI and the admin set some); inline script is not.
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            f"connect-src 'self' ws: wss: {' '.join(settings.CSP_MEDIA_HOSTS)}".strip(),
            f"media-src {media}",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response
        self.policy = content_security_policy()

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", self.policy)
        return response


# ---------------------------------------------------------------------------------------------
# The live room's origin check (ASGI)

_DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin_tuple(scheme: str, host: str, port: int | None) -> tuple[str, str, int] | None:
    scheme = scheme.lower()
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    return scheme, host.lower().rstrip("."), port or _DEFAULT_PORTS[scheme]


def parse_origin(value: str) -> tuple[str, str, int] | None:
    """``scheme://host[:port]`` as ``(scheme, host, port)`` with the scheme's default port; ``None`` otherwise
    (``null``, paths, user info, other schemes)."""
    try:
        parsed = urlsplit(value)
        port = parsed.port
    except ValueError:
        return None
    if parsed.username or parsed.password or parsed.path not in ("", "/") or parsed.query or parsed.fragment:
        return None
    return _origin_tuple(parsed.scheme, parsed.hostname or "", port)


Scope = dict[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]]


def _headers(scope: Scope) -> dict[bytes, bytes]:
    return {name.lower(): value for name, value in scope.get("headers") or ()}


def socket_own_origin(scope: Scope) -> tuple[str, str, int] | None:
    """The origin a page on this server has, as the socket's handshake names it: its ``Host`` header (which
    must be an allowed host) and the scheme the client used (``wss`` or a trusted proxy's
    ``X-Forwarded-Proto: https`` mean https)."""
    headers = _headers(scope)
    host_header = headers.get(b"host", b"").decode("latin-1").strip()
    if not host_header:
        return None
    host, port = split_domain_port(host_header)
    if not host or not validate_host(host, settings.ALLOWED_HOSTS):
        return None
    secure = scope.get("scheme") == "wss"
    proxy_header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    if proxy_header:
        name = proxy_header[0].lower().removeprefix("http_").replace("_", "-").encode("latin-1")
        secure = secure or headers.get(name, b"").decode("latin-1").split(",")[0].strip() == proxy_header[1]
    return _origin_tuple("https" if secure else "http", host, int(port) if port.isdigit() else None)


#: Verdicts of ``websocket_origin_allowed`` by what they depend on (the handshake's ``Origin``, ``Host`` and
#: forwarded-proto headers and its scheme): a join storm asks the same question thousands of times, and parsing
#: and matching both origins was ~2 % of a server's samples. Cleared when a setting changes (tests).
_origin_verdicts: dict[tuple[Any, ...], bool] = {}


@receiver(setting_changed)
def _origin_verdicts_clear(**kwargs: Any) -> None:
    _origin_verdicts.clear()


def websocket_origin_allowed(scope: Scope) -> bool:
    """Scheme, host and port of the handshake's ``Origin`` equal this server's own origin or one of
    ``CSRF_TRUSTED_ORIGINS`` (``https://*.example.com`` matches subdomains, as Django's CSRF check does)."""
    proxy_header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    proxy_name = (
        proxy_header[0].lower().removeprefix("http_").replace("_", "-").encode("latin-1")
        if proxy_header
        else None
    )
    origin = host = proto = None
    for name, value in scope.get("headers") or ():  # the last of each wins, as in ``_headers``
        lowered = name.lower()
        if lowered == b"origin":
            origin = value
        elif lowered == b"host":
            host = value
        elif lowered == proxy_name:
            proto = value
    key = (origin, host, proto, scope.get("scheme"))
    verdict = _origin_verdicts.get(key)
    if verdict is None:
        verdict = _websocket_origin_allowed(scope)
        if len(_origin_verdicts) >= 1024:
            _origin_verdicts.clear()
        _origin_verdicts[key] = verdict
    return verdict


def _websocket_origin_allowed(scope: Scope) -> bool:
    origin = parse_origin(_headers(scope).get(b"origin", b"").decode("latin-1").strip())
    if origin is None:
        return False
    if origin == socket_own_origin(scope):
        return True
    for trusted in settings.CSRF_TRUSTED_ORIGINS:
        wildcard = "://*." in trusted
        allowed = parse_origin(trusted.replace("://*.", "://", 1))
        if allowed is None or allowed[0] != origin[0] or allowed[2] != origin[2]:
            continue
        if origin[1] == allowed[1] or (wildcard and origin[1].endswith("." + allowed[1])):
            return True
    return False


class WebSocketOriginValidator:
    """Refuse a WebSocket handshake whose ``Origin`` is not this server's own origin (scheme, host and port
    compared: channels' ``AllowedHostsOriginValidator`` compares the host only) nor a trusted one."""

    def __init__(self, application: ASGIApp) -> None:
        self.application = application

    async def __call__(
        self, scope: Scope, receive: Callable[[], Awaitable[Any]], send: Callable[[Any], Awaitable[None]]
    ) -> None:
        if scope["type"] == "websocket" and not websocket_origin_allowed(scope):
            await WebsocketDenier()(scope, receive, send)
            return
        await self.application(scope, receive, send)


class WebSocketAuthMiddleware(AuthMiddleware):  # type: ignore[misc]  # channels is untyped
    """Channels' ``AuthMiddleware``, minus the database thread for a socket without a session cookie.

    Resolving ``scope["user"]`` runs on the process's one database thread (``database_sync_to_async``) even
    for a guest, whose lazily loaded session has no key and so nothing to read. In a join storm of guests
    that thread hop per connect queued behind every other connect's; a guest now gets ``AnonymousUser`` at
    once. Sockets with a session cookie are resolved exactly as before.
    """

    async def resolve_scope(self, scope: Scope) -> None:
        session = scope.get("session")
        if session is None or not getattr(session, "session_key", None):
            scope["user"]._wrapped = AnonymousUser()
            return
        await super().resolve_scope(scope)


class WebSocketSessionMiddleware:
    """Channels' ``SessionMiddleware`` for a socket, without wrapping its ``send``.

    Channels' wrapper saves a modified session only on ``http.response.start``, which a socket never sends,
    yet every frame a socket sends went through it (two lazy-object lookups per frame) and each connect built
    it. Here a socket's scope gets the same session store (``scope["session"]``, read lazily from the session
    cookie); code that changes it saves it itself, as it had to before. HTTP scopes, and scopes that already
    carry a session, go through Channels' middleware unchanged.
    """

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.http = SessionMiddleware(inner)

    async def __call__(
        self, scope: Scope, receive: Callable[[], Awaitable[Any]], send: Callable[[Any], Awaitable[None]]
    ) -> None:
        if scope.get("type") != "websocket" or "session" in scope:
            await self.http(scope, receive, send)
            return
        if "cookies" not in scope:
            raise ValueError(
                "No cookies in scope - WebSocketSessionMiddleware needs to run inside CookieMiddleware."
            )
        store = import_module(settings.SESSION_ENGINE).SessionStore
        scope = {**scope, "session": store(scope["cookies"].get(settings.SESSION_COOKIE_NAME))}
        await self.inner(scope, receive, send)


def websocket_auth_stack(inner: Any) -> Any:
    """``AuthMiddlewareStack`` with ``WebSocketSessionMiddleware`` and ``WebSocketAuthMiddleware``: cookies, then
    the session, then the user."""
    return CookieMiddleware(WebSocketSessionMiddleware(WebSocketAuthMiddleware(inner)))
