"""Readable names instead of internal codes (issue 19): one mapping, zh-hans and English, used by the API, the
pages' JavaScript, e-mails and notices."""

import json
import re
from pathlib import Path

import pytest
from django.test import Client
from django.utils import translation
from rest_framework.test import APIClient

from compliance import labels
from compliance.engine.packs import load_pack_data
from compliance.models import Notification
from compliance.services.gate import session_content_submit
from compliance.services.review import submission_reject
from tests.factories import VIOLATING_SCRIPT, ProductFactory, make_review_session, submissions_check_now

PACKS = Path(__file__).resolve().parents[2] / "compliance" / "engine" / "packs"


def client_for(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def _every_rule_code() -> set[str]:
    codes = set()
    for name in ("cn", "us"):
        codes |= {rule["code"] for rule in load_pack_data(name)["rules"]}
    codes |= set(
        re.findall(r"^  ([a-z_]+\.[a-z_]+):", (PACKS / "audience.yaml").read_text(encoding="utf-8"), re.M)
    )
    return codes


def test_every_rule_of_every_pack_has_a_name_in_chinese_and_english():
    codes = _every_rule_code()
    assert codes and codes <= set(labels.RULE_NAMES), sorted(codes - set(labels.RULE_NAMES))
    for code in codes:
        with translation.override("zh-hans"):
            chinese = labels.rule_name(code)
        with translation.override("en"):
            english = labels.rule_name(code)
        assert re.search(r"[\u4e00-\u9fff]", chinese), (code, chinese)  # translated, not the English msgid
        assert english != chinese and "." not in english and "_" not in english, (code, english)


def test_an_unknown_code_gets_a_generic_name_never_the_code():
    with translation.override("zh-hans"):
        assert labels.rule_name("promise.new_rule") == "其他合规规则"


def test_a_gate_blocker_is_said_in_the_readers_language(rm):
    product = ProductFactory(code="GOLD01", name="黄金ETF")
    session = make_review_session(rm, products=[product])
    zh = client_for(rm).get(f"/api/sessions/{session.pk}/", HTTP_ACCEPT_LANGUAGE="zh-hans").json()["blockers"]
    assert {b["code"] for b in zh} == {"not_submitted"}
    messages = {b["kind"]: b["message"] for b in zh}
    assert messages["script"] == "直播脚本尚未提交审核。"
    assert messages["product_card"] == "GOLD01 黄金ETF 的产品卡片尚未提交审核。"
    with translation.override("en"):
        assert (
            labels.blocker_text("awaiting_decision", "script")
            == "The script waits for a compliance officer's decision."
        )


def test_a_rejection_notice_names_the_content_and_the_officers_note_in_chinese(rm, officer):
    session = make_review_session(rm, script=VIOLATING_SCRIPT)
    submissions = session_content_submit(session=session, author=rm)
    submissions_check_now(submissions)
    script = next(s for s in submissions if s.kind == "script")
    submission_reject(submission=script, officer=officer, note="请删除保本表述")
    [notice] = client_for(rm).get("/api/notifications/", HTTP_ACCEPT_LANGUAGE="zh-hans").json()["results"]
    assert notice["kind"] == "submission_rejected" and notice["title"] == "被合规退回"
    assert notice["text"] == f"“{session.title}”的直播脚本被合规退回：请删除保本表述"
    assert Notification.objects.get(pk=notice["id"]).message  # the stored English message stays as recorded


@pytest.mark.parametrize(
    "lang, expected", [("zh-hans", "承诺保本或无风险"), ("en", "Promise that capital cannot be lost")]
)
def test_pages_receive_the_names_in_their_language(rm, lang, expected):
    client = Client()
    client.force_login(rm)
    client.cookies["django_language"] = lang
    page = client.get("/studio/")
    assert page.status_code == 200
    block = re.search(
        r'<script id="cs-labels" type="application/json">(.*?)</script>', page.content.decode(), re.S
    )
    assert json.loads(block.group(1))["rules"]["promise.capital_guarantee"] == expected


def test_the_card_check_tells_an_rm_what_blocks_a_featured_card(rm, customer):
    bad = ProductFactory(code="GOLD01", risk_level="R4", type="fund", card_text="R4中高风险，跟踪黄金价格。")
    good = ProductFactory(
        code="BOND01",
        risk_level="R3",
        type="fund",
        card_text="R3中风险债券基金。基金过往业绩不代表其未来表现，基金有风险，投资须谨慎。",
    )
    answer = client_for(rm).post(
        "/api/compliance/card-check/", {"product_ids": [bad.pk, good.pk]}, format="json"
    )
    assert answer.status_code == 200, answer.content
    by_code = {c["code"]: c for c in answer.json()}
    assert [f["code"] for f in by_code["GOLD01"]["findings"] if f["severity"] == "block"] == [
        "disclosure.risk_warning_missing"
    ]
    assert [f for f in by_code["BOND01"]["findings"] if f["severity"] == "block"] == []
    # Customers never read unreviewed card texts through it.
    assert (
        client_for(customer)
        .post("/api/compliance/card-check/", {"product_ids": [bad.pk]}, format="json")
        .status_code
        == 403
    )
