"""Replays: prepared from a session's recordings, reviewed by an officer (published with cuts, or withheld), cut
by a Celery task, held for legal reasons, and viewed."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from accounts.roles import is_officer
from compliance.services.audit import audit_record
from core.exceptions import ApplicationError, Conflict, Forbidden
from recordings import media
from recordings.errors import RecordingError
from recordings.models import Recording, RecordingStatus, Replay, ReplayState, ReplayView
from recordings.selectors import flagged_moment_keys
from recordings.services.files import (
    file_local,
    file_store,
    replay_for,
    workdir,
)
from recordings.tasks import replay_cut_task, replay_prepare_task
from studio.models import LiveSession, SessionState


def replay_prepare(*, session_id: int) -> str:
    """Join an ended session's recordings into the replay's source and put it in review.

    Waits (returns ``"waiting"``) while the session is not ended or a recording is still pending. One
    recording is its own source (no copy); several are joined in start order with ``-c copy``. A part stored
    while the replay awaits review (the ingest's last callback came late) rebuilds the source: the officer's
    page then carries the old hash and must be reloaded. Once decided, ``"skipped"``. Idempotent.
    """
    session = LiveSession.objects.get(pk=session_id)
    replay = replay_for(session)
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
        with workdir() as work:
            joined = work / "source.mp4"
            media.concat_copy(
                [media.Piece(file_local(r.storage_key, work), 0.0, None) for r in recordings],
                joined,
                workdir=work,
            )
            duration, sha256, size = (
                media.probe_duration(joined),
                media.sha256_file(joined),
                joined.stat().st_size,
            )
            key = file_store(joined, f"sessions/{session_id}/replay-source-{sha256[:16]}.mp4", size)
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
    with workdir() as work:
        source = file_local(replay.source_key, work)
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
        key = file_store(out, f"sessions/{replay.session_id}/replay-published-{sha256[:16]}.mp4", size)
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
    replay = Replay.objects.select_for_update(no_key=True).get(pk=replay_for(session).pk)
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
