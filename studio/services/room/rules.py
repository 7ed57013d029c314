"""What every room service checks: the session row lock that orders the room's sequence, who may speak or
moderate, whether the room is live, mutes, slow mode and the chat rate limits."""

import time

from django.contrib.auth.models import AnonymousUser, User
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import gettext

from accounts.roles import Role, has_role
from core.exceptions import ApplicationError, Conflict, Forbidden, NotFound
from studio.access import (
    LoginRequired,
    is_session_host,
    session_admits,
    session_officer,
)
from studio.errors import StudioError
from studio.models import (
    LiveSession,
    RoomMute,
    SessionState,
)

CHAT_RATE_LIMIT = 5


CHAT_RATE_WINDOW_SECONDS = 10


def room_lock(session_id: int) -> LiveSession:
    """Lock the session row: it serialises the room's sequence (``last_seq``) across processes."""
    return LiveSession.objects.select_for_update().only("id", "state", "last_seq").get(pk=session_id)


def room_lock_for(user: User | AnonymousUser, session_id: int) -> LiveSession:
    """``access_session`` and ``room_lock`` in one read: the locked session (with its studio) if ``user`` may
    watch it, else ``NotFound``. Only the session row is locked, not its studio's."""
    session = (
        LiveSession.objects.select_for_update(of=("self",))
        .select_related("studio")
        .filter(pk=session_id)
        .first()
    )
    if session is None or not session_admits(user, session):
        raise NotFound(gettext("Session not found."))
    return session


def room_next_seq(locked: LiveSession) -> int:
    locked.last_seq += 1
    LiveSession.objects.filter(pk=locked.pk).update(last_seq=locked.last_seq)
    return locked.last_seq


def require_live(session: LiveSession) -> None:
    if session.state == SessionState.ENDED:
        raise Conflict(gettext("The session has ended."), code=StudioError.SESSION_ENDED)
    if session.state != SessionState.LIVE:
        raise Conflict(gettext("The session is not live."), code=StudioError.SESSION_NOT_LIVE)


def require_speaker(session: LiveSession, user) -> bool:
    """May ``user`` speak (chat, ask) in the room? Returns whether they are its host."""
    if not user.is_authenticated:
        raise LoginRequired(gettext("Sign in to take part in the chat."))
    if is_session_host(user, session):
        return True
    if not has_role(user, Role.CUSTOMER):
        raise Forbidden(
            gettext("Only the host and customers speak in a live room."), code=StudioError.FORBIDDEN
        )
    return False


def require_not_muted(session: LiveSession, user: User) -> None:
    mute = (
        RoomMute.objects.filter(session=session, user=user, until__gt=timezone.now())
        .order_by("-until")
        .first()
    )
    if mute is not None:
        raise Forbidden(
            gettext("You are muted in this room."),
            code=StudioError.MUTED,
            details={"until": mute.until.isoformat()},
        )


def slow_mode_check(session: LiveSession, user: User) -> None:
    if session.slow_mode_seconds <= 0:
        return
    key = f"slowmode:{session.pk}:{user.pk}"
    now = time.time()
    if not cache.add(key, now + session.slow_mode_seconds, timeout=session.slow_mode_seconds):
        free_at = cache.get(key) or now
        retry = round(max(free_at - now, 0.1), 1)
        raise ApplicationError(
            gettext("Slow mode: one line every %(seconds)d s. Try again in %(retry)d s.")
            % {"seconds": session.slow_mode_seconds, "retry": max(1, round(retry))},
            code=StudioError.SLOW_MODE,
            details={"seconds": session.slow_mode_seconds, "retry_after": retry},
        )


def may_moderate(session: LiveSession, actor) -> bool:
    return actor.is_authenticated and (is_session_host(actor, session) or session_officer(actor, session))
