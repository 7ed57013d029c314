"""The evidence bundle of one ended session: one zip a compliance officer hands to a regulator.

Contents (every file listed in ``manifest.json`` with its SHA-256 and size):
- ``README.txt``: what each file holds;
- ``session.json``: the session, its presenter (name, branch, licence number), featured products and facts;
- ``transcript.csv`` / ``transcript.jsonl``: every chat line as stored, shown or not: published, held,
  rejected and removed lines, with the engine's findings (the verdict), masking, who released, removed
  and when; text is raw (CSV cells that a spreadsheet would run as formulas are prefixed with ');
- ``questions.json``: Q&A;
- ``moderation.json``: removals, releases and rejections of held lines, mutes;
- ``compliance_decisions.json``: every content version (script, announcement, product cards) with its
  SHA-256, findings, the rule-pack version that checked it and the officer's decision;
- ``card_pushes.json``: each card pushed, its text and hash, and each audience member in the room at that
  moment with whether they could act on it (suitability) and why; opens and "interested" clicks;
- ``rule_packs.json``: the rule-pack versions that checked the content and those active during the live;
- ``audit.json``: the audit events about the session and its content with their hashes, each re-verified,
  and the result of verifying the whole chain;
- ``analytics.json``: the session's attendance and engagement figures;
- ``recordings.json``, ``timeline.json`` and ``recordings/*.mp4``: the broadcast's recordings (hashes, and the
  files up to a size limit) and one timeline of the session (see ``recordings.evidence``).

Building the bundle records an ``evidence.exported`` audit event carrying the manifest's SHA-256.
"""

import csv
import hashlib
import io
import json
import zipfile
from datetime import UTC, datetime

from django.contrib.auth.models import User
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from django.utils import timezone

from accounts.models import CustomerProfile
from audience.models import CardInterest, Visit
from audience.selectors import session_analytics
from audience.services.attendance import AUDIENCE_ROLES
from compliance.models import AuditEvent, RulePack, Submission
from compliance.services.audit import audit_event_expected_hash, audit_record, audit_verify, content_sha256
from core.api import csv_safe
from products.services import suitability_check
from recordings.evidence import recording_evidence_files
from studio.models import CardOpen, CardPush, ChatMessage, LiveSession, Question, RoomMute

TRANSCRIPT_COLUMNS = [
    "id",
    "created_at",
    "author_id",
    "author",
    "role",
    "status",
    "seq",
    "published_at",
    "text",
    "masked",
    "findings",
    "reviewed_by",
    "reviewed_at",
    "removed_by",
    "removed_at",
    "removed_seq",
]

README = """Evidence bundle of live session {id} "{title}"
Generated {generated_at} by {generated_by}. Every file is listed in manifest.json with its SHA-256.

session.json               the session, presenter (name, branch, licence), featured products
transcript.csv / .jsonl    every chat line as stored: published, held, rejected and removed, with verdicts
questions.json             questions and answers
moderation.json            removals, releases and rejections of held lines, mutes
compliance_decisions.json  content versions (script, announcement, cards), findings, rule pack, decisions
card_pushes.json           cards pushed, and who in the room could act on each (suitability) and why
rule_packs.json            rule-pack versions that checked content or were active during the live
audit.json                 audit events about this session and its content, hashes re-verified
analytics.json             attendance and engagement figures
recordings.json            the recordings and the replay decision: SHA-256, duration, size, storage key, cuts
timeline.json              chat, cards, officer actions, stream start/stop at offsets into the recording
recordings/*.mp4           the recordings themselves (up to a size limit; beyond it, listed by hash only)
"""


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment else None


def _dump(value) -> bytes:
    """JSON with dates, decimals and UUIDs as Django writes them; anything else (a set…) is a bug and raises."""
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True, cls=DjangoJSONEncoder).encode(
        "utf-8"
    )


def _username(users: dict[int, str], user_id: int | None) -> str | None:
    return users.get(user_id) if user_id else None


def _usernames(session: LiveSession) -> dict[int, str]:
    """Usernames of everyone the bundle names (one query with subqueries, not every user of the bank)."""
    messages = ChatMessage.objects.filter(session=session)
    mutes = RoomMute.objects.filter(session=session)
    sources = [
        messages.values("author_id"),
        messages.values("reviewed_by_id"),
        messages.values("removed_by_id"),
        mutes.values("user_id"),
        mutes.values("muted_by_id"),
        CardPush.objects.filter(session=session).values("pushed_by_id"),
        CardOpen.objects.filter(push__session=session).values("user_id"),
        CardInterest.objects.filter(push__session=session).values("user_id"),
        Visit.objects.filter(session=session, user__isnull=False).values("user_id"),
    ]
    condition = Q()
    for source in sources:
        condition |= Q(pk__in=source)
    return dict(User.objects.filter(condition).values_list("pk", "username"))


def _transcript(session: LiveSession, users: dict[int, str]) -> tuple[bytes, bytes, list[dict]]:
    fields = (
        "id",
        "created_at",
        "author_id",
        "author_name",
        "author_role",
        "status",
        "seq",
        "published_at",
        "text",
        "masked",
        "findings",
        "reviewed_by_id",
        "reviewed_at",
        "removed_by_id",
        "removed_at",
        "removed_seq",
    )
    rows = []
    for m in (
        ChatMessage.objects.filter(session=session).order_by("id").values(*fields).iterator(chunk_size=2000)
    ):
        rows.append(
            {
                "id": m["id"],
                "created_at": _iso(m["created_at"]),
                "author_id": m["author_id"],
                "author": m["author_name"],
                "role": m["author_role"],
                "status": m["status"],
                "seq": m["seq"],
                "published_at": _iso(m["published_at"]),
                "text": m["text"],
                "masked": m["masked"],
                "findings": m["findings"],
                "reviewed_by": _username(users, m["reviewed_by_id"]),
                "reviewed_at": _iso(m["reviewed_at"]),
                "removed_by": _username(users, m["removed_by_id"]),
                "removed_at": _iso(m["removed_at"]),
                "removed_seq": m["removed_seq"],
            }
        )
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(TRANSCRIPT_COLUMNS)
    for row in rows:
        writer.writerow(
            [
                csv_safe(json.dumps(row[c], ensure_ascii=False) if isinstance(row[c], list) else row[c])
                for c in TRANSCRIPT_COLUMNS
            ]
        )
    jsonl = "".join(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n" for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8"), jsonl.encode("utf-8"), rows


def _moderation(session: LiveSession, transcript: list[dict], users: dict[int, str]) -> dict:
    return {
        "removed": [
            {"message_id": r["id"], "status": r["status"], "by": r["removed_by"], "at": r["removed_at"]}
            for r in transcript
            if r["removed_at"]
        ],
        "released_by_officer": [
            {"message_id": r["id"], "by": r["reviewed_by"], "at": r["reviewed_at"]}
            for r in transcript
            if r["status"] == "published" and r["reviewed_by"]
        ],
        "held_rejected_by_officer": [
            {"message_id": r["id"], "by": r["reviewed_by"], "at": r["reviewed_at"]}
            for r in transcript
            if r["status"] == "held" and r["reviewed_by"]
        ],
        "held_never_reviewed": [
            r["id"]
            for r in transcript
            if r["status"] == "held" and not r["reviewed_by"] and not r["removed_at"]
        ],
        "rejected_by_engine": [r["id"] for r in transcript if r["status"] == "rejected"],
        "mutes": [
            {
                "user_id": m.user_id,
                "user": _username(users, m.user_id),
                "by": _username(users, m.muted_by_id),
                "at": _iso(m.created_at),
                "until": _iso(m.until),
            }
            for m in RoomMute.objects.filter(session=session).order_by("id")
        ],
    }


def _submissions(session: LiveSession) -> list[Submission]:
    product_ids = list(session.featured_products.values_list("pk", flat=True))
    subject = Q(session=session) | Q(product_id__in=product_ids)
    if session.ended_at:
        subject &= Q(created_at__lte=session.ended_at)
    return list(
        Submission.objects.filter(subject)
        .select_related("author", "pack", "decision__officer", "product")
        .prefetch_related("findings")
        .order_by("created_at", "id")
    )


def _decisions(submissions: list[Submission]) -> list[dict]:
    out = []
    for sub in submissions:
        decision = getattr(sub, "decision", None)
        out.append(
            {
                "submission_id": sub.pk,
                "kind": sub.kind,
                "product_code": sub.product.code if sub.product_id else None,
                "author": sub.author.get_username(),
                "created_at": _iso(sub.created_at),
                "status": sub.status,
                "sha256": sub.sha256,
                "sha256_verified": content_sha256(sub.text) == sub.sha256,
                "text": sub.text,
                "rule_pack": sub.pack.label if sub.pack_id else None,
                "checked_at": _iso(sub.checked_at),
                "withdrawn_at": _iso(sub.withdrawn_at),
                "withdrawn_reason": sub.withdrawn_reason,
                "findings": [
                    {
                        "code": f.code,
                        "severity": f.severity,
                        "start": f.start,
                        "end": f.end,
                        "excerpt": f.excerpt,
                        "message": f.message,
                    }
                    for f in sub.findings.all()
                ],
                "decision": None
                if decision is None
                else {
                    "action": decision.action,
                    "officer": decision.officer.get_username() if decision.officer else None,
                    "note": decision.note,
                    "decided_at": _iso(decision.decided_at),
                },
            }
        )
    return out


def _card_pushes(session: LiveSession, users: dict[int, str]) -> list[dict]:
    visits = list(
        Visit.objects.filter(session=session, role__in=AUDIENCE_ROLES).values(
            "viewer_key", "user_id", "role", "joined_at", "left_at"
        )
    )
    profiles = {
        p.user_id: p
        for p in CustomerProfile.objects.filter(user_id__in={v["user_id"] for v in visits if v["user_id"]})
    }
    out = []
    for push in (
        CardPush.objects.filter(session=session).select_related("product").order_by("created_at", "id")
    ):
        audience: dict[str, dict] = {}
        for v in visits:
            if v["joined_at"] <= push.created_at and (
                v["left_at"] is None or v["left_at"] >= push.created_at
            ):
                profile = profiles.get(v["user_id"]) if v["role"] == "customer" else None
                verdict = suitability_check(profile=profile, product=push.product, now=push.created_at)
                audience[v["viewer_key"]] = {
                    "viewer_key": v["viewer_key"],
                    "user": _username(users, v["user_id"]),
                    "role": v["role"],
                    "risk_level": profile.risk_level if profile else None,
                    "profile_assessed_at": _iso(profile.assessed_at) if profile else None,
                    "can_act": verdict.allowed,
                    "reason": verdict.reason.value,
                }
        out.append(
            {
                "card_id": push.pk,
                "pushed_at": _iso(push.created_at),
                "pushed_by": _username(users, push.pushed_by_id),
                "product": {
                    "id": push.product_id,
                    "code": push.product.code,
                    "name": push.product.name,
                    "risk_level": push.product.risk_level,
                },
                "card_text": push.card_text,
                "card_text_sha256": content_sha256(push.card_text),
                "audience_at_push": sorted(audience.values(), key=lambda a: a["viewer_key"]),
                "could_act": sum(1 for a in audience.values() if a["can_act"]),
                "opens": [
                    {"user": _username(users, uid), "at": _iso(at)}
                    for uid, at in CardOpen.objects.filter(push=push)
                    .order_by("created_at")
                    .values_list("user_id", "created_at")
                ],
                "interested": [
                    {"user": _username(users, uid), "risk_level": level, "at": _iso(at)}
                    for uid, level, at in CardInterest.objects.filter(push=push)
                    .order_by("created_at")
                    .values_list("user_id", "risk_level", "created_at")
                ],
                "note": "can_act is computed from each customer's risk profile as stored at export time; "
                "profile_assessed_at later than pushed_at means the profile changed after the push.",
            }
        )
    return out


def _rule_packs(session: LiveSession, submissions: list[Submission]) -> list[dict]:
    used = {sub.pack_id for sub in submissions if sub.pack_id}
    active_during_live = set()
    if session.started_at:
        end = session.ended_at or timezone.now()
        for name in RulePack.objects.values_list("name", flat=True).distinct():
            versions = list(RulePack.objects.filter(name=name).order_by("created_at", "version"))
            for index, pack in enumerate(versions):
                until = versions[index + 1].created_at if index + 1 < len(versions) else None
                if pack.created_at <= end and (until is None or until > session.started_at):
                    active_during_live.add(pack.pk)
    return [
        {
            "name": p.name,
            "version": p.version,
            "label": p.label,
            "source_version": p.source_version,
            "digest": p.digest,
            "created_at": _iso(p.created_at),
            "checked_content": p.pk in used,
            "active_during_live": p.pk in active_during_live,
            "rules": p.rules.count(),
        }
        for p in RulePack.objects.filter(pk__in=used | active_during_live).order_by("name", "version")
    ]


def _audit(session: LiveSession, submissions: list[Submission]) -> dict:
    subjects = Q(subject_type="studio.livesession", subject_id=str(session.pk)) | Q(
        subject_type="compliance.submission", subject_id__in=[str(s.pk) for s in submissions]
    )
    events = list(AuditEvent.objects.filter(subjects).order_by("seq"))
    predecessors = dict(
        AuditEvent.objects.filter(seq__in=[e.seq - 1 for e in events]).values_list("seq", "hash")
    )
    problems = audit_verify(registered=False)  # this session's recordings are re-hashed in recordings.json
    return {
        "events": [
            {
                "seq": e.seq,
                "at": _iso(e.at),
                "event_type": e.event_type,
                "actor_id": e.actor_id,
                "actor": e.actor_name,
                "subject_type": e.subject_type,
                "subject_id": e.subject_id,
                "data": e.data,
                "prev_hash": e.prev_hash,
                "hash": e.hash,
                "hash_verified": audit_event_expected_hash(e) == e.hash,
                "links_to_predecessor": e.seq == 1 or predecessors.get(e.seq - 1) == e.prev_hash,
            }
            for e in events
        ],
        "chain": {
            "verified": not problems,
            "problems": [p.message for p in problems][:100],
            "hash_algorithm": "sha256 over canonical JSON of (seq, at, type, actor_id, actor, subject_type, "
            "subject_id, data, prev)",
        },
    }


def evidence_bundle_build(*, session: LiveSession, officer: User) -> tuple[str, bytes]:
    """Build the zip for an ended session (the caller checked access); returns ``(filename, bytes)``."""
    generated_at = timezone.now()
    users = _usernames(session)
    owner = session.studio.owner
    rm_profile = getattr(owner, "rm_profile", None)
    transcript_csv, transcript_jsonl, transcript = _transcript(session, users)
    submissions = _submissions(session)
    files: dict[str, bytes] = {
        "README.txt": README.format(
            id=session.pk,
            title=session.title,
            generated_at=_iso(generated_at),
            generated_by=officer.get_username(),
        ).encode("utf-8"),
        "session.json": _dump(
            {
                "id": session.pk,
                "title": session.title,
                "description": session.description,
                "state": session.state,
                "visibility": session.visibility,
                "scheduled_start": _iso(session.scheduled_start),
                "started_at": _iso(session.started_at),
                "ended_at": _iso(session.ended_at),
                "studio": session.studio.name,
                "presenter": {
                    "username": owner.get_username(),
                    "display_name": rm_profile.display_name if rm_profile else None,
                    "branch": rm_profile.branch if rm_profile else None,
                    "licence_number": rm_profile.licence_number if rm_profile else None,
                },
                "featured_products": [
                    p.facts() | {"id": p.pk, "name": p.name, "card_text": p.card_text}
                    for p in session.featured_products.order_by("id")
                ],
            }
        ),
        "transcript.csv": transcript_csv,
        "transcript.jsonl": transcript_jsonl,
        "questions.json": _dump(
            [
                {
                    "id": q.pk,
                    "author": q.author_name,
                    "text": q.text,
                    "masked": q.masked,
                    "upvotes": q.upvotes,
                    "status": q.status,
                    "findings": q.findings,
                    "asked_at": _iso(q.created_at),
                    "answered_at": _iso(q.answered_at),
                }
                for q in Question.objects.filter(session=session).order_by("id")
            ]
        ),
        "moderation.json": _dump(_moderation(session, transcript, users)),
        "compliance_decisions.json": _dump(_decisions(submissions)),
        "card_pushes.json": _dump(_card_pushes(session, users)),
        "rule_packs.json": _dump(_rule_packs(session, submissions)),
        "audit.json": _dump(_audit(session, submissions)),
        "analytics.json": _dump(session_analytics(session=session, now=generated_at)),
        **recording_evidence_files(session),
    }
    manifest = {
        "session_id": session.pk,
        "generated_at": _iso(generated_at),
        "generated_by": officer.get_username(),
        "files": [
            {"name": name, "sha256": hashlib.sha256(body).hexdigest(), "bytes": len(body)}
            for name, body in files.items()
        ],
    }
    manifest_bytes = _dump(manifest)
    buffer = io.BytesIO()
    stamp = timezone.localtime(generated_at).timetuple()[:6]
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, body in [("manifest.json", manifest_bytes), *files.items()]:
            archive.writestr(zipfile.ZipInfo(name, date_time=stamp), body, compress_type=zipfile.ZIP_DEFLATED)
    audit_record(
        event_type="evidence.exported",
        actor=officer,
        subject=session,
        data={"manifest_sha256": hashlib.sha256(manifest_bytes).hexdigest(), "files": len(files)},
    )
    filename = f"evidence-session-{session.pk}-{generated_at:%Y%m%dT%H%M%SZ}.zip"
    return filename, buffer.getvalue()
