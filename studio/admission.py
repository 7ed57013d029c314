"""Who may enter an invite-only room besides its invite code: share links and invitations (the seam).

A room's own rule is ``studio.access.session_may_watch``; an invite-only room also admits a browser that
redeemed one of its share links, or a customer invited by segment. Those records (share links, redemptions,
invitations) and their rules belong to the audience app, which builds on studio: it registers its
implementation here at start-up (``AudienceConfig.ready``), and the consumer and the pages consult it through
these functions without importing the app above them (import-linter's layers contract).

The edges decide admission once: a page or API (``admit_request``) or the consumer at connect calls ``admit``,
which records on the caller's user object (this request's or socket's, like Django's permission cache) the room
code it came with. ``studio.access.access_session`` consults ``admitted_code``, so services take the admitted
user and never an invite code.
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

#: The attribute of a request's or socket's user object holding ``{session_id: code}`` (``admit``).
_ADMITTED = "_studio_room_codes"


def admit(user, session_id: int, code: str) -> None:
    """Record the edge's decision on ``user`` (this request's or socket's user object): it came to the invite-only
    room ``session_id`` with ``code`` (its own ``?invite=``, or the code a share link or invitation stands for).
    The code is still compared with the room's by ``access_session`` on every fetch. Each decision replaces
    the last for that room (no code: none), so a user object reused across requests carries no stale admission.
    """
    if user is None:
        return
    codes = getattr(user, _ADMITTED, None)
    if codes is None:
        if not code:
            return
        codes = {}
        setattr(user, _ADMITTED, codes)
    if code:
        codes[int(session_id)] = code
    else:
        codes.pop(int(session_id), None)


def admitted_code(user, session_id: int) -> str:
    """The code ``admit`` recorded for ``user`` in room ``session_id`` ("" when none)."""
    codes = getattr(user, _ADMITTED, None)
    return codes.get(session_id, "") if codes else ""


def admit_request(request, session_id: int) -> None:
    """A page's admission (and the player's), decided once: the ``?invite=`` code, else the code this browser's
    share links or the user's invitation stand for. (The JSON session APIs admit the ``?invite=`` code only.)"""
    code = request.GET.get("invite", "")[:64]
    if not code:
        code = invite_code_for(request.user, session_id, request.session)
    admit(request.user, session_id, code)


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
