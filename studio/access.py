"""Who may see and act on a live session: the one audited place for these checks.

APIs, the consumer and services all fetch sessions through these functions. A session the caller
may not see raises ``NotFound``, the same as one that does not exist, so existence never leaks.
"""

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser, User

from accounts.models import CustomerProfile
from accounts.roles import Role, has_role
from compliance.sessions import is_session_host, is_studio_owner
from core.exceptions import Forbidden, NotFound
from organisations.selectors import head_office_may_see, manager_may_see, officer_may_oversee
from studio.admission import admitted_code
from studio.errors import StudioError
from studio.models import LiveSession, SessionState, Studio, Visibility

PUBLIC_STATES = (SessionState.APPROVED, SessionState.LIVE, SessionState.ENDED)


class LoginRequired(Forbidden):
    code = StudioError.LOGIN_REQUIRED


@dataclass(frozen=True)
class Viewer:
    """What the live room needs to know about one connection, read once when it opens.

    ``profile`` is the customer's risk profile as it was at connect time; card frames are computed
    from it without a query (a re-assessment during the live applies from the next connection).
    """

    user_id: int | None
    name: str
    role: str  # owner | rm | officer | customer | guest
    profile: CustomerProfile | None

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"

    @property
    def suitability_key(self) -> tuple:
        if self.profile is None:
            return ("none",)
        return (self.profile.risk_level, self.profile.expires_at)


def display_name(user: User) -> str:
    profile = getattr(user, "rm_profile", None)
    return profile.display_name if profile is not None else user.get_username()


def session_officer(user, session: LiveSession) -> bool:
    """An officer who oversees ``session``: of the studio owner's institution, or unscoped."""
    return officer_may_oversee(user, session.studio.owner_id)


def session_overseer(user, session: LiveSession) -> bool:
    """Staff who see every state of ``session`` without owning it: its officers, the owner's branch
    manager, and head office of the owner's institution."""
    owner_id = session.studio.owner_id
    return (
        session_officer(user, session)
        or manager_may_see(user, owner_id)
        or head_office_may_see(user, owner_id)
    )


def session_may_watch(user: User | AnonymousUser, session: LiveSession, *, invite_code: str = "") -> bool:
    """The one rule for watching a session (HTTP detail, transcript, WebSocket connect)."""
    if is_session_host(user, session):
        return True
    if session_overseer(user, session):
        return True
    if session.state not in PUBLIC_STATES:
        return False
    if session.visibility == Visibility.INVITE_ONLY and not (
        session.invite_code and invite_code and invite_code == session.invite_code
    ):
        return False
    return user.is_authenticated or session.guests_can_watch


def session_admits(user: User | AnonymousUser, session: LiveSession) -> bool:
    """``session_may_watch`` with the code the edge admitted ``user`` with (``studio.admission.admit``)."""
    return session_may_watch(user, session, invite_code=admitted_code(user, session.pk))


def access_session(user: User | AnonymousUser, session_id: int, *, for_write: bool = False) -> LiveSession:
    """Fetch a session the caller may see (``for_write``: that the caller owns); else ``NotFound``."""
    session = LiveSession.objects.select_related("studio").filter(pk=session_id).first()
    if session is None:
        raise NotFound("Session not found.")
    if for_write:
        if not (has_role(user, Role.RM) and is_session_host(user, session)):
            raise NotFound("Session not found.")
        return session
    if not session_admits(user, session):
        raise NotFound("Session not found.")
    return session


def access_session_as_host(actor: User | AnonymousUser, session_id: int) -> LiveSession:
    """The session, when ``actor`` is its host; a viewer who may see it gets ``Forbidden``, others 404."""
    session = access_session(actor, session_id)
    if not is_session_host(actor, session):
        raise Forbidden("Only the host of this session may do that.", code=StudioError.FORBIDDEN)
    return session


def access_studio(user: User | AnonymousUser, studio_id: int) -> Studio:
    """Studios are managed by their owner only."""
    studio = Studio.objects.filter(pk=studio_id).first()
    if studio is None or not is_studio_owner(user, studio):
        raise NotFound("Studio not found.")
    return studio


def require_rm(user: User | AnonymousUser) -> None:
    if not has_role(user, Role.RM):
        raise Forbidden("Only relationship managers manage studios and sessions.", code=StudioError.FORBIDDEN)


def viewer_open(user: User | AnonymousUser, session_id: int) -> tuple[LiveSession, Viewer]:
    """Check that ``user`` may watch the room and snapshot what the room needs to know of them."""
    session = access_session(user, session_id)
    return session, viewer_of(user, session)


def viewer_of(user: User | AnonymousUser, session: LiveSession) -> Viewer:
    """What the room needs to know of ``user`` in ``session`` (role, name, risk profile); not an access check."""
    if not user.is_authenticated:
        return Viewer(None, "guest", "guest", None)
    if is_session_host(user, session):
        role = "owner"
    elif session_officer(user, session):
        role = "officer"
    elif has_role(user, Role.RM):
        role = "rm"
    elif has_role(user, Role.CUSTOMER):
        role = "customer"
    else:
        role = "guest"
    profile = CustomerProfile.objects.filter(user=user).first() if role == "customer" else None
    user_with_profile = (
        User.objects.select_related("rm_profile").get(pk=user.pk) if role in ("owner", "rm") else user
    )
    return Viewer(user.id, display_name(user_with_profile), role, profile)
