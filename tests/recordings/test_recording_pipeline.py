"""A closed recording on a real Celery worker: remuxed with -c copy to a faststart MP4, probed, hashed, stored
through the storage API, audited; idempotent; several publishes kept in order; audit_verify re-hashes it."""

import hashlib
import io
import json
import subprocess
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from audience.evidence import evidence_bundle_build
from compliance.models import AuditEvent
from compliance.services.audit import audit_verify
from recordings.models import Recording, RecordingStatus, Replay, ReplayState
from recordings.services import recording_register, recordings_storage, replays_prepare_due
from recordings.tasks import recording_process_task
from studio.services.sessions import session_end
from tests.recordings.conftest import make_flv, wait_for

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def status_of(recording) -> str:
    return Recording.objects.values_list("status", flat=True).get(pk=recording.pk)


def stored_bytes(key: str) -> bytes:
    with recordings_storage().open(key, "rb") as handle:
        return handle.read()


def codecs(path: str) -> list[str]:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "stream=codec_name", "-of", "json", path],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return sorted(s["codec_name"] for s in json.loads(out)["streams"])


def test_a_closed_recording_is_remuxed_hashed_stored_and_audited(
    celery_worker, live_session, rm, officer, ingest_dir
):
    flv = make_flv(ingest_dir / "pub-1.flv", 5)
    # The ingest closes the recording when the session ends (the publisher is cut), then calls back.
    session_end(session=live_session, actor=rm)
    recording = recording_register(
        session=live_session, source_path=str(flv), stream_name="pub", started_at=live_session.started_at
    )

    wait_for(lambda: status_of(recording) == RecordingStatus.READY)
    recording.refresh_from_db()
    assert abs(recording.duration - 5) < 1
    body = stored_bytes(recording.storage_key)
    assert hashlib.sha256(body).hexdigest() == recording.sha256 and len(body) == recording.size
    # Faststart: the index (moov) comes before the media data (mdat); the streams were copied, not re-encoded.
    assert body.index(b"moov") < body.index(b"mdat")
    local = recordings_storage().path(recording.storage_key)
    assert codecs(local) == codecs(str(flv)) == ["aac", "h264"]
    [stored] = AuditEvent.objects.filter(event_type="recording.stored", subject_id=str(recording.pk))
    assert stored.data["sha256"] == recording.sha256 and stored.data["storage_key"] == recording.storage_key
    assert audit_verify() == []
    call_command("audit_verify")

    # The session has ended: the replay goes to review; the evidence bundle carries the same hash and the file.
    wait_for(lambda: Replay.objects.get(session=live_session).state == ReplayState.IN_REVIEW)
    _, bundle = evidence_bundle_build(session=live_session, officer=officer)
    archive = zipfile.ZipFile(io.BytesIO(bundle))
    manifest = json.loads(archive.read("recordings.json"))
    [entry] = manifest["recordings"]
    assert (entry["sha256"], entry["duration"], entry["bytes"], entry["storage_key"]) == (
        recording.sha256,
        recording.duration,
        recording.size,
        recording.storage_key,
    )
    assert entry["sha256_verified"] is True and entry["included_as"] == "recordings/part-1.mp4"
    assert hashlib.sha256(archive.read("recordings/part-1.mp4")).hexdigest() == recording.sha256
    files = {f["name"]: f["sha256"] for f in json.loads(archive.read("manifest.json"))["files"]}
    assert files["recordings/part-1.mp4"] == recording.sha256
    timeline = json.loads(archive.read("timeline.json"))
    assert [e["kind"] for e in timeline if e["kind"].startswith("stream.")] == ["stream.start", "stream.stop"]


def test_over_the_size_limit_the_bundle_references_the_file_by_hash(
    celery_worker, live_session, rm, officer, ingest_dir, settings
):
    settings.EVIDENCE_RECORDING_MAX_BYTES = 1000
    flv = make_flv(ingest_dir / "pub-1.flv", 2)
    recording = recording_register(
        session=live_session, source_path=str(flv), started_at=live_session.started_at
    )
    wait_for(lambda: status_of(recording) == RecordingStatus.READY)
    _, bundle = evidence_bundle_build(session=live_session, officer=officer)
    archive = zipfile.ZipFile(io.BytesIO(bundle))
    [entry] = json.loads(archive.read("recordings.json"))["recordings"]
    assert entry["included_as"] is None and entry["sha256"] == Recording.objects.get().sha256
    assert not [n for n in archive.namelist() if n.endswith(".mp4")]


def test_a_recording_delivered_twice_is_stored_once(celery_worker, live_session, ingest_dir):
    flv = make_flv(ingest_dir / "pub-1.flv", 2)
    first = recording_register(session=live_session, source_path=str(flv))
    again = recording_register(session=live_session, source_path=str(flv))  # the callback, redelivered
    assert again.pk == first.pk
    recording_process_task.delay(first.pk)  # and the task, delivered a second time
    wait_for(lambda: status_of(first) == RecordingStatus.READY)
    assert recording_process_task.apply_async(args=[first.pk]).get(timeout=30) == "skipped"
    assert AuditEvent.objects.filter(event_type="recording.stored").count() == 1
    assert AuditEvent.objects.filter(event_type="recording.registered").count() == 1
    assert len(list(Path(recordings_storage().path(f"sessions/{live_session.pk}")).iterdir())) == 1


def test_a_file_that_is_not_media_fails_for_good_and_says_why(celery_worker, live_session, ingest_dir):
    bad = ingest_dir / "pub-1.flv"
    bad.write_bytes(b"not a video at all")
    recording = recording_register(session=live_session, source_path=str(bad))
    wait_for(lambda: status_of(recording) == RecordingStatus.FAILED)
    recording.refresh_from_db()
    assert recording.attempts == 1 and "ffmpeg failed" in recording.error
    assert AuditEvent.objects.filter(event_type="recording.failed", subject_id=str(recording.pk)).exists()


def test_reconnects_are_kept_in_order_and_joined_into_one_replay(celery_worker, live_session, rm, ingest_dir):
    t0 = live_session.started_at
    second = make_flv(ingest_dir / "pub-2.flv", 3)
    first = make_flv(ingest_dir / "pub-1.flv", 4)
    # The later publish's callback arrives first; the start times order them.
    late = recording_register(
        session=live_session, source_path=str(second), started_at=t0 + timedelta(seconds=10)
    )
    early = recording_register(session=live_session, source_path=str(first), started_at=t0)
    wait_for(lambda: status_of(early) == status_of(late) == RecordingStatus.READY)
    session_end(session=live_session, actor=rm)
    assert Replay.objects.get(session=live_session).state == ReplayState.RECORDING
    assert replays_prepare_due() == 1  # the periodic safety net: both parts were stored before the end
    wait_for(lambda: Replay.objects.get(session=live_session).state == ReplayState.IN_REVIEW)
    replay = Replay.objects.get(session=live_session)
    assert [p["recording_id"] for p in replay.parts] == [early.pk, late.pk]
    early.refresh_from_db()
    late.refresh_from_db()
    assert abs(replay.source_duration - (early.duration + late.duration)) < 0.5
    assert replay.source_sha256 == hashlib.sha256(stored_bytes(replay.source_key)).hexdigest()
    assert replay.source_sha256 not in (early.sha256, late.sha256)


def test_audit_verify_names_a_recording_whose_bytes_were_changed(celery_worker, live_session, ingest_dir):
    recordings = []
    for n in (1, 2):
        recordings.append(
            recording_register(
                session=live_session, source_path=str(make_flv(ingest_dir / f"pub-{n}.flv", 2))
            )
        )
    wait_for(lambda: all(status_of(r) == RecordingStatus.READY for r in recordings))
    assert audit_verify() == []
    tampered = Recording.objects.get(pk=recordings[1].pk)
    path = Path(recordings_storage().path(tampered.storage_key))
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte of the picture
    path.write_bytes(bytes(data))

    problems = audit_verify()
    assert [(p.kind, p.event_id) for p in problems] == [("recording", tampered.pk)]
    assert f"recording {tampered.pk} " in problems[0].message and "was changed" in problems[0].message
    with pytest.raises(CommandError):
        call_command("audit_verify")

    # A row re-hashed to match the edited bytes still disagrees with the audit trail.
    Recording.objects.filter(pk=tampered.pk).update(sha256=hashlib.sha256(bytes(data)).hexdigest())
    assert [p.kind for p in audit_verify()] == ["recording"]
    assert "audit trail" in audit_verify()[0].message
