"""The gate's side of a product write: audit it and re-check what was approved against the old facts.

``products.services`` calls these through hooks registered in ``ComplianceConfig.ready`` (the gate sits
above products, so products cannot call it directly). The engine checks a script, an announcement or a card
against the featured products' facts (risk level, principal protection, benchmarks, type): when the facts
change, an approval given under the old facts may no longer hold. Each such approved, current submission is
checked again with the new facts; content with a ``block`` or ``review`` finding its approved check did not
have is pulled back to review exactly as a rule change pulls it back (``compliance.services.review._pull_back``).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import models

from compliance.models import ContentKind, Submission, SubmissionStatus
from compliance.screening import pack_compiled
from compliance.selectors import announcement_text
from compliance.services.audit import audit_record, content_sha256
from compliance.services.gate import _gate_refresh, _lock_session, product_card_changed
from compliance.services.review import SEVERITIES_NEEDING_REVIEW, _pull_back, submission_products
from compliance.services.rule_packs import pack_active, pack_name_for
from compliance.sessions import SessionState, session_model
from products.models import Product

if TYPE_CHECKING:
    from studio.models import LiveSession

#: Facts the engine or suitability reads: a change to one of them re-checks the approvals that relied on it.
CHECKED_FACTS = frozenset(
    {
        "code",
        "name",
        "type",
        "risk_level",
        "benchmark_min",
        "benchmark_max",
        "principal_protected",
        "term_days",
        "issuer",
    }
)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def product_sessions_lock(product_id: int) -> list[LiveSession]:
    """Lock the sessions not ended that feature the product, in id order (sessions before products)."""
    return [
        _lock_session(s)
        for s in session_model()
        .objects.filter(featured_products=product_id)
        .exclude(state=SessionState.ENDED)
        .order_by("id")
    ]


def _approved_relying_on(product: Product) -> list[Submission]:
    """Approved, not withdrawn submissions at their subject's current text that were checked with this
    product's facts: its card, and the scripts and announcements of sessions not ended that feature it."""
    open_sessions = (
        session_model().objects.filter(featured_products=product).exclude(state=SessionState.ENDED)
    )
    subs = (
        Submission.objects.filter(status=SubmissionStatus.APPROVED, withdrawn_at__isnull=True)
        .filter(models.Q(product=product) | models.Q(session__in=open_sessions))
        .select_related("session__studio", "product")
        .order_by("id")
    )
    current = []
    for sub in subs:
        if sub.product_id:
            text = sub.product.card_text
        else:
            text = sub.session.script if sub.kind == ContentKind.SCRIPT else announcement_text(sub.session)
        if content_sha256(text) == sub.sha256:
            current.append(sub)
    return current


def approvals_recheck(subs: list[Submission], *, reason: str) -> dict[str, int]:
    """Check ``subs`` (approved, current) again with the current facts of their products; pull back those the
    facts now break. Runs inside the caller's transaction with the sessions locked."""
    from compliance.engine import check

    pack = pack_active(pack_name_for())
    compiled = pack_compiled(pack)
    rechecked = pulled = 0
    for sub in subs:
        findings = list(check(sub.text, kind=sub.kind, products=submission_products(sub), pack=compiled))
        rechecked += 1
        old = {(f.code, f.severity) for f in sub.findings.all()}
        new = sorted(
            {(f.code, str(getattr(f.severity, "value", f.severity))) for f in findings} - old, key=str
        )
        new = [pair for pair in new if pair[1] in SEVERITIES_NEEDING_REVIEW]
        audit_record(
            event_type="submission.rechecked",
            actor=None,
            subject=sub,
            data={"pack": pack.label, "reason": reason, "new_findings": [code for code, _ in new]},
        )
        if new:
            pulled += 1
            _pull_back(
                Submission.objects.select_for_update(no_key=True).get(pk=sub.pk),
                pack=pack,
                findings=findings,
                new=new,
            )
    return {"rechecked": rechecked, "pulled_back": pulled}


def product_facts_recheck(*, product: Product) -> dict[str, int]:
    """Every approval that relied on ``product``'s facts, checked again with the new ones."""
    return approvals_recheck(_approved_relying_on(product), reason=f"product {product.code} facts changed")


def session_products_recheck(*, session: LiveSession) -> dict[str, int]:
    """The session's featured products changed: its approved script and announcement were checked against the
    old set's facts, so they are checked again against the new set (the new cards face the gate themselves)."""
    if session.state in (SessionState.DRAFT, SessionState.ENDED):
        return {"rechecked": 0, "pulled_back": 0}
    subs = [
        sub
        for sub in Submission.objects.filter(
            session=session, status=SubmissionStatus.APPROVED, withdrawn_at__isnull=True
        ).select_related("session__studio")
        if content_sha256(
            sub.session.script if sub.kind == ContentKind.SCRIPT else announcement_text(sub.session)
        )
        == sub.sha256
    ]
    result = approvals_recheck(subs, reason="featured products changed")
    _gate_refresh(_lock_session(session), actor=None)
    return result


def product_changed(
    *, product: Product, actor: AbstractBaseUser, changes: dict[str, tuple], created: bool
) -> None:
    """Audit a product write; a new card text goes to review, changed facts re-check the approvals."""
    audit_record(
        event_type="product.created" if created else "product.updated",
        actor=actor,
        subject=product,
        data={
            "code": product.code,
            "changes": {name: [_jsonable(a), _jsonable(b)] for name, (a, b) in sorted(changes.items())},
        },
    )
    if created:
        return
    if "card_text" in changes:
        product_card_changed(product=product, actor=actor)
    if CHECKED_FACTS & set(changes):
        product_facts_recheck(product=product)
