"""Who manages a session's stream. Who may watch it is the room's own rule (``studio.access.access_session``,
with the invite admission the API decided through ``studio.admission.admit_request``)."""

from django.contrib.auth.models import AnonymousUser, User

from accounts.roles import Role, has_role
from broadcast.errors import BroadcastError
from core.exceptions import Forbidden
from studio.access import access_session, is_session_host
from studio.models import LiveSession


def access_stream_owner(user: User | AnonymousUser, session_id: int) -> LiveSession:
    """The session when the caller is its host (its RM): a viewer who may see the room gets ``Forbidden``,
    anyone else the same ``NotFound`` as for a session that does not exist."""
    session = access_session(user, session_id)
    if not (has_role(user, Role.RM) and is_session_host(user, session)):
        raise Forbidden("Only the host of this session manages its stream.", code=BroadcastError.FORBIDDEN)
    return session
