"""The board, evaluation, branch and book pages: who may open them, Chinese text, CSP-friendly markup, CSV."""

import csv
import io

import pytest
from django.test import Client

from campaigns.services import campaign_session_create
from compliance.services.gate import session_content_submit
from tests.factories import in_hours, make_campaign, make_org, named_studio_of
from tests.support.pages import assert_csp_friendly

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    org = make_org("p")
    campaign = make_campaign(org)
    link = campaign_session_create(
        campaign=campaign,
        actor=org.rm_a1,
        studio_id=named_studio_of(org.rm_a1).pk,
        scheduled_start=in_hours(2),
    )
    session_content_submit(session=link.session, author=org.rm_a1)
    return org, campaign


def _client(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="zh-hans")
    client.force_login(user)
    return client


def test_pages_open_for_their_people_in_chinese_and_csp_friendly(world):
    org, campaign = world
    pages = {
        f"/campaigns/{campaign.pk}/board/": "排行榜",
        f"/campaigns/{campaign.pk}/evaluation/": "活动评估报告",
        f"/branches/{org.b1.pk}/rollup/": "网点报表",
    }
    for url, heading in pages.items():
        response = _client(org.head_a).get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert heading in html
        assert_csp_friendly(html)
    book = _client(org.rm_a1).get("/book/")
    assert book.status_code == 200 and "我的客户" in book.content.decode()
    assert_csp_friendly(book.content.decode())


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


def test_the_book_page_imports_a_csv_all_or_nothing_and_shows_matching(world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    org, _ = world
    client = _client(org.rm_a1)
    bad = SimpleUploadedFile(
        "book.csv",
        "customer,rm,risk_level,assessed_on,segments\n"
        f"p-ok,{org.rm_a1.username},C2,2026-06-01,vip\n"
        f"p-bad,{org.rm_a1.username},C7,2026-06-01,vip\n".encode(),
        content_type="text/csv",
    )
    html = client.post("/book/", {"csv": bad}).content.decode()
    assert "未导入任何数据" in html and "行 3" in html and "p-ok</td>" not in html
    good = SimpleUploadedFile(
        "book.csv",
        "customer,rm,risk_level,assessed_on,segments\n"
        f"p-ok,{org.rm_a1.username},C2,2026-06-01,vip\n".encode(),
        content_type="text/csv",
    )
    html = client.post("/book/", {"csv": good}).content.decode()
    assert "已导入：新增 1 位" in html and "p-ok</td>" in html
    html = client.get("/book/?segment=vip").content.decode()
    assert 'data-testid="matching-warning"' in html  # the R4/R5 products are above this C2 customer
    assert_csp_friendly(html)


def test_branch_managers_and_head_office_land_on_their_campaigns(world):
    org, campaign = world
    for user, branches in ((org.manager_b1, 1), (org.head_a, 2)):
        client = _client(user)
        assert client.get("/").url == "/campaigns/"
        html = client.get("/campaigns/").content.decode()
        assert f"/campaigns/{campaign.pk}/board/" in html
        assert html.count("/rollup/") == branches


def test_the_rm_works_leads_with_buttons_on_the_book_page():
    from organisations.models import Lead, LeadStatus
    from tests.support.world import build_org_world

    w = build_org_world()
    rm, lead = w.org.rm_a1, w.lead
    client = _client(rm)
    html = client.get("/book/").content.decode()
    row = html[html.index(f'data-testid="lead-{lead.pk}"') :]
    row = row[: row.index("</tr>")]
    assert all(
        f'value="{s}">{label}</button>' in row
        for s, label in (("contacted", "已联系"), ("converted", "已成交"), ("declined", "已放弃"))
    )
    assert_csp_friendly(html)
    url = f"/book/leads/{lead.pk}/status/"
    assert client.get(url).status_code == 405
    assert _client(w.org.rm_a2).post(url, {"status": "contacted"}).status_code == 404  # another RM's lead
    assert _client(w.org.officer_a).post(url, {"status": "contacted"}).status_code == 404
    assert Lead.objects.get(pk=lead.pk).status == LeadStatus.NEW
    response = client.post(url, {"status": "contacted"})
    assert response.status_code == 302 and response["Location"] == "/book/"
    assert Lead.objects.get(pk=lead.pk).status == LeadStatus.CONTACTED
    html = client.post(url, {"status": "converted"}, follow=True).content.decode()
    assert Lead.objects.get(pk=lead.pk).status == LeadStatus.CONVERTED
    row = html[html.index(f'data-testid="lead-{lead.pk}"') :]
    assert "<td>已成交</td>" in row[: row.index("</tr>")] and "<button" not in row[: row.index("</tr>")]
    html = client.post(url, {"status": "declined"}, follow=True).content.decode()  # a conversion is final
    assert Lead.objects.get(pk=lead.pk).status == LeadStatus.CONVERTED
    assert "该线索不能改为这个状态" in html


def test_head_office_creates_a_campaign_on_its_page():
    from datetime import timedelta

    from django.utils import timezone

    from campaigns.models import Campaign
    from compliance.models import Submission
    from tests.factories import DESCRIPTION, SCRIPT, featured_products

    org = make_org("n")
    head = _client(org.head_a)
    assert 'href="/campaigns/new/"' in head.get("/campaigns/").content.decode()
    html = head.get("/campaigns/new/").content.decode()
    assert "新建活动" in html and "分享海报文案" in html and "目标客群" in html
    assert_csp_friendly(html)
    for outsider in (org.rm_a1, org.manager_b1, org.officer_a):
        assert _client(outsider).get("/campaigns/new/").status_code == 404
        assert 'href="/campaigns/new/"' not in _client(outsider).get("/campaigns/").content.decode()
    today, product_ids = timezone.localdate(), featured_products()
    form = {
        "name": "开门红",
        "starts_on": today.isoformat(),
        "ends_on": (today - timedelta(days=1)).isoformat(),
        "title": "开门红：认识风险等级",
        "description": DESCRIPTION,
        "script": SCRIPT,
        "poster_text": "开门红直播，扫码预约。",
        "products": product_ids,
        "segments": "vip， 新客",
        "submit_now": "on",
    }
    html = head.post("/campaigns/new/", form).content.decode()
    assert "活动结束日期不能早于开始日期" in html and not Campaign.objects.exists()
    form["ends_on"] = (today + timedelta(days=7)).isoformat()
    response = head.post("/campaigns/new/", form, follow=True)
    campaign = Campaign.objects.get()
    assert response.redirect_chain[-1][0] == "/campaigns/" and "活动已创建" in response.content.decode()
    assert (campaign.name, campaign.segments, campaign.institution_id) == (
        "开门红",
        ["vip", "新客"],
        org.bank_a.pk,
    )
    assert sorted(campaign.products.values_list("pk", flat=True)) == sorted(product_ids)
    assert "开门红直播，扫码预约。" in campaign.template_session.description  # poster text reviewed with it
    assert Submission.objects.filter(session=campaign.template_session).exists()  # submitted once, as ticked
    assert _client(org.rm_a1).post("/campaigns/new/", form).status_code == 404
    assert Campaign.objects.count() == 1


def test_the_lead_list_refuses_an_unknown_status_in_chinese_instead_of_failing(world):
    org, _ = world
    client = _client(org.rm_a1)
    assert client.get("/api/leads/", {"status": "new"}).status_code == 200
    for bad in ("nonsense", "new\x00", "\x0bj\x00n"):
        response = client.get("/api/leads/", {"status": bad})
        assert response.status_code == 400, bad
        assert "不是合法选项" in response.content.decode(), response.content.decode()
