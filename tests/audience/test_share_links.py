"""Share links and invitations: who may make links, expiry and revocation, every redemption recorded with the
RM's attribution, invite-only rooms admitting link holders and invited customers only, segment invitations
with the suitability warning."""

import asyncio
from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.conf import settings
from django.utils import timezone

from audience.models import Invitation, ShareLink, ShareLinkRedemption
from audience.selectors import session_analytics
from audience.services.admission import (
    GRANTS_KEY,
    invite_code_for,
    share_link_create,
    share_link_revoke,
    viewer_may_join,
)
from audience.services.invitations import segment_invite
from compliance.models import AuditEvent, Notification
from tests.factories import make_customer, make_live, make_rm, make_session
from tests.support.clients import api_as, browser_as
from tests.support.room import connect_with_cookie

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

db = database_sync_to_async


def _links_url(session) -> str:
    return f"/api/sessions/{session.pk}/share-links/"


def test_the_host_and_other_rms_make_links_customers_and_guests_cannot(live_session, rm, other_rm, customer):
    response = api_as(rm).post(_links_url(live_session), {"label": "wechat group"}, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["created_by"] == rm.username and body["url"].startswith("/s/")
    link = ShareLink.objects.get(pk=body["id"])
    assert timedelta(days=6, hours=23) < link.expires_at - timezone.now() <= timedelta(days=7)
    assert AuditEvent.objects.filter(
        event_type="share_link.created", subject_id=str(live_session.pk)
    ).exists()

    # A colleague shares a public session under their own name; the host sees every link, the colleague theirs.
    assert api_as(other_rm).post(_links_url(live_session), {}, format="json").status_code == 201
    assert len(api_as(rm).get(_links_url(live_session)).json()) == 2
    assert [row["created_by"] for row in api_as(other_rm).get(_links_url(live_session)).json()] == [
        other_rm.username
    ]

    assert api_as(customer).post(_links_url(live_session), {}, format="json").status_code == 404
    assert api_as(customer).get(_links_url(live_session)).status_code == 404
    assert api_as().post(_links_url(live_session), {}, format="json").status_code == 403  # not signed in


def test_links_only_for_approved_or_live_sessions_and_sane_expiry(rm, other_rm, officer, products):
    draft = make_session(rm, products)
    assert api_as(rm).post(_links_url(draft), {}, format="json").status_code == 409
    assert (
        api_as(other_rm).post(_links_url(draft), {}, format="json").status_code == 404
    )  # a draft is not visible
    invite_only = make_live(make_session(rm, products, visibility="invite_only"), officer)
    assert api_as(other_rm).post(_links_url(invite_only), {}, format="json").status_code == 404
    past = (timezone.now() - timedelta(minutes=1)).isoformat()
    response = api_as(rm).post(_links_url(invite_only), {"expires_at": past}, format="json")
    assert response.status_code == 400 and response.json()["details"] == {"expires_at": ["out of range"]}
    response = api_as(rm).post(_links_url(invite_only), {"expires_at": "tomorrow"}, format="json")
    assert response.status_code == 400 and "expires_at" in response.json()["details"]
    assert ShareLink.objects.count() == 0


def test_opening_a_link_records_it_and_lands_on_the_session(live_session, rm, customer):
    link = share_link_create(session_id=live_session.pk, actor=rm)
    guest = browser_as()
    response = guest.get(f"/s/{link.token}/")
    assert response.status_code == 302 and response.url == f"/watch/{live_session.pk}/"
    signed_in = browser_as(customer)
    signed_in.get(f"/s/{link.token}/")
    signed_in.get(f"/s/{link.token}/")
    redemptions = list(ShareLinkRedemption.objects.filter(link=link).order_by("id"))
    assert [r.user_id for r in redemptions] == [None, customer.pk, customer.pk]
    assert redemptions[0].viewer_key.startswith("g:") and redemptions[1].viewer_key == f"u:{customer.pk}"
    assert browser_as().get("/s/not-a-token/").status_code == 404

    [row] = session_analytics(session=live_session)["share_links"]
    assert (row["created_by"], row["redemptions"], row["unique_redeemers"]) == (rm.username, 3, 2)


def test_an_expired_or_revoked_link_is_refused_and_records_nothing(live_session, rm, other_rm):
    link = share_link_create(
        session_id=live_session.pk, actor=rm, expires_at=timezone.now() + timedelta(seconds=1)
    )
    ShareLink.objects.filter(pk=link.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert browser_as().get(f"/s/{link.token}/").status_code == 410
    fresh = share_link_create(session_id=live_session.pk, actor=rm)
    assert api_as(other_rm).post(f"/api/share-links/{fresh.pk}/revoke/").status_code == 404  # not theirs
    assert api_as(rm).post(f"/api/share-links/{fresh.pk}/revoke/").status_code == 200
    response = api_as().post("/api/share-links/redeem/", {"token": fresh.token}, format="json")
    assert response.status_code == 409 and response.json()["code"] == "link_expired"
    assert ShareLinkRedemption.objects.count() == 0


async def test_an_invite_only_room_admits_link_holders_and_invited_customers_only(rm, officer, products):
    session = await db(
        lambda: make_live(
            make_session(rm, products, visibility="invite_only", guests_can_watch=True), officer
        )
    )()
    link = await db(share_link_create)(session_id=session.pk, actor=rm)

    outsider, connected, code = await connect_with_cookie(session.pk, None)
    assert not connected and code == 4403
    await outsider.disconnect()

    guest = browser_as()
    await db(guest.get)(f"/s/{link.token}/")
    holder, connected, _ = await connect_with_cookie(
        session.pk, guest.cookies[settings.SESSION_COOKIE_NAME].value
    )
    assert connected, "the browser that redeemed the link enters"
    state = await holder.receive_json_from(timeout=5)
    assert state["type"] == "session.state" and state["you"]["role"] == "guest"
    await holder.disconnect()
    for _ in range(50):  # the join and leave are written by the process's buffer a moment later
        visits = await db(lambda: list(session.visits.filter(left_at__isnull=False)))()
        if visits:
            break
        await asyncio.sleep(0.1)
    [visit] = visits
    redemption = await db(ShareLinkRedemption.objects.get)(link=link)
    assert visit.viewer_key == redemption.viewer_key, "the guest's visit is attributable to the link"

    # A customer who never redeemed stays out until invited through their segment.
    vip = await db(make_customer)("vip", level="C5")
    await db(
        lambda: vip.customer_profile.__class__.objects.filter(user=vip).update(segments=["private-banking"])
    )()
    client = await db(browser_as)(vip)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    socket, connected, _ = await connect_with_cookie(session.pk, cookie)
    assert not connected
    await socket.disconnect()
    await db(segment_invite)(session_id=session.pk, actor=rm, segment="private-banking")
    socket, connected, _ = await connect_with_cookie(session.pk, cookie)
    assert connected
    await socket.disconnect()


def test_viewer_may_join_rules(rm, officer, products, customer):
    session = make_live(make_session(rm, products, visibility="invite_only"), officer)
    public = make_live(make_session(rm, products), officer)
    assert viewer_may_join(public, customer, {}) is True
    assert viewer_may_join(session, rm, {}) is True
    assert viewer_may_join(session, officer, None) is True
    assert viewer_may_join(session, customer, {}) is False
    link = share_link_create(session_id=session.pk, actor=rm)
    assert viewer_may_join(session, customer, {GRANTS_KEY: {str(session.pk): link.pk}}) is True
    assert viewer_may_join(session, customer, {GRANTS_KEY: {str(public.pk): link.pk}}) is False
    share_link_revoke(link_id=link.pk, actor=rm)  # the grant ends with its link
    assert viewer_may_join(session, customer, {GRANTS_KEY: {str(session.pk): link.pk}}) is False
    assert invite_code_for(customer, session.pk, {}) == ""


def _segment(username: str, level: str | None, segments: list[str], *, expired: bool = False):
    user = make_customer(username, level=level, assessed_days_ago=400 if expired else 10)
    user.customer_profile.segments = segments
    user.customer_profile.save(update_fields=["segments"])
    return user


def test_segment_invitation_warns_when_no_invitee_suits_any_featured_product(
    live_session, rm, other_rm, customer
):
    # live_session features an R2 and an R4 product.
    low = [
        _segment("c1-a", "C1", ["savers"]),
        _segment("c1-b", "C1", ["savers", "young"]),
        _segment("c5-expired", "C5", ["savers"], expired=True),
    ]
    url = f"/api/sessions/{live_session.pk}/invitations/"
    response = api_as(rm).post(url, {"segment": "savers"}, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["customers"], body["invited"], body["already_invited"]) == (3, 3, 0)
    [warning] = body["warnings"]
    assert warning["code"] == "segment_below_products" and warning["product_levels"] == ["R2", "R4"]
    assert set(Invitation.objects.filter(session=live_session).values_list("customer_id", flat=True)) == {
        u.pk for u in low
    }
    assert Notification.objects.filter(kind="session_invitation", recipient__in=low).count() == 3

    # Again: nobody is invited twice; a mixed segment gets the softer warning.
    again = api_as(rm).post(url, {"segment": "savers"}, format="json").json()
    assert (again["invited"], again["already_invited"]) == (0, 3)
    _segment("c3-young", "C3", ["young"])
    mixed = api_as(rm).post(url, {"segment": "young"}, format="json").json()
    assert [w["code"] for w in mixed["warnings"]] == ["some_customers_below_products"]
    assert mixed["invited"] == 1 and mixed["already_invited"] == 1

    assert api_as(rm).post(url, {"segment": "nobody"}, format="json").status_code == 404
    assert api_as(rm).post(url, {"segment": ""}, format="json").status_code == 400
    assert api_as(other_rm).post(url, {"segment": "savers"}, format="json").status_code == 404
    assert api_as(customer).post(url, {"segment": "savers"}, format="json").status_code == 404


def test_a_suitable_segment_gets_no_warning(live_session, rm):
    make_rm("unused-rm")
    _segment("c4", "C4", ["growth"])
    body = (
        api_as(rm)
        .post(f"/api/sessions/{live_session.pk}/invitations/", {"segment": "growth"}, format="json")
        .json()
    )
    assert body["warnings"] == [] and body["invited"] == 1


def test_an_invite_only_session_is_reachable_for_reminders_only_once_admitted(rm, officer, products):
    from tests.factories import session_make_approved

    session = session_make_approved(make_session(rm, products, visibility="invite_only"), officer)
    url = f"/api/sessions/{session.pk}/reminders/"
    invited = _segment("invited", "C3", ["vip"])
    stranger = _segment("stranger", "C3", [])
    assert api_as(stranger).post(url).status_code == 404, "not invited: the session does not exist for them"
    segment_invite(session_id=session.pk, actor=rm, segment="vip")
    assert api_as(invited).post(url).status_code == 201
    # A stranger who opens a share link in their browser is admitted from that browser session.
    link = share_link_create(session_id=session.pk, actor=rm)
    browser = browser_as(stranger)
    browser.get(f"/s/{link.token}/")
    assert browser.post(url).status_code == 201


def test_a_link_to_a_session_pulled_back_to_review_leads_nowhere(live_session, rm, officer, products):
    from tests.factories import session_make_approved

    session = session_make_approved(make_session(rm, products), officer)
    link = share_link_create(session_id=session.pk, actor=rm)
    from studio.services.sessions import session_update

    session_update(session=session, actor=rm, title="改过的标题：认识风险等级")
    session.refresh_from_db()
    assert session.state == "in_review"
    assert browser_as().get(f"/s/{link.token}/").status_code == 404
    assert not ShareLinkRedemption.objects.exists()


def test_a_share_link_opens_the_pages_of_an_invite_only_session_for_that_browser_only(rm, officer, products):
    from tests.factories import session_make_approved

    session = session_make_approved(make_session(rm, products, visibility="invite_only"), officer)
    link = share_link_create(session_id=session.pk, actor=rm)
    holder, stranger = browser_as(), browser_as()
    landing, room = f"/watch/{session.pk}/", f"/watch/{session.pk}/live/"

    assert stranger.get(landing).status_code == 404
    assert holder.get(f"/s/{link.token}/").url == landing
    assert holder.get(landing).status_code == 200
    assert holder.get(room).status_code == 200
    assert stranger.get(landing).status_code == 404 and stranger.get(room).status_code == 404
    assert session.invite_code not in holder.get(landing).content.decode(), "the room's own code stays secret"


def test_the_host_sees_the_segments_with_sizes_risk_mix_and_warnings_before_inviting(
    live_session, rm, other_rm, customer
):
    """Issue 19: inviting a segment was a free-text code; the page now offers the segments that exist."""
    _segment("s-c1", "C1", ["savers"])
    _segment("s-c5-expired", "C5", ["savers", "growth"], expired=True)
    _segment("s-c4", "C4", ["growth"])
    url = f"/api/sessions/{live_session.pk}/invitations/"

    overview = api_as(rm).get(url, HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert overview.status_code == 200, overview.content
    by_name = {s["segment"]: s for s in overview.json()}
    assert {"savers", "growth"} <= set(by_name)
    savers, growth = by_name["savers"], by_name["growth"]
    assert savers["customers"] == 2 and savers["already_invited"] == 0
    assert savers["risk_mix"] == {"C1": 1, "C2": 0, "C3": 0, "C4": 0, "C5": 0, "none": 1}
    assert growth["risk_mix"]["C4"] == 1 and growth["risk_mix"]["none"] == 1
    # The warning inviting would raise is known before anything is sent, said in Chinese.
    below = [w for w in savers["warnings"] if w["code"] == "segment_below_products"]
    assert below and "风险等级" in below[0]["text"]
    assert not Invitation.objects.filter(session=live_session).exists()

    api_as(rm).post(url, {"segment": "savers"}, format="json")
    assert {s["segment"]: s for s in api_as(rm).get(url).json()}["savers"]["already_invited"] == 2

    # Only the host sees the overview; the others get the same 404 as for a missing session.
    assert api_as(other_rm).get(url).status_code == 404
    assert api_as(customer).get(url).status_code == 404


def test_a_wrong_segment_is_refused_with_a_chinese_message(live_session, rm):
    response = api_as(rm).post(
        f"/api/sessions/{live_session.pk}/invitations/",
        {"segment": "nobody"},
        format="json",
        HTTP_ACCEPT_LANGUAGE="zh-hans",
    )
    assert response.status_code == 404
    body = response.json()
    assert body["code"] == "unknown_segment"
    assert "分群" in body["message"] and "nobody" in body["message"]
    assert not any(word in body["message"] for word in ("customer", "segment", "Not found"))
