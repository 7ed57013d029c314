"""Retention from settings (never under legal hold), a part stored late rebuilds the source under review, and
the timeline's offsets (pure functions: parts, gaps, cuts)."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django import forms
from django.utils import timezone

from compliance.models import AuditEvent
from compliance.services.audit import audit_verify
from recordings.admin import parse_cuts
from recordings.models import Recording, RecordingStatus, Replay, ReplayState
from recordings.services import (
    recording_process,
    recording_register,
    recordings_purge_expired,
    recordings_storage,
    replay_legal_hold_set,
    replay_prepare,
)
from recordings.timeline import parts_from, published_offset, source_offset
from studio.models import LiveSession
from studio.services.sessions import session_end
from tests.factories import make_live, make_session
from tests.recordings.conftest import make_flv

T0 = datetime(2026, 1, 5, 2, 0, tzinfo=UTC)


def test_offsets_follow_the_parts_and_skip_the_gaps():
    parts = parts_from([(T0 + timedelta(seconds=100), 50.0), (T0, 60.0)])  # given out of order
    assert [p.base for p in parts] == [0.0, 60.0]
    assert source_offset(T0 - timedelta(seconds=5), parts) == 0.0  # before the first part
    assert source_offset(T0 + timedelta(seconds=30), parts) == 30.0
    assert source_offset(T0 + timedelta(seconds=80), parts) == 60.0  # in the reconnect gap: next part's start
    assert source_offset(T0 + timedelta(seconds=110), parts) == 70.0
    assert source_offset(T0 + timedelta(hours=1), parts) == 110.0  # after the end
    assert source_offset(T0, []) == 0.0


def test_published_offsets_drop_what_was_cut_and_shift_what_follows():
    cuts = [(10.0, 15.0), (30.0, 32.0)]
    assert published_offset(5.0, cuts) == 5.0
    assert published_offset(12.0, cuts) is None
    assert published_offset(20.0, cuts) == 15.0
    assert published_offset(31.0, cuts) is None
    assert published_offset(40.0, cuts) == 33.0


def _stored(session, tmp_path, name, *, seconds=2, started_at=None) -> Recording:
    flv = make_flv(tmp_path / f"{name}.flv", seconds)
    recording = recording_register(session=session, source_path=str(flv), started_at=started_at)
    assert recording_process(recording_id=recording.pk) == "ready"
    return Recording.objects.get(pk=recording.pk)


@pytest.fixture
def ended_session(live_session, rm):
    return session_end(session=live_session, actor=rm)


@pytest.mark.django_db
def test_recordings_are_purged_after_retention_but_never_under_legal_hold(
    live_session, rm, other_rm, officer, products, tmp_path, settings
):
    held_session = make_live(make_session(other_rm, products), officer)
    kept = _stored(live_session, tmp_path, "a")
    held = _stored(held_session, tmp_path, "b")
    for session in (live_session, held_session):
        session_end(session=session, actor=session.studio.owner)
    replay_legal_hold_set(session=held_session, on=True, actor=officer, reason="监管调查")
    storage = recordings_storage()

    # Within the retention period (default three years) nothing goes.
    assert settings.RECORDING_RETENTION_DAYS >= 3 * 365
    assert recordings_purge_expired(now=timezone.now() + timedelta(days=3 * 365 - 1)) == 0
    assert storage.exists(kept.storage_key) and storage.exists(held.storage_key)

    later = timezone.now() + timedelta(days=settings.RECORDING_RETENTION_DAYS + 1)
    assert recordings_purge_expired(now=later) == 1
    assert not storage.exists(kept.storage_key) and storage.exists(held.storage_key)
    kept.refresh_from_db()
    assert (
        kept.status == RecordingStatus.PURGED and kept.purged_at is not None and kept.sha256
    )  # the row stays
    purge = AuditEvent.objects.get(event_type="recording.purged")
    assert purge.data["recordings"] == [[kept.pk, kept.sha256]]
    assert recordings_purge_expired(now=later) == 0  # idempotent
    assert audit_verify() == []  # a purged recording is not reported as missing

    replay_legal_hold_set(session=held_session, on=False, actor=officer)
    assert recordings_purge_expired(now=later) == 1
    assert not storage.exists(held.storage_key)
    assert AuditEvent.objects.filter(event_type__startswith="recording.legal_hold").count() == 2


@pytest.mark.django_db
def test_a_part_stored_late_rebuilds_the_source_under_review(live_session, rm, tmp_path):
    first = _stored(live_session, tmp_path, "pub-1", seconds=2, started_at=live_session.started_at)
    session_end(session=live_session, actor=rm)
    assert replay_prepare(session_id=live_session.pk) == "in_review"
    before = Replay.objects.get(session=live_session)
    assert before.source_sha256 == first.sha256
    # The ingest's last callback (the final publish) arrives after the replay went to review.
    late = _stored(
        live_session, tmp_path, "pub-2", seconds=3, started_at=live_session.started_at + timedelta(seconds=30)
    )
    assert replay_prepare(session_id=live_session.pk) == "in_review"
    after = Replay.objects.get(session=live_session)
    assert after.state == ReplayState.IN_REVIEW and after.source_sha256 != before.source_sha256
    assert [p["recording_id"] for p in after.parts] == [first.pk, late.pk]
    assert abs(after.source_duration - (first.duration + late.duration)) < 0.5
    assert (
        AuditEvent.objects.filter(event_type="replay.in_review").last().data["replaces"]
        == before.source_sha256
    )
    assert replay_prepare(session_id=live_session.pk) == "skipped"
    assert Path(recordings_storage().path(after.source_key)).exists()
    assert LiveSession.objects.get(pk=live_session.pk).state == "ended"


def test_the_review_page_reads_cut_ranges_in_seconds_or_minutes():
    assert parse_cuts("12.5-20, 1:05-1:30\n2:00:00-2:00:10") == [(12.5, 20.0), (65.0, 90.0), (7200.0, 7210.0)]
    assert parse_cuts("  ") == []
    for bad in ("12", "a-b"):
        with pytest.raises(forms.ValidationError):
            parse_cuts(bad)
