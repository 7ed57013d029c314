"""Writes for everything said and shown in a live room: chat, moderation, Q&A, product cards.

Every chat line goes through here. Services check who acts (through ``studio.access``), own the
transaction, and broadcast small events to the room's group only after commit
(``core.events.broadcast_on_commit``). The fan-out (``studio.fanout``) turns those events into frames for
each server process's sockets. Room services take the session's id: each reads the session once, under
the row lock where the room's sequence is involved, and that read is also its access check. The module
stays whole (~550 lines): chat, moderation, Q&A and cards share that lock, the room's sequence and its checks.

Room events on the channel layer (group ``room_group(session_id)``):
- ``room.seq {seq, frame}``: a frame of the room's ordered sequence (``chat.message``, ``chat.removed``);
  the fan-out delivers them in ``seq`` order, filling gaps from the database.
- ``room.frame {frame}``: any other frame, the same for every viewer.
- ``room.card {card, product}``: a product card; the fan-out computes ``can_act`` per viewer.
- ``room.user {user_id, frame}``: a frame for one user's sockets only.

A line held, released or removed while held is also announced to the officers' live view of held lines
(``studio.held_lines.held_queue_changed``, group ``officers.held``).
"""

import time
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth.models import AnonymousUser, User
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext

from accounts.roles import Role, has_role, is_officer
from compliance import claim_window
from compliance.screening import (
    audience_findings,
    chat_line_findings,
    chat_pack_versions,
    finding_as_dict,
    line_findings,
)
from compliance.selectors import product_card_approved
from compliance.services.audit import audit_record, content_sha256
from compliance.services.rule_packs import AUDIENCE_PACK
from core import ratelimit
from core.events import broadcast_on_commit
from core.exceptions import ApplicationError, Conflict, Forbidden, NotFound
from observability import metrics
from studio import room_facts
from studio.access import (
    LoginRequired,
    access_session,
    access_session_as_host,
    display_name,
    is_session_host,
    session_admits,
    session_officer,
)
from studio.errors import StudioError
from studio.held_lines import held_queue_changed
from studio.lifecycle import room_group
from studio.masking import mask_personal_data
from studio.models import (
    CardOpen,
    CardPush,
    ChatMessage,
    LiveSession,
    MessageStatus,
    Question,
    QuestionUpvote,
    RoomMute,
    SessionState,
)
from studio.protocol import (
    card_frame,
    chat_message_frame,
    chat_removed_frame,
    question_answer_frame,
    question_frame,
)
from studio.screening import held_frame, held_notice
from studio.text import text_clean

CHAT_RATE_LIMIT = 5


CHAT_RATE_WINDOW_SECONDS = 10


CARD_OPEN_RATE_LIMIT = 30  # per user per minute: opens are analytics evidence, not to be inflated


def _lock_room(session_id: int) -> LiveSession:
    """Lock the session row: it serialises the room's sequence (``last_seq``) across processes."""
    return LiveSession.objects.select_for_update().only("id", "state", "last_seq").get(pk=session_id)


def _lock_room_for(user: User | AnonymousUser, session_id: int) -> LiveSession:
    """``access_session`` and ``_lock_room`` in one read: the locked session (with its studio) if ``user`` may
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


def _next_seq(locked: LiveSession) -> int:
    locked.last_seq += 1
    LiveSession.objects.filter(pk=locked.pk).update(last_seq=locked.last_seq)
    return locked.last_seq


def _require_live(session: LiveSession) -> None:
    if session.state == SessionState.ENDED:
        raise Conflict(gettext("The session has ended."), code=StudioError.SESSION_ENDED)
    if session.state != SessionState.LIVE:
        raise Conflict(gettext("The session is not live."), code=StudioError.SESSION_NOT_LIVE)


def _require_speaker(session: LiveSession, user) -> bool:
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


def _require_not_muted(session: LiveSession, user: User) -> None:
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


def _slow_mode(session: LiveSession, user: User) -> None:
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


# Claims split across the host's lines are checked together: how far back, see compliance.claim_window.
ENGINE_WINDOW_LINES = claim_window.WINDOW_LINES


ENGINE_WINDOW_SECONDS = claim_window.WINDOW_SECONDS


def _engine_check(session: LiveSession, author: User, text: str) -> tuple[str, list[dict]]:
    """Run the engine inline on the host's line together with their recent lines (``compliance.claim_window``).

    Uses the active rule pack (compiled once per process) and the featured products' facts; returns
    the pack's label and the findings that reach into this line, as stored dicts. Rejected lines are left out of the window:
    nobody saw them, and their own findings would only repeat.
    """
    since = timezone.now() - timedelta(seconds=ENGINE_WINDOW_SECONDS)
    earlier = list(
        ChatMessage.objects.filter(session=session, author=author, created_at__gte=since)
        .exclude(status=MessageStatus.REJECTED)
        .order_by("-id")
        .values_list("text", flat=True)[:ENGINE_WINDOW_LINES]
    )
    return chat_line_findings(
        list(reversed(earlier)),
        text,
        owner_id=session.studio.owner_id,
        products=(p.facts() for p in session.featured_products.all()),
    )


def chat_ack(message: ChatMessage, *, duplicate: bool = False) -> dict:
    """The ``ack`` body for a stored line. Findings, reason and suggestion go to the author only."""
    ack = {"id": message.id, "status": message.status, "seq": message.seq}
    if message.findings:
        ack["findings"] = message.findings
    if message.status == MessageStatus.REJECTED:
        block = next((f for f in message.findings if f.get("severity") == "block"), {})
        ack["reason"] = block.get("message", "")
        ack["suggestion"] = block.get("suggestion", "")
    if message.author_role == "customer" and message.status == MessageStatus.HELD:
        ack.pop(
            "findings", None
        )  # the sender learns that the line waits, not which words a spammer should avoid
        ack["notice"] = held_notice()
    if message.masked:
        ack["masked"] = message.masked
        ack["text"] = message.text
    if duplicate:
        ack["duplicate"] = True
    return ack


@dataclass(frozen=True)
class _Limits:
    """What the fast path already did for a customer's line when the full path takes the line over."""

    rate_error: ApplicationError | None = (
        None  # the rate limit was counted once for this line (and refused it)
    )
    slow_mode_seconds: int = 0  # slow mode was checked with this (cached) setting
    slow_error: ApplicationError | None = None  # ... and refused the line


def _rate_limit(session: LiveSession, user: User) -> None:
    ratelimit.hit(
        f"chat:{session.pk}:{user.pk}", limit=CHAT_RATE_LIMIT, window_seconds=CHAT_RATE_WINDOW_SECONDS
    )


def _limits_apply(session: LiveSession, user: User, limits: _Limits | None) -> None:
    """The rate limit and slow mode of a customer's line in the full path, without counting a line twice."""
    if limits is None:
        _rate_limit(session, user)
        _slow_mode(session, user)
        return
    if limits.rate_error is not None:
        raise limits.rate_error
    if session.slow_mode_seconds == limits.slow_mode_seconds:
        if limits.slow_error is not None:
            raise limits.slow_error
        return
    # Slow mode changed after the fast path checked it: check the stored setting, taking back the mark the
    # fast path set for a line it did not store.
    if limits.slow_error is None and limits.slow_mode_seconds > 0:
        cache.delete(f"slowmode:{session.pk}:{user.pk}")
    _slow_mode(session, user)


def chat_send(*, session_id: int, user: User | AnonymousUser, text: str, ref: str | None = None) -> dict:
    """Store one chat line with its verdict, and publish it to the room if it may be seen.

    The host's lines pass the compliance engine inline: ``block`` → rejected (reason and suggestion
    only in the ack), ``review`` → held for an officer, else published. Customers' lines are masked for
    personal data, rate-limited, slowed by slow mode and refused while muted. A published line takes
    the room's next ``seq`` and is broadcast after commit. Idempotent per ``(author, ref)``: a resent
    ``ref`` returns the stored line's ack and broadcasts nothing. An invite-only room admits the sender by the code
    their socket was admitted with (``studio.admission``).

    A line is the hot path of a busy room (``bench/ingest.py``). On PostgreSQL, outside a transaction, a line
    that will be published is decided from the room's cached facts and stored by **one statement** that takes
    the next ``seq`` under the session row lock and re-checks every cached fact it used
    (``studio.room_facts``: the rule is written there and in docs/scaling.md). Anything else — a held or
    rejected line, a resent ``ref``, a mute, a fact that changed, an error — is decided by the full path
    (``_chat_send_full``), which reads everything under the row lock, as every line did before.
    """
    if room_facts.available() and not transaction.get_connection().in_atomic_block:
        return _chat_send_fast(session_id=session_id, user=user, text=text, ref=ref)
    return _chat_send_full(session_id=session_id, user=user, text=text, ref=ref)


def _chat_send_fast(*, session_id: int, user: User | AnonymousUser, text: str, ref: str | None) -> dict:
    full = {"session_id": session_id, "user": user, "text": text, "ref": ref}
    facts = room_facts.room_facts(session_id)
    if facts is None or not session_admits(user, facts.session):
        return _chat_send_full(**full)
    session = facts.session
    is_host = _require_speaker(session, user)  # only checks the (cached) owner and the user's cached roles
    if not facts.live:
        return _chat_send_full(**full)
    assert isinstance(user, User)
    clean = text_clean(text)
    masked: list[str] = []
    limits: _Limits | None = None
    window_last_id = 0
    if is_host:
        facts = room_facts.room_facts_with_pack(facts, chat_pack_versions)
        assert facts.pack is not None
        since = timezone.now() - timedelta(seconds=ENGINE_WINDOW_SECONDS)
        earlier, window_last_id = room_facts.window_lines(
            session.pk, user.pk, since, ENGINE_WINDOW_LINES, MessageStatus.REJECTED
        )
        findings = [
            finding_as_dict(f)
            for f in claim_window.window_findings(
                earlier, clean, products=facts.products, pack=facts.pack.compiled
            )
        ]
        if {f["severity"] for f in findings} & {"block", "review"}:
            room_facts.window_forget(session.pk, user.pk)  # the full path stores it; the window is read again
            return _chat_send_full(**full)
        label = facts.pack.label
    else:
        try:
            _rate_limit(session, user)
        except ApplicationError as exc:
            return _chat_send_full(**full, limits=_Limits(rate_error=exc))
        limits = _Limits(slow_mode_seconds=session.slow_mode_seconds)
        try:
            _slow_mode(session, user)
        except ApplicationError as exc:
            return _chat_send_full(
                **full, limits=_Limits(slow_mode_seconds=session.slow_mode_seconds, slow_error=exc)
            )
        clean, masked = mask_personal_data(clean)
        findings = audience_findings(clean)
        if findings:
            return _chat_send_full(**full, limits=limits)
        label = AUDIENCE_PACK
    message = ChatMessage(
        session_id=session.pk,
        author=user,
        author_role="rm" if is_host else "customer",
        author_name=display_name(user),
        ref=ref or "",
        text=clean,
        status=MessageStatus.PUBLISHED,
        findings=findings,
        masked=masked,
        pack=label,
    )
    if not room_facts.line_insert(
        facts, message, check_mute=not is_host, check_host_facts=is_host, window_last_id=window_last_id
    ):
        return _chat_send_full(**full, limits=limits)
    if is_host:
        room_facts.window_add(session.pk, user.pk, message, limit=ENGINE_WINDOW_LINES)
    broadcast_on_commit(
        room_group(session.pk), {"type": "room.seq", "seq": message.seq, "frame": chat_message_frame(message)}
    )
    metrics.chat_line(message.status, "host" if is_host else "customer")  # committed: counted once
    return chat_ack(message)


def _chat_send_full(
    *,
    session_id: int,
    user: User | AnonymousUser,
    text: str,
    ref: str | None = None,
    limits: _Limits | None = None,
) -> dict:
    """Everything read under the session row lock. ``limits``: what the fast path already counted."""
    with transaction.atomic():
        session = _lock_room_for(user, session_id)
        is_host = _require_speaker(session, user)
        if ref:  # under the lock: two copies of one frame racing on two processes store once
            existing = ChatMessage.objects.filter(session=session, author=user, ref=ref).first()
            if existing is not None:
                return chat_ack(existing, duplicate=True)
        _require_live(session)
        text = text_clean(text)

        masked: list[str] = []
        findings: list[dict] = []
        if is_host:
            pack_label, findings = _engine_check(session, user, text)
            severities = {f["severity"] for f in findings}
            status = (
                MessageStatus.REJECTED
                if "block" in severities
                else MessageStatus.HELD
                if "review" in severities
                else MessageStatus.PUBLISHED
            )
        else:
            _require_not_muted(session, user)
            _limits_apply(session, user, limits)
            text, masked = mask_personal_data(text)
            findings = audience_findings(text)
            pack_label = AUDIENCE_PACK
            status = MessageStatus.HELD if findings else MessageStatus.PUBLISHED

        message = ChatMessage(
            session_id=session.pk,
            author=user,
            author_role="rm" if is_host else "customer",
            author_name=display_name(user),
            ref=ref or "",
            text=text,
            status=status,
            findings=findings,
            masked=masked,
            pack=pack_label,
        )
        if status == MessageStatus.PUBLISHED:
            message.seq = _next_seq(session)
            message.published_at = timezone.now()
        message.save()
        if message.status == MessageStatus.HELD:
            held_queue_changed(message_id=message.pk, change="held")  # officers' live view of held lines
        if message.seq is not None:
            broadcast_on_commit(
                room_group(session.pk),
                {"type": "room.seq", "seq": message.seq, "frame": chat_message_frame(message)},
            )
        elif is_host:
            # Rare (the engine stopped the RM's line), so the chain head's lock is no cost to the chat path.
            audit_record(
                event_type=f"chat.{message.status}",
                actor=user,
                subject=message,
                data={
                    "session_id": session.pk,
                    "message_id": message.pk,
                    "status": message.status,
                    "findings": [[f.get("code"), f.get("severity")] for f in findings],
                },
            )
        else:  # a viewer's held line: the host moderates it, so tell their sockets at once
            broadcast_on_commit(
                room_group(session.pk),
                {
                    "type": "room.user",
                    "user_id": session.studio.owner_id,
                    "frame": held_frame(message, kind="chat"),
                },
            )
    metrics.chat_line(message.status, "host" if is_host else "customer")  # committed: counted once
    return chat_ack(message)


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
    locked = _lock_room(message.session_id)
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
    message.seq = _next_seq(locked)
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
    broadcast_on_commit(
        room_group(message.session_id),
        {"type": "room.seq", "seq": message.seq, "frame": chat_message_frame(message)},
    )
    if message.author_role == "rm":
        _answers_published(message)
    return message


def _may_moderate(session: LiveSession, actor) -> bool:
    return actor.is_authenticated and (is_session_host(actor, session) or session_officer(actor, session))


@transaction.atomic
def chat_remove(*, session_id: int, actor: User | AnonymousUser, message_id: int) -> ChatMessage:
    """Hide a line from viewers (the studio's RM, or an officer); the record and its verdict stay.

    A published line takes a ``removed_seq`` and ``chat.removed`` is broadcast in order; a held line is
    only marked (viewers never saw it). Removing twice is a no-op.
    """
    session = access_session(actor, session_id)
    if not _may_moderate(session, actor):
        raise Forbidden(gettext("Only the host moderates this room."), code=StudioError.FORBIDDEN)
    locked = _lock_room(session.pk)
    message = ChatMessage.objects.select_for_update().filter(pk=message_id, session_id=session.pk).first()
    if message is None:
        raise NotFound(gettext("Message not found."))
    if message.removed_at is not None:
        return message
    message.removed_at, message.removed_by = timezone.now(), actor
    fields = ["removed_at", "removed_by", "updated_at"]
    if message.seq is not None:
        message.removed_seq = _next_seq(locked)
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
            },
        )
    return mute


def _room_settings_broadcast(session: LiveSession) -> None:
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
    _room_settings_broadcast(session)
    return session


def question_ask(
    *, session_id: int, user: User | AnonymousUser, text: str, ref: str | None = None
) -> Question:
    """A customer asks a question (masked, rate-limited like chat); broadcast ``qa.asked``. Idempotent per ref."""
    session = access_session(user, session_id)
    if _require_speaker(session, user):
        raise Forbidden(
            gettext("The host answers questions; customers ask them."), code=StudioError.FORBIDDEN
        )
    if ref:
        existing = Question.objects.filter(session=session, author=user, ref=ref).first()
        if existing is not None:
            return existing
    _require_live(session)
    if not session.qa_enabled:
        raise Conflict(gettext("Questions are turned off in this room."), code=StudioError.QA_DISABLED)
    _require_not_muted(session, user)
    text = text_clean(text)
    ratelimit.hit(
        f"qa:{session.pk}:{user.pk}", limit=CHAT_RATE_LIMIT, window_seconds=CHAT_RATE_WINDOW_SECONDS
    )
    text, masked = mask_personal_data(text)
    findings = audience_findings(text)
    try:
        with transaction.atomic():
            question = Question.objects.create(
                session=session,
                author=user,
                author_name=display_name(user),
                ref=ref or "",
                text=text,
                masked=masked,
                findings=findings,
                status=MessageStatus.HELD if findings else MessageStatus.PUBLISHED,
            )
            if not findings:
                broadcast_on_commit(
                    room_group(session.pk),
                    {
                        "type": "room.frame",
                        "frame": {"type": "qa.asked", "question": question_frame(question)},
                    },
                )
            else:
                broadcast_on_commit(
                    room_group(session.pk),
                    {
                        "type": "room.user",
                        "user_id": session.studio.owner_id,
                        "frame": held_frame(question, kind="qa"),
                    },
                )
    except IntegrityError:
        return Question.objects.get(session=session, author=user, ref=ref)
    return question


def question_upvote(*, session_id: int, user: User | AnonymousUser, question_id: int) -> Question:
    """One upvote per user per question (a second one is refused); broadcast ``qa.upvoted``."""
    session = access_session(user, session_id)
    if not user.is_authenticated:
        raise LoginRequired(gettext("Sign in to upvote."))
    _require_live(session)
    question = Question.objects.filter(
        pk=question_id, session=session, status=MessageStatus.PUBLISHED, dismissed_at__isnull=True
    ).first()
    if question is None:
        raise NotFound(gettext("Question not found."))
    if question.author_id == user.pk:
        raise Conflict(gettext("You cannot upvote your own question."), code=StudioError.OWN_QUESTION)
    try:
        with transaction.atomic():
            QuestionUpvote.objects.create(question=question, user=user)
            Question.objects.filter(pk=question.pk).update(
                upvotes=F("upvotes") + 1
            )  # atomic under concurrency
            question.refresh_from_db(fields=["upvotes"])
            broadcast_on_commit(
                room_group(session.pk),
                {
                    "type": "room.frame",
                    "frame": {"type": "qa.upvoted", "question_id": question.pk, "upvotes": question.upvotes},
                },
            )
    except IntegrityError:
        raise Conflict(
            gettext("You have already upvoted this question."), code=StudioError.ALREADY_UPVOTED
        ) from None
    return question


@transaction.atomic
def question_release(
    *, question_id: int, actor: User | AnonymousUser, session_id: int | None = None
) -> Question:
    """The host or an officer releases a question the audience pack held; broadcast ``qa.asked``. Idempotent."""
    question = Question.objects.select_related("session__studio").filter(pk=question_id).first()
    if question is None or (session_id is not None and question.session_id != session_id):
        raise NotFound(gettext("Question not found."))
    if not _may_moderate(question.session, actor):
        raise Forbidden(
            gettext("Only the host or a compliance officer releases a held question."),
            code=StudioError.FORBIDDEN,
        )
    question = Question.objects.select_for_update().get(pk=question_id)
    if question.status == MessageStatus.PUBLISHED:
        return question
    question.status, question.reviewed_by, question.reviewed_at = (
        MessageStatus.PUBLISHED,
        actor,
        timezone.now(),
    )
    question.save(update_fields=["status", "reviewed_by", "reviewed_at", "updated_at"])
    broadcast_on_commit(
        room_group(question.session_id),
        {"type": "room.frame", "frame": {"type": "qa.asked", "question": question_frame(question)}},
    )
    return question


def question_answer(
    *,
    session_id: int,
    actor: User | AnonymousUser,
    question_id: int,
    text: str | None = None,
    ref: str | None = None,
) -> dict:
    """The host answers a question; returns the ``ack`` body. Idempotent per ``ref``.

    Without ``text`` the question is only marked answered. With ``text`` the answer is one of the host's chat
    lines, sent through ``chat_send``: checked inline by the engine (with the host's recent lines), rejected,
    held for an officer or published like any host line, and recorded as the question's ``answer_line``. A
    published answer marks the question answered and broadcasts ``qa.answered {question_id, answer}``; a held
    one does so when an officer releases the line (``chat_release``); a rejected one changes nothing. The ack
    is the line's (``id`` is the line's, ``question_id`` the question's).
    """
    with transaction.atomic():
        session = access_session_as_host(actor, session_id)
        question = (
            Question.objects.select_for_update()
            .filter(
                pk=question_id, session=session, status=MessageStatus.PUBLISHED, dismissed_at__isnull=True
            )
            .first()
        )
        if question is None:
            raise NotFound(gettext("Question not found."))
        if text is None:
            if question.answered_at is None:
                question.answered_at = timezone.now()
                question.save(update_fields=["answered_at", "updated_at"])
                audit_record(
                    event_type="question.answered",
                    actor=actor,
                    subject=question,
                    data={"session_id": session.pk, "question_id": question.pk},
                )
                broadcast_on_commit(
                    room_group(session.pk),
                    {"type": "room.frame", "frame": {"type": "qa.answered", "question_id": question.pk}},
                )
            return {"id": question.pk, "question_id": question.pk, "status": MessageStatus.PUBLISHED}
        ack = chat_send(session_id=session.pk, user=actor, text=text, ref=ref)
        if ack["status"] == MessageStatus.REJECTED:
            return {**ack, "question_id": question.pk}
        line = ChatMessage.objects.get(pk=ack["id"])
        question.answer_line = line
        fields = ["answer_line", "updated_at"]
        if line.status == MessageStatus.PUBLISHED and question.answered_at is None:
            question.answered_at = line.published_at or timezone.now()
            fields.append("answered_at")
        question.save(update_fields=fields)
        audit_record(
            event_type="question.answered",
            actor=actor,
            subject=question,
            data={
                "session_id": session.pk,
                "question_id": question.pk,
                "message_id": line.pk,
                "status": line.status,
            },
        )
        if line.status == MessageStatus.PUBLISHED:
            _answer_broadcast(question, line)
    return {**ack, "question_id": question.pk}


def _answer_broadcast(question: Question, line: ChatMessage) -> None:
    broadcast_on_commit(
        room_group(question.session_id),
        {
            "type": "room.frame",
            "frame": {
                "type": "qa.answered",
                "question_id": question.pk,
                "answer": question_answer_frame(line),
            },
        },
    )


def _answers_published(line: ChatMessage) -> None:
    """A held answer line was released: the questions it answers are answered now (rare: one query)."""
    for question in Question.objects.select_for_update().filter(answer_line=line, answered_at__isnull=True):
        question.answered_at = line.published_at
        question.save(update_fields=["answered_at", "updated_at"])
        _answer_broadcast(question, line)


def _open_question(session: LiveSession, question_id: int) -> Question:
    question = (
        Question.objects.select_for_update()
        .filter(pk=question_id, session=session, status=MessageStatus.PUBLISHED)
        .first()
    )
    if question is None:
        raise NotFound(gettext("Question not found."))
    return question


@transaction.atomic
def question_dismiss(*, session_id: int, actor: User | AnonymousUser, question_id: int) -> Question:
    """The host takes a question off the list (off-topic, covered); it stays on record. Broadcast
    ``qa.dismissed {question_id}``. Idempotent."""
    session = access_session_as_host(actor, session_id)
    question = _open_question(session, question_id)
    if question.dismissed_at is None:
        question.dismissed_at, question.dismissed_by = timezone.now(), actor
        question.save(update_fields=["dismissed_at", "dismissed_by", "updated_at"])
        audit_record(
            event_type="question.dismissed",
            actor=actor,
            subject=question,
            data={"session_id": session.pk, "question_id": question.pk},
        )
        broadcast_on_commit(
            room_group(session.pk),
            {"type": "room.frame", "frame": {"type": "qa.dismissed", "question_id": question.pk}},
        )
    return question


@transaction.atomic
def question_merge(
    *, session_id: int, actor: User | AnonymousUser, question_id: int, into_id: int
) -> Question:
    """The host marks ``question_id`` a duplicate of ``into_id``: it leaves the list and its voters count for
    the kept question (each voter once: the kept question's ``upvotes`` becomes the number of distinct users who
    upvoted it or a question merged into it). Broadcast ``qa.merged {question_id, into, upvotes}``. Idempotent.
    Returns the kept question."""
    session = access_session_as_host(actor, session_id)
    if question_id == into_id:
        raise Conflict(gettext("A question cannot be merged into itself."), code=StudioError.INVALID_STATE)
    first, second = sorted((question_id, into_id))  # lock both rows in one order
    rows = {q.pk: q for q in (_open_question(session, first), _open_question(session, second))}
    duplicate, kept = rows[question_id], rows[into_id]
    if duplicate.merged_into_id == kept.pk:
        return kept
    if kept.dismissed_at is not None or duplicate.dismissed_at is not None:
        raise Conflict(gettext("Only questions on the list can be merged."), code=StudioError.INVALID_STATE)
    now = timezone.now()
    duplicate.merged_into, duplicate.dismissed_at, duplicate.dismissed_by = kept, now, actor
    duplicate.save(update_fields=["merged_into", "dismissed_at", "dismissed_by", "updated_at"])
    Question.objects.filter(merged_into=duplicate).update(merged_into=kept, updated_at=now)
    family = Question.objects.filter(Q(pk=kept.pk) | Q(merged_into=kept))
    kept.upvotes = QuestionUpvote.objects.filter(question__in=family).values("user").distinct().count()
    kept.save(update_fields=["upvotes", "updated_at"])
    audit_record(
        event_type="question.merged",
        actor=actor,
        subject=duplicate,
        data={
            "session_id": session.pk,
            "question_id": duplicate.pk,
            "into": kept.pk,
            "upvotes": kept.upvotes,
        },
    )
    broadcast_on_commit(
        room_group(session.pk),
        {
            "type": "room.frame",
            "frame": {
                "type": "qa.merged",
                "question_id": duplicate.pk,
                "into": kept.pk,
                "upvotes": kept.upvotes,
            },
        },
    )
    return kept


def card_push(
    *, session_id: int, actor: User | AnonymousUser, product_id: int, ref: str | None = None
) -> CardPush:
    """The host pushes a featured product whose card text is approved; each viewer gets ``card.pushed``.

    Idempotent per ``ref``. The card text shown is the approved text, snapshotted on the push.
    """
    session = access_session_as_host(actor, session_id)
    if ref:
        existing = CardPush.objects.filter(session=session, pushed_by=actor, ref=ref).first()
        if existing is not None:
            return existing
    _require_live(session)
    product = session.featured_products.filter(pk=product_id).first()
    if product is None:
        raise NotFound(
            gettext("The product is not featured in this session."), code=StudioError.UNKNOWN_PRODUCT
        )
    if not product_card_approved(product):
        raise Conflict(
            gettext("The product's card is not approved by compliance."), code=StudioError.CARD_NOT_APPROVED
        )
    try:
        with transaction.atomic():
            push = CardPush.objects.create(
                session=session, product=product, pushed_by=actor, ref=ref or "", card_text=product.card_text
            )
            audit_record(
                event_type="card.pushed",
                actor=actor,
                subject=push,
                data={
                    "session_id": session.pk,
                    "card_id": push.pk,
                    "product_id": product.pk,
                    "product": product.code,
                    "card_sha256": content_sha256(push.card_text),
                },
            )
            card, facts = card_frame(push)
            broadcast_on_commit(room_group(session.pk), {"type": "room.card", "card": card, "product": facts})
    except IntegrityError:
        return CardPush.objects.get(session=session, pushed_by=actor, ref=ref)
    return push


def card_open(*, session_id: int, user: User | AnonymousUser, card_id: int) -> CardOpen:
    """Record that a signed-in viewer opened a pushed card (who and when)."""
    session = access_session(user, session_id)
    if not user.is_authenticated:
        raise LoginRequired(gettext("Sign in to open a product card."))
    push = CardPush.objects.filter(pk=card_id, session=session).first()
    if push is None:
        raise NotFound(gettext("Card not found."))
    ratelimit.hit(f"cardopen:{session.pk}:{user.pk}", limit=CARD_OPEN_RATE_LIMIT, window_seconds=60)
    return CardOpen.objects.create(push=push, user=user)
