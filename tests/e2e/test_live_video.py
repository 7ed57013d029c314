"""Browser broadcasting end to end: the RM's console sends Chromium's fake camera through the WebSocket
relay into a real nginx-rtmp ingest (the gate is asked), and a customer's phone-width room plays the HLS."""

import pytest

from broadcast.models import IngestState, Stream
from compliance.models import AuditEvent
from studio.services.sessions import session_end, session_go_live
from tests.e2e.conftest import off_loop, screenshot
from tests.e2e.test_live_room import approved_session
from tests.factories import make_compliance_officer, make_customer
from tests.support.video import Ingest, wait_until

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def ingest(daphne_server, video_ports, tmp_path):
    running = Ingest(tmp_path / "video", video_ports, daphne_server.url).start()
    yield running
    running.stop()
    running.settle()


def test_rm_broadcasts_from_the_browser_and_a_phone_plays_it(site, ingest):
    session = approved_session()
    rm = session.studio.owner
    off_loop(session_go_live, session=session, actor=rm)

    console = site.signed_in(rm)
    console.context.grant_permissions(["camera", "microphone"], origin=site.url)
    console.goto(f"/studio/sessions/{session.pk}/console/")
    console.get_by_role("button", name="开启摄像头和麦克风").click()
    console.wait_for_function("() => document.getElementById('broadcast-preview').videoWidth > 0")
    console.get_by_role("button", name="开始推流").click()
    console.locator("#on-air[data-status=live]").wait_for(timeout=20_000)
    console.locator("#broadcast-health", has_text="kbit/s").wait_for(timeout=10_000)

    stream = Stream.objects.get(session=session)
    assert stream.state == IngestState.LIVE
    assert wait_until(lambda: len(ingest.segments(stream.public_id)) >= 2, timeout=20)
    assert AuditEvent.objects.filter(
        event_type="stream.publish_accepted", subject_id=str(session.pk)
    ).exists()

    room = site.signed_in(make_customer("c-video", level="C3"), phone=True)
    room.goto(f"/watch/{session.pk}/live/")
    room.locator("#video[data-stream=live] video").wait_for(timeout=20_000)
    room.wait_for_function("() => document.querySelector('#video video').currentTime > 1", timeout=30_000)
    first = room.evaluate("() => document.querySelector('#video video').currentTime")
    room.wait_for_function(
        f"() => document.querySelector('#video video').currentTime > {first} + 1", timeout=15_000
    )
    assert room.evaluate("() => document.querySelector('#video video').videoWidth") > 0
    screenshot(console, "live-video-console")
    screenshot(room, "live-video-room-phone")

    # An officer watching the room stops the stream with a reason: the ingest cuts the relay within seconds,
    # the console says why, the customer's room says compliance stopped it.
    watcher = site.signed_in(make_compliance_officer("officer-video"))
    watcher.goto(f"/watch/{session.pk}/live/")
    watcher.locator("#stop-stream-form").wait_for(timeout=15_000)
    watcher.locator("#stop-reason").fill("画面出现未经审核的收益承诺")
    watcher.get_by_role("button", name="中止推流").click()
    watcher.locator("#stop-stream-form", has_text="已中止").wait_for()
    console.locator("#broadcast-error", has_text="合规人员已中止本场推流").wait_for(timeout=15_000)
    room.locator("#video[data-stream=stopped]", has_text="合规人员已中止").wait_for(timeout=15_000)
    assert AuditEvent.objects.filter(
        event_type="stream.cut", subject_id=str(session.pk), data__reason="stopped"
    ).exists()
    screenshot(room, "live-video-room-stopped")

    off_loop(session_end, session=session, actor=rm)
    room.locator("#video[data-stream=ended]").wait_for(timeout=15_000)
    assert not site.console_errors, site.console_errors
