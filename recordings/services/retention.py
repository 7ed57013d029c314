"""Verification and retention: the stored files against the hashes on the audit chain, and the purge of what
outlived its retention."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from compliance.models import AuditEvent
from compliance.services.audit import AuditProblem, audit_record
from recordings.models import Recording, RecordingStatus, Replay, ReplayState
from recordings.services.files import (
    recordings_storage,
    stored_sha256,
)


def _recorded_hashes() -> dict[str, str]:
    """The hash each recording was stored with, as the audit chain says (``recording.stored`` events)."""
    return {
        e.subject_id: e.data.get("sha256", "")
        for e in AuditEvent.objects.filter(
            event_type="recording.stored", subject_type="recordings.recording"
        ).only("subject_id", "data")
    }


def recordings_verify() -> list[AuditProblem]:
    """Hash every stored recording and published replay again, against its row and its audit event.

    Registered with ``compliance.services.audit.audit_verifier_register`` at start-up, so ``manage.py audit_verify``
    and the admin's audit check name a recording whose bytes (or recorded hash) were changed.
    """
    problems = []
    audited = _recorded_hashes()
    for rec in Recording.objects.filter(status=RecordingStatus.READY).order_by("id").iterator():
        actual = stored_sha256(rec.storage_key)
        where = f"recording {rec.pk} (session {rec.session_id}, {rec.storage_key})"
        if actual is None:
            problems.append(AuditProblem("recording", rec.pk, None, f"{where} is missing from storage"))
        elif actual != rec.sha256:
            problems.append(
                AuditProblem(
                    "recording",
                    rec.pk,
                    None,
                    f"{where} was changed: its bytes hash to {actual[:16]}…, stored as {rec.sha256[:16]}…",
                )
            )
        if audited.get(str(rec.pk)) != rec.sha256:
            problems.append(
                AuditProblem(
                    "recording",
                    rec.pk,
                    None,
                    f"{where}: its hash does not match the audit trail's recording.stored event",
                )
            )
    for replay in Replay.objects.filter(state=ReplayState.PUBLISHED).exclude(published_key="").order_by("id"):
        if replay.published_key == replay.source_key and len(replay.parts) == 1:
            continue  # the same file as the recording, checked above
        actual = stored_sha256(replay.published_key)
        if actual != replay.published_sha256:
            problems.append(
                AuditProblem(
                    "recording",
                    replay.pk,
                    None,
                    f"published replay of session {replay.session_id} ({replay.published_key}) "
                    f"was changed or is missing",
                )
            )
    return problems


def recordings_purge_expired(*, now: datetime | None = None) -> int:
    """Delete the files of sessions that ended longer ago than ``RECORDING_RETENTION_DAYS``; never under hold.

    Rows stay (with ``purged_at``) and each purge is an audit event, so the chain still says what existed and
    its hash. Idempotent; returns the number of recordings purged.
    """
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.RECORDING_RETENTION_DAYS)
    storage = recordings_storage()
    purged = 0
    for replay in Replay.objects.filter(
        session__ended_at__lt=cutoff, legal_hold=False, purged_at__isnull=True
    ).select_related("session"):
        keys = {k for k in (replay.source_key, replay.published_key) if k}
        recordings = list(Recording.objects.filter(session=replay.session, purged_at__isnull=True))
        keys |= {r.storage_key for r in recordings if r.storage_key}
        for key in sorted(keys):
            storage.delete(key)
        with transaction.atomic():
            Recording.objects.filter(pk__in=[r.pk for r in recordings]).update(
                status=RecordingStatus.PURGED, purged_at=now, updated_at=now
            )
            Replay.objects.filter(pk=replay.pk).update(purged_at=now, updated_at=now)
            audit_record(
                event_type="recording.purged",
                actor=None,
                subject=replay.session,
                data={
                    "recordings": [[r.pk, r.sha256] for r in recordings],
                    "keys": sorted(keys),
                    "retention_days": settings.RECORDING_RETENTION_DAYS,
                },
            )
        purged += len(recordings)
    return purged
