"""The RM's session report in the browser: figures and three SVG charts drawn by static/js/report.js from the
analytics API (viewers over time, messages per minute, card funnel per product)."""

from datetime import timedelta

import pytest

from audience.services.admission import share_link_create
from audience.services.attendance import attendance_join, attendance_leave, concurrency_sample
from audience.services.interest import card_interest_record
from studio.services.room import card_open, card_push, chat_send
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


def _r2_and_r4_products() -> dict:
    return {
        "r2": ProductFactory(risk_level="R2"),
        "r4": ProductFactory(
            risk_level="R4", type="fund", benchmark_min=None, benchmark_max=None, card_text=R4_CARD
        ),
    }


def _a_session_that_happened():
    rm, officer = make_rm("rm-report"), make_compliance_officer("officer-report")
    products = _r2_and_r4_products()
    session = make_live(make_session(rm, products), officer)
    c2, c5 = make_customer("c2-report", level="C2"), make_customer("c5-report", level="C5")
    start = session.started_at
    visits = {}
    for user in (c2, c5):
        visits[user.pk] = attendance_join(
            session_id=session.pk, viewer_key=f"u:{user.pk}", user_id=user.pk, role="customer", at=start
        )
    attendance_join(session_id=session.pk, viewer_key="g:guest", user_id=None, role="guest", at=start)
    for tick in range(4):  # four 10-second samples: 3, 3, 3, then 2 viewers after c2 leaves
        if tick == 3:
            attendance_leave(visit_id=visits[c2.pk], at=start + timedelta(seconds=25))
        concurrency_sample(now=start + timedelta(seconds=10 * tick + 1))
    for text in ("大家好", "请问R4适合我吗", "谢谢讲解"):
        chat_send(session_id=session.pk, user=c5, text=text)
    chat_send(session_id=session.pk, user=rm, text="保本保收益，稳赚不赔")  # rejected
    push = card_push(session_id=session.pk, actor=rm, product_id=products["r4"].pk)
    card_open(session_id=session.pk, user=c5, card_id=push.pk)
    card_interest_record(session_id=session.pk, user=c5, card_id=push.pk)
    share_link_create(session_id=session.pk, actor=rm, label="微信群")
    session_end(session=session, actor=rm)
    return rm, session, products


def test_the_report_draws_viewers_messages_and_the_card_funnel(site):
    rm, session, _ = off_loop(_a_session_that_happened)
    page = site.signed_in(rm)
    page.goto(f"/studio/sessions/{session.pk}/report/")
    page.locator("#report[data-loaded=true]").wait_for()

    assert page.locator("[data-figure=unique_viewers] dd").text_content() == "3"
    assert page.locator("[data-figure=peak_concurrent] dd").text_content() == "3"
    assert page.locator("svg[data-chart=viewers] polyline").get_attribute("data-points") == "4"
    assert "4" in page.locator("#chart-viewers figcaption").text_content()

    bars = page.locator("svg[data-chart=messages] rect[data-kind]")
    kinds = [bars.nth(i).get_attribute("data-kind") for i in range(bars.count())]
    assert set(kinds) == {"published", "rejected"}
    # In the room at the push: c2 (R4 too risky for C2), c5 (suits), the guest (no profile).

    values = {
        stage: page.locator(f"svg[data-chart=funnel] rect[data-stage='{stage}']").get_attribute("data-value")
        for stage in ("reached", "suitable", "opened", "interested")
    }
    assert values == {"reached": "3", "suitable": "1", "opened": "1", "interested": "1"}
    assert page.locator("#report-links tbody tr").count() == 1
    assert "微信群" in page.locator("#report-links tbody").text_content()
    csv_link = page.get_by_test_id("report-csv")
    assert csv_link.get_attribute("href") == f"/api/sessions/{session.pk}/analytics/?format=csv"
    assert site.console_errors == []
    screenshot(page, "session-report")


def test_another_rm_gets_no_report(site):
    rm, session, _ = off_loop(_a_session_that_happened)
    other = off_loop(make_rm, "rm-other-report")
    page = site.signed_in(other)
    response = page.goto(f"/studio/sessions/{session.pk}/report/")
    assert response.status == 404


def _a_live_session_and_a_cautious_segment():
    rm, officer = make_rm("rm-share"), make_compliance_officer("officer-share")
    products = _r2_and_r4_products()
    session = make_live(make_session(rm, products), officer)
    for n in range(2):
        customer = make_customer(f"saver{n}", level="C1")
        customer.customer_profile.segments = ["稳健储蓄"]
        customer.customer_profile.save(update_fields=["segments"])
    return rm, session


def test_the_rm_shares_a_link_and_is_warned_about_a_segment_below_the_products(site):
    rm, session = off_loop(_a_live_session_and_a_cautious_segment)
    page = site.signed_in(rm)
    page.goto(f"/studio/sessions/{session.pk}/report/")
    page.locator("#report[data-loaded=true]").wait_for()

    page.locator("#share-label").fill("朋友圈")
    page.locator("#share-form button[type=submit]").click()
    url = page.get_by_test_id("share-url")
    url.wait_for()
    assert "/s/" in url.get_attribute("href")
    page.locator("#report-links tbody tr", has_text="朋友圈").wait_for()

    page.locator("#invite-segment option[value='稳健储蓄']").wait_for(state="attached")
    page.locator("#invite-segment").select_option("稳健储蓄")
    page.locator("#invite-form button[type=submit]").click()
    page.locator("#invite-confirm-send").click()
    warning = page.locator("#invite-warnings li[data-code=segment_below_products]")
    warning.wait_for()
    assert "风险等级" in warning.text_content()
    assert "2" in page.locator("#invite-result").text_content()
    screenshot(page, "session-report-share")

    # The link works for a guest: it lands on the session's page.
    guest = site.page()
    guest.goto(url.get_attribute("href"))
    assert guest.url.endswith(f"/watch/{session.pk}/")
    assert site.console_errors == []
