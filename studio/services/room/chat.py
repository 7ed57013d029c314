"""Chat ingest: a line from the host (checked inline by the engine) or a customer (masked, rate-limited, slowed,
screened by the audience pack), stored with its verdict and published in the room's sequence.

A line is the hot path of a busy room (``bench/ingest.py``): ``chat_send`` decides most lines on the fast path
(the room's cached facts, one statement) and hands anything else to the full path under the row lock."""

from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.contrib.auth.models import AnonymousUser, User
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation
from structlog.contextvars import bound_contextvars

from compliance import claim_window
from compliance.screening import (
    audience_findings,
    chat_line_findings,
    chat_pack_versions,
    finding_as_dict,
)
from compliance.services.audit import audit_record
from compliance.services.rule_packs import AUDIENCE_PACK
from core import ratelimit
from core.events import broadcast_on_commit
from core.exceptions import ApplicationError
from observability import metrics
from studio import room_facts
from studio.access import (
    display_name,
    session_admits,
)
from studio.held_lines import held_queue_changed
from studio.lifecycle import room_group
from studio.masking import mask_personal_data
from studio.models import (
    ChatMessage,
    LiveSession,
    MessageStatus,
)
from studio.protocol import (
    chat_message_frame,
)
from studio.screening import held_frame, held_notice
from studio.services.room.rules import (
    CHAT_RATE_LIMIT,
    CHAT_RATE_WINDOW_SECONDS,
    require_live,
    require_not_muted,
    require_speaker,
    room_lock_for,
    room_next_seq,
    slow_mode_check,
)
from studio.text import text_clean

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
        slow_mode_check(session, user)
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
    slow_mode_check(session, user)


def _line(
    session: LiveSession,
    user: User,
    is_host: bool,
    ref: str | None,
    text: str,
    status: str,
    findings: list[dict],
    masked: list[str],
    pack: str,
) -> ChatMessage:
    """A line as both paths store it (unsaved)."""
    return ChatMessage(
        session_id=session.pk,
        author=user,
        author_role="rm" if is_host else "customer",
        author_name=display_name(user),
        ref=ref or "",
        text=text,
        status=status,
        findings=findings,
        masked=masked,
        pack=pack,
    )


def line_broadcast(message: ChatMessage) -> None:
    """Send a line that took its ``seq`` to the room, in the room's order, after commit."""
    broadcast_on_commit(
        room_group(message.session_id),
        {"type": "room.seq", "seq": message.seq, "frame": chat_message_frame(message)},
    )


def _counted(message: ChatMessage, is_host: bool) -> dict:
    metrics.chat_line(message.status, "host" if is_host else "customer")  # committed: counted once
    return chat_ack(message)


@dataclass(frozen=True)
class ChatLine:
    """One ``chat.send`` for ``chat_send_many``: what ``chat_send`` takes, and the sender's context."""

    session_id: int
    user: User | AnonymousUser
    text: str
    ref: str | None = None
    # The sender's language and log ids (``observability.logs.context()``): each line is decided and answered in
    # its own. Not the sender's whole context: asgiref's locals (the cache clients) are tagged with the thread
    # that set them, so a context copied on the event loop would make a new Redis client per line here.
    language: str | None = None
    log_ids: dict[str, Any] | None = None


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
        outcome = chat_send_many([ChatLine(session_id=session_id, user=user, text=text, ref=ref)])[0]
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome
    return _chat_send_full(session_id=session_id, user=user, text=text, ref=ref)


def chat_send_many(lines: Sequence[ChatLine]) -> list[dict | Exception]:
    """``chat_send`` for several lines at once, with **group commit**: one outcome per line, in order, each
    the line's ack or the exception ``chat_send`` would have raised for it.

    PostgreSQL only, outside a transaction. Every line is decided on its own from the room's cached facts, as
    ``chat_send`` decides it; the lines to publish are then stored together (``room_facts.lines_store``: one
    transaction, one round trip, each statement with its own guard). Their broadcasts follow that commit, in
    ``seq`` order per room. Then, one by one in arrival order, the lines that need the full path (held or
    rejected, a resent ``ref``, a mute, or a guard that found a stale fact) each run it in a transaction of
    their own, so they take later ``seq`` numbers than the batch. A socket sends one frame at a time, so no
    two lines of one socket share a batch; lines of different sockets have no order among themselves.
    Side effects per line (rate limit, slow mode, metrics) are those of ``chat_send``: a line is counted once.
    """
    if not room_facts.available() or transaction.get_connection().in_atomic_block:
        return [_one_by_one(line) for line in lines]  # SQLite, or inside a caller's transaction
    outcomes: list[dict | Exception | None] = [None] * len(lines)
    decided: dict[int, _Decided] = {}
    full: dict[int, _Limits | None] = {}
    for index, line in enumerate(lines):
        try:
            verdict = _run_as(line, _line_decide, line)
        except Exception as exc:  # noqa: BLE001 - the line's own error, answered to its sender only
            outcomes[index] = exc
            continue
        if isinstance(verdict, _Decided):
            decided[index] = verdict
        else:
            full[index] = verdict.limits
    if decided:
        try:
            stored = room_facts.lines_store([verdict.write for verdict in decided.values()])
        except Exception as exc:  # noqa: BLE001 - the database failed the batch: every line of it gets the error
            stored = [False] * len(decided)
            for index in decided:
                outcomes[index] = exc
        for (index, verdict), was_stored in zip(decided.items(), stored, strict=True):
            if was_stored:
                try:
                    outcomes[index] = _run_as(lines[index], _line_published, verdict)
                except Exception as exc:  # noqa: BLE001 - stored: a resend with the same ref gets its ack
                    outcomes[index] = exc
            elif outcomes[index] is None:
                full[index] = verdict.limits
    for index in sorted(full):
        line = lines[index]
        try:
            outcomes[index] = _run_as(
                line,
                lambda line=line, limits=full[index]: _chat_send_full(
                    session_id=line.session_id, user=line.user, text=line.text, ref=line.ref, limits=limits
                ),
            )
        except Exception as exc:  # noqa: BLE001 - as above
            outcomes[index] = exc
    return [
        outcome if outcome is not None else RuntimeError("chat line left undecided") for outcome in outcomes
    ]


def _one_by_one(line: ChatLine) -> dict | Exception:
    try:
        return _run_as(
            line,
            lambda: _chat_send_full(session_id=line.session_id, user=line.user, text=line.text, ref=line.ref),
        )
    except Exception as exc:  # noqa: BLE001 - the line's own error, answered to its sender only
        return exc


def _run_as(line: ChatLine, func, *args):
    """``func(*args)`` as the line's sender: in their language, with their log ids bound."""
    with (
        translation.override(line.language)
        if line.language and line.language != translation.get_language()
        else nullcontext(),
        bound_contextvars(**line.log_ids) if line.log_ids else nullcontext(),
    ):
        return func(*args)


@dataclass(frozen=True)
class _Decided:
    """A line decided from the room's cached facts, to publish: its guarded statement and what follows it."""

    write: room_facts.LineWrite
    is_host: bool
    limits: _Limits | None  # for the full path, if the guard finds a stale fact


@dataclass(frozen=True)
class _FullPath:
    limits: _Limits | None = None


def _line_decide(line: ChatLine) -> _Decided | _FullPath:
    """Decide a line from the room's cached facts; ``_FullPath`` when only the full path can decide it."""
    session_id, user, text, ref = line.session_id, line.user, line.text, line.ref
    facts = room_facts.room_facts(session_id)
    if facts is None or not session_admits(user, facts.session):
        return _FullPath()
    session = facts.session
    is_host = require_speaker(session, user)  # only checks the (cached) owner and the user's cached roles
    if not facts.live:
        return _FullPath()
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
            return _FullPath()
        label = facts.pack.label
    else:
        try:
            _rate_limit(session, user)
        except ApplicationError as exc:
            return _FullPath(_Limits(rate_error=exc))
        limits = _Limits(slow_mode_seconds=session.slow_mode_seconds)
        try:
            slow_mode_check(session, user)
        except ApplicationError as exc:
            return _FullPath(_Limits(slow_mode_seconds=session.slow_mode_seconds, slow_error=exc))
        clean, masked = mask_personal_data(clean)
        findings = audience_findings(clean)
        if findings:
            return _FullPath(limits)
        label = AUDIENCE_PACK
    message = _line(session, user, is_host, ref, clean, MessageStatus.PUBLISHED, findings, masked, label)
    write = room_facts.line_write(
        facts, message, check_mute=not is_host, check_host_facts=is_host, window_last_id=window_last_id
    )
    return _Decided(write=write, is_host=is_host, limits=limits)


def _line_published(verdict: _Decided) -> dict:
    """After the commit that stored a decided line: its window, its broadcast, its ack."""
    message = verdict.write.message
    if verdict.is_host:
        room_facts.window_add(message.session_id, message.author_id, message, limit=ENGINE_WINDOW_LINES)
    line_broadcast(message)
    return _counted(message, verdict.is_host)


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
        session = room_lock_for(user, session_id)
        is_host = require_speaker(session, user)
        if ref:  # under the lock: two copies of one frame racing on two processes store once
            existing = ChatMessage.objects.filter(session=session, author=user, ref=ref).first()
            if existing is not None:
                return chat_ack(existing, duplicate=True)
        require_live(session)
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
            require_not_muted(session, user)
            _limits_apply(session, user, limits)
            text, masked = mask_personal_data(text)
            findings = audience_findings(text)
            pack_label = AUDIENCE_PACK
            status = MessageStatus.HELD if findings else MessageStatus.PUBLISHED

        message = _line(session, user, is_host, ref, text, status, findings, masked, pack_label)
        if status == MessageStatus.PUBLISHED:
            message.seq = room_next_seq(session)
            message.published_at = timezone.now()
        message.save()
        if message.status == MessageStatus.HELD:
            held_queue_changed(message_id=message.pk, change="held")  # officers' live view of held lines
        if message.seq is not None:
            line_broadcast(message)
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
    return _counted(message, is_host)
