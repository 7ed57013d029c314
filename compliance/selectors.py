"""Reads of compliance records for APIs, admin and the RM dashboard, and what the publishing gate reads.

``session_content`` is everything of a session that reaches customers; ``gate_blockers`` says which of it
lacks an approved, current submission (an empty list: the gate is open)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from django.contrib.auth.models import AnonymousUser, User
from django.db import models
from django.db.models import Count, Min, Q, QuerySet

from accounts.roles import Role, has_role, is_officer
from compliance.access import officer_audit_scope, officer_submission_scope
from compliance.labels import blocker_text
from compliance.models import (
    UNDECIDED_STATUSES,
    AuditEvent,
    ContentKind,
    Notification,
    Severity,
    Submission,
    SubmissionStatus,
)
from compliance.services.audit import content_sha256
from core.exceptions import Forbidden
from organisations.selectors import is_branch_manager, is_head_office, owner_scope_q
from products.models import Product

if TYPE_CHECKING:
    from studio.models import LiveSession


def submission_list(
    *,
    user: User | AnonymousUser,
    status: str | None = None,
    kind: str | None = None,
    session_id: int | None = None,
) -> QuerySet[Submission]:
    """Officers: every submission; RMs: their own and their sessions'. Oldest first, like the queue."""
    qs = Submission.objects.select_related("author", "pack", "session", "product").annotate(
        block_count=Count("findings", filter=Q(findings__severity=Severity.BLOCK)),
        review_count=Count("findings", filter=Q(findings__severity=Severity.REVIEW)),
        info_count=Count("findings", filter=Q(findings__severity=Severity.INFO)),
    )
    if is_officer(user):
        scope = officer_submission_scope(user)
        if scope is not None:
            qs = qs.filter(scope)
    elif is_branch_manager(user) or is_head_office(user):
        qs = qs.filter(owner_scope_q(user, "session__studio__owner"))
    elif has_role(user, Role.RM):
        qs = qs.filter(Q(author=user) | Q(session__studio__owner=user))
    else:
        raise Forbidden("Only relationship managers and compliance officers list submissions.")
    if status:
        qs = qs.filter(status=status)
    if kind:
        qs = qs.filter(kind=kind)
    if session_id:
        qs = qs.filter(session_id=session_id)
    return qs.order_by("created_at", "id")


def review_queue(*, user: User | AnonymousUser | None = None) -> QuerySet[Submission]:
    """What officers still have to look at: undecided, current versions, oldest first (``user``: their scope)."""
    qs = Submission.objects.filter(status__in=UNDECIDED_STATUSES, withdrawn_at__isnull=True)
    scope = officer_submission_scope(user) if user is not None else None
    if scope is not None:
        qs = qs.filter(scope)
    return qs.order_by("created_at", "id")


def audit_session_q(session_id: int) -> Q:
    """Every event about one live session: on the session itself, or on its lines, cards, questions (``data``)."""
    return Q(subject_type="studio.livesession", subject_id=str(session_id)) | Q(data__session_id=session_id)


def audit_event_list(
    *,
    event_type: str | None = None,
    subject_type: str | None = None,
    subject_id: str | None = None,
    since: datetime | None = None,
    session: int | None = None,
    user: User | AnonymousUser | None = None,
) -> QuerySet[AuditEvent]:
    """The trail, oldest first; an officer of an institution sees the events its own people caused."""
    qs = AuditEvent.objects.all()
    scope = officer_audit_scope(user)
    if scope is not None:
        qs = qs.filter(scope)
    if session is not None:
        qs = qs.filter(audit_session_q(session))
    if event_type:
        qs = qs.filter(event_type=event_type)
    if subject_type:
        qs = qs.filter(subject_type=subject_type)
    if subject_id:
        qs = qs.filter(subject_id=subject_id)
    if since:
        qs = qs.filter(at__gte=since)
    return qs.order_by("seq")


def notification_list(*, user: User, unread_only: bool = False) -> QuerySet[Notification]:
    qs = (
        Notification.objects.filter(recipient=user)
        .select_related("session", "submission__product", "submission__decision")
        .prefetch_related("submission__findings")
    )
    if unread_only:
        qs = qs.filter(read_at__isnull=True)
    return qs.order_by("-created_at", "-id")


def announcement_text(session: LiveSession) -> str:
    """Everything the public session page shows around the script, as one reviewed text: the session's title
    and description, its studio's name and description, and the video address (empty parts left out)."""
    parts = (
        session.title,
        session.description,
        session.studio.name,
        session.studio.description,
        session.playback_url,
    )
    return "\n".join(part.strip() for part in parts if part and part.strip())


@dataclass(frozen=True)
class ContentItem:
    kind: str
    text: str
    product: Product | None = None

    @property
    def sha256(self) -> str:
        return content_sha256(self.text)


def session_content(session: LiveSession) -> list[ContentItem]:
    """Everything of ``session`` that reaches customers and must be approved. Empty texts need no review."""
    items = []
    if session.script.strip():
        items.append(ContentItem(ContentKind.SCRIPT, session.script))
    items.append(ContentItem(ContentKind.ANNOUNCEMENT, announcement_text(session)))
    for product in session.featured_products.order_by("id"):
        if product.card_text.strip():
            items.append(ContentItem(ContentKind.PRODUCT_CARD, product.card_text, product))
    return items


@dataclass(frozen=True)
class GateBlocker:
    code: str  # not_submitted | awaiting_check | awaiting_decision | rejected
    kind: str  # script | announcement | product_card
    message: str
    product_id: int | None = None
    submission_id: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)


_STATUS_BLOCKER = {
    SubmissionStatus.PENDING: ("awaiting_check", "is waiting for the compliance check"),
    SubmissionStatus.CHECKING: ("awaiting_check", "is being checked"),
    SubmissionStatus.FLAGGED: ("awaiting_decision", "has findings and awaits a compliance officer"),
    SubmissionStatus.PASSED: ("awaiting_decision", "awaits a compliance officer's approval"),
    SubmissionStatus.REJECTED: ("rejected", "was rejected by compliance; edit it and submit again"),
}


def gate_blockers(session: LiveSession) -> list[GateBlocker]:
    """What keeps ``session`` from being published or going live; empty when the gate is open.

    Each piece of current content needs an approved, not withdrawn submission at its current SHA-256.
    """
    items = session_content(session)
    product_ids = [i.product.pk for i in items if i.product]
    subs = (
        Submission.objects.filter(withdrawn_at__isnull=True)
        .filter(models.Q(session=session) | models.Q(product_id__in=product_ids))
        .only("id", "kind", "sha256", "status", "session_id", "product_id")
        .order_by("id")
    )
    latest: dict[tuple, Submission] = {}
    approved: set[tuple] = set()
    for sub in subs:
        key = (sub.kind, sub.product_id, sub.sha256)
        latest[key] = sub
        if sub.status == SubmissionStatus.APPROVED:
            approved.add(key)
    blockers = []
    for item in items:
        key = (item.kind, item.product.pk if item.product else None, item.sha256)
        if key in approved:
            continue
        sub = latest.get(key)
        code = "not_submitted" if sub is None else _STATUS_BLOCKER[SubmissionStatus(sub.status)][0]
        # Said in the active language (the request's, or zh-hans in tasks): pages never show the code.
        blockers.append(
            GateBlocker(
                code=code,
                kind=item.kind,
                message=blocker_text(code, item.kind, item.product),
                product_id=item.product.pk if item.product else None,
                submission_id=sub.pk if sub else None,
            )
        )
    return blockers


def gate_is_open(session: LiveSession) -> bool:
    return not gate_blockers(session)


def product_card_approved(product: Product) -> bool:
    """Is the product's current card text approved (not withdrawn) at its current hash?"""
    if not product.card_text.strip():
        return False
    return Submission.objects.filter(
        product=product,
        kind=ContentKind.PRODUCT_CARD,
        sha256=content_sha256(product.card_text),
        status=SubmissionStatus.APPROVED,
        withdrawn_at__isnull=True,
    ).exists()


def review_queue_stats() -> dict[str, tuple[int, datetime | None]]:
    """For monitoring: undecided, not withdrawn submissions per status (pending, checking, flagged, passed), with
    the creation time of the oldest of each. One grouped query on the queue index."""
    rows = (
        Submission.objects.filter(status__in=UNDECIDED_STATUSES, withdrawn_at__isnull=True)
        .values("status")
        .annotate(n=Count("id"), oldest=Min("created_at"))
        .order_by()
    )
    stats: dict[str, tuple[int, datetime | None]] = {str(status): (0, None) for status in UNDECIDED_STATUSES}
    for row in rows:
        stats[row["status"]] = (row["n"], row["oldest"])
    return stats
