"""Submissions: one piece of content (script, announcement, product card) handed to the publishing gate.

``content_submit`` creates a submission and enqueues its check after commit; it is idempotent per content and
withdraws older versions of the same subject. A session copied from an approved template (a campaign's)
takes over the template's approval for unedited content (``template_source_register``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from django.contrib.auth.models import AbstractBaseUser
from django.db import models, transaction
from django.utils import timezone

from compliance.errors import ComplianceError
from compliance.models import (
    UNDECIDED_STATUSES,
    ContentKind,
    Decision,
    DecisionAction,
    Finding,
    Submission,
    SubmissionStatus,
)
from compliance.selectors import ContentItem, announcement_text
from compliance.services.audit import audit_record, content_sha256
from compliance.sessions import session_model
from core.exceptions import ApplicationError
from products.models import Product

if TYPE_CHECKING:
    from studio.models import LiveSession

#: The longest text a submission may hold: a script at its limit plus room. It bounds the review work (the
#: engine's time grows with the text), the stored findings and the officer's page for one submission.
SUBMISSION_MAX_CHARS = 24_000


def _active_submissions(item: ContentItem, session: LiveSession | None) -> models.QuerySet[Submission]:
    subject = {"product": item.product} if item.product else {"session": session}
    return Submission.objects.filter(kind=item.kind, withdrawn_at__isnull=True, **subject)


def _enqueue_check(submission: Submission) -> None:
    from compliance.tasks import submission_review_task

    submission_id = submission.id
    transaction.on_commit(lambda: submission_review_task.delay(submission_id))


# A session may be a copy of an approved template (a campaign's): a function registered at start-up
# names the template session of a session id, or None. Registered by apps above this one (campaigns).
_template_sources: list[Callable[[int], int | None]] = []


def template_source_register(source: Callable[[int], int | None]) -> None:
    """Register ``source(session_id) -> template session id | None`` (idempotent)."""
    if source not in _template_sources:
        _template_sources.append(source)


def _announcement_core(session: LiveSession) -> str:
    """The campaign's part of an announcement: what a copy shares with its template (not the studio's part)."""
    return "\n".join(
        p.strip() for p in (session.title, session.description, session.playback_url) if p and p.strip()
    )


def _studio_part(session: LiveSession) -> str:
    return "\n".join(p.strip() for p in (session.studio.name, session.studio.description) if p and p.strip())


def _studio_part_approved(session: LiveSession) -> bool:
    """The studio's name and description (shown in every announcement) were approved by an officer before."""
    return Submission.objects.filter(
        kind=ContentKind.ANNOUNCEMENT,
        status=SubmissionStatus.APPROVED,
        session__studio_id=session.studio_id,
        decision__officer__isnull=False,
        text__contains="\n" + _studio_part(session),
    ).exists()


def _template_approval(item: ContentItem, session: LiveSession) -> Submission | None:
    """The approved, current submission of ``session``'s template that ``item`` copies unedited, if any.

    A script copies the template's script exactly (same SHA-256). An announcement also names the RM's own
    studio (its name and description), which the template cannot cover: it qualifies when its campaign part
    equals the template's and the studio's part was approved by an officer before (once per studio).
    """
    for source in _template_sources:
        template_id = source(session.pk)
        if template_id is None or template_id == session.pk:
            continue
        sha = item.sha256
        if item.kind == ContentKind.ANNOUNCEMENT:
            template = session_model().objects.select_related("studio").get(pk=template_id)
            if _announcement_core(session) != _announcement_core(template) or not _studio_part_approved(
                session
            ):
                continue
            sha = content_sha256(announcement_text(template))
        approved = (
            Submission.objects.select_related("decision", "pack")
            .filter(
                session_id=template_id,
                kind=item.kind,
                sha256=sha,
                status=SubmissionStatus.APPROVED,
                withdrawn_at__isnull=True,
            )
            .order_by("-id")
            .first()
        )
        if approved is not None:
            return approved
    return None


def _approve_from_template(
    item: ContentItem, session: LiveSession, author: AbstractBaseUser, template: Submission
) -> Submission:
    """Approve a copy of approved template content: same hash, so no second review (approve once)."""
    submission = Submission.objects.create(
        kind=item.kind,
        text=item.text,
        sha256=item.sha256,
        author=author,
        session=session,
        status=SubmissionStatus.APPROVED,
        pack=template.pack,
        checked_at=timezone.now(),
    )
    Finding.objects.bulk_create(
        [
            Finding(
                submission=submission,
                code=f.code,
                severity=f.severity,
                start=f.start,
                end=f.end,
                excerpt=f.excerpt,
                message=f.message,
                suggestion=f.suggestion,
            )
            for f in template.findings.all()
        ]
    )
    note = f"approved once as template content (submission #{template.pk})"
    Decision.objects.create(
        submission=submission, officer=template.decision.officer, action=DecisionAction.APPROVE, note=note
    )
    audit_record(
        event_type="submission.approved_by_template",
        actor=author,
        subject=submission,
        data={
            "kind": item.kind,
            "sha256": item.sha256,
            "session": session.pk,
            "template": template.pk,
            "pack": template.pack.label if template.pack_id else None,
        },
    )
    return submission


@transaction.atomic
def content_submit(
    *,
    kind: str,
    text: str,
    author: AbstractBaseUser,
    session: LiveSession | None = None,
    product: Product | None = None,
) -> Submission:
    """Create a submission for one piece of content and enqueue its check after commit.

    Idempotent per content: when a submission of the same subject and text is already waiting or
    approved (and not withdrawn), that one is returned and nothing new is created. Older versions of
    the same subject are withdrawn (superseded), so only the current text can open the gate.
    """
    if kind not in ContentKind.values:
        raise ApplicationError(f"Unknown content kind {kind!r}.", code=ComplianceError.INVALID_KIND)
    if len(text) > SUBMISSION_MAX_CHARS:
        raise ApplicationError(
            f"The text is too long to review: at most {SUBMISSION_MAX_CHARS} characters.",
            code=ComplianceError.TOO_LONG,
            details={"limit": SUBMISSION_MAX_CHARS, "length": len(text)},
        )
    if (kind == ContentKind.PRODUCT_CARD) != (product is not None) or (product is None) == (session is None):
        raise ApplicationError(
            "A product card names its product; a script or an announcement its session.",
            code=ComplianceError.INVALID_SUBJECT,
        )
    if product is not None:
        # Two sessions featuring one product may be submitted at once: serialise on the product so its
        # card gets one submission, not two. (A session's own content is serialised by its session lock.)
        list(
            Product.objects.select_for_update(no_key=True).filter(pk=product.pk).values_list("pk", flat=True)
        )
    item = ContentItem(kind, text, product)
    sha = item.sha256
    existing = (
        _active_submissions(item, session)
        .filter(sha256=sha, status__in=[*UNDECIDED_STATUSES, SubmissionStatus.APPROVED])
        .order_by("-id")
        .first()
    )
    if existing is not None:
        return existing
    _withdraw_stale(item, session, current_sha=sha, actor=author)
    template = _template_approval(item, session) if session is not None else None
    if template is not None:
        return _approve_from_template(item, session, author, template)
    submission = Submission.objects.create(
        kind=kind,
        text=text,
        sha256=sha,
        author=author,
        session=session,
        product=product,
        status=SubmissionStatus.PENDING,
    )
    audit_record(
        event_type="submission.created",
        actor=author,
        subject=submission,
        data={
            "kind": kind,
            "sha256": sha,
            "session": session.pk if session else None,
            "product": product.pk if product else None,
            "length": len(text),
        },
    )
    _enqueue_check(submission)
    return submission


def _withdraw_stale(
    item: ContentItem, session: LiveSession | None, *, current_sha: str, actor: AbstractBaseUser | None
) -> int:
    stale = list(
        _active_submissions(item, session)
        .exclude(sha256=current_sha)
        .exclude(status=SubmissionStatus.REJECTED)
    )
    now = timezone.now()
    for sub in stale:
        sub.withdrawn_at, sub.withdrawn_reason = now, "superseded by newer content"
        sub.save(update_fields=["withdrawn_at", "withdrawn_reason", "updated_at"])
        audit_record(
            event_type="submission.withdrawn",
            actor=actor,
            subject=sub,
            data={"reason": sub.withdrawn_reason, "status": sub.status, "sha256": sub.sha256},
        )
    return len(stale)
