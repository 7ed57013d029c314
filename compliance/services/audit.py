"""The audit trail: an append-only hash chain of every decision and change, and its verification.

Every service that changes something an officer or a customer relies on records an event here, inside its
own transaction (``audit_record`` holds the chain head's lock to commit). ``audit_verify`` walks the chain;
apps above compliance add checks of what the chain vouches for through ``audit_verifier_register``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import models, transaction
from django.utils import timezone

from compliance.models import (
    AuditChainHead,
    AuditEvent,
)


def content_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def canonical_json(value: Any) -> str:
    """The one serialisation that hashes are computed over: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _audit_at(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def audit_event_hash(
    *,
    seq: int,
    at: datetime,
    event_type: str,
    actor_id: int | None,
    actor_name: str,
    subject_type: str,
    subject_id: str,
    data: Any,
    prev_hash: str,
) -> str:
    payload = {
        "seq": seq,
        "at": _audit_at(at),
        "type": event_type,
        "actor_id": actor_id,
        "actor": actor_name,
        "subject_type": subject_type,
        "subject_id": subject_id,
        "data": data,
        "prev": prev_hash,
    }
    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()


def audit_event_expected_hash(event: AuditEvent) -> str:
    return audit_event_hash(
        seq=event.seq,
        at=event.at,
        event_type=event.event_type,
        actor_id=event.actor_id,
        actor_name=event.actor_name,
        subject_type=event.subject_type,
        subject_id=event.subject_id,
        data=event.data,
        prev_hash=event.prev_hash,
    )


def _subject_ref(subject: models.Model | None) -> tuple[str, str]:
    if subject is None:
        return "", ""
    return f"{subject._meta.app_label}.{subject._meta.model_name}", str(subject.pk)


@transaction.atomic
def audit_record(
    *,
    event_type: str,
    actor: AbstractBaseUser | None,
    subject: models.Model | None,
    data: dict[str, Any] | None = None,
) -> AuditEvent:
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
        seq=seq,
        at=at,
        event_type=event_type,
        actor_id=actor_id,
        actor_name=actor_name,
        subject_type=subject_type,
        subject_id=subject_id,
        data=data,
        prev_hash=head.last_hash,
    )
    event = AuditEvent.objects.create(
        seq=seq,
        at=at,
        event_type=event_type,
        actor_id=actor_id,
        actor_name=actor_name,
        subject_type=subject_type,
        subject_id=subject_id,
        data=data,
        prev_hash=head.last_hash,
        hash=digest,
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
            problems.append(
                AuditProblem(
                    "edited",
                    event.id,
                    event.seq,
                    f"event {event.id} (seq {event.seq}) was edited: its hash does not match",
                )
            )
        if event.seq > head_seq:
            problems.append(
                AuditProblem(
                    "inserted",
                    event.id,
                    event.seq,
                    f"event {event.id} (seq {event.seq}) was inserted after the chain head (seq {head_seq})",
                )
            )
        elif event.seq > prev_seq + 1:
            problems.append(
                AuditProblem(
                    "deleted",
                    None,
                    prev_seq + 1,
                    f"events with seq {prev_seq + 1}..{event.seq - 1} were deleted "
                    f"(between event {prev.id if prev else '-'} and event {event.id})",
                )
            )
        elif event.prev_hash != prev_hash and prev is not None and not prev_rehashed:
            if content_ok and audit_event_expected_hash(prev) == prev.hash:
                problems.append(
                    AuditProblem(
                        "edited",
                        prev.id,
                        prev.seq,
                        f"event {prev.id} (seq {prev.seq}) was edited and re-hashed: "
                        f"event {event.id} links to its original hash",
                    )
                )
            else:
                problems.append(
                    AuditProblem(
                        "inserted",
                        event.id,
                        event.seq,
                        f"event {event.id} (seq {event.seq}) does not link to event {prev.id}",
                    )
                )
        elif event.prev_hash != prev_hash and prev is None:
            problems.append(
                AuditProblem(
                    "deleted", None, 1, f"the chain's first events were deleted before event {event.id}"
                )
            )
        prev_rehashed = not content_ok
        prev, prev_hash, prev_seq = event, event.hash, event.seq
    if prev_seq < head_seq:
        problems.append(
            AuditProblem(
                "deleted",
                None,
                prev_seq + 1,
                f"events with seq {prev_seq + 1}..{head_seq} at the end of the chain were deleted",
            )
        )
    elif prev is not None and prev_seq == head_seq and prev_hash != head_hash:
        problems.append(
            AuditProblem(
                "edited", prev.id, prev.seq, f"event {prev.id} (seq {prev.seq}) does not match the chain head"
            )
        )
    if registered:
        for verifier in AUDIT_VERIFIERS:
            problems.extend(verifier())
    return problems
