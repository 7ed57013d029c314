"""Writes for studios and sessions before and around the live: create, edit, submit, go live, end.

Services check who acts (through ``studio.access``), own the transaction, and record audit events. Content
changes go back through the publishing gate (``compliance.services.gate``); state changes go through the
state machine (``studio.lifecycle``). These services take the session as a model instance the caller
fetched through ``studio.access``, except ``session_end``, which the live room calls with an id (it checks
the host itself).
"""

import secrets
from datetime import datetime

from django.contrib.auth.models import AnonymousUser, User
from django.db import transaction
from django.utils.translation import gettext as _

from compliance.product_facts import session_products_recheck
from compliance.selectors import gate_blockers, gate_is_open
from compliance.services.audit import audit_record
from compliance.services.gate import session_content_changed, session_content_submit
from core.events import broadcast_on_commit
from core.exceptions import ApplicationError, Conflict, NotFound
from products.models import Product
from studio.access import (
    access_session_as_host,
    is_session_host,
    is_studio_owner,
    require_rm,
)
from studio.chat_seal import chat_seal
from studio.errors import StudioError
from studio.lifecycle import room_group, session_state_transition
from studio.models import (
    LiveSession,
    SessionState,
    Studio,
    Visibility,
)
from studio.services.room import room_settings_broadcast
from studio.tasks import transcript_scan_task

# Fields whose change makes approved content stale (the gate checks them again).
CONTENT_FIELDS = ("title", "description", "script", "playback_url")


def studio_create(*, owner: User, name: str, description: str = "") -> Studio:
    require_rm(owner)
    studio = Studio(owner=owner, name=name, description=description)
    studio.full_clean()
    studio.save()
    return studio


@transaction.atomic
def studio_update(
    *, studio: Studio, name: str | None = None, description: str | None = None, actor: User | None = None
) -> Studio:
    """Rename or redescribe a studio. Its name and description are part of every session's announcement
    (the public session page shows them), so a change is refused while one of its sessions is live and
    sends every session not ended back through the gate (``compliance.services.gate.session_content_changed``)."""

    sessions = list(
        LiveSession.objects.select_for_update()
        .filter(studio=studio)
        .exclude(state=SessionState.ENDED)
        .order_by("id")
    )
    fields = []
    for field, value in (("name", name), ("description", description)):
        if value is not None and getattr(studio, field) != value:
            setattr(studio, field, value)
            fields.append(field)
    if not fields:
        return studio
    if any(s.state == SessionState.LIVE for s in sessions):
        raise Conflict(
            _("The studio's name and description cannot change while one of its sessions is live."),
            code=StudioError.INVALID_STATE,
        )
    studio.full_clean()
    studio.save(update_fields=[*fields, "updated_at"])
    for session in sessions:
        session.studio = studio
        session_content_changed(session=session, actor=actor)
    return studio


def _featured_products(product_ids: list[int]) -> list[Product]:
    products = list(Product.objects.filter(pk__in=set(product_ids)))
    missing = set(product_ids) - {p.pk for p in products}
    if missing:
        raise ApplicationError(
            _("Some of these products do not exist."),
            code=StudioError.UNKNOWN_PRODUCT,
            details={"product_ids": sorted(missing)},
        )
    return products


@transaction.atomic
def session_create(
    *,
    studio: Studio,
    actor: User,
    title: str,
    scheduled_start: datetime,
    description: str = "",
    scheduled_end: datetime | None = None,
    script: str = "",
    featured_product_ids: list[int] | None = None,
    visibility: str = Visibility.PUBLIC,
    guests_can_watch: bool = True,
    slow_mode_seconds: int = 0,
    qa_enabled: bool = True,
    playback_url: str = "",
) -> LiveSession:
    """Create a draft session in the actor's own studio (an invite code is made for share links)."""
    require_rm(actor)
    if not is_studio_owner(actor, studio):
        raise NotFound("Studio not found.")
    session = LiveSession(
        studio=studio,
        title=title,
        description=description,
        scheduled_start=scheduled_start,
        scheduled_end=scheduled_end,
        script=script,
        visibility=visibility,
        guests_can_watch=guests_can_watch,
        slow_mode_seconds=slow_mode_seconds,
        qa_enabled=qa_enabled,
        playback_url=playback_url,
        invite_code=secrets.token_urlsafe(12),
    )
    session.full_clean(exclude=["pinned_message"])
    session.save()
    if featured_product_ids:
        session.featured_products.set(_featured_products(featured_product_ids))
    return session


@transaction.atomic
def session_update(*, session: LiveSession, actor: User, **changes) -> LiveSession:
    """Edit a session the actor owns.

    Content (title, description, script, featured products) may change only before the live; a change
    to approved or in-review content calls ``compliance.services.gate.session_content_changed``, which
    supersedes the old versions and pulls the session back to review. Room settings (slow mode, Q&A,
    guests, visibility) may change at any time before the end.
    """
    locked = LiveSession.objects.select_for_update().select_related("studio").get(pk=session.pk)
    if not is_session_host(actor, locked):
        raise NotFound("Session not found.")
    if locked.state == SessionState.ENDED:
        raise Conflict(_("An ended session cannot be edited."), code=StudioError.INVALID_STATE)
    product_ids = changes.pop("featured_product_ids", None)
    content_changed = False
    fields = []
    for field, value in changes.items():
        if getattr(locked, field) != value:
            setattr(locked, field, value)
            fields.append(field)
            content_changed |= field in CONTENT_FIELDS
    new_products = None
    if product_ids is not None:
        new_products = _featured_products(product_ids)
        if {p.pk for p in new_products} != set(locked.featured_products.values_list("pk", flat=True)):
            content_changed = True
        else:
            new_products = None
    if content_changed and locked.state == SessionState.LIVE:
        raise Conflict(
            _("The content of a live session cannot change; only room settings can."),
            code=StudioError.INVALID_STATE,
        )
    if fields:
        locked.full_clean(exclude=["pinned_message"])
        locked.save(update_fields=[*fields, "updated_at"])
    if new_products is not None:
        locked.featured_products.set(new_products)
    if content_changed:
        session_content_changed(session=locked, actor=actor)
        if new_products is not None:
            session_products_recheck(session=locked)
        locked.refresh_from_db()
    if fields or new_products is not None:
        audit_record(
            event_type="session.updated",
            actor=actor,
            subject=locked,
            data={
                "session_id": locked.pk,
                "fields": sorted(fields),
                "products_changed": new_products is not None,
                "settings": {f: getattr(locked, f) for f in fields if f not in CONTENT_FIELDS},
            },
        )
    if {"slow_mode_seconds", "qa_enabled"} & set(fields):
        room_settings_broadcast(locked)
    if {"visibility", "guests_can_watch"} & set(fields):
        # Who may watch changed: every connected socket checks its admission again (and leaves if it lapsed).
        broadcast_on_commit(room_group(locked.pk), {"type": "room.admission"})
    return locked


def session_submit(*, session: LiveSession, actor: User):
    """Submit the session's current content to the publishing gate (compliance owns the review)."""
    if not is_session_host(actor, session):
        raise NotFound("Session not found.")
    if session.state in (SessionState.LIVE, SessionState.ENDED):
        raise Conflict(_("A live or ended session cannot be submitted."), code=StudioError.INVALID_STATE)
    return session_content_submit(session=session, author=actor)


def session_go_live(*, session: LiveSession, actor: User) -> LiveSession:
    """Open the room: only an approved session whose every piece of content is approved at its hash."""
    if not is_session_host(actor, session):
        raise NotFound("Session not found.")
    require_rm(actor)  # a campaign's template session (head office's) is reviewed, never run
    if session.state == SessionState.LIVE:
        return session
    if session.state != SessionState.APPROVED or not gate_is_open(session):
        blockers = [blocker.to_dict() for blocker in gate_blockers(session)]
        raise Conflict(
            _("The session cannot go live until all of its content is approved."),
            code=StudioError.GATE_CLOSED,
            details={"state": session.state, "blockers": blockers},
        )
    with transaction.atomic():
        live = session_state_transition(session=session, to=SessionState.LIVE)
        audit_record(
            event_type="session.live",
            actor=actor,
            subject=live,
            data={"session_id": live.pk, "started_at": live.started_at.isoformat()},
        )
    return live


def session_end(*, session: LiveSession, actor: User | AnonymousUser) -> LiveSession:
    """Close the room: the host ends a live session (ending an ended one is a no-op).

    Seals the transcript's last Merkle root and, after commit, enqueues the final re-scan of the host's lines.
    ``session`` is re-checked through ``access_session_as_host`` (a viewer gets ``Forbidden``, others 404).
    """
    session = access_session_as_host(actor, session.pk)
    if session.state == SessionState.ENDED:
        return session
    with transaction.atomic():
        ended = session_state_transition(session=session, to=SessionState.ENDED)
        audit_record(
            event_type="session.ended",
            actor=actor,
            subject=ended,
            data={"session_id": ended.pk, "ended_at": ended.ended_at.isoformat()},
        )
        chat_seal(session_id=ended.pk, final=True, actor=actor)  # the transcript's last Merkle root
        # The final re-scan of the host's whole transcript (studio.transcript_scan).
        transaction.on_commit(lambda: transcript_scan_task.delay(ended.pk, final=True))
    return ended
