"""End to end through the real ingest: a short test-pattern broadcast into nginx-rtmp (``record all``), its
``on_record_done`` callback into Daphne, the recordings hook, the real Celery worker: the MP4 exists, lasts what
was sent (within 1 s), and its hash is the same in the row, the audit event and the evidence bundle's manifest."""

import hashlib
import io
import json
import zipfile

import pytest

from audience.evidence import evidence_bundle_build
from broadcast import services as broadcast_services
from compliance.models import AuditEvent
from compliance.services.audit import audit_verify
from recordings.models import Recording, RecordingStatus
from recordings.services import recordings_storage
from studio.services.sessions import session_end
from tests.factories import make_video_session
from tests.recordings.conftest import wait_for
from tests.support.video import ffmpeg_publish

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SENT = 6  # seconds of test pattern, published in real time (-re)


def test_a_broadcast_through_the_ingest_is_recorded_hashed_and_in_the_evidence(
    celery_worker, ingest, tmp_path
):
    session, rm, officer, _product = make_video_session()
    key = broadcast_services.stream_key_rotate(session=session, actor=rm).stream_key
    publisher = ffmpeg_publish(f"{ingest.rtmp_url}/{key}", seconds=SENT, log=tmp_path / "ffmpeg.log")
    assert publisher.wait(timeout=SENT + 20) == 0, (tmp_path / "ffmpeg.log").read_text()

    recording = wait_for(
        lambda: Recording.objects.filter(session=session, status=RecordingStatus.READY).first(), timeout=60
    )
    assert (
        recording.source_path.endswith(".flv") and key not in recording.source_path
    )  # renamed to a public id
    assert abs(recording.duration - SENT) <= 1
    with recordings_storage().open(recording.storage_key, "rb") as handle:
        assert hashlib.sha256(handle.read()).hexdigest() == recording.sha256
    [stored] = AuditEvent.objects.filter(event_type="recording.stored", subject_id=str(recording.pk))
    assert stored.data["sha256"] == recording.sha256
    assert abs((recording.started_at - session.started_at).total_seconds()) < 60  # on the server clock

    session_end(session=session, actor=rm)
    _, bundle = evidence_bundle_build(session=session, officer=officer)
    archive = zipfile.ZipFile(io.BytesIO(bundle))
    [entry] = json.loads(archive.read("recordings.json"))["recordings"]
    assert entry["sha256"] == recording.sha256 and entry["sha256_verified"] is True
    assert audit_verify() == []
