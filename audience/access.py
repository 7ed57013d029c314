"""Who may read a session's reports and evidence: the one place for these checks.

A session the caller may not see this way raises ``NotFound``, the same as one that does not exist.
"""

from django.contrib.auth.models import AnonymousUser, User

from accounts.roles import Role, has_role
from audience.errors import AudienceError
from core.exceptions import Conflict, NotFound
from studio.models import LiveSession, SessionState


def access_session_report(user: User | AnonymousUser, session_id: int) -> LiveSession:
    """Analytics of a session: its RM (the studio's owner) and compliance officers."""
    session = LiveSession.objects.select_related("studio").filter(pk=session_id).first()
    if session is None or not user.is_authenticated:
        raise NotFound("Session not found.")
    if has_role(user, Role.COMPLIANCE) or (has_role(user, Role.RM) and session.studio.owner_id == user.id):
        return session
    raise NotFound("Session not found.")


def access_session_evidence(user: User | AnonymousUser, session_id: int) -> LiveSession:
    """The evidence bundle: compliance officers only, and only once the session has ended."""
    session = LiveSession.objects.select_related("studio__owner").filter(pk=session_id).first()
    if session is None or not has_role(user, Role.COMPLIANCE):
        raise NotFound("Session not found.")
    if session.state != SessionState.ENDED:
        raise Conflict("The evidence bundle is made once the session has ended.",
                       code=AudienceError.SESSION_NOT_ENDED, details={"state": session.state})
    return session
