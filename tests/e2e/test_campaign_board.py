"""The campaign's ranking board updates in the browser, without a reload, while two sessions run: customers
entering the two rooms (real live-room pages and sockets) and chatting move the figures on the board."""

import pytest

from campaigns.services import campaign_session_create
from compliance.services.gate import session_content_submit
from organisations.models import Lead
from studio.services.room import card_push, question_ask
from studio.services.sessions import session_go_live
from tests.e2e.conftest import off_loop, screenshot
from tests.factories import in_hours, make_campaign, make_customer, make_org, named_studio_of, studio_reviewed

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _two_sessions_on_air():
    org = make_org("e")
    campaign = make_campaign(org)
    sessions = []
    for rm in (org.rm_a1, org.rm_a2):
        studio_reviewed(rm, org.officer_a)
        link = campaign_session_create(
            campaign=campaign, actor=rm, studio_id=named_studio_of(rm).pk, scheduled_start=in_hours(0.1)
        )
        session_content_submit(session=link.session, author=rm)
        link.session.refresh_from_db()
        sessions.append(session_go_live(session=link.session, actor=rm))
    customers = [make_customer("e-c1", level="C3"), make_customer("e-c2", level="C4")]
    return org, campaign, sessions, customers


def _cell(board, session_title: str, column: int) -> str:
    return (
        board.locator("[data-testid=board-sessions] tr", has_text=session_title)
        .first.locator("td")
        .nth(column)
        .text_content()
    )


def test_the_board_updates_live_while_two_sessions_run(site):
    org, campaign, (first, second), (c1, c2) = off_loop(_two_sessions_on_air)
    board = site.signed_in(org.head_a)
    board.goto(f"/campaigns/{campaign.pk}/board/")
    board.locator("[data-testid=on-air]", has_text="2").wait_for()
    board.locator("[data-testid=viewers-now]", has_text="0").wait_for()
    board.evaluate("window.__notReloaded = true")
    assert board.locator("[data-testid=board-sessions] tr").count() == 2
    assert board.locator("[data-testid=board-branches] tr").count() == 2

    room1 = site.signed_in(c1)
    room1.goto(f"/watch/{first.pk}/live/")
    board.locator("[data-testid=viewers-now]", has_text="1").wait_for(timeout=15_000)
    room2 = site.signed_in(c2)
    room2.goto(f"/watch/{second.pk}/live/")
    board.locator("[data-testid=viewers-now]", has_text="2").wait_for(timeout=15_000)

    # A question in the first room moves its engagement figure; the board still has not reloaded.
    before = int(board.locator("[data-testid=board-sessions] tr").first.locator("td").nth(6).text_content())
    off_loop(question_ask, session_id=first.pk, user=c1, text="R2产品的期限是多久？", ref="e-q1")
    board.wait_for_function(
        f"() => [...document.querySelectorAll('[data-testid=board-sessions] tr')]"
        f".some(tr => tr.cells[6].textContent === '{before + 1}')",
        timeout=15_000,
    )
    assert board.evaluate("window.__notReloaded") is True
    screenshot(board, "campaign-board-two-sessions")

    # The RM pushes a card; the customer ticks consent and takes the next step: a lead, and card interest on the board.
    r2 = off_loop(lambda: first.featured_products.get(risk_level="R2").pk)
    off_loop(card_push, session_id=first.pk, actor=org.rm_a1, product_id=r2, ref="e-card")
    room1.locator("#shelf-count", has_text="1").wait_for()
    room1.locator("#shelf-toggle").click()  # the card lands on the product shelf, one tap away
    room1.locator(".product-card .consent-box").check()
    room1.locator(".product-card .next-step").click()
    room1.locator(".product-card .next-status:not(:empty)").wait_for()
    board.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=board-sessions] tr')].some(tr => tr.cells[7].textContent === '1')",
        timeout=15_000,
    )
    lead = off_loop(lambda: Lead.objects.select_related("rm").get(customer=c1))
    assert (lead.rm_id, lead.session_id, lead.consent_text) == (
        org.rm_a1.pk,
        first.pk,
        "我同意客户经理就该产品与我联系。",
    )

    room2.close()
    board.locator("[data-testid=viewers-now]", has_text="1").wait_for(timeout=15_000)
    assert board.evaluate("window.__notReloaded") is True
    assert not [e for e in site.console_errors if "board" in e]
