"""Leads from "interested" with consent, credited to session, campaign, RM and share link; the board and the
evaluation counting them; the RM's book with its 360° view, matching, and invitations to the own book only."""

from datetime import timedelta

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.utils import timezone

from audience.models import Invitation
from audience.services.admission import share_link_create, share_link_redeem
from audience.services.attendance import attendance_join
from audience.services.interest import card_interest_record
from audience.services.invitations import segment_invite
from campaigns import selectors
from campaigns.services import campaign_session_create
from compliance.services.gate import session_content_submit
from core.exceptions import ApplicationError, Conflict, NotFound
from organisations.access import access_lead
from organisations.models import Lead
from organisations.services import book_assign, lead_status_set
from products.models import Product
from studio.models import ChatMessage, MessageStatus
from studio.services.room import card_push
from studio.services.sessions import session_go_live
from tests.factories import in_hours, make_campaign, make_customer, make_org, named_studio_of, studio_reviewed

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    org = make_org("l")
    campaign = make_campaign(org)
    for rm in (org.rm_a1, org.rm_a2):
        studio_reviewed(rm, org.officer_a)
    link = campaign_session_create(
        campaign=campaign,
        actor=org.rm_a1,
        studio_id=named_studio_of(org.rm_a1).pk,
        scheduled_start=in_hours(1),
    )
    session_content_submit(session=link.session, author=org.rm_a1)
    link.session.refresh_from_db()
    live = session_go_live(session=link.session, actor=org.rm_a1)
    booked = make_customer("l-booked", level="C3")
    booked.customer_profile.segments = ["vip"]
    booked.customer_profile.save(update_fields=["segments"])
    book_assign(customer=booked, rm=org.rm_a2, assets_band="affluent", holdings={"wmp": 100000})
    walk_in = make_customer("l-walk-in", level="C3")
    r2 = live.featured_products.get(risk_level="R2")
    card = card_push(session_id=live.pk, actor=org.rm_a1, product_id=r2.pk, ref="l-card")
    return org, campaign, live, booked, walk_in, card


def test_interest_with_consent_becomes_a_lead_for_the_customers_rm(world):
    org, campaign, live, booked, walk_in, card = world
    share = share_link_create(session_id=live.pk, actor=org.rm_a1, label="朋友圈")
    share_link_redeem(token=share.token, user=booked, request_session=SessionStore())
    card_interest_record(session_id=live.pk, user=booked, card_id=card.pk, consent=True)
    lead = Lead.objects.get(customer=booked)
    assert (lead.rm, lead.session, lead.push, lead.share_link) == (org.rm_a2, live, card, share)
    assert lead.consent_text and lead.consented_at
    card_interest_record(session_id=live.pk, user=walk_in, card_id=card.pk)
    assert not Lead.objects.filter(customer=walk_in).exists(), "no consent, no lead"
    card_interest_record(session_id=live.pk, user=walk_in, card_id=card.pk, consent=True)
    assert Lead.objects.get(customer=walk_in).rm == org.rm_a1, "without a book, the presenter gets the lead"
    assert Lead.objects.count() == 2


def test_leads_are_worked_by_their_rm_and_conversions_are_credited(world):
    org, campaign, live, booked, walk_in, card = world
    share = share_link_create(session_id=live.pk, actor=org.rm_a1, label="群")
    share_link_redeem(token=share.token, user=booked, request_session=SessionStore())
    card_interest_record(session_id=live.pk, user=booked, card_id=card.pk, consent=True)
    card_interest_record(session_id=live.pk, user=walk_in, card_id=card.pk, consent=True)
    lead = Lead.objects.get(customer=booked)
    with pytest.raises(NotFound):
        access_lead(org.rm_a1, lead.pk)
    lead = lead_status_set(lead=access_lead(org.rm_a2, lead.pk), actor=org.rm_a2, status="contacted")
    lead = lead_status_set(lead=lead, actor=org.rm_a2, status="converted")
    with pytest.raises(ApplicationError):
        lead_status_set(lead=lead, actor=org.rm_a2, status="declined")
    for viewer in (booked, walk_in):
        attendance_join(session_id=live.pk, viewer_key=f"u:{viewer.pk}", user_id=viewer.pk, role="customer")
    ChatMessage.objects.create(
        session=live,
        author=org.rm_a1,
        author_role="owner",
        author_name="RM",
        text="待审",
        status=MessageStatus.HELD,
    )
    board = selectors.campaign_board(campaign=campaign)
    row = next(r for r in board["sessions"] if r["session_id"] == live.pk)
    assert (
        row["state"],
        row["viewers_now"],
        row["card_interest"],
        row["leads"],
        row["conversions"],
        row["held"],
    ) == ("live", 2, 2, 2, 1, 1)
    assert row["incidents_per_hour"] > 0
    assert board["on_air"] == 1 and board["viewers_now"] == 2
    assert {g["branch"] for g in board["branches"]} == {org.b1.name}
    report = selectors.campaign_evaluation(campaign=campaign)
    assert (report["reach"], report["leads"], report["conversions"], report["incidents"]) == (2, 2, 1, 1)
    assert report["conversions_by_share_link"] == {str(share.pk): 1}
    assert report["interest"]["by_segment"] == {"vip": 1, "(无标签)": 1}
    rollup = selectors.branch_rollup(
        branch=org.b1, since=timezone.now() - timedelta(days=1), until=timezone.now() + timedelta(days=1)
    )
    assert (rollup["sessions"], rollup["conversions"]) == (2, 1)  # the campaign's and the studio's first
    assert (
        selectors.branch_rollup(
            branch=org.b2, since=timezone.now() - timedelta(days=1), until=timezone.now() + timedelta(days=1)
        )["conversions"]
        == 0
    )
    csv_rows = selectors.report_csv_rows(report)
    assert csv_rows[0][:2] == ["level", "name"] and any(r[0] == "branch" for r in csv_rows)
    leads = selectors.lead_list(rm=org.rm_a2)
    assert leads[0]["campaign_id"] == campaign.pk and leads[0]["share_link_id"] == share.pk


def test_branch_managers_board_shows_their_branch_only(world):
    org, campaign, live, *_ = world
    assert [
        r["session_id"] for r in selectors.campaign_board(campaign=campaign, user=org.manager_b1)["sessions"]
    ] == [live.pk]
    other_branch_manager_view = selectors.campaign_board(campaign=campaign, user=org.rm_a2)
    assert len(other_branch_manager_view["sessions"]) == 1  # an RM sees the whole campaign board


def test_book_360_matching_and_invitations_to_the_own_book_only(world):
    org, campaign, live, booked, walk_in, card = world
    card_interest_record(session_id=live.pk, user=booked, card_id=card.pk)
    stranger = make_customer("l-stranger", level="C5")
    stranger.customer_profile.segments = ["vip"]
    stranger.customer_profile.save(update_fields=["segments"])
    expired = make_customer("l-expired", level="C4", assessed_days_ago=400)
    expired.customer_profile.segments = ["vip"]
    expired.customer_profile.save(update_fields=["segments"])
    book_assign(customer=expired, rm=org.rm_a2)
    rows = {r["username"]: r for r in selectors.book_view(rm=org.rm_a2)}
    assert set(rows) == {"l-booked", "l-expired"}
    assert rows["l-booked"]["engagement"]["interested"] == 1 and rows["l-booked"]["holdings"] == {
        "wmp": 100000
    }
    assert rows["l-expired"]["assessment_expired"] is True
    products = Product.objects.filter(pk__in=campaign.products.values("pk")).order_by("risk_level")
    matching = selectors.book_matching(rm=org.rm_a2, segment="vip", products=products)
    by_level = {s["risk_level"]: s for s in matching["suggestions"]}
    assert matching["members"] == 2 and matching["expired_assessments"] == 1
    assert (by_level["R2"]["suitable"], by_level["R4"]["suitable"]) == (1, 0)
    assert {w["product_id"] for w in matching["warnings"]} == {by_level["R4"]["product_id"]}
    own = campaign_session_create(
        campaign=campaign,
        actor=org.rm_a2,
        studio_id=named_studio_of(org.rm_a2).pk,
        scheduled_start=in_hours(3),
    )
    session_content_submit(session=own.session, author=org.rm_a2)
    with pytest.raises(Conflict) as warned:  # the R4 card suits neither: warned before anything is sent
        segment_invite(session_id=own.session_id, actor=org.rm_a2, segment="vip")
    assert warned.value.code == "confirm_required"
    assert [w["risk_level"] for w in warned.value.details["warnings"]] == ["R4"]
    assert not Invitation.objects.filter(session=own.session).exists()
    segment_invite(session_id=own.session_id, actor=org.rm_a2, segment="vip", confirm=True)
    assert set(
        Invitation.objects.filter(session=own.session).values_list("customer__username", flat=True)
    ) == {"l-booked", "l-expired"}
