"""The studio's time zone (``settings.TIME_ZONE``): schedules are entered, shown and e-mailed in it, and
every place that shows a time says which zone it is in ("2026-12-07 19:30（中国标准时间 UTC+08:00）").

The zone's name is the one browsers give (``Intl.DateTimeFormat`` ``timeZoneName: "long"``, used by
``static/js/time.js``), so pages and e-mails say the same; an unnamed zone is shown by its IANA name."""

from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

ZONE_NAMES = {
    "Asia/Shanghai": gettext_lazy("China Standard Time"),
    "Asia/Hong_Kong": gettext_lazy("Hong Kong Standard Time"),
    "America/New_York": gettext_lazy("Eastern Time"),
    "UTC": gettext_lazy("Coordinated Universal Time"),
}


def zone_label(moment: datetime | None = None) -> str:
    """``中国标准时间 UTC+08:00``: the zone's name and its offset at ``moment`` (now by default)."""
    local = timezone.localtime(moment or timezone.now())
    offset = local.strftime("%z")  # +0800
    zone = timezone.get_current_timezone_name()
    return f"{ZONE_NAMES.get(zone, zone)} UTC{offset[:3]}:{offset[3:]}"


def studio_time(moment: datetime) -> str:
    """``2026-12-07 19:30 (Asia/Shanghai, UTC+08:00)`` in the active language's brackets."""
    local = timezone.localtime(moment)
    # Translators: a date and time, then the time zone it is in. Chinese uses full-width brackets.
    return _("%(time)s (%(zone)s)") % {"time": f"{local:%Y-%m-%d %H:%M}", "zone": zone_label(moment)}
