"""Start-up checks: links that leave the site (reminder e-mails) need an absolute public base URL."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Warning, register


@register()
def public_base_url_configured(app_configs, **kwargs):
    """``PUBLIC_BASE_URL`` must be an absolute http(s) URL; production refuses to start without one."""
    base = settings.PUBLIC_BASE_URL
    if not base:
        if settings.DEBUG:
            return []
        return [Error("PUBLIC_BASE_URL is not set: reminder e-mails would carry links customers cannot open.",
                      hint="Set PUBLIC_BASE_URL to the site's public address, e.g. https://studio.bank.example",
                      id="audience.E001")]
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/"):
        return [Error(f"PUBLIC_BASE_URL={base!r} is not an absolute http(s) address without a path.",
                      hint="For example https://studio.bank.example", id="audience.E002")]
    if not settings.DEBUG and parts.scheme != "https":
        return [Warning("PUBLIC_BASE_URL is plain http in production: e-mailed links would not be secure.",
                        id="audience.W001")]
    return []
