"""Who may enter an invite-only room besides its invite code: share links and invitations (the seam).

A room's own rule is ``studio.access.session_may_watch``; an invite-only room also admits a browser that
redeemed one of its share links, or a customer invited by segment. Those records (share links, redemptions,
invitations) and their rules belong to the audience app, which builds on studio: it registers its
implementation here at start-up (``AudienceConfig.ready``), and the consumer and the pages consult it through
these functions without importing the app above them (import-linter's layers contract).
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Admission:
    """The audience app's answers (``audience.realtime``, ``audience.services``)."""

    #: ``(user, session_id, request_session) -> code`` ("" when this browser is not admitted).
    invite_code_for: Callable[[Any, int, Any], str]
    #: ``(scope, session_id) -> (code, admitted_until)`` for a connecting socket.
    room_invite_code: Callable[[Any, Any], Awaitable[tuple[str, datetime | None]]]
    #: ``(scope, session_id, query_invite) -> (allowed, admitted_until)`` for a connected socket.
    room_admission_check: Callable[[Any, int, str], Awaitable[tuple[bool, datetime | None]]]


_registered: list[Admission] = []


def admission_register(admission: Admission) -> None:
    """Register the invite admission (the last registration wins; idempotent)."""
    if admission not in _registered:
        _registered.append(admission)


def _admission() -> Admission:
    if not _registered:
        raise RuntimeError("No invite admission is registered (audience's AppConfig.ready registers it).")
    return _registered[-1]


def invite_code_for(user, session_id: int, request_session) -> str:
    """The code that admits this browser to the invite-only room (a redeemed share link, an invitation), or ""."""
    return _admission().invite_code_for(user, session_id, request_session)


async def room_invite_code(scope, session_id) -> tuple[str, datetime | None]:
    """The admitting code of a connecting socket and when its admission ends (``("", None)``: none)."""
    return await _admission().room_invite_code(scope, session_id)


async def room_admission_check(scope, session_id: int, query_invite: str) -> tuple[bool, datetime | None]:
    """May this connected socket stay (a grant may just have ended), and until when?"""
    return await _admission().room_admission_check(scope, session_id, query_invite)
