"""The board, evaluation, branch and book pages: who may open them, Chinese text, CSP-friendly markup, CSV."""

import csv
import io

import pytest
from django.test import Client

from campaigns.services import campaign_session_create
from compliance.services import session_content_submit
from tests.campaigns.helpers import in_hours, make_campaign, studio_of
from tests.e2e.test_pages_http import _assert_csp_friendly
from tests.organisations.helpers import make_org

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    org = make_org("p")
    campaign = make_campaign(org)
    link = campaign_session_create(campaign=campaign, actor=org.rm_a1, studio_id=studio_of(org.rm_a1).pk,
                                   scheduled_start=in_hours(2))
    session_content_submit(session=link.session, author=org.rm_a1)
    return org, campaign


def _client(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="zh-hans")
    client.force_login(user)
    return client


def test_pages_open_for_their_people_in_chinese_and_csp_friendly(world):
    org, campaign = world
    pages = {f"/campaigns/{campaign.pk}/board/": "排行榜", f"/campaigns/{campaign.pk}/evaluation/": "活动评估报告",
             f"/branches/{org.b1.pk}/rollup/": "网点报表"}
    for url, heading in pages.items():
        response = _client(org.head_a).get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert heading in html
        _assert_csp_friendly(html)
    book = _client(org.rm_a1).get("/book/")
    assert book.status_code == 200 and "我的客户" in book.content.decode()
    _assert_csp_friendly(book.content.decode())


def test_pages_are_not_found_outside_the_scope(world):
    org, campaign = world
    assert _client(org.rm_b).get(f"/campaigns/{campaign.pk}/board/").status_code == 404
    assert _client(org.officer_b).get(f"/campaigns/{campaign.pk}/evaluation/").status_code == 404
    assert _client(org.manager_b1).get(f"/branches/{org.b2.pk}/rollup/").status_code == 404
    assert _client(org.manager_b1).get(f"/branches/{org.b1.pk}/rollup/").status_code == 200
    assert _client(org.head_a).get("/book/").status_code == 404


def test_the_evaluation_downloads_as_csv_with_branch_rollups(world):
    org, campaign = world
    response = _client(org.head_a).get(f"/api/campaigns/{campaign.pk}/evaluation/?format=csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["level", "name", "branch"]
    assert [r[0] for r in rows[1:]] == ["session", "rm", "branch"]
    assert rows[3][1] == org.b1.name
