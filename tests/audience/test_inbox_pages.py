"""The customer's inbox (invitations and reminders in the page's language) and risk assessment page."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from audience.models import Invitation
from compliance.models import Notification
from compliance.services.notifications import notification_create
from studio.services.sessions import session_create, studio_create
from tests.factories import make_customer, make_rm

pytestmark = pytest.mark.django_db


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def invited():
    rm = make_rm("rm-inbox")
    customer = make_customer("c-inbox", level="C3")
    studio = studio_create(owner=rm, name="演播室")
    session = session_create(
        studio=studio, actor=rm, title="稳健理财入门", scheduled_start=timezone.now() + timedelta(days=1)
    )
    Invitation.objects.create(session=session, customer=customer, invited_by=rm, segment="vip")
    # Stored in English by an older version: the page never shows the stored sentence.
    notification_create(
        recipient=customer,
        kind="session_invitation",
        session=session,
        message="You are invited to “稳健理财入门”.",
    )
    return customer, session


def test_the_inbox_words_an_invitation_in_chinese_with_a_way_to_the_session(invited):
    customer, session = invited
    page = client_for(customer).get("/watch/inbox/").content.decode()

    assert "邀请您观看直播《稳健理财入门》" in page
    assert f'href="/watch/{session.pk}/"' in page
    assert "You are invited" not in page and "Invitation" not in page
    assert "1 条未读消息" in page


def test_the_inbox_in_english(invited):
    customer, _ = invited
    client = client_for(customer)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = client.get("/watch/inbox/").content.decode()
    assert "invites you to the live session “稳健理财入门”" in page


def test_marking_all_read_and_only_customers_have_an_inbox(invited):
    customer, _ = invited
    client = client_for(customer)
    assert client.post("/watch/inbox/").status_code == 302
    assert not Notification.objects.filter(recipient=customer, read_at__isnull=True).exists()
    assert client_for(make_rm("rm-other")).get("/watch/inbox/").status_code == 404
    assert Client().get("/watch/inbox/").status_code == 302  # to the login page


@pytest.mark.parametrize(
    ("level", "days_ago", "state", "says"),
    [
        ("C3", 10, "valid", "您的风险测评在有效期内"),
        ("C3", 400, "expired", "您的风险测评已过期"),
        (None, 0, "missing", "您尚未完成风险承受能力测评"),
    ],
)
def test_the_risk_page_says_where_the_customer_stands_and_how_to_reassess(level, days_ago, state, says):
    customer = make_customer(f"c-risk-{state}", level=level, assessed_days_ago=days_ago)
    page = client_for(customer).get("/watch/me/risk/").content.decode()
    assert f'data-state="{state}"' in page and says in page
    assert ('id="assessment-steps"' in page) is (state != "valid")
