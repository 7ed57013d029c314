"""Opening a live-room socket without a database trip per connect: a join storm (a stream start, a deploy).

A connect used to read the session (the access check), the viewer's roles, risk profile and display name,
and the room's snapshot (pin, settings, questions): one trip to the process's one database thread per
connect, 5,000 connects in 22 s on an idle machine against 3.5 s for a bare server (``bench/fanout.py
--connect-storm 5000``). Two things replace it:

- **One read per room per burst** (``RoomReads``): the session row and the room's snapshot are read once
  for all the connects to that room that arrived before the read started (single flight: a connect that
  arrives while a read is running waits for the next one). In a process that already follows the room (its
  fan-out ``Room`` is subscribed to the room's events), a read is also reused for ``REUSE_SECONDS``, unless
  an event of the room (``room.frame``: state, pin, Q&A, slow mode; ``room.admission``) invalidated it
  first: what a connect sees is then as fresh as what the room's sockets see. A storm of 5,000 connects to
  one room becomes a handful of reads.
- **Who the viewer is, from a signed admission token** (``admission_token_issue``/``admission_token_viewer``):
  the page (and every ``session.state``) carries a token, signed with ``SECRET_KEY``, naming the session,
  the user, their role, display name and risk profile, and a hash of the browser's session key. It says
  nothing about *whether* the user may watch — that is decided at every connect from the room read, by the
  one rule (``studio.access.session_may_watch``) — only *who* they are, for ``ADMISSION_TOKEN_SECONDS``:
  the identity still comes from the session cookie (the token must match its user and session key), so a
  copied token admits nobody. A role or profile change applies to connects after the token expires; a
  token is never renewed from itself (``session.state`` hands back the same token), so a viewer who keeps
  reconnecting is read from the database again at least every ``ADMISSION_TOKEN_SECONDS``.

Guests need no token: they have no identity to read.
"""

import asyncio
import hashlib
from datetime import datetime
from typing import Any

from django.core import signing

from accounts.models import CustomerProfile
from core.loops import for_running_loop
from studio.access import Viewer
from studio.models import LiveSession

ADMISSION_TOKEN_SECONDS = 15 * 60
_SALT = "studio.room_open.admission"


def _key_hash(session_key: str | None) -> str:
    return hashlib.sha256((session_key or "").encode()).hexdigest()[:24]


def admission_token_issue(*, session_id: int, viewer: Viewer, session_key: str | None) -> str:
    """A signed, timestamped token of who ``viewer`` is in ``session_id``, bound to the browser's session key."""
    profile = viewer.profile
    payload = {
        "s": session_id,
        "u": viewer.user_id,
        "r": viewer.role,
        "n": viewer.name,
        "k": _key_hash(session_key),
        "p": [profile.risk_level, profile.expires_at.isoformat() if profile.expires_at else None]
        if profile is not None
        else None,
    }
    return signing.dumps(payload, salt=_SALT, compress=True)


def admission_token_for(user: Any, session: LiveSession, session_key: str | None) -> str:
    """The token a page hands its live-room socket (``""`` for a guest, who needs none)."""
    from studio.access import viewer_of

    if not getattr(user, "is_authenticated", False):
        return ""
    return admission_token_issue(
        session_id=session.pk, viewer=viewer_of(user, session), session_key=session_key
    )


def admission_token_viewer(
    token: str, *, session_id: int, user: Any, session_key: str | None
) -> Viewer | None:
    """The ``Viewer`` a valid token names, if it was issued for this session, this user and this browser."""
    if not token or user is None or not getattr(user, "is_authenticated", False):
        return None
    try:
        data = signing.loads(token, salt=_SALT, max_age=ADMISSION_TOKEN_SECONDS)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if (
        not isinstance(data, dict)
        or data.get("s") != session_id
        or data.get("u") != user.pk
        or data.get("k") != _key_hash(session_key)
    ):
        return None
    profile = None
    if data.get("p"):
        risk_level, expires_at = data["p"]
        profile = CustomerProfile(
            user_id=user.pk,
            risk_level=risk_level,
            expires_at=datetime.fromisoformat(expires_at) if expires_at else None,
        )
    return Viewer(user.pk, str(data.get("n") or ""), str(data.get("r") or "guest"), profile)


def room_read(session_id: int) -> tuple[LiveSession | None, dict | None, list]:
    """The session (with its studio, for the access rule), the room's snapshot without the shelf, and the
    shelf's pushes, which each viewer's connect words for their own profile (``selectors.shelf_frames``)."""
    from studio.selectors import room_shelf_pushes, room_snapshot

    # One read of the session row serves the access rule (its studio) and the snapshot (its pin).
    session = LiveSession.objects.select_related("studio", "pinned_message").filter(pk=session_id).first()
    if session is None:
        return None, None, []
    return (
        session,
        room_snapshot(session_id=session_id, shelf=False, session=session),
        room_shelf_pushes(session_id=session_id),
    )


#: A room read is reused this long by connects to a room this process follows (its events invalidate it).
REUSE_SECONDS = 1.0


class RoomReads:
    """Single-flight reads of ``room_read`` per room, for one event loop (one server process).

    ``read`` returns a result whose read started after the call: callers that arrive while a read runs
    share the next one. So a burst of N connects costs about as many reads as fit in the burst's duration
    one after another, not N.
    """

    def __init__(self, reader) -> None:
        self._reader = reader  # async (session_id) -> result: the database call
        self._queued: dict[int, asyncio.Future] = {}
        self._running: dict[int, asyncio.Future] = {}
        self._last: dict[int, tuple[float, Any]] = {}  # session id -> (when the read started, result)
        self._generation: dict[int, int] = {}  # bumped by ``invalidate``
        self.reads = 0

    def invalidate(self, session_id: int) -> None:
        """The room changed (an event said so): no earlier read is reused."""
        self._generation[session_id] = self._generation.get(session_id, 0) + 1
        self._last.pop(session_id, None)

    async def read(self, session_id: int, *, reuse: bool = False) -> Any:
        """The room's read. With ``reuse`` (the caller's process follows the room's events, which
        ``invalidate`` it) a read started within ``REUSE_SECONDS`` and not invalidated since is returned."""
        loop = asyncio.get_running_loop()
        if reuse:
            last = self._last.get(session_id)
            if last is not None and loop.time() - last[0] < REUSE_SECONDS:
                return last[1]
        queued = self._queued.get(session_id)
        if queued is not None:
            return await asyncio.shield(queued)
        future = asyncio.get_running_loop().create_future()
        self._queued[session_id] = future
        running = self._running.get(session_id)
        if running is not None:
            await asyncio.wait([running])  # it started before we came: wait for it, then read afresh
        self._queued.pop(session_id, None)
        self._running[session_id] = future
        try:
            self.reads += 1
            started, generation = loop.time(), self._generation.get(session_id, 0)
            result = await self._reader(session_id)
        except BaseException as exc:
            if not future.done():
                future.set_exception(exc)
                future.exception()  # retrieved: callers that shared it re-raise it themselves
            raise
        else:
            future.set_result(result)
            if self._generation.get(session_id, 0) == generation:
                if len(self._last) > 4096:
                    self._last.clear()
                self._last[session_id] = (started, result)
            return result
        finally:
            if self._running.get(session_id) is future:
                del self._running[session_id]


_reads: dict[asyncio.AbstractEventLoop, RoomReads] = {}


def room_reads() -> RoomReads:
    """This event loop's ``RoomReads`` over ``room_read`` on the process's database thread."""
    from core.db import persistent_database_sync_to_async

    return for_running_loop(_reads, lambda: RoomReads(persistent_database_sync_to_async(room_read)))


#: Room events after which a connect must read the room afresh: its state, pin, Q&A or settings (``room.frame``),
#: its shelf (``room.card``) or its grants (``room.admission``); and any event that says its mutes changed.
ROOM_READ_CHANGING_EVENTS = frozenset({"room.frame", "room.card", "room.admission"})


def room_read_changed_by(event: dict) -> bool:
    """Whether ``event`` changes what a connect reads: the hub and the acting socket ask the same question."""
    return event.get("type") in ROOM_READ_CHANGING_EVENTS or bool(event.get("snapshot_changed"))


def room_reads_invalidate(session_id: int) -> None:
    """An event changed the room: this event loop's next connect reads it afresh."""
    reads = _reads.get(asyncio.get_running_loop())
    if reads is not None:
        reads.invalidate(session_id)
