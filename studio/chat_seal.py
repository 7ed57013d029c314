"""Chat lines join the audit chain as per-session Merkle roots ("seals"), not one audit event per line.

Why not per line: an audit append takes the chain head's row lock until commit, one lock for the whole
system, and chat ingest is the hot path (docs/scaling.md: 4–7 ms per line, every room in parallel). Putting
it on every line would serialise all rooms behind one row. A seal costs the chat path nothing.

A seal is the audit event ``chat.sealed`` on the session with ``{from_id, to_id, count, root, final}``: the
Merkle root (SHA-256, pairs hashed in order, an odd last node carried up) over the leaves of the session's
lines with ``from_id < id <= to_id`` in id order. A leaf hashes what a line was when it was stored (id,
session, author, role, name, ref, text as stored, verdict findings, masked kinds, created_at); what happens to
it later (release, removal, pin) is its own audit event. Seals are taken under the session row lock, which
every chat insert also holds, so no line of the session can commit behind a seal's ``to_id``.

When: every minute for live rooms (beat ``studio.chat_seal_live``), and a ``final`` seal when the
session ends. ``chat_seals_verify`` recomputes every root and reports lines edited, deleted or added later.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from compliance.models import AuditEvent
from compliance.services.audit import AuditProblem, audit_record, canonical_json
from studio.models import ChatMessage, LiveSession, SessionState

SEAL_EVENT = "chat.sealed"
SUBJECT_TYPE = "studio.livesession"
LEAF_FIELDS = (
    "id",
    "session_id",
    "author_id",
    "author_role",
    "author_name",
    "ref",
    "text",
    "findings",
    "masked",
    "created_at",
)


def chat_line_leaf(line: dict) -> bytes:
    """SHA-256 of a line's stored content (a dict of ``LEAF_FIELDS``, as ``values()`` returns them)."""
    body = {name: line[name] for name in LEAF_FIELDS}
    body["created_at"] = body["created_at"].isoformat(timespec="microseconds")
    return hashlib.sha256(b"\x00" + canonical_json(body).encode("utf-8")).digest()


def merkle_root(leaves: Iterable[bytes]) -> str:
    level = list(leaves)
    if not level:
        return hashlib.sha256(b"").hexdigest()
    while len(level) > 1:
        paired = [
            hashlib.sha256(b"\x01" + level[i] + level[i + 1]).digest() for i in range(0, len(level) - 1, 2)
        ]
        if len(level) % 2:
            paired.append(level[-1])
        level = paired
    return level[0].hex()


def _seals(session_id: int):
    return AuditEvent.objects.filter(
        event_type=SEAL_EVENT, subject_type=SUBJECT_TYPE, subject_id=str(session_id)
    ).order_by("seq")


def _lines(session_id: int, after_id: int, upto_id: int | None = None):
    lines = ChatMessage.objects.filter(session_id=session_id, id__gt=after_id)
    if upto_id is not None:
        lines = lines.filter(id__lte=upto_id)
    return lines.order_by("id").values(*LEAF_FIELDS)


def chat_seal(
    *, session_id: int, final: bool = False, actor: AbstractBaseUser | None = None
) -> AuditEvent | None:
    """Seal the session's lines stored since its last seal; ``final`` also when there are none. Idempotent.

    Takes the session row lock (as chat inserts do), then the chain head lock (``audit_record``): the
    documented lock order. Returns the seal event, or ``None`` when there was nothing to seal.
    """
    with transaction.atomic():
        LiveSession.objects.select_for_update().filter(pk=session_id).values_list("pk", flat=True).first()
        last = _seals(session_id).last()
        if last is not None and last.data.get("final"):
            return None
        after_id = int(last.data["to_id"]) if last is not None else 0
        lines = list(_lines(session_id, after_id))
        if not lines and not final:
            return None
        to_id = lines[-1]["id"] if lines else after_id
        return audit_record(
            event_type=SEAL_EVENT,
            actor=actor,
            subject=LiveSession(pk=session_id),
            data={
                "session_id": session_id,
                "from_id": after_id,
                "to_id": to_id,
                "count": len(lines),
                "root": merkle_root(chat_line_leaf(line) for line in lines),
                "final": final,
            },
        )


def chat_seal_due(*, now: datetime | None = None) -> int:
    """Seal every live room's new lines, and finish rooms that ended without their final seal (last day)."""
    now = now or timezone.now()
    sealed = 0
    for session_id in LiveSession.objects.filter(state=SessionState.LIVE).values_list("pk", flat=True):
        sealed += chat_seal(session_id=session_id) is not None
    recently_ended = LiveSession.objects.filter(
        state=SessionState.ENDED, ended_at__gte=now - timedelta(days=1)
    )
    for session_id in recently_ended.values_list("pk", flat=True):
        sealed += chat_seal(session_id=session_id, final=True) is not None
    return sealed


def _purged_sessions() -> set[str]:
    return set(
        AuditEvent.objects.filter(event_type="records.purged", subject_type=SUBJECT_TYPE).values_list(
            "subject_id", flat=True
        )
    )


def chat_seals_verify(*, session_ids: Iterable[int] | None = None) -> list[AuditProblem]:
    """Recompute every seal's root from the stored lines; name sessions whose lines changed.

    - a root that differs: a line in that range was edited, deleted or moved there;
    - seals that do not follow each other: a seal event is missing (the chain names it too);
    - lines after a session's final seal: added afterwards. Lines after a live room's last seal are
      simply not sealed yet (at most a minute's worth), and are not a problem.
    Sessions deleted by retention (``records.purged``) are skipped: their seals stay as the record.
    """
    if session_ids is None:
        session_ids = (
            AuditEvent.objects.filter(event_type=SEAL_EVENT, subject_type=SUBJECT_TYPE)
            .values_list("subject_id", flat=True)
            .distinct()
        )
    purged = _purged_sessions()
    problems: list[AuditProblem] = []
    for raw_id in sorted({str(s) for s in session_ids}, key=int):
        if raw_id in purged:
            continue
        session_id = int(raw_id)
        to_id, final = 0, False
        for seal in _seals(session_id):
            data = seal.data
            if int(data["from_id"]) != to_id:
                problems.append(
                    AuditProblem(
                        "chat",
                        seal.id,
                        seal.seq,
                        f"session {session_id}: seal at seq {seal.seq} starts after line "
                        f"{data['from_id']}, the previous seal ended at line {to_id}",
                    )
                )
            lines = list(_lines(session_id, int(data["from_id"]), int(data["to_id"])))
            root = merkle_root(chat_line_leaf(line) for line in lines)
            if root != data["root"] or len(lines) != data["count"]:
                problems.append(
                    AuditProblem(
                        "chat",
                        seal.id,
                        seal.seq,
                        f"session {session_id}: the chat lines with ids {int(data['from_id']) + 1}.."
                        f"{data['to_id']} no longer match their seal (audit seq {seal.seq}): "
                        f"{len(lines)} line(s) now, {data['count']} sealed; a line was edited, "
                        "deleted or inserted",
                    )
                )
            to_id, final = int(data["to_id"]), final or bool(data.get("final"))
        if final:
            later = ChatMessage.objects.filter(session_id=session_id, id__gt=to_id).values_list(
                "id", flat=True
            )
            for line_id in later[:20]:
                problems.append(
                    AuditProblem(
                        "chat",
                        None,
                        None,
                        f"session {session_id}: chat line {line_id} was added after the session's final seal",
                    )
                )
    return problems
