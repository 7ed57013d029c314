"""Who may read a session's reports and evidence: the one place for these checks.

A session the caller may not see this way raises ``NotFound``, the same as one that does not exist.
"""

from django.contrib.auth.models import AnonymousUser, User

from accounts.roles import Role, has_role
from audience.errors import AudienceError
from core.exceptions import Conflict, NotFound
from organisations.selectors import head_office_may_see, manager_may_see, officer_may_oversee
from studio.access import is_session_host
from studio.models import LiveSession, SessionState


def access_session_report(user: User | AnonymousUser, session_id: int) -> LiveSession:
    """Analytics of a session: its RM (the studio's owner), its officers, branch manager and head office."""
    session = LiveSession.objects.select_related("studio").filter(pk=session_id).first()
    if session is None or not user.is_authenticated:
        raise NotFound("Session not found.")
    owner_id = session.studio.owner_id
    if (
        officer_may_oversee(user, owner_id)
        or manager_may_see(user, owner_id)
        or head_office_may_see(user, owner_id)
        or (has_role(user, Role.RM) and is_session_host(user, session))
    ):
        return session
    raise NotFound("Session not found.")


def access_session_evidence(user: User | AnonymousUser, session_id: int) -> LiveSession:
    """The evidence bundle: compliance officers only, and only once the session has ended."""
    session = LiveSession.objects.select_related("studio__owner").filter(pk=session_id).first()
    if session is None or not officer_may_oversee(user, session.studio.owner_id):
        raise NotFound("Session not found.")
    if session.state != SessionState.ENDED:
        raise Conflict(
            "The evidence bundle is made once the session has ended.",
            code=AudienceError.SESSION_NOT_ENDED,
            details={"state": session.state},
        )
    return session
