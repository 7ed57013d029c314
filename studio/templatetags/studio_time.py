"""``{{ moment|studio_time }}`` and ``{% studio_zone %}``: times in the studio's zone, saying which."""

from datetime import datetime

from django import template

from core import times

register = template.Library()


@register.filter
def studio_time(moment: datetime | None) -> str:
    return times.studio_time(moment) if moment else ""


@register.simple_tag
def studio_zone() -> str:
    return times.zone_label()
