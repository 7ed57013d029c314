"""The publishing gate for sessions: submitting a session's content, and opening or closing its gate.

A session may be published or go live only when its script, its announcement (title + description) and the
card text of every featured product each have an approved, not withdrawn submission at the text's current
SHA-256 (DESIGN.md "The publishing gate"); ``compliance.selectors.gate_blockers`` says what is missing.
Sessions move through the state machine studio registers at start-up (``compliance.sessions``).

Lock order, to keep concurrent edits, decisions, checks and re-checks free of deadlocks: live sessions
(by id) first, then products, then submissions, then the audit chain head (taken by ``audit_record``,
held to commit).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils.translation import gettext as _

from compliance.errors import ComplianceError
from compliance.models import (
    ContentKind,
    Submission,
)
from compliance.selectors import ContentItem, gate_blockers, gate_is_open, session_content
from compliance.services.audit import audit_record
from compliance.services.submissions import _withdraw_stale, content_submit
from compliance.sessions import SessionState, is_session_host, session_model, session_transition
from core.exceptions import Conflict, NotFound
from products.models import Product

if TYPE_CHECKING:
    from studio.models import LiveSession


def _ensure_submitted(session: LiveSession, author: AbstractBaseUser) -> list[Submission]:
    return [
        content_submit(
            kind=item.kind,
            text=item.text,
            author=author,
            session=None if item.product else session,
            product=item.product,
        )
        for item in session_content(session)
    ]


def _lock_session(session: LiveSession) -> LiveSession:
    return session_model().objects.select_for_update(of=("self",)).select_related("studio").get(pk=session.pk)


@transaction.atomic
def session_content_submit(*, session: LiveSession, author: AbstractBaseUser) -> list[Submission]:
    """Submit a session for review: one submission per piece of content not yet approved at its hash.

    Moves the session draft → in review (and straight on to approved when everything already is).
    Only the studio's owner submits. Resubmitting an in-review session is harmless.
    """
    locked = _lock_session(session)
    if not is_session_host(author, locked):
        raise NotFound("Session not found.")
    if locked.state not in (SessionState.DRAFT, SessionState.IN_REVIEW):
        raise Conflict(
            _("Only a draft or a session in review can be submitted."),
            code=ComplianceError.INVALID_STATE,
            details={"state": locked.state},
        )
    submissions = _ensure_submitted(locked, author)
    if locked.state == SessionState.DRAFT:
        _session_move(locked, SessionState.IN_REVIEW, actor=author, event_type="session.submitted")
    _gate_refresh(locked, actor=author)
    session.state = locked.state
    return submissions


@transaction.atomic
def session_content_changed(
    *, session: LiveSession, actor: AbstractBaseUser | None = None
) -> list[Submission]:
    """Call after a session's script, title, description or featured products change.

    Withdraws the approval of what changed: older versions are superseded; for a session in review,
    approved or live, the new content is submitted at once (author: ``actor`` or the studio's owner);
    an approved session goes back to in review. A draft only has its stale submissions withdrawn.
    """
    locked = _lock_session(session)
    if locked.state == SessionState.ENDED:
        return []
    author = actor if actor is not None and actor.is_authenticated else locked.studio.owner
    for item in session_content(locked):
        if item.kind != ContentKind.PRODUCT_CARD:
            _withdraw_stale(item, locked, current_sha=item.sha256, actor=author)
    if not locked.script.strip():
        _withdraw_stale(ContentItem(ContentKind.SCRIPT, ""), locked, current_sha="", actor=author)
    submissions = []
    if locked.state != SessionState.DRAFT:
        submissions = _ensure_submitted(locked, author)
    _gate_refresh(locked, actor=author)
    session.state = locked.state
    return submissions


@transaction.atomic
def product_card_changed(*, product: Product, actor: AbstractBaseUser | None = None) -> list[Submission]:
    """Call after a product's card text changes: the new card is submitted for every session that features
    it and is in review, approved or live, and those sessions' gates are re-evaluated."""
    sessions = [  # locked first: sessions, then submissions, then the audit head (see the module's docstring)
        _lock_session(s)
        for s in session_model()
        .objects.filter(featured_products=product)
        .exclude(state__in=[SessionState.ENDED, SessionState.DRAFT])
        .order_by("id")
    ]
    item = ContentItem(ContentKind.PRODUCT_CARD, product.card_text, product)
    _withdraw_stale(item, None, current_sha=item.sha256 if product.card_text.strip() else "", actor=actor)
    submissions = []
    if product.card_text.strip() and sessions:
        author = actor if actor is not None and actor.is_authenticated else sessions[0].studio.owner
        submissions.append(
            content_submit(
                kind=ContentKind.PRODUCT_CARD, text=product.card_text, author=author, product=product
            )
        )
    for session in sessions:
        _gate_refresh(session, actor=actor)
    return submissions


def _sessions_of(sub: Submission) -> list[LiveSession]:
    if sub.session_id:
        return [_lock_session(sub.session)]
    return [
        _lock_session(s)
        for s in session_model()
        .objects.filter(featured_products=sub.product_id)
        .exclude(state=SessionState.ENDED)
        .order_by("id")
    ]


def _session_move(
    session: LiveSession,
    to: str,
    *,
    actor: AbstractBaseUser | None,
    event_type: str,
    data: dict | None = None,
) -> None:
    before = session.state
    session_transition(session=session, to=to)
    audit_record(
        event_type=event_type,
        actor=actor,
        subject=session,
        data={"from": before, "to": session.state, **(data or {})},
    )


def _gate_refresh(session: LiveSession, *, actor: AbstractBaseUser | None) -> None:
    """Open or close the gate of a locked session to match its content: in review ⇄ approved."""
    if session.state == SessionState.IN_REVIEW and gate_is_open(session):
        _session_move(session, SessionState.APPROVED, actor=actor, event_type="session.gate_opened")
    elif session.state == SessionState.APPROVED:
        blockers = gate_blockers(session)
        if blockers:
            _session_move(
                session,
                SessionState.IN_REVIEW,
                actor=actor,
                event_type="session.gate_closed",
                data={"blockers": [b.code + ":" + b.kind for b in blockers]},
            )
