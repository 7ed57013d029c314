"""Screening of what customers type in a live room (chat lines and questions) with the audience rule pack.

Customers' lines are not marketing, so the RM packs (cn, us) do not apply to them; but a viewer can post a
fraud lure, a private handle, a link, or pose as staff, and every other viewer would read it. The audience
pack (``compliance/engine/packs/audience.yaml``, versioned in the database like the others so officers can
edit and back-test it) finds those. A hit never drops the line: it is stored as held, the sender is told it
awaits review, and the host or an officer releases or removes it. Masking of personal data runs first, so
the pack sees (and the store keeps) the masked text.

The check is one call into the engine with a compiled pack cached per process (``text_check``): a line
with nothing in it costs a few microseconds (``bench/ingest.py``).
"""

from django.utils.translation import gettext as _

from compliance.screening import finding_as_dict, text_check
from compliance.services.rule_packs import AUDIENCE_PACK


def audience_findings(text: str) -> list[dict]:
    """The audience pack's ``block``/``review`` findings on a customer's (already masked) text, as stored dicts."""
    result = text_check(text=text, kind="chat", pack_name=AUDIENCE_PACK)
    return [
        finding_as_dict(f)
        for f in result.findings
        if str(getattr(f.severity, "value", f.severity)) in ("block", "review")
    ]


def held_notice() -> str:
    """What the sender of a held line or question is told (in the active language)."""
    return _(
        "Your message is waiting for review by the host or a compliance officer before others can see it."
    )


def held_frame(item, *, kind: str) -> dict:
    """``chat.held`` for the host's sockets: a viewer's line (``kind="chat"``) or question (``"qa"``) awaits them."""
    return {
        "type": "chat.held",
        "kind": kind,
        "id": item.pk,
        "author": item.author_name,
        "text": item.text,
        "codes": sorted({f["code"] for f in item.findings}),
        "at": item.created_at.isoformat(),
    }
