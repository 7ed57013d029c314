"""Start-up checks: links that leave the site (reminder e-mails) need an absolute public base URL.

A malformed ``PUBLIC_BASE_URL`` is an error for every command; a missing one in production is reported by
``manage.py check --deploy`` (the deployment checklist), and a reminder that would be sent without it fails
with ``ImproperlyConfigured`` naming the setting instead of mailing a link nobody can open.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Warning, register


@register()
def public_base_url_well_formed(app_configs, **kwargs):
    """``PUBLIC_BASE_URL``, when set, is an absolute http(s) URL without a path."""
    base = settings.PUBLIC_BASE_URL
    if not base:
        return []
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/"):
        return [
            Error(
                f"PUBLIC_BASE_URL={base!r} is not an absolute http(s) address without a path.",
                hint="For example https://studio.bank.example",
                id="audience.E002",
            )
        ]
    return []


@register(deploy=True)
def public_base_url_configured(app_configs, **kwargs):
    """Production needs ``PUBLIC_BASE_URL`` (development defaults to the local server), over https."""
    base = settings.PUBLIC_BASE_URL
    if not base:
        return [
            Error(
                "PUBLIC_BASE_URL is not set: reminder e-mails would carry links customers cannot open.",
                hint="Set PUBLIC_BASE_URL to the site's public address, e.g. https://studio.bank.example",
                id="audience.E001",
            )
        ]
    if urlsplit(base).scheme != "https":
        return [
            Warning(
                "PUBLIC_BASE_URL is plain http in production: e-mailed links would not be secure.",
                id="audience.W001",
            )
        ]
    return []
