"""Re-scan of an RM's whole transcript as one text, during the session and after its end.

The inline check sees a line with a few recent ones (``compliance.claim_window``); a claim whose halves are
further apart reaches customers. Every minute while a session is live (Celery beat,
``studio.transcripts_scan_live``) and once after it ends (``session_end`` enqueues it), the host's lines
that were shown or held are joined in order and checked as one text with the active pack. Each finding is
mapped back to the lines it spans; one the inline verdicts of those lines do not already carry is stored as a
``TranscriptFinding`` (the officers' post-hoc queue in admin) and recorded in the audit trail.

Idempotent: a scan locks the session's ``TranscriptScan`` row, skips when no new line came since the last
one, and a finding's ``signature`` (code, lines, span) is unique per session.
"""

import hashlib
from bisect import bisect_right
from dataclasses import dataclass
from time import perf_counter

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from accounts.roles import is_officer
from compliance import claim_window, engine
from compliance.screening import pack_compiled
from compliance.services.audit import audit_record
from compliance.services.rule_packs import pack_active, pack_name_for
from core.exceptions import Forbidden, NotFound
from observability import metrics
from studio.models import (
    ChatMessage,
    LiveSession,
    MessageStatus,
    PostHocStatus,
    SessionState,
    TranscriptFinding,
    TranscriptScan,
)

REPORTED = ("block", "review")


@dataclass(frozen=True)
class LineSpan:
    """Where one stored line sits in the joined transcript."""

    message_id: int
    start: int
    end: int
    codes: frozenset[str]


def transcript_join(lines: list[tuple[int, str, list]]) -> tuple[str, list[LineSpan]]:
    """Join ``(id, text, findings)`` lines with line breaks; returns the text and each line's span in it."""
    parts, spans, pos = [], [], 0
    for message_id, text, findings in lines:
        spans.append(
            LineSpan(message_id, pos, pos + len(text), frozenset(f.get("code") for f in findings or []))
        )
        parts.append(text)
        pos += len(text) + 1
    return "\n".join(parts), spans


def lines_spanned(spans: list[LineSpan], start: int, end: int) -> list[LineSpan]:
    """The lines a ``[start, end)`` range of the joined text touches (a range on a line break touches none)."""
    first = max(bisect_right([s.start for s in spans], start) - 1, 0)
    out = []
    for span in spans[first:]:
        if span.start >= end:
            break
        if span.end > start:
            out.append(span)
    return out


def missed_findings(findings, spans: list[LineSpan]) -> list[tuple[object, list[LineSpan]]]:
    """The findings whose code none of their lines' inline verdicts carries, each with the lines it spans."""
    out = []
    for finding in findings:
        if str(getattr(finding.severity, "value", finding.severity)) not in REPORTED:
            continue
        involved = lines_spanned(spans, finding.start, finding.end)
        if not involved or any(finding.code in line.codes for line in involved):
            continue
        out.append((finding, involved))
    return out


def _signature(code: str, involved: list[LineSpan], finding) -> str:
    key = (
        f"{code}|{','.join(str(line.message_id) for line in involved)}|{finding.start - involved[0].start}|"
        f"{finding.end - involved[0].start}"
    )
    return hashlib.sha256(key.encode()).hexdigest()


def transcript_scan(*, session_id: int, final: bool = False) -> dict:
    """Scan the host's transcript of ``session_id``; store what inline missed. Idempotent.

    ``final`` marks the scan after the end (it runs even when no line came since the last scan, once).
    Returns counts: ``{"lines", "findings", "new"}`` or ``{"skipped": reason}``.
    """
    with transaction.atomic():
        session = LiveSession.objects.select_related("studio").filter(pk=session_id).first()
        if session is None:
            return {"skipped": "no such session"}
        state, _ = TranscriptScan.objects.get_or_create(session=session)
        state = TranscriptScan.objects.select_for_update().get(pk=state.pk)
        if state.final:
            return {"skipped": "final scan done"}
        rows = list(
            ChatMessage.objects.filter(session=session, author_id=session.studio.owner_id, author_role="rm")
            .exclude(status=MessageStatus.REJECTED)
            .order_by("id")
            .values_list("id", "text", "findings")
        )
        last_id = rows[-1][0] if rows else 0
        if not final and last_id == state.last_message_id:
            return {"skipped": "no new line"}
        pack = pack_active(pack_name_for())
        products = claim_window.as_products(p.facts() for p in session.featured_products.all())
        compiled = pack_compiled(pack)
        missed = []
        # The whole transcript in order, then its fragments alone (one character per line, fillers between).
        fragments = [row for row in rows if len(row[1].strip()) <= claim_window.FRAGMENT_MAX_CHARS]
        for subset in (rows, fragments if 1 < len(fragments) < len(rows) else []):
            text, spans = transcript_join(subset)
            started = perf_counter()
            found = engine.check(text, kind="chat", products=products, pack=compiled)
            metrics.engine_checked("transcript", perf_counter() - started)
            missed += missed_findings(found, spans)
        new = 0
        for finding, involved in missed:
            signature = _signature(finding.code, involved, finding)
            if TranscriptFinding.objects.filter(session=session, signature=signature).exists():
                continue
            row = TranscriptFinding.objects.create(
                session=session,
                author_id=session.studio.owner_id,
                first_line_id=involved[0].message_id,
                code=finding.code,
                severity=str(getattr(finding.severity, "value", finding.severity)),
                excerpt=finding.excerpt,
                message=finding.message,
                suggestion=finding.suggestion,
                pack=pack.label,
                signature=signature,
            )
            row.lines.set([line.message_id for line in involved])
            audit_record(
                event_type="chat.posthoc_finding",
                actor=None,
                subject=row,
                data={
                    "session": session.pk,
                    "code": row.code,
                    "severity": row.severity,
                    "lines": [line.message_id for line in involved],
                    "excerpt": row.excerpt,
                    "pack": pack.label,
                },
            )
            new += 1
        state.last_message_id, state.scans = last_id, state.scans + 1
        state.final = state.final or final
        state.save(update_fields=["last_message_id", "scans", "final", "updated_at"])
    return {"lines": len(rows), "findings": len(missed), "new": new}


def transcripts_scan_live() -> dict:
    """Scan every live session whose host said something since its last scan (the beat task's body)."""
    scanned = new = 0
    for session_id in LiveSession.objects.filter(state=SessionState.LIVE).values_list("pk", flat=True):
        result = transcript_scan(session_id=session_id)
        if "skipped" not in result:
            scanned += 1
            new += result["new"]
    return {"scanned": scanned, "new": new}


@transaction.atomic
def transcript_finding_review(*, finding_id: int, officer: User, status: str) -> TranscriptFinding:
    """An officer confirms (a violation reached customers) or dismisses a post-hoc finding. Audited."""
    if not is_officer(officer):
        raise Forbidden("Only compliance officers review post-hoc findings.")
    if status not in (PostHocStatus.CONFIRMED, PostHocStatus.DISMISSED):
        raise NotFound("Unknown review outcome.")
    finding = TranscriptFinding.objects.select_for_update().filter(pk=finding_id).first()
    if finding is None:
        raise NotFound("Finding not found.")
    if finding.author_id == officer.pk:
        raise Forbidden("Nobody reviews their own lines.")
    if finding.status == status:
        return finding
    before = finding.status
    finding.status, finding.reviewed_by, finding.reviewed_at = status, officer, timezone.now()
    finding.save(update_fields=["status", "reviewed_by", "reviewed_at", "updated_at"])
    audit_record(
        event_type="chat.posthoc_reviewed",
        actor=officer,
        subject=finding,
        data={"code": finding.code, "from": before, "to": status},
    )
    return finding
