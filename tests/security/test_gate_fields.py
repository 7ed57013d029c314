"""One gate for every customer-visible field (issue 17), checked by behaviour: each ``GATE`` field of
``test_customer_visible_fields`` sends an approved session back to review when it changes and cannot change
while live; product facts change only through the product desk's service, audited, with the approvals that
relied on them re-checked; the admin writes through the services or shows the fields read-only; a pinned line
is the host's checked line or a customer line that passes the screening."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from compliance.models import AuditEvent, ContentKind, Notification, Submission, SubmissionStatus
from compliance.selectors import gate_blockers, product_card_approved
from core.exceptions import ApplicationError, Conflict
from products.models import Product
from products.services import product_update
from studio.models import LiveSession, SessionState, Studio
from studio.services.room import card_push, chat_pin, chat_send
from studio.services.sessions import session_update, studio_update
from tests.factories import make_live, make_session, session_make_approved
from tests.security.test_customer_visible_fields import FIELDS, GATE

pytestmark = pytest.mark.django_db


def _gate_change(field: str, session: LiveSession, rm, products):
    """Change one GATE field of ``session`` (or its studio, or a featured product's card) through its service."""
    label, name = field.rsplit(".", 1)
    if label == "studio.LiveSession":
        if name == "featured_products":
            return session_update(session=session, actor=rm, featured_product_ids=[products["r2"].pk])
        value = (
            "https://video.example.com/live/new.m3u8"
            if name == "playback_url"
            else getattr(session, name) + "欢迎收看。"
        )
        return session_update(session=session, actor=rm, **{name: value})
    if label == "studio.Studio":
        studio = Studio.objects.get(pk=session.studio_id)
        return studio_update(studio=studio, actor=rm, **{name: getattr(studio, name) + "（新）"})
    raise AssertionError(field)


GATED_SESSION_FIELDS = sorted(
    f"{label}.{name}"
    for label, fields in FIELDS.items()
    for name, klass in fields.items()
    if klass == GATE and label in ("studio.LiveSession", "studio.Studio")
)


@pytest.mark.parametrize("field", GATED_SESSION_FIELDS)
def test_a_gated_field_sends_an_approved_session_back_to_review(field, rm, officer, products):
    session = make_session(rm, products)
    session_make_approved(session, officer)
    _gate_change(field, LiveSession.objects.get(pk=session.pk), rm, products)
    session.refresh_from_db()
    assert session.state == SessionState.IN_REVIEW, field
    assert gate_blockers(session), field


@pytest.mark.parametrize("field", GATED_SESSION_FIELDS)
def test_a_gated_field_cannot_change_while_live(field, rm, officer, products):
    session = make_live(make_session(rm, products), officer)
    before = LiveSession.objects.select_related("studio").get(pk=session.pk)
    with pytest.raises(Conflict):
        _gate_change(field, LiveSession.objects.get(pk=session.pk), rm, products)
    after = LiveSession.objects.select_related("studio").get(pk=session.pk)
    assert (
        after.title,
        after.description,
        after.script,
        after.playback_url,
        after.studio.name,
        after.studio.description,
    ) == (
        before.title,
        before.description,
        before.script,
        before.playback_url,
        before.studio.name,
        before.studio.description,
    )
    assert after.state == SessionState.LIVE


def test_a_product_card_change_goes_through_the_gate(rm, officer, products, product_desk):
    session = make_session(rm, products)
    session_make_approved(session, officer)
    product_update(
        product=products["r4"], actor=product_desk, card_text=products["r4"].card_text + "详见说明书。"
    )
    session.refresh_from_db()
    assert session.state == SessionState.IN_REVIEW
    assert [(b.kind, b.code) for b in gate_blockers(session)] == [("product_card", "awaiting_check")]


# -- product facts ------------------------------------------------------------------------------------------


def test_the_product_desk_relabels_a_product_audited_and_broken_approvals_are_pulled_back(
    rm, officer, products, product_desk
):
    session = make_live(make_session(rm, products), officer)
    r4 = products["r4"]
    assert product_card_approved(r4)
    api = APIClient()
    api.force_authenticate(product_desk)
    response = api.patch(
        f"/api/products/{r4.pk}/", {"risk_level": "R1", "principal_protected": True}, format="json"
    )
    assert response.status_code == 200, response.content

    event = AuditEvent.objects.get(event_type="product.updated", subject_id=str(r4.pk))
    assert event.actor_id == product_desk.pk
    assert event.data["changes"] == {"principal_protected": [False, True], "risk_level": ["R4", "R1"]}
    # The card says R4: its approval no longer holds; a flagged copy waits for an officer; the RM is told.
    r4.refresh_from_db()
    assert not product_card_approved(r4)
    assert Submission.objects.filter(
        product=r4, kind=ContentKind.PRODUCT_CARD, status=SubmissionStatus.FLAGGED, withdrawn_at__isnull=True
    ).exists()
    assert Notification.objects.filter(recipient=rm, kind="approval_withdrawn", session=session).exists()
    with pytest.raises(Conflict) as caught:  # so the room cannot show the relabelled card
        card_push(session_id=session.pk, actor=rm, product_id=r4.pk, ref="after-relabel")
    assert caught.value.code == "card_not_approved"


@pytest.mark.parametrize("who", ["officer", "rm", "superuser"])
def test_nobody_but_the_product_desk_writes_product_facts(who, rm, officer, products):
    user = {
        "officer": officer,
        "rm": rm,
        "superuser": User.objects.create_superuser("root", password="pw-123456"),
    }[who]
    r4 = products["r4"]
    api = APIClient()
    api.force_authenticate(user)
    response = api.patch(
        f"/api/products/{r4.pk}/", {"risk_level": "R1", "principal_protected": True}, format="json"
    )
    assert response.status_code == 403
    with pytest.raises(ApplicationError):
        product_update(product=r4, actor=user, risk_level="R1")
    r4.refresh_from_db()
    assert (r4.risk_level, r4.principal_protected) == ("R4", False)
    assert not AuditEvent.objects.filter(event_type="product.updated").exists()


def test_the_product_admin_writes_through_the_service(products, product_desk):
    r2 = products["r2"]
    client = Client()
    client.force_login(product_desk)
    url = f"/admin/products/product/{r2.pk}/change/"
    form = client.get(url).context["adminform"].form
    data = {name: ("" if value is None else value) for name, value in form.initial.items()}
    data.update(
        {"risk_level": "R3", "sale_start_0": "", "sale_start_1": "", "sale_end_0": "", "sale_end_1": ""}
    )
    data = {k: v for k, v in data.items() if k not in ("sale_start", "sale_end") and not isinstance(v, list)}
    assert client.post(url, data).status_code == 302
    assert Product.objects.get(pk=r2.pk).risk_level == "R3"
    assert AuditEvent.objects.filter(event_type="product.updated", actor_id=product_desk.pk).exists()


# -- admin ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("model", ["studio/livesession", "studio/studio", "accounts/rmprofile"])
def test_the_admin_shows_customer_visible_rows_read_only(model, rm, officer, products):
    session = make_session(rm, products)
    session_make_approved(session, officer)
    obj_id = {
        "studio/livesession": session.pk,
        "studio/studio": session.studio_id,
        "accounts/rmprofile": rm.rm_profile.pk,
    }[model]
    client = Client()
    client.force_login(User.objects.create_superuser("root", password="pw-123456"))
    url = f"/admin/{model}/{obj_id}/change/"
    page = client.get(url)
    assert page.status_code == 200
    assert not page.context["adminform"].form.fields, "no editable field"
    client.post(
        url,
        {
            "title": "保本保收益",
            "name": "保本保收益",
            "description": "保本",
            "script": "保本保收益",
            "display_name": "保本保收益",
        },
    )
    session.refresh_from_db()
    rm.rm_profile.refresh_from_db()
    assert session.state == SessionState.APPROVED and "保本" not in session.title + session.studio.name
    assert "保本" not in rm.rm_profile.display_name


# -- pinned lines ----------------------------------------------------------------------------------------


def test_a_pinned_line_is_the_hosts_checked_line_or_a_customer_line_that_passes_screening(
    rm, officer, products, customer
):
    session = make_live(make_session(rm, products), officer)
    bad = chat_send(
        session_id=session.pk, user=customer, text="这只R4基金保本保收益，稳赚不赔！", ref="c-bad"
    )
    good = chat_send(session_id=session.pk, user=customer, text="请问R2产品的期限是多久？", ref="c-good")
    host = chat_send(session_id=session.pk, user=rm, text="欢迎大家来到直播间。", ref="h-1")
    assert bad["status"] == good["status"] == host["status"] == "published"

    with pytest.raises(Conflict) as caught:
        chat_pin(session_id=session.pk, actor=rm, message_id=bad["id"])
    assert caught.value.code == "pin_not_screened" and caught.value.details["codes"]
    assert LiveSession.objects.get(pk=session.pk).pinned_message_id is None
    assert chat_pin(session_id=session.pk, actor=rm, message_id=good["id"]).pk == good["id"]
    assert chat_pin(session_id=session.pk, actor=rm, message_id=host["id"]).pk == host["id"]


def test_share_links_made_for_a_public_room_do_not_reach_an_invite_only_one(rm, officer, products):
    from audience.services.admission import share_link_create

    session = make_live(make_session(rm, products), officer)
    link = share_link_create(session_id=session.pk, actor=rm, expires_at=timezone.now() + timedelta(days=1))
    assert not link.opens_invite_only
    session_update(session=session, actor=rm, visibility="invite_only")
    fresh = share_link_create(session_id=session.pk, actor=rm)
    assert fresh.opens_invite_only
