"""The live room's origin check (``core.middleware.websocket_origin_allowed``): verdicts are remembered per
distinct handshake, never across what the verdict depends on."""

from django.test import override_settings

from core import middleware
from core.middleware import websocket_origin_allowed


def _scope(origin: bytes, host: bytes = b"testserver", scheme: str = "ws", **extra: bytes) -> dict:
    headers = [(b"Origin", origin), (b"Host", host)]
    headers += [(name.replace("_", "-").encode(), value) for name, value in extra.items()]
    return {"type": "websocket", "scheme": scheme, "headers": headers}


def test_each_input_of_the_verdict_is_part_of_what_is_remembered():
    middleware._origin_verdicts.clear()
    assert websocket_origin_allowed(_scope(b"http://testserver")) is True
    assert websocket_origin_allowed(_scope(b"http://evil.example")) is False
    assert websocket_origin_allowed(_scope(b"http://testserver", host=b"other.example")) is False
    # The page is on https (wss, or a trusted proxy's X-Forwarded-Proto): an http origin is foreign.
    assert websocket_origin_allowed(_scope(b"http://testserver", scheme="wss")) is False
    assert websocket_origin_allowed(_scope(b"https://testserver", scheme="wss")) is True
    assert websocket_origin_allowed(_scope(b"http://testserver")) is True  # asked again: same answer
    assert len(middleware._origin_verdicts) == 5


@override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"))
def test_the_proxy_header_named_by_the_settings_is_part_of_the_verdict():
    assert websocket_origin_allowed(_scope(b"https://testserver", x_forwarded_proto=b"https")) is True
    assert websocket_origin_allowed(_scope(b"https://testserver", x_forwarded_proto=b"http")) is False
    assert websocket_origin_allowed(_scope(b"https://testserver")) is False


def test_a_settings_change_forgets_the_verdicts():
    assert websocket_origin_allowed(_scope(b"https://studio.example.com")) is False
    with override_settings(CSRF_TRUSTED_ORIGINS=["https://studio.example.com"]):
        assert websocket_origin_allowed(_scope(b"https://studio.example.com")) is True
    assert websocket_origin_allowed(_scope(b"https://studio.example.com")) is False
