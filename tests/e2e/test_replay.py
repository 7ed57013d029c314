"""A customer watches a published replay in Chromium at phone width: the video plays, the published transcript
follows the picture's time (lines appear at their offsets, a seek moves it), and the card shows from its push."""

import shutil
import subprocess
from datetime import timedelta

import pytest

from recordings.models import Replay
from recordings.selectors import flagged_moment_keys
from recordings.services import recording_process, recording_register, replay_prepare, replay_publish
from studio.models import ChatMessage
from studio.services.room import card_push, chat_send
from studio.services.sessions import session_end
from tests.e2e.conftest import off_loop, screenshot
from tests.factories import (
    R4_CARD,
    ProductFactory,
    make_compliance_officer,
    make_customer,
    make_live,
    make_rm,
    make_session,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LINES = [
    ("欢迎来到直播间，今天聊聊风险等级。", 1.0),
    ("R2产品适合稳健型投资者。", 4.0),
    ("理财非存款、产品有风险、投资须谨慎。", 7.0),
]


def _a_replay(tmp_path, *, publish=True, held=""):
    rm, officer = make_rm("rm-replay"), make_compliance_officer("officer-replay")
    products = {
        "r2": ProductFactory(risk_level="R2"),
        "r4": ProductFactory(
            risk_level="R4", type="fund", benchmark_min=None, benchmark_max=None, card_text=R4_CARD
        ),
    }
    session = make_live(make_session(rm, products), officer)
    for text, offset in LINES:
        ack = chat_send(session_id=session.pk, user=rm, text=text)
        moment = session.started_at + timedelta(seconds=offset)
        ChatMessage.objects.filter(pk=ack["id"]).update(created_at=moment, published_at=moment)
    if held:
        ack = chat_send(session_id=session.pk, user=rm, text=held)
        assert ack["status"] == "held"
        ChatMessage.objects.filter(pk=ack["id"]).update(created_at=session.started_at + timedelta(seconds=6))
    push = card_push(session_id=session.pk, actor=rm, product_id=products["r2"].pk)
    push.__class__.objects.filter(pk=push.pk).update(created_at=session.started_at + timedelta(seconds=3))
    session_end(session=session, actor=rm)
    flv = tmp_path / "pub-1.flv"
    subprocess.run(
        [
            shutil.which("ffmpeg"),
            "-nostdin",
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            "testsrc=size=640x360:rate=25",
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=440",
            "-t",
            "10",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-g",
            "25",
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            "-f",
            "flv",
            str(flv),
        ],
        check=True,
        timeout=60,
    )
    recording = recording_register(session=session, source_path=str(flv), started_at=session.started_at)
    # No worker in this test: the services run here as the worker would (the worker path is tested elsewhere).
    assert recording_process(recording_id=recording.pk) == "ready"
    assert replay_prepare(session_id=session.pk) == "in_review"
    replay = Replay.objects.get(session=session)
    if publish:
        replay_publish(
            replay=replay,
            officer=officer,
            source_sha256=replay.source_sha256,
            reviewed_moments=flagged_moment_keys(session),
        )
    return session, make_customer("c3-replay", level="C3"), officer, replay


def test_a_customer_plays_a_published_replay_and_the_transcript_follows_the_time(
    site, tmp_path, no_celery_worker
):
    session, customer, _officer, _replay = off_loop(_a_replay, tmp_path)
    page = site.signed_in(customer, phone=True)
    page.goto(f"/watch/{session.pk}/replay/")
    video = page.locator("#replay-video")
    page.wait_for_function("() => document.getElementById('replay-video').readyState >= 1", timeout=15000)
    assert page.locator("#transcript").get_attribute("data-shown") == "0"

    page.evaluate(
        "() => { const v = document.getElementById('replay-video'); v.muted = true; return v.play(); }"
    )
    page.wait_for_function("() => document.getElementById('replay-video').currentTime > 1.3", timeout=15000)
    page.wait_for_function("() => document.getElementById('transcript').dataset.shown >= '1'", timeout=5000)
    assert page.locator("#transcript li:not([hidden])").first.text_content().endswith(LINES[0][0])

    # Jump ahead: the transcript and the card follow the picture's time, not the wall clock.
    page.evaluate(
        "() => { const v = document.getElementById('replay-video'); v.pause(); v.currentTime = 7.5; }"
    )
    page.wait_for_function("() => document.getElementById('transcript').dataset.shown === '3'", timeout=5000)
    assert page.locator("#cards .product-card:not([hidden])").count() == 1
    page.evaluate("() => { document.getElementById('replay-video').currentTime = 2.0; }")
    page.wait_for_function("() => document.getElementById('transcript').dataset.shown === '1'", timeout=5000)
    assert page.locator("#cards .product-card:not([hidden])").count() == 0
    page.evaluate("() => { document.getElementById('replay-video').currentTime = 4.5; }")
    page.wait_for_function("() => document.getElementById('transcript').dataset.shown === '2'", timeout=5000)
    assert video.evaluate("v => v.videoWidth") == 640
    page.locator("#transcript li.current").scroll_into_view_if_needed()
    screenshot(page, "replay-phone")

    # The session's landing page (where share links lead) offers the published replay.
    page.goto(f"/watch/{session.pk}/")
    page.locator("#replay-link").wait_for(state="visible")
    assert page.locator("#replay-link").get_attribute("href") == f"/watch/{session.pk}/replay/"
    assert not site.console_errors


def test_the_officer_reviews_the_flagged_moments_with_the_player_jumping_to_each(
    site, tmp_path, no_celery_worker
):
    session, _customer, officer, replay = off_loop(
        _a_replay, tmp_path, publish=False, held="这款产品收益最高，错过再等一年"
    )
    page = site.signed_in(officer)
    page.goto(f"/admin/recordings/replay/{replay.pk}/change/")
    assert page.locator("[data-testid=replay-state]").text_content() == "等待合规审核"
    page.wait_for_function("() => document.getElementById('review-video').readyState >= 1", timeout=15000)
    moment = page.locator("#moments button[data-offset]")
    assert moment.count() == 1 and "这款产品收益最高" in page.locator("#moments li").first.text_content()
    moment.first.click()  # the held line, 6 s in: the player starts a second before it
    page.wait_for_function(
        "() => Math.abs(document.getElementById('review-video').currentTime - 5) < 1.2", timeout=10000
    )
    screenshot(page, "replay-review-officer")

    # Publishing without ticking the flagged moment is refused; ticking it publishes, bound to the file's hash.
    page.locator("button[name=action][value=publish]").click()
    page.wait_for_load_state()
    assert page.locator("[data-testid=replay-state]").text_content() == "等待合规审核"
    page.locator("input[name=moments]").check()
    page.locator("button[name=action][value=publish]").click()
    page.wait_for_load_state()
    assert page.locator("[data-testid=replay-state]").text_content() == "已发布"
    replay.refresh_from_db()
    assert replay.state == "published" and replay.approved_sha256 == replay.source_sha256
