"""In the browser: a viewer's lure is held, the viewer is told, the host sees it in the console and releases it."""

import pytest

from studio.services.sessions import session_go_live
from tests.e2e.conftest import off_loop, screenshot
from tests.e2e.test_live_room import approved_session
from tests.factories import make_customer

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LURE = "想了解内部消息的加我威信 wang_licai88"


def test_a_held_viewer_line_waits_for_the_host(site):
    session = approved_session()
    rm = session.studio.owner
    off_loop(session_go_live, session=session, actor=rm)
    c3 = make_customer("c3-e2e", level="C3")
    other = make_customer("c4-e2e", level="C4")

    console = site.signed_in(rm)
    console.goto(f"/studio/sessions/{session.pk}/console/")
    console.locator("#console-state .badge[data-state=live]").wait_for()
    room = site.signed_in(c3)
    room.goto(f"/watch/{session.pk}/live/")
    watcher = site.signed_in(other)
    watcher.goto(f"/watch/{session.pk}/live/")
    console.locator("#viewer-count", has_text="2").wait_for()  # the audience, not the host

    room.get_by_label("您的消息").fill(LURE)
    room.get_by_role("button", name="发送").click()
    room.locator("#chat-error", has_text="等待审核").wait_for()  # told, in Chinese, that it awaits review

    held = console.locator("#held-list li", has_text="wang_licai88")
    held.wait_for()
    assert (
        "私下联系方式" in held.text_content() and "audience." not in held.text_content()
    )  # words, not codes
    assert "audience.off_channel" in held.locator(".codes").get_attribute("data-codes")
    assert console.locator("#held-panel h2").text_content() == "等待您审核的观众消息"
    assert watcher.locator("#chat-log li", has_text="wang_licai88").count() == 0
    screenshot(console, "console-held-viewer-line")

    held.get_by_role("button", name="放行").click()
    watcher.locator("#chat-log li", has_text="wang_licai88").wait_for()
    console.locator("#held-list li").first.wait_for(state="detached")
    assert console.locator("#held-panel").is_hidden()
