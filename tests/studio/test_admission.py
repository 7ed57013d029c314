"""Admission is decided once, at the edge (``studio.admission.admit``), and ``access_session`` consults it: a room
service takes the admitted user and no invite code, and each decision replaces the last."""

import pytest
from rest_framework.test import APIClient

from core.exceptions import NotFound
from studio.access import access_session
from studio.admission import admit
from studio.services.room import chat_send
from tests.factories import make_live, make_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def invite_only(rm, officer, products):
    return make_live(make_session(rm, products, visibility="invite_only"), officer)


def test_a_room_service_takes_the_user_the_edge_admitted_with_the_room_code(invite_only, customer):
    with pytest.raises(NotFound):
        access_session(customer, invite_only.pk)
    admit(customer, invite_only.pk, "wrong-code")
    with pytest.raises(NotFound):
        chat_send(session_id=invite_only.pk, user=customer, text="你好", ref="refused")

    admit(customer, invite_only.pk, invite_only.invite_code)
    assert access_session(customer, invite_only.pk).pk == invite_only.pk
    ack = chat_send(session_id=invite_only.pk, user=customer, text="你好", ref="admitted")
    assert ack["status"] == "published" and ack["seq"] is not None

    admit(customer, invite_only.pk, "")  # the next decision: no code
    with pytest.raises(NotFound):
        chat_send(session_id=invite_only.pk, user=customer, text="再见", ref="after")


def test_an_admission_does_not_outlive_its_request_on_a_reused_user_object(invite_only, customer):
    api = APIClient()
    api.force_authenticate(customer)  # one user object for every request below
    url = f"/api/sessions/{invite_only.pk}/"
    assert api.get(f"{url}?invite={invite_only.invite_code}").status_code == 200
    assert api.get(url).status_code == 404
    assert api.get(f"{url}messages/").status_code == 404
