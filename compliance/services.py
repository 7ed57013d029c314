"""The publishing gate and everything that feeds it: rule packs, submissions, checks, decisions, audit.

This module is the ORM ↔ engine adapter. Views, admin, consumers and tasks call these functions; they
own the transactions, the state rules and the audit events. ``compliance.engine`` is imported lazily so
that importing this module never depends on the engine's state.

The gate (DESIGN.md "The publishing gate"): a session may be published or go live only when its script,
its announcement (title + description) and the card text of every featured product each have an
approved, not withdrawn submission at the text's current SHA-256. ``gate_blockers`` says what is missing.

Lock order, to keep concurrent edits, decisions, checks and re-checks free of deadlocks: live sessions
(by id) first, then products, then submissions, then the audit chain head (taken by ``audit_record``,
held to commit).
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from accounts.roles import Role, has_role
from compliance.access import submission_visible_to
from compliance.models import (
    UNDECIDED_STATUSES,
    AuditChainHead,
    AuditEvent,
    ContentKind,
    Decision,
    DecisionAction,
    Finding,
    Notification,
    Rule,
    RulePack,
    Severity,
    Submission,
    SubmissionStatus,
)
from core.exceptions import ApplicationError, Conflict, Forbidden, NotFound
from organisations.selectors import institution_of_user_id
from products.models import Product
from studio.models import LiveSession, SessionState

logger = logging.getLogger(__name__)

#: A check that has been "checking" this long is presumed dead (its worker was killed) and may be reclaimed.
#: An engine check takes milliseconds (a second to compile a pack), so 15 s is far beyond a live one; the
#: ``checks_reclaim_dead`` beat task looks every 5 s. A check that was only slow loses its claim and stores
#: nothing (the claim token guards the write), so reclaiming too early costs work, never a double result.
CHECK_RECLAIM_AFTER = timedelta(seconds=15)
ACTIVE_PACK_TTL_SECONDS = 5.0
SEVERITIES_NEEDING_REVIEW = (Severity.BLOCK, Severity.REVIEW)
DEFAULT_PACK = "cn"
#: Screens customers' lines in live rooms (studio.screening), never content on the publishing gate.
AUDIENCE_PACK = "audience"
#: The longest text a submission may hold: a script at its limit plus room. It bounds the review work (the
#: engine's time grows with the text), the stored findings and the officer's page for one submission.
SUBMISSION_MAX_CHARS = 24_000
LANG_TO_PACK = {"zh": "cn", "en": "us"}


# ---------------------------------------------------------------------------------------------------------
# Hashing and the audit trail


def content_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def canonical_json(value: Any) -> str:
    """The one serialisation that hashes are computed over: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _audit_at(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def audit_event_hash(*, seq: int, at: datetime, event_type: str, actor_id: int | None, actor_name: str,
                     subject_type: str, subject_id: str, data: Any, prev_hash: str) -> str:
    payload = {
        "seq": seq, "at": _audit_at(at), "type": event_type, "actor_id": actor_id, "actor": actor_name,
        "subject_type": subject_type, "subject_id": subject_id, "data": data, "prev": prev_hash,
    }
    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()


def audit_event_expected_hash(event: AuditEvent) -> str:
    return audit_event_hash(
        seq=event.seq, at=event.at, event_type=event.event_type, actor_id=event.actor_id,
        actor_name=event.actor_name, subject_type=event.subject_type, subject_id=event.subject_id,
        data=event.data, prev_hash=event.prev_hash,
    )


def _subject_ref(subject: models.Model | None) -> tuple[str, str]:
    if subject is None:
        return "", ""
    return f"{subject._meta.app_label}.{subject._meta.model_name}", str(subject.pk)


@transaction.atomic
def audit_record(*, event_type: str, actor: AbstractBaseUser | None, subject: models.Model | None,
                 data: dict[str, Any] | None = None) -> AuditEvent:
    """Append one event to the hash chain, inside the caller's transaction.

    Locks the chain head row until the transaction ends, so concurrent appends queue up instead of
    forking the chain; an append rolled back with its transaction leaves no gap.
    """
    head, _ = AuditChainHead.objects.select_for_update().get_or_create(id=1)
    data = json.loads(canonical_json(data or {}))  # what the database returns is what was hashed
    actor_id = actor.pk if actor is not None and actor.is_authenticated else None
    actor_name = actor.get_username() if actor_id is not None else ""
    subject_type, subject_id = _subject_ref(subject)
    at = timezone.now()
    seq = head.last_seq + 1
    digest = audit_event_hash(
        seq=seq, at=at, event_type=event_type, actor_id=actor_id, actor_name=actor_name,
        subject_type=subject_type, subject_id=subject_id, data=data, prev_hash=head.last_hash,
    )
    event = AuditEvent.objects.create(
        seq=seq, at=at, event_type=event_type, actor_id=actor_id, actor_name=actor_name,
        subject_type=subject_type, subject_id=subject_id, data=data, prev_hash=head.last_hash, hash=digest,
    )
    head.last_seq, head.last_hash = seq, digest
    head.save(update_fields=["last_seq", "last_hash"])
    return event


@dataclass(frozen=True)
class AuditProblem:
    kind: str  # "edited" | "inserted" | "deleted" | a registered verifier's kind ("recording")
    event_id: int | None
    seq: int | None
    message: str


#: Checks of things the chain vouches for but that live outside it (stored recordings' bytes), added by the
#: apps that own them at start-up (``AppConfig.ready``). The seam keeps the dependency pointing down: an app
#: above compliance registers here instead of compliance importing it.
AUDIT_VERIFIERS: list[Callable[[], Iterable[AuditProblem]]] = []


def audit_verifier_register(verifier: Callable[[], Iterable[AuditProblem]]) -> None:
    """Add a check that ``audit_verify`` runs after walking the chain (idempotent)."""
    if verifier not in AUDIT_VERIFIERS:
        AUDIT_VERIFIERS.append(verifier)


def audit_verify(*, batch_size: int = 2000, registered: bool = True) -> list[AuditProblem]:
    """Walk the chain in ``seq`` order and report every edited, inserted or deleted event.

    With ``registered``, also run the checks registered by other apps (e.g. the recordings' hashes, kind
    ``"recording"``); they may read every stored file, so per-session callers pass ``False`` and check theirs.

    - edited: the stored hash does not match the row's content, or a row was re-hashed after an edit
      (the next event still links to the original hash);
    - deleted: a gap in ``seq``, or the chain ends before the head says it does;
    - inserted: a row that does not link to its predecessor, or lies beyond the chain head.
    """
    problems: list[AuditProblem] = []
    head = AuditChainHead.objects.filter(id=1).first()
    head_seq, head_hash = (head.last_seq, head.last_hash) if head else (0, "0" * 64)
    prev: AuditEvent | None = None
    prev_hash, prev_seq = "0" * 64, 0
    prev_rehashed = False
    for event in AuditEvent.objects.order_by("seq", "id").iterator(chunk_size=batch_size):
        expected = audit_event_expected_hash(event)
        content_ok = expected == event.hash
        if not content_ok:
            problems.append(AuditProblem("edited", event.id, event.seq,
                                         f"event {event.id} (seq {event.seq}) was edited: its hash does not match"))
        if event.seq > head_seq:
            problems.append(AuditProblem("inserted", event.id, event.seq,
                                         f"event {event.id} (seq {event.seq}) was inserted after the chain head "
                                         f"(seq {head_seq})"))
        elif event.seq > prev_seq + 1:
            problems.append(AuditProblem("deleted", None, prev_seq + 1,
                                         f"events with seq {prev_seq + 1}..{event.seq - 1} were deleted "
                                         f"(between event {prev.id if prev else '-'} and event {event.id})"))
        elif event.prev_hash != prev_hash and prev is not None and not prev_rehashed:
            if content_ok and audit_event_expected_hash(prev) == prev.hash:
                problems.append(AuditProblem("edited", prev.id, prev.seq,
                                             f"event {prev.id} (seq {prev.seq}) was edited and re-hashed: "
                                             f"event {event.id} links to its original hash"))
            else:
                problems.append(AuditProblem("inserted", event.id, event.seq,
                                             f"event {event.id} (seq {event.seq}) does not link to event {prev.id}"))
        elif event.prev_hash != prev_hash and prev is None:
            problems.append(AuditProblem("deleted", None, 1,
                                         f"the chain's first events were deleted before event {event.id}"))
        prev_rehashed = not content_ok
        prev, prev_hash, prev_seq = event, event.hash, event.seq
    if prev_seq < head_seq:
        problems.append(AuditProblem("deleted", None, prev_seq + 1,
                                     f"events with seq {prev_seq + 1}..{head_seq} at the end of the chain were deleted"))
    elif prev is not None and prev_seq == head_seq and prev_hash != head_hash:
        problems.append(AuditProblem("edited", prev.id, prev.seq,
                                     f"event {prev.id} (seq {prev.seq}) does not match the chain head"))
    if registered:
        for verifier in AUDIT_VERIFIERS:
            problems.extend(verifier())
    return problems


# ---------------------------------------------------------------------------------------------------------
# Rule packs


def _pack_digest(data: dict) -> str:
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


_compiled_cache: dict[str, Any] = {}
_active_cache: dict[str, tuple[float, RulePack]] = {}


def pack_compiled(pack: RulePack):
    """The engine's compiled form of ``pack`` (cached per process by content digest)."""
    compiled = _compiled_cache.get(pack.digest)
    if compiled is None:
        from compliance.engine import compile_pack

        compiled = compile_pack(pack.data)
        if len(_compiled_cache) > 32:
            _compiled_cache.clear()
        _compiled_cache[pack.digest] = compiled
    return compiled


def _rules_of(data: dict) -> list[dict]:
    rules = data.get("rules")
    if not isinstance(rules, list) or not all(isinstance(r, dict) and r.get("code") for r in rules):
        raise ApplicationError("A rule pack needs a list of rules, each with a code.", code="invalid_pack")
    return rules


@transaction.atomic
def rule_pack_create(*, name: str, data: dict, actor: AbstractBaseUser | None, note: str = "",
                     change: dict | None = None) -> RulePack:
    """Store ``data`` as the next version of pack ``name`` and make it the active one.

    The data must compile (a broken rule never becomes active). Records ``rulepack.changed`` (or
    ``rulepack.loaded`` for the first version) and, after commit, enqueues the re-check of approved content.
    """
    rules = _rules_of(data)
    from compliance.engine import compile_pack

    try:
        compile_pack(data)
    except Exception as exc:  # the engine's own validation errors; they are the editor's to fix
        raise ApplicationError(f"The rule pack does not compile: {exc}", code="invalid_pack") from exc
    current = RulePack.objects.select_for_update().filter(name=name, is_active=True).first()
    last_version = (
        RulePack.objects.filter(name=name).aggregate(v=models.Max("version"))["v"] or 0
    )
    if current is not None:
        current.is_active = False
        current.save(update_fields=["is_active", "updated_at"])
    pack = RulePack.objects.create(
        name=name, version=last_version + 1, source_version=str(data.get("version", "")), data=data,
        digest=_pack_digest(data), is_active=True, created_by=actor, note=note,
    )
    Rule.objects.bulk_create([
        Rule(pack=pack, code=r["code"], severity=r.get("severity", Severity.REVIEW),
             enabled=bool(r.get("enabled", True)), definition=r)
        for r in rules
    ])
    audit_record(
        event_type="rulepack.changed" if current else "rulepack.loaded", actor=actor, subject=pack,
        data={"pack": pack.label, "previous": current.label if current else None, "digest": pack.digest,
              "note": note, "change": change or {}},
    )
    _active_cache.pop(name, None)
    if current is not None:
        from compliance.tasks import rule_pack_recheck_task

        pack_id = pack.id
        transaction.on_commit(lambda: rule_pack_recheck_task.delay(pack_id))
    return pack


def rule_packs_load(*, names: Iterable[str] = ("cn", "us", AUDIENCE_PACK), force: bool = False,
                    actor: AbstractBaseUser | None = None) -> list[RulePack]:
    """Load the repository's pack files into the database. Idempotent.

    A pack that already has an active version is left alone unless ``force`` is given and the file
    differs from it, so officers' edits in admin are never overwritten silently.
    """
    from compliance.engine import load_pack_data

    loaded = []
    for name in names:
        data = load_pack_data(name)
        active = RulePack.objects.filter(name=name, is_active=True).first()
        if active is not None and (not force or active.digest == _pack_digest(data)):
            continue
        loaded.append(rule_pack_create(name=name, data=data, actor=actor, note="loaded from the pack file"))
    return loaded


def pack_active(name: str) -> RulePack:
    """The active version of pack ``name``; loads it from the pack file if the database has none yet."""
    pack = RulePack.objects.filter(name=name, is_active=True).first()
    if pack is None:
        try:
            rule_packs_load(names=[name])
        except IntegrityError:  # another process loaded it at the same moment: use theirs
            pass
        pack = RulePack.objects.filter(name=name, is_active=True).first()
    if pack is None:
        raise NotFound(f"There is no rule pack named {name!r}.", code="unknown_pack")
    return pack


def pack_for_author(author_id: int | None) -> RulePack:
    """The pack that checks content of ``author_id``: their institution's choice, extended by its words.

    An institution with ``extra_words`` gets a derived pack ``<base>+<code>``: the base pack's data with
    the words added, stored as a versioned ``RulePack`` (a new version whenever the base or the words
    change), so each stored check names exactly which rules ran. Unscoped authors get the default pack.
    """
    institution = institution_of_user_id(author_id)
    if institution is None:
        return pack_active(pack_name_for())
    base = pack_active(institution.pack_name)
    if not institution.extra_words:
        return base
    data = {**base.data, "extra_words": [*(base.data.get("extra_words") or []),
                                         *[list(pair) for pair in institution.extra_words]],
            "extends": base.label}
    name = institution.effective_pack_name
    active = RulePack.objects.filter(name=name, is_active=True).first()
    if active is not None and active.digest == _pack_digest(data):
        return active
    try:
        with transaction.atomic():
            return rule_pack_create(name=name, data=data, actor=None,
                                    note=f"{base.label} extended by {institution.code}")
    except IntegrityError:  # another process derived it at the same moment: use theirs
        return RulePack.objects.get(name=name, is_active=True)


def pack_name_for_author(author_id: int | None) -> str:
    """The name of the pack ``pack_for_author`` returns (one query; the pack itself may not exist yet)."""
    return pack_names_for_author(author_id)[0]


def pack_names_for_author(author_id: int | None) -> tuple[str, str]:
    """``(name, base name)`` of the pack ``pack_for_author`` returns (one query); equal unless derived.

    A derived pack is only as current as its base: callers that cache it key on both digests, so a
    new base version re-derives it (``pack_for_author``) at the next check.
    """
    institution = institution_of_user_id(author_id)
    if institution is None:
        name = pack_name_for()
        return name, name
    return institution.effective_pack_name, institution.pack_name


def _pack_active_cached(name: str) -> RulePack:
    hit = _active_cache.get(name)
    if hit and time.monotonic() - hit[0] < ACTIVE_PACK_TTL_SECONDS:
        return hit[1]
    pack = pack_active(name)
    _active_cache[name] = (time.monotonic(), pack)
    return pack


def _rule_changed(rule: Rule, *, severity: str | None, enabled: bool | None,
                  definition: dict | None) -> dict:
    new_definition = definition if definition is not None else rule.definition
    if not isinstance(new_definition, dict):
        raise ApplicationError("A rule definition is a JSON object.", code="invalid_rule")
    new_definition = {**new_definition, "code": rule.code}
    if severity is not None:
        if severity not in Severity.values:
            raise ApplicationError(f"Unknown severity {severity!r}.", code="invalid_rule")
        new_definition["severity"] = severity
    if enabled is not None:
        new_definition["enabled"] = bool(enabled)
    return new_definition


def _pack_with_rule(pack: RulePack, definition: dict) -> dict:
    rules = [definition if r.get("code") == definition["code"] else r for r in _rules_of(pack.data)]
    return {**pack.data, "rules": rules}


def rule_change_validate(*, rule: Rule, severity: str | None = None, enabled: bool | None = None,
                         definition: dict | None = None) -> dict:
    """Raise ``ApplicationError`` unless the changed rule compiles; returns the new rule definition."""
    new_definition = _rule_changed(rule, severity=severity, enabled=enabled, definition=definition)
    from compliance.engine import compile_pack

    try:
        compile_pack(_pack_with_rule(rule.pack, new_definition))
    except Exception as exc:  # the engine's validation errors are the editor's to fix
        raise ApplicationError(f"The rule does not compile: {exc}", code="invalid_rule") from exc
    return new_definition


def rule_change(*, rule: Rule, actor: AbstractBaseUser, severity: str | None = None, enabled: bool | None = None,
                definition: dict | None = None, note: str = "") -> RulePack:
    """Change one rule of the active pack: writes a new pack version (the old one stays as it was).

    Only compliance officers (or superusers) change rules. Raises ``Conflict`` when ``rule`` belongs to
    a version that is no longer active. After commit the re-check of approved content is enqueued.
    Returns the active pack (unchanged when the rule did not change).
    """
    if not (has_role(actor, Role.COMPLIANCE) or getattr(actor, "is_superuser", False)):
        raise Forbidden("Only compliance officers change rules.", code="not_compliance")
    with transaction.atomic():
        active = RulePack.objects.select_for_update().get(name=rule.pack.name, is_active=True)
        if rule.pack_id != active.id:
            raise Conflict(f"This rule belongs to {rule.pack}, which is no longer the active version "
                           f"({active}).", code="stale_pack_version")
        new_definition = _rule_changed(rule, severity=severity, enabled=enabled, definition=definition)
        if new_definition == rule.definition:
            return active
        return rule_pack_create(
            name=active.name, data=_pack_with_rule(active, new_definition), actor=actor,
            note=note or f"rule {rule.code} changed",
            change={"code": rule.code, "before": rule.definition, "after": new_definition},
        )


# ---------------------------------------------------------------------------------------------------------
# Ad-hoc checks (script editor, chat)


@dataclass(frozen=True)
class CheckResult:
    pack: RulePack
    findings: list  # compliance.engine.Finding

    def to_dict(self) -> dict:
        return {"pack": {"name": self.pack.name, "version": self.pack.version},
                "findings": [finding_as_dict(f) for f in self.findings]}


def finding_as_dict(finding: Any) -> dict:
    return {
        "code": finding.code, "severity": str(getattr(finding.severity, "value", finding.severity)),
        "start": finding.start, "end": finding.end, "excerpt": finding.excerpt,
        "message": finding.message, "suggestion": finding.suggestion,
    }


def pack_name_for(*, lang: str | None = None) -> str:
    if lang:
        return LANG_TO_PACK.get(lang, lang)
    return getattr(settings, "COMPLIANCE_PACK", DEFAULT_PACK)


def text_check(*, text: str, kind: str, products: Sequence[Product] | Sequence[dict] = (),
               customer_risk: str | None = None, pack_name: str | None = None) -> CheckResult:
    """Run the engine on ``text`` with the active pack; stores nothing. Safe for hot paths (chat)."""
    from compliance.engine import check

    pack = _pack_active_cached(pack_name or pack_name_for())
    facts = [p.facts() if isinstance(p, Product) else p for p in products]
    try:
        findings = check(text, kind=kind, products=facts, customer_risk=customer_risk, pack=pack_compiled(pack))
    except ValueError as exc:  # the engine's EngineError: bad kind, product facts or customer risk
        raise ApplicationError(str(exc), code="invalid_input") from exc
    return CheckResult(pack=pack, findings=list(findings))


# ---------------------------------------------------------------------------------------------------------
# Submissions


def announcement_text(session: LiveSession) -> str:
    """Everything the public session page shows around the script, as one reviewed text: the session's title
    and description, its studio's name and description, and the video address (empty parts left out)."""
    parts = (session.title, session.description, session.studio.name, session.studio.description,
             session.playback_url)
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
    return "\n".join(p.strip() for p in (session.title, session.description, session.playback_url) if p and p.strip())


def _studio_part(session: LiveSession) -> str:
    return "\n".join(p.strip() for p in (session.studio.name, session.studio.description) if p and p.strip())


def _studio_part_approved(session: LiveSession) -> bool:
    """The studio's name and description (shown in every announcement) were approved by an officer before."""
    return Submission.objects.filter(
        kind=ContentKind.ANNOUNCEMENT, status=SubmissionStatus.APPROVED, session__studio_id=session.studio_id,
        decision__officer__isnull=False, text__contains="\n" + _studio_part(session),
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
            template = LiveSession.objects.select_related("studio").get(pk=template_id)
            if _announcement_core(session) != _announcement_core(template) or not _studio_part_approved(session):
                continue
            sha = content_sha256(announcement_text(template))
        approved = Submission.objects.select_related("decision", "pack").filter(
            session_id=template_id, kind=item.kind, sha256=sha, status=SubmissionStatus.APPROVED,
            withdrawn_at__isnull=True).order_by("-id").first()
        if approved is not None:
            return approved
    return None


def _approve_from_template(item: ContentItem, session: LiveSession, author: AbstractBaseUser,
                           template: Submission) -> Submission:
    """Approve a copy of approved template content: same hash, so no second review (approve once)."""
    submission = Submission.objects.create(
        kind=item.kind, text=item.text, sha256=item.sha256, author=author, session=session,
        status=SubmissionStatus.APPROVED, pack=template.pack, checked_at=timezone.now(),
    )
    Finding.objects.bulk_create([Finding(submission=submission, code=f.code, severity=f.severity, start=f.start,
                                         end=f.end, excerpt=f.excerpt, message=f.message, suggestion=f.suggestion)
                                 for f in template.findings.all()])
    note = f"approved once as template content (submission #{template.pk})"
    Decision.objects.create(submission=submission, officer=template.decision.officer, action=DecisionAction.APPROVE,
                            note=note)
    audit_record(event_type="submission.approved_by_template", actor=author, subject=submission,
                 data={"kind": item.kind, "sha256": item.sha256, "session": session.pk, "template": template.pk,
                       "pack": template.pack.label if template.pack_id else None})
    return submission


@transaction.atomic
def content_submit(*, kind: str, text: str, author: AbstractBaseUser, session: LiveSession | None = None,
                   product: Product | None = None) -> Submission:
    """Create a submission for one piece of content and enqueue its check after commit.

    Idempotent per content: when a submission of the same subject and text is already waiting or
    approved (and not withdrawn), that one is returned and nothing new is created. Older versions of
    the same subject are withdrawn (superseded), so only the current text can open the gate.
    """
    if kind not in ContentKind.values:
        raise ApplicationError(f"Unknown content kind {kind!r}.", code="invalid_kind")
    if len(text) > SUBMISSION_MAX_CHARS:
        raise ApplicationError(f"The text is too long to review: at most {SUBMISSION_MAX_CHARS} characters.",
                               code="too_long", details={"limit": SUBMISSION_MAX_CHARS, "length": len(text)})
    if (kind == ContentKind.PRODUCT_CARD) != (product is not None) or (product is None) == (session is None):
        raise ApplicationError("A product card names its product; a script or an announcement its session.",
                               code="invalid_subject")
    if product is not None:
        # Two sessions featuring one product may be submitted at once: serialise on the product so its
        # card gets one submission, not two. (A session's own content is serialised by its session lock.)
        list(Product.objects.select_for_update(no_key=True).filter(pk=product.pk).values_list("pk", flat=True))
    item = ContentItem(kind, text, product)
    sha = item.sha256
    existing = _active_submissions(item, session).filter(
        sha256=sha, status__in=[*UNDECIDED_STATUSES, SubmissionStatus.APPROVED]
    ).order_by("-id").first()
    if existing is not None:
        return existing
    _withdraw_stale(item, session, current_sha=sha, actor=author)
    template = _template_approval(item, session) if session is not None else None
    if template is not None:
        return _approve_from_template(item, session, author, template)
    submission = Submission.objects.create(
        kind=kind, text=text, sha256=sha, author=author, session=session, product=product,
        status=SubmissionStatus.PENDING,
    )
    audit_record(event_type="submission.created", actor=author, subject=submission,
                 data={"kind": kind, "sha256": sha, "session": session.pk if session else None,
                       "product": product.pk if product else None, "length": len(text)})
    _enqueue_check(submission)
    return submission


def _withdraw_stale(item: ContentItem, session: LiveSession | None, *, current_sha: str,
                    actor: AbstractBaseUser | None) -> int:
    stale = list(_active_submissions(item, session).exclude(sha256=current_sha).exclude(
        status=SubmissionStatus.REJECTED))
    now = timezone.now()
    for sub in stale:
        sub.withdrawn_at, sub.withdrawn_reason = now, "superseded by newer content"
        sub.save(update_fields=["withdrawn_at", "withdrawn_reason", "updated_at"])
        audit_record(event_type="submission.withdrawn", actor=actor, subject=sub,
                     data={"reason": sub.withdrawn_reason, "status": sub.status, "sha256": sub.sha256})
    return len(stale)


def _ensure_submitted(session: LiveSession, author: AbstractBaseUser) -> list[Submission]:
    return [
        content_submit(kind=item.kind, text=item.text, author=author,
                       session=None if item.product else session, product=item.product)
        for item in session_content(session)
    ]


def _lock_session(session: LiveSession) -> LiveSession:
    return LiveSession.objects.select_for_update(of=("self",)).select_related("studio").get(pk=session.pk)


@transaction.atomic
def session_content_submit(*, session: LiveSession, author: AbstractBaseUser) -> list[Submission]:
    """Submit a session for review: one submission per piece of content not yet approved at its hash.

    Moves the session draft → in review (and straight on to approved when everything already is).
    Only the studio's owner submits. Resubmitting an in-review session is harmless.
    """
    locked = _lock_session(session)
    if locked.studio.owner_id != author.pk:
        raise NotFound("Session not found.")
    if locked.state not in (SessionState.DRAFT, SessionState.IN_REVIEW):
        raise Conflict(f"A session that is {locked.get_state_display().lower()} cannot be submitted.",
                       code="invalid_state", details={"state": locked.state})
    submissions = _ensure_submitted(locked, author)
    if locked.state == SessionState.DRAFT:
        _session_move(locked, SessionState.IN_REVIEW, actor=author, event_type="session.submitted")
    _gate_refresh(locked, actor=author)
    session.state = locked.state
    return submissions


@transaction.atomic
def session_content_changed(*, session: LiveSession, actor: AbstractBaseUser | None = None) -> list[Submission]:
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
        _lock_session(s) for s in LiveSession.objects.filter(featured_products=product)
        .exclude(state__in=[SessionState.ENDED, SessionState.DRAFT]).order_by("id")
    ]
    item = ContentItem(ContentKind.PRODUCT_CARD, product.card_text, product)
    _withdraw_stale(item, None, current_sha=item.sha256 if product.card_text.strip() else "", actor=actor)
    submissions = []
    if product.card_text.strip() and sessions:
        author = actor if actor is not None and actor.is_authenticated else sessions[0].studio.owner
        submissions.append(content_submit(kind=ContentKind.PRODUCT_CARD, text=product.card_text,
                                          author=author, product=product))
    for session in sessions:
        _gate_refresh(session, actor=actor)
    return submissions


# ---------------------------------------------------------------------------------------------------------
# The check (run by the Celery task)


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


def _products_for(sub: Submission) -> list[dict]:
    if sub.product_id:
        return [sub.product.facts()]
    return [p.facts() for p in sub.session.featured_products.order_by("id")]


def _store_findings(sub: Submission, findings: Iterable[Any]) -> list[Finding]:
    rows = [
        Finding(submission=sub, code=f.code, severity=str(getattr(f.severity, "value", f.severity)),
                start=f.start, end=f.end, excerpt=f.excerpt or "", message=f.message or "",
                suggestion=f.suggestion or "")
        for f in findings
    ]
    return Finding.objects.bulk_create(rows)


def submission_check(*, submission_id: int, token: str = "", is_retry: bool = False,
                     now: datetime | None = None) -> str:
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
        findings = list(check(sub.text, kind=sub.kind, products=_products_for(sub), customer_risk=None,
                              pack=pack_compiled(pack)))
    except Exception as exc:  # an engine bug is permanent for this text: record it, don't loop on it
        logger.exception("engine failed on submission %s", submission_id)
        with transaction.atomic():
            locked = Submission.objects.select_for_update(no_key=True).get(pk=submission_id)
            if locked.status == SubmissionStatus.CHECKING and locked.check_token == token:
                locked.status, locked.last_error = SubmissionStatus.PENDING, f"{type(exc).__name__}: {exc}"[:2000]
                locked.save(update_fields=["status", "last_error", "updated_at"])
                audit_record(event_type="submission.check_failed", actor=None, subject=locked,
                             data={"error": locked.last_error, "pack": pack.label})
        return SubmissionCheckOutcome.FAILED
    with transaction.atomic():
        if sub.kind in pack.data.get("auto_publish_kinds", []):
            _sessions_of(sub)  # an auto-approval moves sessions: lock them before the submission
        locked = Submission.objects.select_for_update(no_key=True).get(pk=submission_id)
        if locked.status != SubmissionStatus.CHECKING or locked.check_token != token \
                or locked.checking_since != claimed_at:
            return SubmissionCheckOutcome.LOST_CLAIM
        stored = _store_findings(locked, findings)
        needs_review = any(f.severity in SEVERITIES_NEEDING_REVIEW for f in stored)
        locked.status = SubmissionStatus.FLAGGED if needs_review else SubmissionStatus.PASSED
        locked.pack, locked.checked_at, locked.last_error = pack, timezone.now(), ""
        locked.check_count += 1
        locked.save(update_fields=["status", "pack", "checked_at", "last_error", "check_count", "updated_at"])
        audit_record(event_type="submission.checked", actor=None, subject=locked, data={
            "status": locked.status, "pack": pack.label, "sha256": locked.sha256,
            "findings": [[f.code, f.severity, f.start, f.end] for f in stored],
        })
        if locked.status == SubmissionStatus.PASSED and locked.kind in pack.data.get("auto_publish_kinds", []):
            _decide(locked, officer=None, action=DecisionAction.APPROVE,
                    note=f"auto-published: rule pack {pack.label} lets {locked.kind} publish without findings")
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
    stale = Submission.objects.filter(status=SubmissionStatus.CHECKING,
                                      checking_since__lt=timezone.now() - CHECK_RECLAIM_AFTER)
    from compliance.tasks import submission_review_task

    count = 0
    for submission_id in stale.values_list("id", flat=True):
        submission_review_task.delay(submission_id)
        count += 1
    return count


# ---------------------------------------------------------------------------------------------------------
# Decisions


def _officer_check(submission: Submission, officer: AbstractBaseUser) -> None:
    if not has_role(officer, Role.COMPLIANCE):
        raise Forbidden("Only compliance officers decide on submissions.", code="not_compliance")
    if not submission_visible_to(officer, submission):  # another institution's content (admin, scripts)
        raise NotFound("Submission not found.")
    if submission.author_id == officer.pk:
        raise Forbidden("Authors never approve or reject their own content.", code="own_submission")


def _decide(sub: Submission, *, officer: AbstractBaseUser | None, action: str, note: str) -> Decision:
    decision = Decision.objects.create(submission=sub, officer=officer, action=action, note=note)
    sub.status = SubmissionStatus.APPROVED if action == DecisionAction.APPROVE else SubmissionStatus.REJECTED
    sub.save(update_fields=["status", "updated_at"])
    audit_record(event_type=f"submission.{sub.status}", actor=officer, subject=sub,
                 data={"note": note, "sha256": sub.sha256, "pack": sub.pack.label if sub.pack_id else None})
    for session in _sessions_of(sub):
        if action == DecisionAction.REJECT and session.state == SessionState.IN_REVIEW:
            _session_move(session, SessionState.DRAFT, actor=officer, event_type="session.rejected",
                          data={"submission": sub.pk})
            notification_create(recipient=session.studio.owner, kind="submission_rejected", session=session,
                                submission=sub, message=f"{sub.subject_label} was rejected: {note}")
        else:
            _gate_refresh(session, actor=officer)
    return decision


def _lock_for_decision(submission: Submission, officer: AbstractBaseUser) -> Submission:
    sub = Submission.objects.select_for_update(no_key=True, of=("self",)).select_related("pack").get(
        pk=submission.pk)
    _officer_check(sub, officer)
    if sub.withdrawn_at is not None:
        raise Conflict("This version was withdrawn; decide on the current one.", code="withdrawn")
    if sub.status in (SubmissionStatus.PENDING, SubmissionStatus.CHECKING):
        raise Conflict("The engine has not checked this submission yet.", code="not_checked")
    if sub.status in (SubmissionStatus.APPROVED, SubmissionStatus.REJECTED):
        raise Conflict(f"This submission is already {sub.status}.", code="already_decided")
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
        raise Conflict("Content with block findings cannot be approved; reject it so the author fixes it.",
                       code="has_block_findings", details={"codes": sorted(set(blocking))})
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
        raise ApplicationError("Say why the content is rejected: a note is required.", code="note_required")
    _sessions_of(submission)
    sub = _lock_for_decision(submission, officer)
    _decide(sub, officer=officer, action=DecisionAction.REJECT, note=note)
    submission.status = sub.status
    return sub


# ---------------------------------------------------------------------------------------------------------
# The gate


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
    subs = Submission.objects.filter(withdrawn_at__isnull=True).filter(
        models.Q(session=session) | models.Q(product_id__in=product_ids)
    ).only("id", "kind", "sha256", "status", "session_id", "product_id").order_by("id")
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
        what = f"The card of {item.product.code} {item.product.name}" if item.product else \
            f"The {ContentKind(item.kind).label.lower()}"
        sub = latest.get(key)
        if sub is None:
            code, says = "not_submitted", "has not been submitted for review"
        else:
            code, says = _STATUS_BLOCKER[SubmissionStatus(sub.status)]
        blockers.append(GateBlocker(code=code, kind=item.kind, message=f"{what} {says}.",
                                    product_id=item.product.pk if item.product else None,
                                    submission_id=sub.pk if sub else None))
    return blockers


def gate_is_open(session: LiveSession) -> bool:
    return not gate_blockers(session)


def _sessions_of(sub: Submission) -> list[LiveSession]:
    if sub.session_id:
        return [_lock_session(sub.session)]
    return [
        _lock_session(s) for s in LiveSession.objects.filter(featured_products=sub.product_id)
        .exclude(state=SessionState.ENDED).order_by("id")
    ]


def _session_move(session: LiveSession, to: str, *, actor: AbstractBaseUser | None, event_type: str,
                  data: dict | None = None) -> None:
    from studio.services import session_state_transition

    before = session.state
    session_state_transition(session=session, to=to)
    audit_record(event_type=event_type, actor=actor, subject=session,
                 data={"from": before, "to": session.state, **(data or {})})


def _gate_refresh(session: LiveSession, *, actor: AbstractBaseUser | None) -> None:
    """Open or close the gate of a locked session to match its content: in review ⇄ approved."""
    if session.state == SessionState.IN_REVIEW and gate_is_open(session):
        _session_move(session, SessionState.APPROVED, actor=actor, event_type="session.gate_opened")
    elif session.state == SessionState.APPROVED:
        blockers = gate_blockers(session)
        if blockers:
            _session_move(session, SessionState.IN_REVIEW, actor=actor, event_type="session.gate_closed",
                          data={"blockers": [b.code + ":" + b.kind for b in blockers]})


# ---------------------------------------------------------------------------------------------------------
# Rule changes pull approved content back


def notification_create(*, recipient: AbstractBaseUser, kind: str, message: str,
                        session: LiveSession | None = None, submission: Submission | None = None) -> Notification:
    return Notification.objects.create(recipient=recipient, kind=kind, message=message, session=session,
                                       submission=submission)


def _recheck_candidates() -> list[Submission]:
    open_sessions = LiveSession.objects.exclude(state=SessionState.ENDED)
    subs = Submission.objects.filter(status=SubmissionStatus.APPROVED, withdrawn_at__isnull=True).filter(
        models.Q(session__in=open_sessions)
        | models.Q(product__featured_in_sessions__in=open_sessions)
    ).distinct().select_related("session__studio", "product")
    current = []
    for sub in subs:
        text = sub.product.card_text if sub.product_id else (
            sub.session.script if sub.kind == ContentKind.SCRIPT else announcement_text(sub.session))
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
        return {"rechecked": 0, "pulled_back": 0}      # audience pack never judges gate content
    from compliance.engine import check

    compiled = pack_compiled(pack)
    rechecked = pulled = 0
    for sub in _recheck_candidates():
        if sub.pack_id == pack.id:
            continue
        findings = list(check(sub.text, kind=sub.kind, products=_products_for(sub), pack=compiled))
        rechecked += 1
        old = {(f.code, f.severity) for f in sub.findings.all()}
        new = sorted({(f.code, str(getattr(f.severity, "value", f.severity))) for f in findings}
                     - old, key=str)
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
                audit_record(event_type="submission.rechecked", actor=None, subject=locked,
                             data={"pack": pack.label, "new_findings": []})
                continue
            pulled += 1
            _pull_back(locked, pack=pack, findings=findings, new=new)
    return {"rechecked": rechecked, "pulled_back": pulled}


def _pull_back(sub: Submission, *, pack: RulePack, findings: list, new: list) -> Submission:
    now = timezone.now()
    codes = [code for code, _ in new]
    sub.withdrawn_at, sub.withdrawn_reason = now, f"rule pack {pack.label} found: {', '.join(codes)}"[:200]
    sub.save(update_fields=["withdrawn_at", "withdrawn_reason", "updated_at"])
    audit_record(event_type="submission.withdrawn", actor=None, subject=sub,
                 data={"reason": sub.withdrawn_reason, "pack": pack.label, "new_findings": codes})
    replacement = Submission.objects.create(
        kind=sub.kind, text=sub.text, sha256=sub.sha256, author=sub.author, session=sub.session,
        product=sub.product, status=SubmissionStatus.CHECKING, pack=pack,
    )
    stored = _store_findings(replacement, findings)
    replacement.status, replacement.checked_at, replacement.check_count = SubmissionStatus.FLAGGED, now, 1
    replacement.save(update_fields=["status", "checked_at", "check_count", "updated_at"])
    audit_record(event_type="submission.created", actor=None, subject=replacement,
                 data={"kind": sub.kind, "sha256": sub.sha256, "replaces": sub.pk, "reason": "rule change"})
    audit_record(event_type="submission.checked", actor=None, subject=replacement, data={
        "status": replacement.status, "pack": pack.label, "sha256": replacement.sha256,
        "findings": [[f.code, f.severity, f.start, f.end] for f in stored],
    })
    for session in _sessions_of(sub):
        was = session.state
        _gate_refresh(session, actor=None)
        notification_create(
            recipient=session.studio.owner, kind="approval_withdrawn", session=session, submission=replacement,
            message=(f"A rule change ({pack.label}) pulled {sub.subject_label} back to review: "
                     f"{', '.join(codes)}." + (" The session is live; review it now." if was == SessionState.LIVE
                                               else "")),
        )
    return replacement


def notification_mark_read(*, notification: Notification, user: AbstractBaseUser) -> Notification:
    """Mark one of ``user``'s notifications read (idempotent); another user's is ``NotFound``."""
    if notification.recipient_id != user.pk:
        raise NotFound("Notification not found.")
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at", "updated_at"])
    return notification


def product_card_approved(product: Product) -> bool:
    """Is the product's current card text approved (not withdrawn) at its current hash?"""
    if not product.card_text.strip():
        return False
    return Submission.objects.filter(
        product=product, kind=ContentKind.PRODUCT_CARD, sha256=content_sha256(product.card_text),
        status=SubmissionStatus.APPROVED, withdrawn_at__isnull=True,
    ).exists()
