"""Who may watch a replay: the one place for this check.

A customer sees a replay only when they may see the session (``studio.access``: state, visibility, invite
code, guests) *and* an officer has published it. Anything else, a missing session, one they may not see or a
replay not (yet) published, raises the same ``NotFound("Replay not found.")``, so an unpublished replay
answers exactly like a missing one.
"""

from django.contrib.auth.models import AnonymousUser, User

from core.exceptions import ApplicationError, NotFound
from recordings.models import Replay, ReplayState
from studio.access import access_session
from studio.models import LiveSession, SessionState


def access_replay(user: User | AnonymousUser, session_id: int) -> tuple[LiveSession, Replay]:
    """The session and its published replay; an invite-only session admits the code the edge recorded
    (``studio.admission.admit``)."""
    try:
        session = access_session(user, session_id)
    except ApplicationError as exc:
        raise NotFound("Replay not found.") from exc
    replay = Replay.objects.filter(
        session=session, state=ReplayState.PUBLISHED, purged_at__isnull=True
    ).first()
    if replay is None or session.state != SessionState.ENDED:
        raise NotFound("Replay not found.")
    return session, replay
