"""The gate on air, with real nginx-rtmp and ffmpeg: refused publishes leave no HLS and are audited; an
accepted one plays; ending the session, closing its gate and an officer's Stop each cut the publisher
within the ingest's re-ask interval; invite-only playback needs admission."""

import json
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from broadcast import services, tokens
from broadcast.models import IngestEvent, IngestState, Stream
from compliance.models import AuditEvent
from compliance.services.gate import product_card_changed
from studio.models import SessionState, Visibility
from studio.services.sessions import session_end
from tests.factories import (
    make_video_session,
)
from tests.support.video import UPDATE_INTERVAL, ffmpeg_publish, wait_until

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# A cut must come within the re-ask interval; nginx-rtmp's timer and ffmpeg's exit add a little.
CUT_WITHIN = UPDATE_INTERVAL + 2.5


def key_of(session, rm) -> str:
    return services.stream_key_rotate(session=session, actor=rm).stream_key


def refused_events(session) -> list[dict]:
    return list(
        AuditEvent.objects.filter(
            event_type="stream.publish_refused", subject_id=str(session.pk)
        ).values_list("data", flat=True)
    )


def assert_refused(ingest, session, key: str, reason: str, tmp_path):
    publisher = ffmpeg_publish(f"{ingest.rtmp_url}/{key}", seconds=20, log=tmp_path / "ffmpeg.log")
    try:
        assert publisher.wait(timeout=15) != 0, "ffmpeg should have been refused"
    finally:
        if publisher.poll() is None:
            publisher.kill()
    public_id = key.split("?")[0]
    assert not ingest.hls_dir(public_id).exists(), "a refused publish must not produce HLS"
    assert [e["reason"] for e in refused_events(session)] == [reason]
    assert not IngestEvent.objects.filter(stream__session=session, kind="publish_accepted").exists()


def test_draft_session_is_refused(ingest, tmp_path):
    session, rm, _, _ = make_video_session(live=False, approved=False)
    assert session.state == SessionState.DRAFT
    assert_refused(ingest, session, key_of(session, rm), "not_live", tmp_path)


def test_approved_but_not_live_is_refused(ingest, tmp_path):
    session, rm, _, _ = make_video_session(live=False)
    assert session.state == SessionState.APPROVED
    assert_refused(ingest, session, key_of(session, rm), "not_live", tmp_path)


def test_ended_session_is_refused(ingest, tmp_path):
    session, rm, _, _ = make_video_session()
    key = key_of(session, rm)
    session_end(session=session, actor=rm)
    assert_refused(ingest, session, key, "ended", tmp_path)


def test_wrong_key_is_refused(ingest, tmp_path):
    session, rm, _, _ = make_video_session()
    public_id = key_of(session, rm).split("?")[0]
    assert_refused(ingest, session, f"{public_id}?key={'0' * 40}", "wrong_key", tmp_path)


def test_rotated_key_is_refused(ingest, tmp_path):
    session, rm, _, _ = make_video_session()
    old = key_of(session, rm)
    key_of(session, rm)  # rotate: the old key stops working
    assert_refused(ingest, session, old, "wrong_key", tmp_path)
    audit = AuditEvent.objects.filter(subject_id=str(session.pk), event_type__startswith="stream.key_")
    assert list(audit.order_by("seq").values_list("event_type", flat=True)) == [
        "stream.key_issued",
        "stream.key_rotated",
    ]


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, b""


def go_on_air(ingest, session, rm, tmp_path):
    key = key_of(session, rm)
    public_id = key.split("?")[0]
    publisher = ffmpeg_publish(f"{ingest.rtmp_url}/{key}", seconds=60, log=tmp_path / "ffmpeg.log")
    assert wait_until(lambda: len(ingest.segments(public_id)) >= 2, timeout=15), (
        tmp_path / "ffmpeg.log"
    ).read_text()
    return publisher, public_id


def test_live_session_goes_on_air_and_plays_from_a_signed_link(ingest, tmp_path):
    session, rm, _, _ = make_video_session()
    publisher, public_id = go_on_air(ingest, session, rm, tmp_path)
    try:
        stream = Stream.objects.get(session=session)
        assert stream.state == IngestState.LIVE
        assert AuditEvent.objects.filter(
            event_type="stream.publish_accepted", subject_id=str(session.pk)
        ).exists()
        # The viewer's link is signed; the playlist's segment lines carry the signature; unsigned is refused.
        url = tokens.playback_url(public_id)
        assert url.startswith(f"{ingest.http_url}/live/{public_id}/index.m3u8?e=")
        status, body = fetch(url)
        assert status == 200 and b"#EXTM3U" in body
        segment = next(line for line in body.decode().splitlines() if ".ts?" in line)
        base = url.rsplit("/", 1)[0]
        status, data = fetch(f"{base}/{segment}")
        assert status == 200 and len(data) > 1000
        assert fetch(f"{ingest.http_url}/live/{public_id}/index.m3u8")[0] == 403
        assert fetch(url.replace("&t=", "&t=x"))[0] == 403
        # Nothing a viewer fetches carries the key.
        assert "key=" not in url and "key=" not in body.decode()
    finally:
        publisher.kill()
        publisher.wait()
    # The publish was recorded; on_record_done stored the file's path for the recordings hook.
    assert wait_until(
        lambda: IngestEvent.objects.filter(stream__session=session, kind="record_done").exists(), timeout=10
    )
    recorded = IngestEvent.objects.get(stream__session=session, kind="record_done")
    assert recorded.path.startswith(str(ingest.config.record_path)) and public_id in recorded.path
    assert Path(recorded.path).stat().st_size > 10_000
    assert wait_until(
        lambda: Stream.objects.get(session=session).state == IngestState.INTERRUPTED, timeout=10
    )


def assert_cut(publisher, reason: str, session, since: float):
    assert publisher.wait(timeout=CUT_WITHIN + 5) is not None
    took = time.monotonic() - since
    assert took <= CUT_WITHIN, f"cut after {took:.1f} s"
    event = IngestEvent.objects.filter(stream__session=session, kind="cut").get()
    assert event.reason == reason
    assert AuditEvent.objects.filter(
        event_type="stream.cut", subject_id=str(session.pk), data__reason=reason
    ).exists()


def test_ending_the_session_cuts_the_stream(ingest, tmp_path):
    session, rm, _, _ = make_video_session()
    publisher, _ = go_on_air(ingest, session, rm, tmp_path)
    since = time.monotonic()
    session_end(session=session, actor=rm)
    assert_cut(publisher, "ended", session, since)


def test_gate_closing_cuts_the_stream(ingest, tmp_path):
    session, rm, _, product = make_video_session()
    publisher, _ = go_on_air(ingest, session, rm, tmp_path)
    since = time.monotonic()
    # The featured product's card changes: the new card is not approved, so the gate is closed.
    product.card_text = product.card_text + "本产品不保本。"
    product.save(update_fields=["card_text"])
    product_card_changed(product=product, actor=None)
    assert_cut(publisher, "gate_closed", session, since)


def test_officer_stop_cuts_the_stream_and_keeps_it_off(ingest, tmp_path):
    session, rm, officer, _ = make_video_session()
    publisher, public_id = go_on_air(ingest, session, rm, tmp_path)
    since = time.monotonic()
    with pytest.raises(Exception, match="reason"):
        services.stream_stop(session=session, officer=officer, reason="  ")
    services.stream_stop(session=session, officer=officer, reason="画面出现未经审核的收益承诺")
    assert_cut(publisher, "stopped", session, since)
    stopped = AuditEvent.objects.get(event_type="stream.stopped", subject_id=str(session.pk))
    assert stopped.actor_id == officer.pk and stopped.data["reason"] == "画面出现未经审核的收益承诺"
    # A new publish is refused while the stream is stopped.
    retry = ffmpeg_publish(services.stream_internal_push_url(session=session), seconds=10)
    assert retry.wait(timeout=15) != 0
    assert [e["reason"] for e in refused_events(session)] == ["stopped"]


def api_playback(server_url: str, session_id: int, query: str = "") -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(
            f"{server_url}/api/broadcast/sessions/{session_id}/playback/{query}", timeout=10
        ) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, {}


def test_invite_only_playback_needs_admission(ingest, callback_server, tmp_path):
    session, rm, _, _ = make_video_session(visibility=Visibility.INVITE_ONLY)
    assert session.invite_code
    publisher, public_id = go_on_air(ingest, session, rm, tmp_path)
    try:
        status, _ = api_playback(callback_server.url, session.pk)
        assert status == 404  # the same answer as for a session that does not exist
        assert fetch(f"{ingest.http_url}/live/{public_id}/index.m3u8")[0] == 403
        status, body = api_playback(callback_server.url, session.pk, f"?invite={session.invite_code}")
        assert status == 200 and body["status"] == "live"
        playlist_status, playlist = fetch(body["url"])
        assert playlist_status == 200 and b".ts?e=" in playlist
    finally:
        publisher.kill()
        publisher.wait()


def test_a_second_publisher_does_not_take_over_or_cut_the_first(ingest, tmp_path):
    session, rm, _, _ = make_video_session()
    publisher, public_id = go_on_air(ingest, session, rm, tmp_path)
    try:
        intruder = ffmpeg_publish(services.stream_internal_push_url(session=session), seconds=15)
        assert intruder.wait(timeout=15) != 0
        time.sleep(UPDATE_INTERVAL + 1.5)  # a re-ask of the first publisher after the intruder was refused
        assert publisher.poll() is None, "the publisher on air was cut"
        assert Stream.objects.get(session=session).state == IngestState.LIVE
        assert [e["reason"] for e in refused_events(session)] == ["other_publisher"]
    finally:
        publisher.kill()
        publisher.wait()
