"""Review: the engine's check of a submission (run by the Celery task), officers' decisions, and re-checks.

The check claims a submission under a state guard and stores its findings exactly once; a compliance officer
(never the author) approves or rejects what was checked; a rule change re-checks approved current content
and pulls back what the new rules flag. Decisions open or close sessions' gates (``compliance.services.gate``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta
from time import perf_counter
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import models, transaction
from django.utils import timezone

from accounts.roles import is_officer
from compliance.access import submission_visible_to
from compliance.errors import ComplianceError
from compliance.models import (
    ContentKind,
    Decision,
    DecisionAction,
    Finding,
    RulePack,
    Severity,
    Submission,
    SubmissionStatus,
)
from compliance.screening import pack_compiled
from compliance.selectors import announcement_text
from compliance.services.audit import audit_record, content_sha256
from compliance.services.gate import _gate_refresh, _session_move, _sessions_of
from compliance.services.notifications import notification_create
from compliance.services.rule_packs import AUDIENCE_PACK, pack_for_author
from compliance.sessions import SessionState, session_model
from core.exceptions import ApplicationError, Conflict, Forbidden, NotFound
from observability import metrics

logger = logging.getLogger(__name__)


#: A check that has been "checking" this long is presumed dead (its worker was killed) and may be reclaimed.
#: An engine check takes milliseconds (a second to compile a pack), so 15 s is far beyond a live one; the
#: ``checks_reclaim_dead`` beat task looks every 5 s. A check that was only slow loses its claim and stores
#: nothing (the claim token guards the write), so reclaiming too early costs work, never a double result.
CHECK_RECLAIM_AFTER = timedelta(seconds=15)


SEVERITIES_NEEDING_REVIEW = (Severity.BLOCK, Severity.REVIEW)


class SubmissionCheckOutcome:
    CHECKED = "checked"
    SKIPPED = "skipped"  # already checked or being checked: a duplicate delivery
    MISSING = "missing"
    LOST_CLAIM = "lost_claim"
    FAILED = "failed"


def _claim_for_check(submission_id: int, *, token: str, is_retry: bool, now: datetime) -> Submission | None:
    with transaction.atomic():
        # NOWAIT: a concurrent delivery holding the row makes this one fail fast with OperationalError,
        # which the task treats as transient and retries later (by then it sees the result and skips).
        sub = Submission.objects.select_for_update(nowait=True, no_key=True).get(pk=submission_id)
        reclaim = sub.status == SubmissionStatus.CHECKING and (
            (sub.checking_since and sub.checking_since < now - CHECK_RECLAIM_AFTER)
            or (is_retry and sub.check_token == token)
        )
        if sub.status != SubmissionStatus.PENDING and not reclaim:
            return None
        sub.status, sub.checking_since, sub.check_token = SubmissionStatus.CHECKING, now, token
        sub.save(update_fields=["status", "checking_since", "check_token", "updated_at"])
        return sub


def submission_products(sub: Submission) -> list[dict]:
    if sub.product_id:
        return [sub.product.facts()]
    return [p.facts() for p in sub.session.featured_products.order_by("id")]


def _store_findings(sub: Submission, findings: Iterable[Any]) -> list[Finding]:
    rows = [
        Finding(
            submission=sub,
            code=f.code,
            severity=str(getattr(f.severity, "value", f.severity)),
            start=f.start,
            end=f.end,
            excerpt=f.excerpt or "",
            message=f.message or "",
            suggestion=f.suggestion or "",
        )
        for f in findings
    ]
    return Finding.objects.bulk_create(rows)


def submission_check(
    *, submission_id: int, token: str = "", is_retry: bool = False, now: datetime | None = None
) -> str:
    """Run the engine on one submission and store its findings exactly once.

    State guard: only a ``pending`` submission (or a ``checking`` one whose claim is stale or is this same
    task's earlier attempt) is claimed, in its own short transaction; the result is stored only if the
    claim still holds. A second delivery of the same task therefore checks nothing twice.
    Database errors propagate (the task retries them); a missing submission is permanent.
    """
    now = now or timezone.now()
    try:
        sub = _claim_for_check(submission_id, token=token, is_retry=is_retry, now=now)
    except Submission.DoesNotExist:
        return SubmissionCheckOutcome.MISSING
    if sub is None:
        return SubmissionCheckOutcome.SKIPPED
    claimed_at = sub.checking_since
    sub = Submission.objects.select_related("session__studio", "product").get(pk=sub.pk)
    pack = pack_for_author(sub.session.studio.owner_id if sub.session_id else sub.author_id)
    from compliance.engine import check

    try:
        compiled = pack_compiled(pack)
        started = perf_counter()
        findings = list(
            check(
                sub.text, kind=sub.kind, products=submission_products(sub), customer_risk=None, pack=compiled
            )
        )
        metrics.engine_checked("submission", perf_counter() - started)
    except Exception as exc:  # an engine bug is permanent for this text: record it, don't loop on it
        logger.exception("engine failed on submission %s", submission_id)
        with transaction.atomic():
            locked = Submission.objects.select_for_update(no_key=True).get(pk=submission_id)
            if locked.status == SubmissionStatus.CHECKING and locked.check_token == token:
                locked.status, locked.last_error = (
                    SubmissionStatus.PENDING,
                    f"{type(exc).__name__}: {exc}"[:2000],
                )
                locked.save(update_fields=["status", "last_error", "updated_at"])
                audit_record(
                    event_type="submission.check_failed",
                    actor=None,
                    subject=locked,
                    data={"error": locked.last_error, "pack": pack.label},
                )
        return SubmissionCheckOutcome.FAILED
    with transaction.atomic():
        if sub.kind in pack.data.get("auto_publish_kinds", []):
            _sessions_of(sub)  # an auto-approval moves sessions: lock them before the submission
        locked = Submission.objects.select_for_update(no_key=True).get(pk=submission_id)
        if (
            locked.status != SubmissionStatus.CHECKING
            or locked.check_token != token
            or locked.checking_since != claimed_at
        ):
            return SubmissionCheckOutcome.LOST_CLAIM
        stored = _store_findings(locked, findings)
        needs_review = any(f.severity in SEVERITIES_NEEDING_REVIEW for f in stored)
        locked.status = SubmissionStatus.FLAGGED if needs_review else SubmissionStatus.PASSED
        locked.pack, locked.checked_at, locked.last_error = pack, timezone.now(), ""
        locked.check_count += 1
        locked.save(update_fields=["status", "pack", "checked_at", "last_error", "check_count", "updated_at"])
        audit_record(
            event_type="submission.checked",
            actor=None,
            subject=locked,
            data={
                "status": locked.status,
                "pack": pack.label,
                "sha256": locked.sha256,
                "findings": [[f.code, f.severity, f.start, f.end] for f in stored],
            },
        )
        if locked.status == SubmissionStatus.PASSED and locked.kind in pack.data.get(
            "auto_publish_kinds", []
        ):
            _decide(
                locked,
                officer=None,
                action=DecisionAction.APPROVE,
                note=f"auto-published: rule pack {pack.label} lets {locked.kind} publish without findings",
            )
    return SubmissionCheckOutcome.CHECKED


def submissions_requeue_stale(*, older_than: timedelta = timedelta(minutes=5)) -> int:
    """Re-enqueue checks that never ran (broker down at commit) or whose worker died. Safe to repeat."""
    cutoff = timezone.now() - older_than
    stale = Submission.objects.filter(
        models.Q(status=SubmissionStatus.PENDING, created_at__lt=cutoff, last_error="")
        | models.Q(status=SubmissionStatus.CHECKING, checking_since__lt=timezone.now() - CHECK_RECLAIM_AFTER)
    ).values_list("id", flat=True)
    from compliance.tasks import submission_review_task

    count = 0
    for submission_id in stale:
        submission_review_task.delay(submission_id)
        count += 1
    return count


def checks_reclaim_dead() -> int:
    """Re-enqueue only the checks whose claim went stale (worker killed mid-check); cheap, run every few seconds.

    The redelivered task reclaims the stale claim (``_claim_for_check``) and completes the review; the original
    message, redelivered by the broker after its visibility timeout, then finds it done and skips.
    """
    stale = Submission.objects.filter(
        status=SubmissionStatus.CHECKING, checking_since__lt=timezone.now() - CHECK_RECLAIM_AFTER
    )
    from compliance.tasks import submission_review_task

    count = 0
    for submission_id in stale.values_list("id", flat=True):
        submission_review_task.delay(submission_id)
        count += 1
    return count


def _officer_check(submission: Submission, officer: AbstractBaseUser) -> None:
    if not is_officer(officer):
        raise Forbidden(
            "Only compliance officers decide on submissions.", code=ComplianceError.NOT_COMPLIANCE
        )
    if not submission_visible_to(officer, submission):  # another institution's content (admin, scripts)
        raise NotFound("Submission not found.")
    if submission.author_id == officer.pk:
        raise Forbidden(
            "Authors never approve or reject their own content.", code=ComplianceError.OWN_SUBMISSION
        )


def _decide(sub: Submission, *, officer: AbstractBaseUser | None, action: str, note: str) -> Decision:
    decision = Decision.objects.create(submission=sub, officer=officer, action=action, note=note)
    sub.status = SubmissionStatus.APPROVED if action == DecisionAction.APPROVE else SubmissionStatus.REJECTED
    sub.save(update_fields=["status", "updated_at"])
    audit_record(
        event_type=f"submission.{sub.status}",
        actor=officer,
        subject=sub,
        data={"note": note, "sha256": sub.sha256, "pack": sub.pack.label if sub.pack_id else None},
    )
    for session in _sessions_of(sub):
        if action == DecisionAction.REJECT and session.state == SessionState.IN_REVIEW:
            _session_move(
                session,
                SessionState.DRAFT,
                actor=officer,
                event_type="session.rejected",
                data={"submission": sub.pk},
            )
            notification_create(
                recipient=session.studio.owner,
                kind="submission_rejected",
                session=session,
                submission=sub,
                message=f"{sub.subject_label} was rejected: {note}",
            )
        else:
            _gate_refresh(session, actor=officer)
    return decision


def _lock_for_decision(submission: Submission, officer: AbstractBaseUser) -> Submission:
    sub = (
        Submission.objects.select_for_update(no_key=True, of=("self",))
        .select_related("pack")
        .get(pk=submission.pk)
    )
    _officer_check(sub, officer)
    if sub.withdrawn_at is not None:
        raise Conflict(
            "This version was withdrawn; decide on the current one.", code=ComplianceError.WITHDRAWN
        )
    if sub.status in (SubmissionStatus.PENDING, SubmissionStatus.CHECKING):
        raise Conflict("The engine has not checked this submission yet.", code=ComplianceError.NOT_CHECKED)
    if sub.status in (SubmissionStatus.APPROVED, SubmissionStatus.REJECTED):
        raise Conflict(f"This submission is already {sub.status}.", code=ComplianceError.ALREADY_DECIDED)
    return sub


@transaction.atomic
def submission_approve(*, submission: Submission, officer: AbstractBaseUser, note: str = "") -> Submission:
    """A compliance officer (never the author) approves checked content; ``block`` findings cannot be approved.

    Opens the gate of every session that this approval completes (in review → approved).
    """
    _sessions_of(submission)  # lock the sessions first, in the same order as the studio's edits do
    sub = _lock_for_decision(submission, officer)
    blocking = list(sub.findings.filter(severity=Severity.BLOCK).values_list("code", flat=True))
    if blocking:
        raise Conflict(
            "Content with block findings cannot be approved; reject it so the author fixes it.",
            code=ComplianceError.HAS_BLOCK_FINDINGS,
            details={"codes": sorted(set(blocking))},
        )
    _decide(sub, officer=officer, action=DecisionAction.APPROVE, note=note.strip())
    submission.status = sub.status
    return sub


@transaction.atomic
def submission_reject(*, submission: Submission, officer: AbstractBaseUser, note: str) -> Submission:
    """A compliance officer (never the author) rejects content, with a note saying why (required).

    Sessions in review that use this content go back to draft and their RM is notified.
    """
    note = (note or "").strip()
    if not note:
        raise ApplicationError(
            "Say why the content is rejected: a note is required.", code=ComplianceError.NOTE_REQUIRED
        )
    _sessions_of(submission)
    sub = _lock_for_decision(submission, officer)
    _decide(sub, officer=officer, action=DecisionAction.REJECT, note=note)
    submission.status = sub.status
    return sub


def _recheck_candidates() -> list[Submission]:
    open_sessions = session_model().objects.exclude(state=SessionState.ENDED)
    subs = (
        Submission.objects.filter(status=SubmissionStatus.APPROVED, withdrawn_at__isnull=True)
        .filter(
            models.Q(session__in=open_sessions) | models.Q(product__featured_in_sessions__in=open_sessions)
        )
        .distinct()
        .select_related("session__studio", "product")
    )
    current = []
    for sub in subs:
        text = (
            sub.product.card_text
            if sub.product_id
            else (sub.session.script if sub.kind == ContentKind.SCRIPT else announcement_text(sub.session))
        )
        if content_sha256(text) == sub.sha256:
            current.append(sub)
    return current


def rule_pack_recheck(*, pack_id: int) -> dict[str, int]:
    """Re-check approved current content of sessions not ended with pack ``pack_id``. Idempotent.

    Content whose new check has a ``block`` or ``review`` finding its approved check did not have is
    pulled back: its approval is withdrawn, a new flagged submission with the new findings takes its
    place, approved sessions go back to in review, and each session's RM gets a notification.
    """
    pack = RulePack.objects.get(pk=pack_id)
    if not pack.is_active or pack.name == AUDIENCE_PACK:  # a newer version's own re-check covers it; the
        return {"rechecked": 0, "pulled_back": 0}  # audience pack never judges gate content
    from compliance.engine import check

    compiled = pack_compiled(pack)
    rechecked = pulled = 0
    for sub in _recheck_candidates():
        if sub.pack_id == pack.id:
            continue
        findings = list(check(sub.text, kind=sub.kind, products=submission_products(sub), pack=compiled))
        rechecked += 1
        old = {(f.code, f.severity) for f in sub.findings.all()}
        new = sorted(
            {(f.code, str(getattr(f.severity, "value", f.severity))) for f in findings} - old, key=str
        )
        new = [pair for pair in new if pair[1] in SEVERITIES_NEEDING_REVIEW]
        with transaction.atomic():
            if new:
                _sessions_of(sub)  # a pull-back moves sessions: lock them before the submission
            locked = Submission.objects.select_for_update(no_key=True).get(pk=sub.pk)
            if locked.status != SubmissionStatus.APPROVED or locked.withdrawn_at or locked.pack_id == pack.id:
                continue
            if not new:
                locked.pack = pack
                locked.save(update_fields=["pack", "updated_at"])
                audit_record(
                    event_type="submission.rechecked",
                    actor=None,
                    subject=locked,
                    data={"pack": pack.label, "new_findings": []},
                )
                continue
            pulled += 1
            _pull_back(locked, pack=pack, findings=findings, new=new)
    return {"rechecked": rechecked, "pulled_back": pulled}


def _pull_back(sub: Submission, *, pack: RulePack, findings: list, new: list) -> Submission:
    now = timezone.now()
    codes = [code for code, _ in new]
    sub.withdrawn_at, sub.withdrawn_reason = now, f"rule pack {pack.label} found: {', '.join(codes)}"[:200]
    sub.save(update_fields=["withdrawn_at", "withdrawn_reason", "updated_at"])
    audit_record(
        event_type="submission.withdrawn",
        actor=None,
        subject=sub,
        data={"reason": sub.withdrawn_reason, "pack": pack.label, "new_findings": codes},
    )
    replacement = Submission.objects.create(
        kind=sub.kind,
        text=sub.text,
        sha256=sub.sha256,
        author=sub.author,
        session=sub.session,
        product=sub.product,
        status=SubmissionStatus.CHECKING,
        pack=pack,
    )
    stored = _store_findings(replacement, findings)
    replacement.status, replacement.checked_at, replacement.check_count = SubmissionStatus.FLAGGED, now, 1
    replacement.save(update_fields=["status", "checked_at", "check_count", "updated_at"])
    audit_record(
        event_type="submission.created",
        actor=None,
        subject=replacement,
        data={"kind": sub.kind, "sha256": sub.sha256, "replaces": sub.pk, "reason": "rule change"},
    )
    audit_record(
        event_type="submission.checked",
        actor=None,
        subject=replacement,
        data={
            "status": replacement.status,
            "pack": pack.label,
            "sha256": replacement.sha256,
            "findings": [[f.code, f.severity, f.start, f.end] for f in stored],
        },
    )
    for session in _sessions_of(sub):
        was = session.state
        _gate_refresh(session, actor=None)
        notification_create(
            recipient=session.studio.owner,
            kind="approval_withdrawn",
            session=session,
            submission=replacement,
            message=(
                f"A rule change ({pack.label}) pulled {sub.subject_label} back to review: "
                f"{', '.join(codes)}."
                + (" The session is live; review it now." if was == SessionState.LIVE else "")
            ),
        )
    return replacement
