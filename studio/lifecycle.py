"""The session state machine: which state may follow which, and the one function that moves a session.

Draft → in review → approved is the publishing gate's (``compliance.services.gate`` moves sessions through
the transition registered here at start-up, so compliance never imports studio); approved → live → ended is
the host's (``studio.services.sessions``). ``room_group`` names the room's channel-layer group, where the
state change (and every other room event) is broadcast after commit.
"""

from django.db import transaction
from django.utils import timezone

from core.events import broadcast_on_commit
from core.exceptions import Conflict
from studio.models import (
    LiveSession,
    SessionState,
)

# Which state may follow which. The publishing gate (compliance.services) decides APPROVED;
# an edit or a rule change pulls an approved session back to IN_REVIEW.
ALLOWED_TRANSITIONS: dict[str, set[str]] = {
    SessionState.DRAFT: {SessionState.IN_REVIEW},
    SessionState.IN_REVIEW: {SessionState.APPROVED, SessionState.DRAFT},
    SessionState.APPROVED: {SessionState.IN_REVIEW, SessionState.LIVE, SessionState.DRAFT},
    SessionState.LIVE: {SessionState.ENDED},
    SessionState.ENDED: set(),
}


def room_group(session_id: int) -> str:
    return f"room-{session_id}"


@transaction.atomic
def session_state_transition(*, session: LiveSession, to: SessionState | str) -> LiveSession:
    """Move ``session`` to state ``to`` under a row lock; raise ``Conflict`` when the move is not allowed.

    Moving to the state it already has is a no-op (so retried tasks and double clicks are harmless).
    Stamps ``started_at``/``ended_at`` and broadcasts ``session.state`` to the room after commit.
    Callers record the audit event.
    """
    locked = LiveSession.objects.select_for_update().get(pk=session.pk)
    target = SessionState(to)
    if locked.state == target:
        return locked
    if target not in ALLOWED_TRANSITIONS[SessionState(locked.state)]:
        raise Conflict(
            f"A session that is {locked.get_state_display().lower()} cannot become {target.label.lower()}.",
            code="invalid_state",
            details={"state": locked.state, "requested": target.value},
        )
    locked.state = target
    fields = ["state", "updated_at"]
    if target == SessionState.LIVE:
        locked.started_at = timezone.now()
        fields.append("started_at")
    elif target == SessionState.ENDED:
        locked.ended_at = timezone.now()
        fields.append("ended_at")
    locked.save(update_fields=fields)
    session.state, session.started_at, session.ended_at = locked.state, locked.started_at, locked.ended_at
    broadcast_on_commit(
        room_group(locked.pk),
        {
            "type": "room.frame",
            "frame": {"type": "session.state", "state": locked.state, "seq": locked.last_seq},
        },
    )
    return locked
