"""Who may watch a session's stream: the room's own rule (``studio.access``), plus invite admission.

An invite-only room also admits a browser that redeemed a share link or an invited customer; that
knowledge lives in the audience app, which registers its resolver here at start-up (it builds on us).
"""

from collections.abc import Callable

from django.contrib.auth.models import AnonymousUser, User

from accounts.roles import Role, has_role
from broadcast.errors import BroadcastError
from core.exceptions import ApplicationError, Forbidden
from studio.access import access_session, is_session_host
from studio.models import LiveSession

_invite_resolvers: list[Callable[..., str]] = []


def invite_resolver_register(resolver: Callable[..., str]) -> None:
    """``resolver(user, session_id, request_session) -> code`` ("" when this viewer is not admitted)."""
    if resolver not in _invite_resolvers:
        _invite_resolvers.append(resolver)


def access_playback(
    user: User | AnonymousUser, session_id: int, *, invite_code: str = "", request_session=None
) -> LiveSession:
    """The session when the caller may watch it (missing and forbidden raise the same ``NotFound``)."""
    try:
        return access_session(user, session_id, invite_code=invite_code)
    except ApplicationError:
        if invite_code:
            raise
        for resolver in _invite_resolvers:
            code = resolver(user, session_id, request_session)
            if code:
                return access_session(user, session_id, invite_code=code)
        raise


def access_stream_owner(user: User | AnonymousUser, session_id: int) -> LiveSession:
    """The session when the caller is its host (its RM): a viewer who may see the room gets ``Forbidden``,
    anyone else the same ``NotFound`` as for a session that does not exist."""
    session = access_session(user, session_id)
    if not (has_role(user, Role.RM) and is_session_host(user, session)):
        raise Forbidden("Only the host of this session manages its stream.", code=BroadcastError.FORBIDDEN)
    return session
