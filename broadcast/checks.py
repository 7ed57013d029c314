"""Start-up checks: the player's video origin must be allowed by the page's CSP, or no viewer sees video."""

from django.conf import settings
from django.core.checks import Error, Warning, register


def _origin(url: str) -> str:
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest.split('/', 1)[0]}" if rest else ""


@register()
def playback_origin_allowed(app_configs, **kwargs):
    problems = []
    base = settings.BROADCAST_PLAYBACK_BASE_URL
    origin = _origin(base)
    if base and not base.startswith("/") and origin not in settings.CSP_MEDIA_HOSTS:
        problems.append(
            Error(
                f"BROADCAST_PLAYBACK_BASE_URL's origin {origin!r} is not in CSP_MEDIA_HOSTS: browsers would block "
                "the live video.",
                hint="Leave CSP_MEDIA_HOSTS to follow the setting, or add the origin.",
                id="broadcast.E001",
            )
        )
    if not settings.DEBUG and base.startswith("http://"):
        problems.append(
            Warning(
                "BROADCAST_PLAYBACK_BASE_URL is plain http while the site is https: browsers "
                "block mixed content.",
                id="broadcast.W001",
            )
        )
    return problems
