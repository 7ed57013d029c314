"""Recordings: registered from the ingest's callbacks, then processed (probed, hashed, stored) by a Celery task."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from compliance.services.audit import audit_record
from recordings import media
from recordings.models import Recording, RecordingStatus
from recordings.services.files import (
    UNIQUE_SUFFIX,
    file_store,
    replay_for,
    workdir,
)
from recordings.tasks import recording_process_task, replay_prepare_task
from studio.models import LiveSession

logger = logging.getLogger(__name__)


def recording_register(
    *,
    session: LiveSession,
    source_path: str,
    stream_name: str = "",
    started_at: datetime | None = None,
    ended_at: datetime | None = None,
) -> Recording:
    """The ingest closed a recording of ``session``: keep a row for it and enqueue its processing.

    Idempotent on ``source_path`` (a callback delivered twice registers once and enqueues once). ``started_at``
    defaults to the ingest's unique-file timestamp when the name carries one. Enqueues
    ``recording_process_task`` after commit.
    """
    if started_at is None and (match := UNIQUE_SUFFIX.search(source_path)):
        started_at = datetime.fromtimestamp(int(match.group(1)), tz=UTC)
    with transaction.atomic():
        recording, created = Recording.objects.get_or_create(
            source_path=source_path,
            defaults={
                "session": session,
                "stream_name": stream_name[:120],
                "started_at": started_at,
                "ended_at": ended_at or timezone.now(),
            },
        )
        if not created:
            return recording
        replay_for(session)
        audit_record(
            event_type="recording.registered",
            actor=None,
            subject=recording,
            data={
                "session_id": session.pk,
                "source_path": source_path,
                "stream_name": stream_name,
                "started_at": started_at.isoformat() if started_at else None,
            },
        )
        transaction.on_commit(lambda: recording_process_task.delay(recording.pk))
    return recording


def recording_from_ingest(event) -> Recording | None:
    """The ingest's ``record_done`` hook (``broadcast.hooks``): register the closed file of ``event.stream``.

    The ingest's file name carries the publish's start (``record_unique on``); ``event.created_at`` is its end.
    """
    stream = event.stream
    if stream is None or not event.path:
        return None
    return recording_register(
        session=stream.session,
        source_path=event.path,
        stream_name=stream.public_id,
        ended_at=event.created_at,
    )


def recording_process(*, recording_id: int) -> str:
    """Remux, probe, hash and store one registered recording, then record it (and its hash) in the audit chain.

    Returns ``"ready"``, ``"skipped"`` (already done) or ``"failed"`` (bad or missing input: permanent, the
    row says why). Raises ``StorageUnavailable`` for a storage fault (the task retries). After success,
    enqueues the replay's preparation.
    """
    recording = Recording.objects.select_related("session").get(pk=recording_id)
    if recording.status != RecordingStatus.PENDING:
        return "skipped"
    Recording.objects.filter(pk=recording_id).update(attempts=recording.attempts + 1)
    source = Path(recording.source_path)
    try:
        if not source.is_file():
            raise media.MediaError(f"the ingest's file {source} does not exist")
        with workdir() as work:
            mp4 = work / "recording.mp4"
            media.remux_to_mp4(source, mp4)
            duration = media.probe_duration(mp4)
            sha256 = media.sha256_file(mp4)
            size = mp4.stat().st_size
            key = file_store(
                mp4, f"sessions/{recording.session_id}/recording-{recording.pk}-{sha256[:16]}.mp4", size
            )
    except media.MediaError as exc:
        return _recording_failed(recording_id, str(exc))
    with transaction.atomic():
        locked = Recording.objects.select_for_update(no_key=True).get(pk=recording_id)
        if locked.status != RecordingStatus.PENDING:
            return "skipped"
        locked.duration, locked.sha256, locked.size, locked.storage_key = duration, sha256, size, key
        if locked.started_at is None:
            locked.started_at = (locked.ended_at or timezone.now()) - timedelta(seconds=duration)
        locked.status, locked.error = RecordingStatus.READY, ""
        locked.save(
            update_fields=[
                "duration",
                "sha256",
                "size",
                "storage_key",
                "started_at",
                "status",
                "error",
                "updated_at",
            ]
        )
        audit_record(
            event_type="recording.stored",
            actor=None,
            subject=locked,
            data={
                "session_id": locked.session_id,
                "sha256": sha256,
                "duration": round(duration, 3),
                "size": size,
                "storage_key": key,
                "started_at": locked.started_at.isoformat(),
                "source_path": locked.source_path,
            },
        )
        transaction.on_commit(lambda: replay_prepare_task.delay(locked.session_id))
    return "ready"


def _recording_failed(recording_id: int, error: str) -> str:
    with transaction.atomic():
        locked = Recording.objects.select_for_update(no_key=True).get(pk=recording_id)
        if locked.status != RecordingStatus.PENDING:
            return "skipped"
        locked.status, locked.error = RecordingStatus.FAILED, error[:2000]
        locked.save(update_fields=["status", "error", "updated_at"])
        audit_record(
            event_type="recording.failed",
            actor=None,
            subject=locked,
            data={"session_id": locked.session_id, "error": error[:500]},
        )
    logger.warning("recording %s failed: %s", recording_id, error)
    return "failed"
