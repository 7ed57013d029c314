"""Retention and legal holds: live records are deleted only by policy, never as a side effect.

Everything a customer was shown or an officer decided about a session (chat lines, questions, mutes, card
pushes and opens, submissions with findings and decisions, visits, samples, share links, invitations) is
protected by ``on_delete=PROTECT`` and cannot be deleted in the admin. The only way it goes is
``retention_apply`` (a daily beat task), which deletes a session with all of its records when

- the session is not live, and its record date (``ended_at``, or ``updated_at`` for a session that never went
  live) is older than ``settings.RECORDS_RETENTION_DAYS`` (default 3 years + a leap day), and
- no legal hold that is not lifted covers it: a hold on the session, on its RM, or on a date range that
  contains the day it started (or was scheduled to start).

Each deleted session leaves a ``records.purged`` audit event naming what was deleted (counts per model, its
chat seals); the audit trail itself is never deleted. Holds are set and lifted by compliance officers only,
with a reason, and each is an audit event.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import models, transaction
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from accounts.roles import is_officer
from compliance.errors import ComplianceError
from compliance.models import AuditEvent, HoldScope, LegalHold
from compliance.services.audit import audit_record
from compliance.sessions import SessionState, session_model
from core.exceptions import ApplicationError, Conflict, Forbidden

if TYPE_CHECKING:
    from studio.models import LiveSession

logger = logging.getLogger(__name__)

PURGE_EVENT = "records.purged"


def _require_officer(officer: AbstractBaseUser) -> None:
    if not is_officer(officer):
        raise Forbidden(
            "Only compliance officers set or lift legal holds.", code=ComplianceError.NOT_COMPLIANCE
        )


def _require_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ApplicationError("A reason is required.", code=ComplianceError.REASON_REQUIRED)
    return reason


# ---------------------------------------------------------------------------------------------------------
# Legal holds


def _hold_data(hold: LegalHold) -> dict:
    return {
        "hold_id": hold.pk,
        "scope": hold.scope,
        "session_id": hold.session_id,
        "rm_id": hold.rm_id,
        "starts_on": hold.starts_on.isoformat() if hold.starts_on else None,
        "ends_on": hold.ends_on.isoformat() if hold.ends_on else None,
    }


@transaction.atomic
def legal_hold_set(
    *,
    officer: AbstractBaseUser,
    reason: str,
    session: LiveSession | None = None,
    rm: AbstractBaseUser | None = None,
    starts_on: date | None = None,
    ends_on: date | None = None,
) -> LegalHold:
    """Put a session, an RM's sessions or a date range of sessions on hold; audited as ``legal_hold.set``.

    Exactly one target: ``session``, ``rm``, or both ``starts_on`` and ``ends_on`` (inclusive days).
    """
    _require_officer(officer)
    reason = _require_reason(reason)
    targets = [session is not None, rm is not None, starts_on is not None or ends_on is not None]
    if sum(targets) != 1:
        raise ApplicationError(
            "A hold covers exactly one session, one RM or one date range.", code=ComplianceError.INVALID_HOLD
        )
    if targets[2] and (starts_on is None or ends_on is None or ends_on < starts_on):
        raise ApplicationError(
            "A date range needs a first and a last day, in order.", code=ComplianceError.INVALID_HOLD
        )
    scope = HoldScope.SESSION if session is not None else HoldScope.RM if rm is not None else HoldScope.PERIOD
    hold = LegalHold.objects.create(
        scope=scope,
        session=session,
        rm=rm,
        starts_on=starts_on,
        ends_on=ends_on,
        reason=reason,
        set_by=officer,
    )
    audit_record(
        event_type="legal_hold.set", actor=officer, subject=hold, data={**_hold_data(hold), "reason": reason}
    )
    return hold


@transaction.atomic
def legal_hold_lift(*, hold: LegalHold, officer: AbstractBaseUser, reason: str) -> LegalHold:
    """Lift a hold (it stays on record, lifted); audited as ``legal_hold.lifted``. Lifting twice is refused."""
    _require_officer(officer)
    reason = _require_reason(reason)
    locked = LegalHold.objects.select_for_update().get(pk=hold.pk)
    if locked.lifted_at is not None:
        raise Conflict("This hold was already lifted.", code=ComplianceError.HOLD_LIFTED)
    locked.lifted_at, locked.lifted_by, locked.lift_reason = timezone.now(), officer, reason
    locked.save(update_fields=["lifted_at", "lifted_by", "lift_reason", "updated_at"])
    audit_record(
        event_type="legal_hold.lifted",
        actor=officer,
        subject=locked,
        data={**_hold_data(locked), "reason": reason},
    )
    return locked


def _not_held() -> Q:
    """Sessions no active hold covers (as a filter on ``LiveSession``)."""
    active = LegalHold.objects.filter(lifted_at__isnull=True)
    held = Q(pk__in=active.filter(scope=HoldScope.SESSION).values("session_id")) | Q(
        studio__owner_id__in=active.filter(scope=HoldScope.RM).values("rm_id")
    )
    for starts_on, ends_on in active.filter(scope=HoldScope.PERIOD).values_list("starts_on", "ends_on"):
        held |= Q(started_at__date__range=(starts_on, ends_on)) | Q(
            started_at__isnull=True, scheduled_start__date__range=(starts_on, ends_on)
        )
    return ~held


def session_on_hold(session: LiveSession) -> bool:
    return not session_model().objects.filter(pk=session.pk).filter(_not_held()).exists()


# ---------------------------------------------------------------------------------------------------------
# Retention


def retention_cutoff(now: datetime | None = None) -> datetime:
    return (now or timezone.now()) - timedelta(days=settings.RECORDS_RETENTION_DAYS)


def sessions_past_retention(*, now: datetime | None = None) -> models.QuerySet[LiveSession]:
    """Sessions whose records may be deleted now: past retention, not live, on no active hold."""
    return (
        session_model()
        .objects.exclude(state=SessionState.LIVE)
        .annotate(record_date=Coalesce("ended_at", "updated_at"))
        .filter(record_date__lt=retention_cutoff(now))
        .filter(_not_held())
        .order_by("record_date", "pk")
    )


def _delete_tree(queryset: models.QuerySet, counts: dict[str, int]) -> None:
    """Delete ``queryset`` and every row that PROTECTs it, children first; count rows per model.

    Walks the models' reverse relations instead of naming them, so records added later by other apps
    (which point at a session with PROTECT, as records must) are deleted with it rather than blocking it.
    CASCADE and SET_NULL relations are left to Django's collector. The rows are read once (primary keys), so
    the walk neither nests subqueries level by level nor loops on a model that points at itself (a question
    merged into another): such links inside the set are cleared first, since Django's PROTECT refuses even
    when both rows go in the same delete.
    """
    model = queryset.model
    pks = list(queryset.values_list("pk", flat=True))
    if not pks:
        return
    rows = model._base_manager.filter(pk__in=pks)
    for relation in model._meta.related_objects:
        if relation.many_to_many or relation.on_delete not in (models.PROTECT, models.RESTRICT):
            continue
        children = relation.related_model._base_manager.filter(**{f"{relation.field.name}__in": pks})
        if relation.related_model is model:
            rows.filter(**{f"{relation.field.name}__isnull": False}).update(**{relation.field.name: None})
            children = children.exclude(pk__in=pks)
        _delete_tree(children, counts)
    _, per_model = rows.delete()
    for label, number in per_model.items():
        if number:
            counts[label] = counts.get(label, 0) + number


def session_records_purge(*, session_id: int, now: datetime | None = None) -> dict[str, int] | None:
    """Delete one session and all of its records, if it is (still) past retention and on no hold.

    Locks the session row first, re-checks the policy under the lock (a hold set meanwhile wins), writes the
    ``records.purged`` audit event and deletes, all in one transaction. Returns the counts, or ``None`` when
    the session was not eligible (any more).
    """
    with transaction.atomic():
        session = (
            sessions_past_retention(now=now)
            .select_for_update(of=("self",))
            .select_related("studio__owner")
            .filter(pk=session_id)
            .first()
        )
        if session is None:
            return None
        seals = list(
            AuditEvent.objects.filter(
                event_type="chat.sealed", subject_type="studio.livesession", subject_id=str(session.pk)
            ).values_list("seq", "data__root")
        )
        counts: dict[str, int] = {}
        data = {
            "session_id": session.pk,
            "title": session.title,
            "rm": session.studio.owner.get_username(),
            "state": session.state,
            "record_date": session.record_date.isoformat(),
            "retention_days": settings.RECORDS_RETENTION_DAYS,
            "cutoff": retention_cutoff(now).isoformat(),
            "chat_seals": [[seq, root] for seq, root in seals],
        }
        _delete_tree(session_model().objects.filter(pk=session.pk), counts)
        audit_record(event_type=PURGE_EVENT, actor=None, subject=session, data={**data, "deleted": counts})
    logger.info("retention: deleted session %s and its records %s", session_id, counts)
    return counts


def retention_apply(*, now: datetime | None = None, limit: int = 200) -> dict[str, int]:
    """Apply the retention policy to at most ``limit`` sessions (oldest first). Idempotent; safe to repeat."""
    purged = rows = 0
    for session_id in list(sessions_past_retention(now=now).values_list("pk", flat=True)[:limit]):
        counts = session_records_purge(session_id=session_id, now=now)
        if counts is not None:
            purged += 1
            rows += sum(counts.values())
    return {"sessions": purged, "rows": rows}
