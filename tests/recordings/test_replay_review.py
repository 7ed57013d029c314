"""The replay is gated by an officer's review: flagged moments first, publish whole or with cuts (a new file,
shorter by the cuts, with its own hash), or withhold; customers see only a published replay, and an
unpublished one answers exactly like a missing one. Real worker, real ffmpeg."""

import hashlib
from datetime import timedelta

import pytest
from django.test import Client
from rest_framework.test import APIClient

from audience.selectors import session_analytics
from audience.services.admission import share_link_create
from compliance.models import AuditEvent
from core.exceptions import Conflict, Forbidden
from recordings.errors import RecordingError
from recordings.models import Replay, ReplayState, ReplayView
from recordings.selectors import flagged_moment_keys
from recordings.services import recording_register, recordings_storage, replay_publish, replay_withhold
from studio.models import ChatMessage, MessageStatus
from studio.services.room import card_push, chat_send
from studio.services.sessions import session_end
from tests.recordings.conftest import make_flv, wait_for

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CLEAN = "欢迎大家来到直播间，今天我们聊聊理财产品的风险等级。"
HELD = "这款产品收益最高，错过再等一年"
LATER = "R2产品适合稳健型投资者，理财非存款、产品有风险、投资须谨慎。"


def at_offset(session, seconds):
    return session.started_at + timedelta(seconds=seconds)


def ended_with_recording(session, rm, ingest_dir, *, seconds=10, lines=()):
    """Chat during the live at given offsets, the end, then the ingest's recording of the whole broadcast."""
    for text, offset in lines:
        ack = chat_send(session_id=session.pk, user=rm, text=text)
        moment = at_offset(session, offset)  # place the line in the picture (the test cannot wait that long)
        ChatMessage.objects.filter(pk=ack["id"]).update(
            created_at=moment, published_at=moment if ack["status"] == "published" else None
        )
    session_end(session=session, actor=rm)
    recording_register(
        session=session,
        source_path=str(make_flv(ingest_dir / "pub-1.flv", seconds)),
        started_at=session.started_at,
    )
    wait_for(lambda: Replay.objects.get(session=session).state == ReplayState.IN_REVIEW)
    return Replay.objects.select_related("session").get(session=session)


def stored_sha(key):
    with recordings_storage().open(key, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def test_a_replay_with_a_held_line_is_seen_only_after_an_officer_reviewed_it(
    celery_worker, live_session, rm, officer, customer, ingest_dir
):
    card = card_push(
        session_id=live_session.pk,
        actor=rm,
        product_id=live_session.featured_products.order_by("id").first().pk,
    )
    replay = ended_with_recording(live_session, rm, ingest_dir, lines=[(CLEAN, 1), (HELD, 2)])
    held = ChatMessage.objects.get(status=MessageStatus.HELD)
    viewer = APIClient()
    viewer.force_authenticate(customer)

    # Before review: the replay, its video and its page answer exactly as for a session that does not exist.
    missing = viewer.get("/api/sessions/999999/replay/")
    unpublished = viewer.get(f"/api/sessions/{live_session.pk}/replay/")
    assert unpublished.status_code == missing.status_code == 404 and unpublished.json() == missing.json()
    page = Client()
    page.force_login(customer)
    assert page.get(f"/watch/{live_session.pk}/replay/video/").status_code == 404
    assert page.get(f"/watch/{live_session.pk}/replay/").status_code == 404

    # Only an officer decides, only on the file under review, and only after every flagged moment.
    assert f"chat:{held.pk}" in flagged_moment_keys(live_session)
    with pytest.raises(Forbidden):
        replay_publish(
            replay=replay,
            officer=rm,
            source_sha256=replay.source_sha256,
            reviewed_moments=flagged_moment_keys(live_session),
        )
    with pytest.raises(Conflict) as not_reviewed:
        replay_publish(
            replay=replay, officer=officer, source_sha256=replay.source_sha256, reviewed_moments=[]
        )
    assert not_reviewed.value.code == RecordingError.MOMENTS_NOT_REVIEWED
    with pytest.raises(Conflict) as other_file:
        replay_publish(
            replay=replay,
            officer=officer,
            source_sha256="0" * 64,
            reviewed_moments=flagged_moment_keys(live_session),
        )
    assert other_file.value.code == RecordingError.HASH_MISMATCH
    assert Replay.objects.get(pk=replay.pk).state == ReplayState.IN_REVIEW

    # The officer's review page lists the held line with its offset; publishing from it binds the hash.
    admin = Client()
    admin.force_login(officer)
    review = admin.get(f"/admin/recordings/replay/{replay.pk}/change/")
    assert review.status_code == 200 and HELD in review.content.decode()
    assert (
        admin.get(f"/admin/recordings/replay/{replay.pk}/source/", HTTP_RANGE="bytes=0-9").status_code == 206
    )
    response = admin.post(
        f"/admin/recordings/replay/{replay.pk}/decide/",
        {
            "action": "publish",
            "source_sha256": replay.source_sha256,
            "moments": flagged_moment_keys(live_session),
            "cuts": "",
        },
    )
    assert response.status_code == 302
    replay.refresh_from_db()
    assert replay.state == ReplayState.PUBLISHED and replay.approved_sha256 == replay.source_sha256
    assert replay.published_sha256 == replay.source_sha256 and replay.decided_by == officer
    event = AuditEvent.objects.get(event_type="replay.published")
    assert event.data["approved_sha256"] == replay.source_sha256 and event.actor_id == officer.pk

    # Customers now see it: the published transcript (never the held line) and the card at its push time.
    body = viewer.get(f"/api/sessions/{live_session.pk}/replay/").json()
    assert [line["text"] for line in body["transcript"]] == [CLEAN]
    assert abs(body["transcript"][0]["offset"] - 1) < 0.05
    assert [c["card"]["id"] for c in body["cards"]] == [card.pk]
    assert body["sha256"] == replay.published_sha256
    part = page.get(body["video_url"], HTTP_RANGE="bytes=0-99")
    assert part.status_code == 206 and part["Content-Range"].startswith("bytes 0-99/")
    whole = page.get(body["video_url"])
    assert hashlib.sha256(b"".join(whole.streaming_content)).hexdigest() == replay.published_sha256
    assert page.get(f"/watch/{live_session.pk}/replay/").status_code == 200

    # Replay views are counted apart from live attendance; the RM's report shows the state.
    analytics = session_analytics(session=live_session)
    assert analytics["replay"]["state"] == "published" and analytics["replay"]["replay_views"] == 1
    assert analytics["attendance"]["visits"] == 0
    assert ReplayView.objects.filter(session=live_session, user=customer).count() == 1


def test_a_cut_replay_is_shorter_by_its_cut_ranges_and_has_its_own_hash(
    celery_worker, live_session, rm, officer, ingest_dir
):
    replay = ended_with_recording(
        live_session, rm, ingest_dir, seconds=10, lines=[(CLEAN, 1), (HELD, 2), (LATER, 8)]
    )
    later = ChatMessage.objects.get(text=LATER)
    published = ChatMessage.objects.get(text=CLEAN)
    ChatMessage.objects.filter(pk=published.pk).update(
        published_at=at_offset(live_session, 4)
    )  # inside the cut
    replay_publish(
        replay=replay,
        officer=officer,
        source_sha256=replay.source_sha256,
        reviewed_moments=flagged_moment_keys(live_session),
        cuts=[(3.0, 5.5)],
    )
    assert Replay.objects.get(pk=replay.pk).state in (ReplayState.PUBLISHING, ReplayState.PUBLISHED)
    wait_for(lambda: Replay.objects.get(pk=replay.pk).state == ReplayState.PUBLISHED)
    replay.refresh_from_db()

    [[start, end]] = replay.effective_cuts
    assert start == 3.0 and 5.5 <= end <= 6.6  # widened to the next keyframe (one a second)
    assert abs(replay.published_duration - (replay.source_duration - (end - start))) < 0.3
    assert replay.published_sha256 != replay.source_sha256
    assert stored_sha(replay.published_key) == replay.published_sha256
    assert stored_sha(replay.source_key) == replay.source_sha256  # the reviewed file is kept as it was
    event = AuditEvent.objects.filter(event_type="replay.published").get()
    assert event.data["cuts"] == [[3.0, 5.5]] and event.data["effective_cuts"] == [[start, end]]
    assert event.data["published_sha256"] == replay.published_sha256

    viewer = APIClient()
    body = viewer.get(f"/api/sessions/{live_session.pk}/replay/").json()
    # The line inside the cut is gone; the one after it moved earlier by the cut's length.
    assert [line["id"] for line in body["transcript"]] == [later.pk]
    assert abs(body["transcript"][0]["offset"] - (8 - (end - start))) < 0.05


def test_a_withheld_replay_needs_a_reason_stays_hidden_and_its_rm_sees_why(
    celery_worker, live_session, rm, officer, ingest_dir
):
    link = share_link_create(session_id=live_session.pk, actor=rm)
    replay = ended_with_recording(live_session, rm, ingest_dir, seconds=3, lines=[(HELD, 1)])
    assert Client().get(f"/s/{link.token}/").status_code == 410  # ended, nothing published
    with pytest.raises(Exception):  # noqa: B017 - ApplicationError(reason_required)
        replay_withhold(replay=replay, officer=officer, reason=" ")
    replay_withhold(replay=replay, officer=officer, reason="展示了未经审核的收益承诺")
    assert APIClient().get(f"/api/sessions/{live_session.pk}/replay/").status_code == 404
    assert Client().get(f"/s/{link.token}/").status_code == 410
    report = APIClient()
    report.force_authenticate(rm)
    replay_state = report.get(f"/api/sessions/{live_session.pk}/analytics/").json()["replay"]
    assert replay_state["state"] == "withheld" and replay_state["reason"] == "展示了未经审核的收益承诺"
    with pytest.raises(Conflict):  # decided once
        replay_publish(
            replay=replay,
            officer=officer,
            source_sha256=replay.source_sha256,
            reviewed_moments=flagged_moment_keys(live_session),
        )


def test_a_share_link_keeps_working_for_a_published_replay(
    celery_worker, live_session, rm, officer, ingest_dir
):
    link = share_link_create(session_id=live_session.pk, actor=rm)
    replay = ended_with_recording(live_session, rm, ingest_dir, seconds=3)
    guest = Client()
    assert guest.get(f"/s/{link.token}/").status_code == 410
    replay_publish(
        replay=replay,
        officer=officer,
        source_sha256=replay.source_sha256,
        reviewed_moments=flagged_moment_keys(live_session),
    )
    response = guest.get(f"/s/{link.token}/")
    assert response.status_code == 302 and response.url == f"/watch/{live_session.pk}/replay/"
    assert guest.get(response.url).status_code == 200
    assert guest.get(f"/api/sessions/{live_session.pk}/replay/").status_code == 200
