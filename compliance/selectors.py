"""Reads of compliance records for APIs, admin and the RM dashboard."""

from datetime import datetime

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Count, Q, QuerySet

from accounts.roles import Role, has_role
from compliance.access import officer_audit_scope, officer_submission_scope
from compliance.models import (
    UNDECIDED_STATUSES,
    AuditEvent,
    Notification,
    RulePack,
    Severity,
    Submission,
)
from core.exceptions import Forbidden
from organisations.selectors import is_branch_manager, is_head_office, owner_scope_q


def submission_list(*, user: User | AnonymousUser, status: str | None = None, kind: str | None = None,
                    session_id: int | None = None) -> QuerySet[Submission]:
    """Officers: every submission; RMs: their own and their sessions'. Oldest first, like the queue."""
    qs = Submission.objects.select_related("author", "pack", "session", "product").annotate(
        block_count=Count("findings", filter=Q(findings__severity=Severity.BLOCK)),
        review_count=Count("findings", filter=Q(findings__severity=Severity.REVIEW)),
        info_count=Count("findings", filter=Q(findings__severity=Severity.INFO)),
    )
    if has_role(user, Role.COMPLIANCE):
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


def audit_event_list(*, event_type: str | None = None, subject_type: str | None = None,
                     subject_id: str | None = None, since: datetime | None = None,
                     session: int | None = None,
                     user: User | AnonymousUser | None = None) -> QuerySet[AuditEvent]:
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
    qs = Notification.objects.filter(recipient=user).select_related(
        "session", "submission__product", "submission__decision").prefetch_related("submission__findings")
    if unread_only:
        qs = qs.filter(read_at__isnull=True)
    return qs.order_by("-created_at", "-id")


def rule_pack_active_list() -> QuerySet[RulePack]:
    return RulePack.objects.filter(is_active=True).order_by("name")
