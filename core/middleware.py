"""Response headers every page carries."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase


def content_security_policy() -> str:
    """No inline script anywhere; scripts, styles and sockets only from this origin (plus the video hosts)."""
    media = " ".join(["'self'", "blob:", *settings.CSP_MEDIA_HOSTS])
    return "; ".join([
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
    ])


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response
        self.policy = content_security_policy()

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", self.policy)
        return response
