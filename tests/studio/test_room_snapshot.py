"""The room's snapshot: the shelf of pushed cards (each worded for the viewer) and the questions with answers."""

from datetime import timedelta

import pytest
from django.utils import timezone

from studio import selectors
from studio.access import Viewer
from studio.models import CardPush
from studio.services.room import card_push
from tests.factories import make_customer

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def viewer_of(user) -> Viewer:
    return Viewer(
        user_id=user.pk,
        name=user.get_username(),
        role="customer",
        profile=getattr(user, "customer_profile", None),
    )


def push(session, product) -> CardPush:
    return card_push(session_id=session.pk, actor=session.studio.owner, product_id=product.pk)


def test_the_shelf_lists_each_pushed_product_once_newest_first_with_the_viewers_own_suitability(
    live_session, products
):
    push(live_session, products["r4"])
    push(live_session, products["r2"])
    latest_r4 = push(live_session, products["r4"])  # pushed again: one card, on top
    c2, c5 = make_customer("c2-snap", level="C2"), make_customer("c5-snap", level="C5")

    shelf2 = selectors.room_snapshot(session_id=live_session.pk, viewer=viewer_of(c2))["shelf"]
    shelf5 = selectors.room_snapshot(session_id=live_session.pk, viewer=viewer_of(c5))["shelf"]

    assert [frame["card"]["product_id"] for frame in shelf2] == [products["r4"].pk, products["r2"].pk]
    assert shelf2[0]["card"]["id"] == latest_r4.pk
    assert [(f["can_act"], f["reason_code"]) for f in shelf2] == [
        (False, "risk_above_tolerance"),
        (True, "suitable"),
    ]
    assert [(f["can_act"], f["reason_code"]) for f in shelf5] == [(True, "suitable"), (True, "suitable")]
    assert all(frame["type"] == "card.pushed" and frame["card"]["text"] for frame in shelf5)


def test_an_expired_assessment_and_a_guest_are_refused_on_the_shelf_with_their_reason(live_session, products):
    push(live_session, products["r2"])
    expired = make_customer("c3-expired", level="C3", assessed_days_ago=400)

    assert (
        selectors.room_shelf(session_id=live_session.pk, profile=expired.customer_profile)[0]["reason_code"]
        == "assessment_expired"
    )
    assert selectors.room_snapshot(session_id=live_session.pk)["shelf"][0]["reason_code"] == "not_a_customer"


def test_a_product_whose_sale_ended_since_the_push_is_no_longer_offered(live_session, products):
    push(live_session, products["r2"])
    c5 = make_customer("c5-late", level="C5")
    later = timezone.now() + timedelta(days=60)  # after the factory's sale end

    frame = selectors.room_shelf(session_id=live_session.pk, profile=c5.customer_profile, now=later)[0]
    assert (frame["can_act"], frame["reason_code"]) == (False, "not_on_sale")


def test_an_empty_shelf_and_no_dismissed_questions(live_session):
    snapshot = selectors.room_snapshot(session_id=live_session.pk)
    assert snapshot["shelf"] == [] and snapshot["questions"] == []
