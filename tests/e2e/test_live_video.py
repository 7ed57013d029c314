"""Browser broadcasting end to end: the RM's console sends Chromium's fake camera through the WebSocket
relay into a real nginx-rtmp ingest (the gate is asked), and a customer's phone-width room plays the HLS."""

import pytest

from broadcast.models import IngestState, Stream
from compliance.models import AuditEvent
from studio import services as studio_services
from tests.e2e.conftest import off_loop, screenshot
from tests.e2e.test_live_room import approved_session
from tests.factories import make_customer
from tests.video.helpers import Ingest, wait_until

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def ingest(daphne_server, video_ports, tmp_path):
    running = Ingest(tmp_path / "video", video_ports, daphne_server.url).start()
    yield running
    running.stop()


def test_rm_broadcasts_from_the_browser_and_a_phone_plays_it(site, ingest):
    session = approved_session()
    rm = session.studio.owner
    off_loop(studio_services.session_go_live, session=session, actor=rm)

    console = site.signed_in(rm)
    console.context.grant_permissions(["camera", "microphone"], origin=site.url)
    console.goto(f"/studio/sessions/{session.pk}/console/")
    console.get_by_role("button", name="开启摄像头和麦克风").click()
    console.wait_for_function("() => document.getElementById('broadcast-preview').videoWidth > 0")
    console.get_by_role("button", name="开始直播推流").click()
    console.locator("#on-air[data-status=live]").wait_for(timeout=20_000)
    console.locator("#broadcast-health", has_text="kbit/s").wait_for(timeout=10_000)

    stream = Stream.objects.get(session=session)
    assert stream.state == IngestState.LIVE
    assert wait_until(lambda: len(ingest.segments(stream.public_id)) >= 2, timeout=20)
    assert AuditEvent.objects.filter(event_type="stream.publish_accepted", subject_id=str(session.pk)).exists()

    room = site.signed_in(make_customer("c-video", level="C3"), phone=True)
    room.goto(f"/watch/{session.pk}/live/")
    room.locator("#video[data-stream=live] video").wait_for(timeout=20_000)
    room.wait_for_function("() => document.querySelector('#video video').currentTime > 1", timeout=30_000)
    first = room.evaluate("() => document.querySelector('#video video').currentTime")
    room.wait_for_function(f"() => document.querySelector('#video video').currentTime > {first} + 1",
                           timeout=15_000)
    assert room.evaluate("() => document.querySelector('#video video').videoWidth") > 0
    screenshot(console, "live-video-console")
    screenshot(room, "live-video-room-phone")

    # The RM ends the session: the ingest cuts the relay and the room says so.
    off_loop(studio_services.session_end, session_id=session.pk, actor=rm)
    room.locator("#video[data-stream=ended]").wait_for(timeout=15_000)
    console.locator("#broadcast-error", has_text="直播已结束").wait_for(timeout=15_000)
    assert not site.console_errors, site.console_errors
