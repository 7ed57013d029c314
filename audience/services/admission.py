"""Share links and who may enter an invite-only room (registered with ``studio.admission`` at start-up).

A share link admits the browser that redeems it (its grants live in the browser's session under
``GRANTS_KEY``); an invited customer is admitted by their invitation. A session the caller may not see is
``NotFound``, like one that does not exist.
"""

import secrets
from datetime import datetime, timedelta

from django.contrib.auth.models import AnonymousUser, User
from django.db import transaction
from django.utils import timezone

from accounts.roles import Role, has_role
from audience.errors import AudienceError
from audience.models import (
    Invitation,
    ShareLink,
    ShareLinkRedemption,
)
from audience.services.attendance import viewer_key_for
from core.events import broadcast_on_commit
from core.exceptions import ApplicationError, Conflict, NotFound
from recordings.selectors import replay_is_published
from studio.access import access_session, is_session_host, session_may_watch, session_overseer
from studio.lifecycle import room_group
from studio.models import LiveSession, SessionState, Visibility

#: Where a browser session keeps the share links it redeemed: ``{str(session_id): link_id}``.
GRANTS_KEY = "audience_grants"


SHARE_LINK_MAX_DAYS = 90


def share_link_create(
    *, session_id: int, actor: User | AnonymousUser, expires_at: datetime | None = None, label: str = ""
) -> ShareLink:
    """An RM makes a share link to an approved (or live) session, attributed to them.

    The host may share any of their sessions; another RM may share a public session (invite-only
    rooms are the host's to open). Links expire (default 7 days, at most 90).
    """
    from compliance.services.audit import audit_record

    if not has_role(actor, Role.RM):
        raise NotFound("Session not found.")
    session = access_session(actor, session_id)
    is_host = is_session_host(actor, session)
    if not is_host and session.visibility == Visibility.INVITE_ONLY:
        raise NotFound("Session not found.")
    if session.state not in (SessionState.APPROVED, SessionState.LIVE):
        raise Conflict(
            "Only an approved or live session can be shared.",
            code=AudienceError.INVALID_STATE,
            details={"state": session.state},
        )
    now = timezone.now()
    expires_at = expires_at or now + timedelta(days=7)
    if expires_at <= now or expires_at > now + timedelta(days=SHARE_LINK_MAX_DAYS):
        raise ApplicationError(
            f"A link expires in the future, within {SHARE_LINK_MAX_DAYS} days.",
            code="invalid",
            details={"expires_at": ["out of range"]},
        )
    with transaction.atomic():
        link = ShareLink.objects.create(
            session=session,
            created_by=actor,
            token=secrets.token_urlsafe(18),
            label=label[:120],
            expires_at=expires_at,
            opens_invite_only=is_host and session.visibility == Visibility.INVITE_ONLY,
        )
        audit_record(
            event_type="share_link.created",
            actor=actor,
            subject=session,
            data={"link_id": link.pk, "expires_at": expires_at.isoformat(), "label": link.label},
        )
    return link


def share_link_revoke(*, link_id: int, actor: User | AnonymousUser) -> ShareLink:
    """Its creator (or the session's host) revokes a link; later redemptions fail. Idempotent."""
    link = ShareLink.objects.select_related("session__studio").filter(pk=link_id).first()
    if (
        link is None
        or not actor.is_authenticated
        or actor.id not in (link.created_by_id, link.session.studio.owner_id)
    ):
        raise NotFound("Share link not found.")
    if link.revoked_at is None:
        from compliance.services.audit import audit_record

        with transaction.atomic():
            link.revoked_at = timezone.now()
            link.save(update_fields=["revoked_at", "updated_at"])
            audit_record(
                event_type="share_link.revoked", actor=actor, subject=link.session, data={"link_id": link.pk}
            )
            room_admission_changed(link.session_id)
    return link


def room_admission_changed(session_id: int) -> None:
    """Tell the room's sockets (every process) to check their admission again, after commit: a grant ended."""
    broadcast_on_commit(room_group(session_id), {"type": "room.admission"})


def share_link_redeem(*, token: str, user: User | AnonymousUser, request_session) -> ShareLink:
    """Someone opened a share link: record it and let their browser session into the room.

    Raises ``NotFound`` for an unknown token and ``Conflict(link_expired)`` for an expired or revoked one.
    ``request_session`` is the Django session of the browser (``request.session``): it keeps the grant.
    """
    link = ShareLink.objects.select_related("session").filter(token=token[:64]).first() if token else None
    if link is None:
        raise NotFound("Share link not found.")
    now = timezone.now()
    # After the end a link keeps working only for a replay an officer published (recordings' review gate).
    replay_open = link.session.state == SessionState.ENDED and replay_is_published(link.session)
    if (
        link.revoked_at is not None
        or link.expires_at <= now
        or (link.session.state == SessionState.ENDED and not replay_open)
    ):
        raise Conflict("This link has expired.", code=AudienceError.LINK_EXPIRED)
    if link.session.state not in (SessionState.APPROVED, SessionState.LIVE) and not replay_open:
        raise NotFound("Share link not found.")  # pulled back to review: the session is not public now
    if link.session.visibility == Visibility.INVITE_ONLY and not link.opens_invite_only:
        raise Conflict(
            "This link was made while the room was public; it does not open it now.",
            code=AudienceError.LINK_EXPIRED,
        )
    grants = dict(request_session.get(GRANTS_KEY) or {})
    grants[str(link.session_id)] = link.pk
    request_session[GRANTS_KEY] = grants
    if not request_session.session_key:
        request_session.save()  # a guest needs a session key: it is their viewer key in the room
    ShareLinkRedemption.objects.create(
        link=link,
        user=user if user.is_authenticated else None,
        viewer_key=viewer_key_for(user, request_session.session_key),
        at=now,
    )
    return link


def _link_admits(link: ShareLink, session: LiveSession, now: datetime) -> bool:
    """A grant lasts as long as its link: not revoked, not expired, made for this invite-only room."""
    return (
        link.session_id == session.pk
        and link.revoked_at is None
        and link.expires_at > now
        and link.opens_invite_only
    )


def viewer_admission(
    session: LiveSession, user: User | AnonymousUser | None, request_session
) -> tuple[bool, datetime | None]:
    """The invitation rule: may this browser enter ``session`` as far as invitations go, and until when?

    A public session admits everybody; an invite-only one admits its host, compliance officers, invited
    customers (no end), and holders of one of its live share links made for the invite-only room: a browser
    that redeemed it, or a signed-in user who redeemed it anywhere (until the latest such link expires).
    A revoked or expired link, or one made while the room was public, admits nobody. The room's other rules
    (state, guests) stay in ``studio.access.session_may_watch``.
    """
    if session.visibility != Visibility.INVITE_ONLY:
        return True, None
    if user is not None and user.is_authenticated:
        if is_session_host(user, session) or session_overseer(user, session):
            return True, None
        if Invitation.objects.filter(session=session, customer=user).exists():
            return True, None
    now = timezone.now()
    link_ids = set()
    if request_session is not None:
        granted = (request_session.get(GRANTS_KEY) or {}).get(str(session.pk))
        if isinstance(granted, int):
            link_ids.add(granted)
    if user is not None and user.is_authenticated:
        link_ids.update(
            ShareLinkRedemption.objects.filter(link__session=session, user=user).values_list(
                "link_id", flat=True
            )
        )
    links = [link for link in ShareLink.objects.filter(pk__in=link_ids) if _link_admits(link, session, now)]
    if not links:
        return False, None
    return True, max(link.expires_at for link in links)


def viewer_may_join(session: LiveSession, user: User | AnonymousUser | None, request_session) -> bool:
    return viewer_admission(session, user, request_session)[0]


def invite_code_for(user: User | AnonymousUser | None, session_id: int, request_session) -> str:
    """The session's room code when ``viewer_may_join`` admits this viewer to an invite-only room, else "".

    The consumer and pages record it with ``studio.admission.admit`` (``studio.access`` consults it), so link
    holders never see the room's code itself (it would outlive their link).
    """
    return room_admission(user, session_id, request_session)[1]


def room_admission(user: User | AnonymousUser | None, session_id: int, request_session) -> tuple[bool, str]:
    """``(invite_only, code)``: whether the session is invite-only, and its code when this viewer is admitted."""
    invite_only, code, _until = room_admission_until(user, session_id, request_session)
    return invite_only, code


def room_admission_until(
    user: User | AnonymousUser | None, session_id: int, request_session
) -> tuple[bool, str, datetime | None]:
    """``room_admission`` and, for a viewer admitted by share links, when the last of them expires."""
    session = LiveSession.objects.select_related("studio").filter(pk=session_id).first()
    if session is None or session.visibility != Visibility.INVITE_ONLY:
        return False, "", None
    admitted, until = viewer_admission(session, user, request_session)
    return True, session.invite_code if admitted else "", until


def room_admission_check(
    user: User | AnonymousUser | None, session_id: int, request_session, query_invite: str
) -> tuple[bool, datetime | None]:
    """May a connected socket stay in the room? ``(allowed, recheck_at)``: the connect's rules again (the code
    it came with, else the browser's grants), read fresh; ``recheck_at`` is when its admitting link expires."""
    session = LiveSession.objects.select_related("studio").filter(pk=session_id).first()
    if session is None:
        return False, None
    if session_may_watch(user, session, invite_code=query_invite):
        return True, None
    admitted, until = viewer_admission(session, user, request_session)
    if admitted and session_may_watch(user, session, invite_code=session.invite_code):
        return True, until
    return False, None
