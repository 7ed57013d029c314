"""The browser pages without a browser: who may open which page, and markup that a strict CSP allows.

Fast Django-client tests beside the Chromium ones (not marked e2e).
"""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from studio.services.sessions import session_create, studio_create
from tests.factories import (
    ProductFactory,
    make_compliance_officer,
    make_customer,
    make_rm,
    session_make_approved,
)
from tests.support.pages import assert_csp_friendly

pytestmark = pytest.mark.django_db


def _client(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def approved(rm, officer):
    studio = studio_create(owner=rm, name="陆家嘴财富云演播室")
    product = ProductFactory(risk_level="R2")
    session = session_create(
        studio=studio,
        actor=rm,
        title="稳健理财直播",
        description="理财非存款、产品有风险、投资须谨慎。",
        scheduled_start=timezone.now() + timedelta(hours=1),
        featured_product_ids=[product.pk],
        script="今天介绍一款R2中低风险产品，业绩比较基准不代表实际收益。理财非存款、产品有风险、投资须谨慎。",
    )
    return session_make_approved(session, officer)


def test_every_page_renders_without_inline_script_or_style(rm, customer, approved):
    pages = [
        (None, "/accounts/login/"),
        (rm, "/studio/"),
        (rm, "/studio/sessions/new/"),
        (rm, f"/studio/sessions/{approved.pk}/"),
        (rm, f"/studio/sessions/{approved.pk}/console/"),
        (customer, "/watch/"),
        (customer, f"/watch/{approved.pk}/"),
        (customer, f"/watch/{approved.pk}/live/"),
        (None, f"/watch/{approved.pk}/"),
    ]
    for user, path in pages:
        response = _client(user).get(path)
        assert response.status_code == 200, path
        assert response["Content-Type"].startswith("text/html; charset=utf-8")
        assert_csp_friendly(response.content.decode())
        assert "script-src 'self'" in response["Content-Security-Policy"]


def test_rm_pages_are_the_owners_only(rm, other_rm, customer, approved):
    for path in (f"/studio/sessions/{approved.pk}/", f"/studio/sessions/{approved.pk}/console/"):
        assert _client(rm).get(path).status_code == 200
        assert _client(other_rm).get(path).status_code == 404  # the same answer as a missing session
        assert _client(customer).get(path).status_code == 404
        assert _client().get(path).status_code == 302  # to the login form
    assert _client(customer).get("/studio/").status_code == 404
    assert _client(rm).get("/studio/sessions/999999/console/").status_code == 404


def test_customer_pages_show_only_published_sessions(rm, customer):
    studio = studio_create(owner=rm, name="陆家嘴财富云演播室")
    draft = session_create(
        studio=studio, actor=rm, title="草稿直播", scheduled_start=timezone.now() + timedelta(hours=1)
    )
    for path in (f"/watch/{draft.pk}/", f"/watch/{draft.pk}/live/"):
        assert _client(customer).get(path).status_code == 404
        assert _client(rm).get(path).status_code == 200  # the host previews their own
    assert "草稿直播" not in _client(customer).get("/watch/").content.decode()


def test_landing_page_names_the_presenter_and_warns_of_risk(customer, approved):
    html = _client(customer).get(f"/watch/{approved.pk}/").content.decode()
    profile = approved.studio.owner.rm_profile
    for fact in (
        approved.title,
        profile.display_name,
        profile.branch,
        profile.licence_number,
        "理财非存款、产品有风险、投资须谨慎",
    ):
        assert fact in html
    assert re.search(r'id="remind-button"[^>]*data-url="/api/sessions/\d+/reminders/"', html)
    assert approved.title in _client(customer).get("/watch/").content.decode()


def test_user_text_in_pages_is_escaped(rm, officer, customer):
    studio = studio_create(owner=rm, name="<b>演播室</b>")
    session = session_create(
        studio=studio,
        actor=rm,
        title="<script>alert(1)</script>理财直播",
        description="理财非存款、产品有风险、投资须谨慎。",
        scheduled_start=timezone.now() + timedelta(hours=1),
        script="业绩比较基准不代表实际收益。理财非存款、产品有风险、投资须谨慎。",
    )
    session_make_approved(session, officer)
    for path in (f"/watch/{session.pk}/", f"/watch/{session.pk}/live/", "/watch/"):
        html = _client(customer).get(path).content.decode()
        assert "<script>alert(1)</script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;理财直播" in html


def test_the_javascript_catalogue_translates_the_scripts():
    response = _client().get("/jsi18n/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert response.status_code == 200
    assert "\\u4fdd\\u5b58" in response.content.decode() or "保存" in response.content.decode()  # "Save"


def test_compliance_officers_land_in_the_admin():
    officer = make_compliance_officer("officer-page")
    assert _client(officer).get("/")["Location"] == "/admin/"
    assert _client(make_rm("rm-page")).get("/")["Location"] == "/studio/"
    assert _client(make_customer("cust-page")).get("/")["Location"] == "/watch/"
