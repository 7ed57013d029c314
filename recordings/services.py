"""Writes of the recordings app: register and process recordings, prepare, publish, cut or withhold replays,
count replay views, verify stored files and purge what outlived its retention.

Every state change is an audit event on the compliance hash chain, carrying the file hashes. The slow parts
(ffmpeg, hashing, storage) run outside transactions; the row is then locked and written only if nobody
finished first, so each service is idempotent and a Celery redelivery or retry does no harm (the work is
repeated, its result written once). Files are addressed by content (``…-<sha256 prefix>.mp4``), so a rerun
stores nothing new.

Storage is Django's ``storages["recordings"]`` (``RECORDINGS_STORAGE_*`` settings; see docs/recordings.md).
"""

from __future__ import annotations

import logging
import re
import tempfile
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.files import File
from django.core.files.storage import Storage, storages
from django.db import transaction
from django.utils import timezone

from accounts.roles import is_officer
from compliance.models import AuditEvent
from compliance.services.audit import AuditProblem, audit_record
from core.exceptions import ApplicationError, Conflict, Forbidden
from recordings import media
from recordings.errors import RecordingError, StorageUnavailable
from recordings.models import Recording, RecordingStatus, Replay, ReplayState, ReplayView
from recordings.selectors import flagged_moment_keys
from recordings.tasks import recording_process_task, replay_cut_task, replay_prepare_task
from studio.models import LiveSession, SessionState

logger = logging.getLogger(__name__)

#: nginx-rtmp's ``record_unique on`` appends the recording's start (Unix seconds) to the file name.
UNIQUE_SUFFIX = re.compile(r"-(\d{9,11})\.flv$")


def recordings_storage() -> Storage:
    return storages["recordings"]


@contextmanager
def _workdir():
    root = settings.RECORDINGS_WORKDIR
    if root:
        Path(root).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="rec-", dir=root or None) as path:
        yield Path(path)


def _store(local: Path, key: str, size: int) -> str:
    """Save ``local`` under ``key`` (content-addressed); a file already there with that size is kept."""
    storage = recordings_storage()
    try:
        if storage.exists(key) and storage.size(key) == size:
            return key
        with open(local, "rb") as handle:
            saved = storage.save(key, File(handle, name=Path(key).name))
    except OSError as exc:
        raise StorageUnavailable(str(exc)) from exc
    return saved


def _local(key: str, workdir: Path) -> Path:
    """A local path to the stored file: the file itself on a filesystem storage, else a downloaded copy."""
    storage = recordings_storage()
    try:
        return Path(storage.path(key))
    except NotImplementedError:
        target = workdir / Path(key).name
        try:
            with storage.open(key, "rb") as source, open(target, "wb") as out:
                while chunk := source.read(media.CHUNK):
                    out.write(chunk)
        except OSError as exc:
            raise StorageUnavailable(str(exc)) from exc
        return target


def stored_sha256(key: str) -> str | None:
    """Hash the stored bytes again; ``None`` when the file is gone."""
    storage = recordings_storage()
    try:
        with storage.open(key, "rb") as handle:
            return media.sha256_stream(handle)
    except FileNotFoundError:
        return None


def _replay_for(session: LiveSession) -> Replay:
    replay, _ = Replay.objects.get_or_create(session=session)
    return replay


# ---------------------------------------------------------------------------------------------------------
# Recordings


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
        _replay_for(session)
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
        with _workdir() as work:
            mp4 = work / "recording.mp4"
            media.remux_to_mp4(source, mp4)
            duration = media.probe_duration(mp4)
            sha256 = media.sha256_file(mp4)
            size = mp4.stat().st_size
            key = _store(
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


# ---------------------------------------------------------------------------------------------------------
# Replays


def replay_prepare(*, session_id: int) -> str:
    """Join an ended session's recordings into the replay's source and put it in review.

    Waits (returns ``"waiting"``) while the session is not ended or a recording is still pending. One
    recording is its own source (no copy); several are joined in start order with ``-c copy``. A part stored
    while the replay awaits review (the ingest's last callback came late) rebuilds the source: the officer's
    page then carries the old hash and must be reloaded. Once decided, ``"skipped"``. Idempotent.
    """
    session = LiveSession.objects.get(pk=session_id)
    replay = _replay_for(session)
    if replay.state not in (ReplayState.RECORDING, ReplayState.IN_REVIEW):
        return "skipped"
    recordings = list(
        Recording.objects.filter(session=session)
        .exclude(status=RecordingStatus.FAILED)
        .order_by("started_at", "id")
    )
    if (
        session.state != SessionState.ENDED
        or not recordings
        or any(r.status != RecordingStatus.READY for r in recordings)
    ):
        return "waiting"
    parts = [
        {
            "recording_id": r.pk,
            "sha256": r.sha256,
            "duration": r.duration,
            "started_at": r.started_at.isoformat(),
        }
        for r in recordings
    ]
    if replay.state == ReplayState.IN_REVIEW and [(p["recording_id"], p["sha256"]) for p in replay.parts] == [
        (p["recording_id"], p["sha256"]) for p in parts
    ]:
        return "skipped"
    if len(recordings) == 1:
        only = recordings[0]
        key, sha256, duration, size = only.storage_key, only.sha256, only.duration, only.size
    else:
        with _workdir() as work:
            joined = work / "source.mp4"
            media.concat_copy(
                [media.Piece(_local(r.storage_key, work), 0.0, None) for r in recordings],
                joined,
                workdir=work,
            )
            duration, sha256, size = (
                media.probe_duration(joined),
                media.sha256_file(joined),
                joined.stat().st_size,
            )
            key = _store(joined, f"sessions/{session_id}/replay-source-{sha256[:16]}.mp4", size)
    with transaction.atomic():
        locked = Replay.objects.select_for_update(no_key=True).get(pk=replay.pk)
        if locked.state not in (ReplayState.RECORDING, ReplayState.IN_REVIEW) or locked.parts == parts:
            return "skipped"
        replaces = locked.source_sha256
        locked.parts, locked.source_key, locked.source_sha256 = parts, key, sha256
        locked.source_duration, locked.source_size, locked.state = duration, size, ReplayState.IN_REVIEW
        locked.save(
            update_fields=[
                "parts",
                "source_key",
                "source_sha256",
                "source_duration",
                "source_size",
                "state",
                "updated_at",
            ]
        )
        audit_record(
            event_type="replay.in_review",
            actor=None,
            subject=session,
            data={
                "sha256": sha256,
                "duration": round(duration, 3),
                "size": size,
                "storage_key": key,
                "parts": parts,
                "replaces": replaces,
            },
        )
    return "in_review"


def _officer_required(officer: AbstractBaseUser) -> None:
    if not is_officer(officer):
        raise Forbidden("Only a compliance officer decides on a replay.", code=RecordingError.FORBIDDEN)


def _lock_in_review(replay: Replay, officer: AbstractBaseUser) -> Replay:
    _officer_required(officer)
    locked = (
        Replay.objects.select_for_update(no_key=True, of=("self",))
        .select_related("session")
        .get(pk=replay.pk)
    )
    if locked.state != ReplayState.IN_REVIEW:
        raise Conflict("The replay is not awaiting review.", code=RecordingError.NOT_IN_REVIEW)
    return locked


def _validated_cuts(cuts: list[tuple[float, float]], duration: float) -> list[list[float]]:
    clean = []
    for start, end in cuts:
        start, end = float(start), float(end)
        if not (0 <= start < end <= duration + 0.5):
            raise ApplicationError(
                "A cut range must lie within the recording and end after it starts.",
                code=RecordingError.INVALID_CUT,
                details={"cut": [start, end]},
            )
        clean.append([round(start, 3), round(min(end, duration), 3)])
    return sorted(clean)


@transaction.atomic
def replay_publish(
    *,
    replay: Replay,
    officer: AbstractBaseUser,
    source_sha256: str,
    reviewed_moments: list[str],
    cuts: list[tuple[float, float]] = (),
) -> Replay:
    """An officer publishes the replay they reviewed, whole or with ``cuts`` (source seconds) removed.

    Preconditions checked here: the caller is an officer, the replay awaits review, ``source_sha256`` is the
    hash of the file under review (the approval is bound to it), and ``reviewed_moments`` is exactly the set
    of flagged moments (a moment flagged since the page was opened sends the officer back). Without cuts the
    source is published at once; with cuts the replay goes to ``publishing`` and ``replay_cut_task`` makes the
    published file after commit. Audited either way.
    """
    locked = _lock_in_review(replay, officer)
    if source_sha256 != locked.source_sha256:
        raise Conflict(
            "The recording changed since it was reviewed; review it again.", code=RecordingError.HASH_MISMATCH
        )
    flagged = flagged_moment_keys(locked.session)
    if set(reviewed_moments) != set(flagged):
        raise Conflict(
            "Review every flagged moment before publishing.",
            code=RecordingError.MOMENTS_NOT_REVIEWED,
            details={"flagged": flagged},
        )
    cut_list = _validated_cuts(list(cuts), locked.source_duration or 0.0)
    now = timezone.now()
    locked.approved_sha256, locked.reviewed_moments, locked.requested_cuts = (
        source_sha256,
        sorted(flagged),
        cut_list,
    )
    locked.decided_by, locked.decided_at, locked.reason = officer, now, ""
    fields = [
        "approved_sha256",
        "reviewed_moments",
        "requested_cuts",
        "decided_by",
        "decided_at",
        "reason",
        "state",
        "updated_at",
    ]
    if cut_list:
        locked.state = ReplayState.PUBLISHING
        locked.save(update_fields=fields)
        audit_record(
            event_type="replay.cut_requested",
            actor=officer,
            subject=locked.session,
            data={
                "approved_sha256": source_sha256,
                "cuts": cut_list,
                "reviewed_moments": locked.reviewed_moments,
            },
        )
        transaction.on_commit(lambda: replay_cut_task.delay(locked.pk))
        return locked
    locked.state = ReplayState.PUBLISHED
    locked.published_key, locked.published_sha256 = locked.source_key, locked.source_sha256
    locked.published_duration, locked.published_size, locked.effective_cuts = (
        locked.source_duration,
        locked.source_size,
        [],
    )
    locked.save(
        update_fields=[
            *fields,
            "published_key",
            "published_sha256",
            "published_duration",
            "published_size",
            "effective_cuts",
        ]
    )
    audit_record(
        event_type="replay.published",
        actor=officer,
        subject=locked.session,
        data={
            "approved_sha256": source_sha256,
            "published_sha256": locked.published_sha256,
            "cuts": [],
            "reviewed_moments": locked.reviewed_moments,
        },
    )
    return locked


def replay_cut(*, replay_id: int) -> str:
    """Make the published file of a replay an officer approved with cuts (the ``publishing`` state).

    Checks the source still hashes to the approved hash (else the replay fails, audited, and nothing is
    published), widens the cuts to keyframes, copies the kept stretches into a new MP4 and publishes it with
    its own hash and the effective cut list. Idempotent: a replay not in ``publishing`` is ``"skipped"``.
    """
    replay = Replay.objects.get(pk=replay_id)
    if replay.state != ReplayState.PUBLISHING:
        return "skipped"
    with _workdir() as work:
        source = _local(replay.source_key, work)
        if media.sha256_file(source) != replay.approved_sha256:
            return _replay_failed(replay_id, "the source no longer matches the approved hash")
        try:
            kept, effective = media.cut_plan(
                duration=replay.source_duration or media.probe_duration(source),
                keyframes=media.keyframe_times(source),
                cuts=[tuple(c) for c in replay.requested_cuts],
            )
            if not kept:
                return _replay_failed(replay_id, "the cuts leave nothing to publish")
            out = work / "published.mp4"
            media.concat_copy([media.Piece(source, start, end) for start, end in kept], out, workdir=work)
            duration, sha256, size = media.probe_duration(out), media.sha256_file(out), out.stat().st_size
        except media.MediaError as exc:
            return _replay_failed(replay_id, str(exc))
        key = _store(out, f"sessions/{replay.session_id}/replay-published-{sha256[:16]}.mp4", size)
    with transaction.atomic():
        locked = (
            Replay.objects.select_for_update(no_key=True, of=("self",))
            .select_related("session", "decided_by")
            .get(pk=replay_id)
        )
        if locked.state != ReplayState.PUBLISHING:
            return "skipped"
        locked.published_key, locked.published_sha256 = key, sha256
        locked.published_duration, locked.published_size = duration, size
        locked.effective_cuts, locked.state = [list(c) for c in effective], ReplayState.PUBLISHED
        locked.save(
            update_fields=[
                "published_key",
                "published_sha256",
                "published_duration",
                "published_size",
                "effective_cuts",
                "state",
                "updated_at",
            ]
        )
        audit_record(
            event_type="replay.published",
            actor=locked.decided_by,
            subject=locked.session,
            data={
                "approved_sha256": locked.approved_sha256,
                "published_sha256": sha256,
                "storage_key": key,
                "duration": round(duration, 3),
                "size": size,
                "cuts": locked.requested_cuts,
                "effective_cuts": locked.effective_cuts,
                "reviewed_moments": locked.reviewed_moments,
            },
        )
    return "published"


def _replay_failed(replay_id: int, error: str) -> str:
    with transaction.atomic():
        locked = (
            Replay.objects.select_for_update(no_key=True, of=("self",))
            .select_related("session")
            .get(pk=replay_id)
        )
        if locked.state != ReplayState.PUBLISHING:
            return "skipped"
        locked.state, locked.error = ReplayState.FAILED, error[:2000]
        locked.save(update_fields=["state", "error", "updated_at"])
        audit_record(
            event_type="replay.failed", actor=None, subject=locked.session, data={"error": error[:500]}
        )
    return "failed"


@transaction.atomic
def replay_withhold(*, replay: Replay, officer: AbstractBaseUser, reason: str) -> Replay:
    """An officer keeps the replay from customers, with a reason (audited; the recordings stay as evidence)."""
    reason = (reason or "").strip()
    if not reason:
        raise ApplicationError("Say why the replay is withheld.", code=RecordingError.REASON_REQUIRED)
    locked = _lock_in_review(replay, officer)
    locked.state, locked.reason = ReplayState.WITHHELD, reason[:2000]
    locked.decided_by, locked.decided_at = officer, timezone.now()
    locked.save(update_fields=["state", "reason", "decided_by", "decided_at", "updated_at"])
    audit_record(
        event_type="replay.withheld",
        actor=officer,
        subject=locked.session,
        data={"reason": locked.reason, "source_sha256": locked.source_sha256},
    )
    return locked


@transaction.atomic
def replay_legal_hold_set(
    *, session: LiveSession, on: bool, actor: AbstractBaseUser, reason: str = ""
) -> Replay:
    """Put the session's recordings under legal hold (never purged) or lift it; audited."""
    _officer_required(actor)
    replay = Replay.objects.select_for_update(no_key=True).get(pk=_replay_for(session).pk)
    if replay.legal_hold != on:
        replay.legal_hold = on
        replay.save(update_fields=["legal_hold", "updated_at"])
        audit_record(
            event_type="recording.legal_hold_" + ("set" if on else "lifted"),
            actor=actor,
            subject=session,
            data={"reason": reason[:500]},
        )
    return replay


def replays_prepare_due() -> int:
    """Enqueue the preparation of replays still waiting although their session has ended (a safety net)."""
    ids = list(
        Replay.objects.filter(state=ReplayState.RECORDING, session__state=SessionState.ENDED).values_list(
            "session_id", flat=True
        )[:200]
    )
    for session_id in ids:
        replay_prepare_task.delay(session_id)
    return len(ids)


def replay_view_record(*, session: LiveSession, viewer_key: str, user: AbstractBaseUser | None) -> bool:
    """Count a viewer's opening of a published replay, once per viewer and day; True when newly counted."""
    now = timezone.now()
    _, created = ReplayView.objects.get_or_create(
        session=session,
        viewer_key=viewer_key[:80],
        day=timezone.localdate(now),
        defaults={"user": user if user is not None and user.is_authenticated else None, "at": now},
    )
    return created


# ---------------------------------------------------------------------------------------------------------
# Verification and retention


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
