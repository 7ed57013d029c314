"""Moderation: officers (and, for viewers' lines, the host) release held lines; the host removes and pins lines,
mutes users and sets slow mode. Each decision is audited and broadcast to the room after commit."""

from datetime import timedelta

from django.contrib.auth.models import AnonymousUser, User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from accounts.roles import is_officer
from compliance.screening import (
    line_findings,
)
from compliance.services.audit import audit_record
from core.events import broadcast_on_commit
from core.exceptions import ApplicationError, Conflict, Forbidden, NotFound
from studio.access import (
    access_session,
    access_session_as_host,
    is_session_host,
    session_officer,
)
from studio.errors import StudioError
from studio.held_lines import held_queue_changed
from studio.lifecycle import room_group
from studio.models import (
    ChatMessage,
    LiveSession,
    MessageStatus,
    RoomMute,
    SessionState,
)
from studio.protocol import (
    chat_message_frame,
    chat_removed_frame,
)
from studio.services.room.chat import line_broadcast
from studio.services.room.questions import answers_published, answers_removed
from studio.services.room.rules import (
    may_moderate,
    room_lock,
    room_next_seq,
)


@transaction.atomic
def chat_release(*, message_id: int, officer: User, session_id: int | None = None) -> ChatMessage:
    """An officer (or, for a viewer's line the audience pack held, the host) releases a held line: it takes
    the next ``seq`` and is broadcast. Idempotent."""
    message = ChatMessage.objects.select_related("session__studio").filter(pk=message_id).first()
    if message is None or (session_id is not None and message.session_id != session_id):
        raise NotFound(gettext("Message not found."))
    if is_officer(officer) and not session_officer(officer, message.session):
        raise NotFound(gettext("Message not found."))
    host_may = message.author_role == "customer" and is_session_host(officer, message.session)
    if not (is_officer(officer) or host_may):
        raise Forbidden(gettext("Only compliance officers release held lines."))
    if message.author_id == officer.id:
        raise Forbidden(gettext("Nobody releases their own line."))
    locked = room_lock(message.session_id)
    message = ChatMessage.objects.select_for_update().get(pk=message_id)
    if message.status == MessageStatus.PUBLISHED:
        return message
    if message.status != MessageStatus.HELD or message.removed_at is not None:
        raise Conflict(
            gettext("Only a held line that was not removed can be released."), code=StudioError.INVALID_STATE
        )
    if locked.state != SessionState.LIVE:
        raise Conflict(gettext("The session is no longer live."), code=StudioError.SESSION_NOT_LIVE)
    now = timezone.now()
    message.status = MessageStatus.PUBLISHED
    message.seq = room_next_seq(locked)
    message.published_at = now
    message.reviewed_by, message.reviewed_at = officer, now
    message.save(update_fields=["status", "seq", "published_at", "reviewed_by", "reviewed_at", "updated_at"])
    audit_record(
        event_type="chat.released",
        actor=officer,
        subject=message,
        data={"session_id": message.session_id, "message_id": message.pk, "seq": message.seq},
    )
    held_queue_changed(message_id=message.pk, change="decided")
    line_broadcast(message)
    if message.author_role == "rm":
        answers_published(message)
    return message


@transaction.atomic
def chat_remove(*, session_id: int, actor: User | AnonymousUser, message_id: int) -> ChatMessage:
    """Hide a line from viewers (the studio's RM, or an officer); the record and its verdict stay.

    A published line takes a ``removed_seq`` and ``chat.removed`` is broadcast in order; a held line is
    only marked (viewers never saw it). Removing twice is a no-op.
    """
    session = access_session(actor, session_id)
    if not may_moderate(session, actor):
        raise Forbidden(gettext("Only the host moderates this room."), code=StudioError.FORBIDDEN)
    locked = room_lock(session.pk)
    message = ChatMessage.objects.select_for_update().filter(pk=message_id, session_id=session.pk).first()
    if message is None:
        raise NotFound(gettext("Message not found."))
    if message.removed_at is not None:
        return message
    message.removed_at, message.removed_by = timezone.now(), actor
    fields = ["removed_at", "removed_by", "updated_at"]
    if message.seq is not None:
        message.removed_seq = room_next_seq(locked)
        fields.append("removed_seq")
    elif session_officer(actor, session) and message.status == MessageStatus.HELD:
        message.reviewed_by, message.reviewed_at = actor, message.removed_at
        fields += ["reviewed_by", "reviewed_at"]
    message.save(update_fields=fields)
    audit_record(
        event_type="chat.removed",
        actor=actor,
        subject=message,
        data={
            "session_id": session.pk,
            "message_id": message.pk,
            "status": message.status,
            "removed_seq": message.removed_seq,
        },
    )
    if message.removed_seq is not None:
        broadcast_on_commit(
            room_group(session.pk),
            {"type": "room.seq", "seq": message.removed_seq, "frame": chat_removed_frame(message)},
        )
        if message.author_role == "rm":
            answers_removed(message)
    else:  # a line viewers never saw (held): only the host's console shows it, and must stop saying it waits
        broadcast_on_commit(
            room_group(session.pk),
            {
                "type": "room.user",
                "user_id": session.studio.owner_id,
                "frame": {
                    "type": "chat.removed",
                    "id": message.pk,
                    "by": "host" if is_session_host(actor, session) else "officer",
                },
            },
        )
        if message.status == MessageStatus.HELD:
            held_queue_changed(message_id=message.pk, change="decided")
    if LiveSession.objects.filter(pk=session.pk, pinned_message_id=message.pk).update(pinned_message=None):
        broadcast_on_commit(
            room_group(session.pk), {"type": "room.frame", "frame": {"type": "chat.pinned", "message": None}}
        )
    return message


def _pin_screen(session: LiveSession, message: ChatMessage) -> None:
    """A pinned line speaks for the room, so it must pass what the host's own lines pass.

    The host's published lines were checked inline (or released by an officer). A customer's line was only
    masked: it is screened now with the engine and the featured products' facts, and a line with a
    ``block`` or ``review`` finding is refused (``pin_not_screened``).
    """
    if message.author_role == "rm" and message.author_id == session.studio.owner_id:
        return
    findings = _screen_findings(session, message.text)
    flagged = [f for f in findings if f["severity"] in ("block", "review")]
    if flagged:
        raise Conflict(
            gettext("This line cannot be pinned: it does not pass the compliance screening."),
            code=StudioError.PIN_NOT_SCREENED,
            details={"codes": sorted({f["code"] for f in flagged})},
        )


def _screen_findings(session: LiveSession, text: str) -> list[dict]:
    return line_findings(text, products=[p.facts() for p in session.featured_products.all()])


@transaction.atomic
def chat_pin(*, session_id: int, actor: User | AnonymousUser, message_id: int | None) -> ChatMessage | None:
    """Pin a visible line (or unpin with ``None``); broadcast ``chat.pinned``. Host only."""
    session = access_session_as_host(actor, session_id)
    message = None
    if message_id is not None:
        message = ChatMessage.objects.filter(pk=message_id, session=session).first()
        if message is None:
            raise NotFound(gettext("Message not found."))
        if message.seq is None or message.removed_at is not None:
            raise Conflict(gettext("Only a visible line can be pinned."), code=StudioError.INVALID_STATE)
        _pin_screen(session, message)
    LiveSession.objects.filter(pk=session.pk).update(pinned_message=message, updated_at=timezone.now())
    audit_record(
        event_type="chat.pinned" if message else "chat.unpinned",
        actor=actor,
        subject=session,
        data={"session_id": session.pk, "message_id": message.pk if message else None},
    )
    broadcast_on_commit(
        room_group(session.pk),
        {
            "type": "room.frame",
            "frame": {"type": "chat.pinned", "message": chat_message_frame(message) if message else None},
        },
    )
    return message


def user_mute(*, session_id: int, actor: User | AnonymousUser, user_id: int, minutes: int) -> RoomMute | None:
    """Mute ``user_id`` in the room for ``minutes`` (0 lifts a mute). Host only; the muted user is told."""
    session = access_session_as_host(actor, session_id)
    target = User.objects.filter(pk=user_id).first()
    if target is None:
        raise NotFound(gettext("User not found."))
    if target.pk == actor.pk:
        raise ApplicationError(gettext("The host cannot mute themselves."), code=StudioError.FORBIDDEN)
    now = timezone.now()
    with transaction.atomic():
        RoomMute.objects.filter(session=session, user=target, until__gt=now).update(until=now, updated_at=now)
        mute = None
        if minutes > 0:
            mute = RoomMute.objects.create(
                session=session, user=target, muted_by=actor, until=now + timedelta(minutes=minutes)
            )
        audit_record(
            event_type="user.muted" if mute else "user.unmuted",
            actor=actor,
            subject=session,
            data={
                "session_id": session.pk,
                "user_id": target.pk,
                "minutes": minutes,
                "until": mute.until.isoformat() if mute else None,
            },
        )
        broadcast_on_commit(
            room_group(session.pk),
            {
                "type": "room.user",
                "user_id": target.pk,
                "frame": {"type": "user.muted", "until": mute.until.isoformat() if mute else None},
                "snapshot_changed": True,  # the room's read holds its mutes (selectors.room_mutes)
            },
        )
    return mute


def room_settings_broadcast(session: LiveSession) -> None:
    broadcast_on_commit(
        room_group(session.pk),
        {
            "type": "room.frame",
            "frame": {
                "type": "room.slow_mode",
                "seconds": session.slow_mode_seconds,
                "qa_enabled": session.qa_enabled,
            },
        },
    )


@transaction.atomic
def room_slow_mode_set(*, session_id: int, actor: User | AnonymousUser, seconds: int) -> LiveSession:
    session = access_session_as_host(actor, session_id)
    if session.state == SessionState.ENDED:
        raise Conflict(gettext("The session has ended."), code=StudioError.SESSION_ENDED)
    LiveSession.objects.filter(pk=session.pk).update(slow_mode_seconds=seconds, updated_at=timezone.now())
    audit_record(
        event_type="room.slow_mode",
        actor=actor,
        subject=session,
        data={"session_id": session.pk, "seconds": seconds, "previous": session.slow_mode_seconds},
    )
    session.slow_mode_seconds = seconds
    room_settings_broadcast(session)
    return session
