"""Officers measure packs on labelled corpora, add rules (live or as drafts) and back-test drafts in admin."""

import json
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from compliance import pack_drafts
from compliance.backtest import eval_items_parse, labelled_eval
from compliance.engine.__main__ import evaluate
from compliance.models import AuditEvent, BacktestRun, Rule, RulePack
from compliance.screening import text_check
from compliance.services.rule_packs import _active_cache, pack_active
from core.exceptions import ApplicationError, Forbidden
from studio.models import ChatMessage
from tests.factories import PASSWORD, make_review_session

CORPUS = [
    {
        "id": "v1",
        "lang": "zh",
        "kind": "script",
        "text": "这款理财保本保收益，稳赚不赔。",
        "expect": ["promise.capital_guarantee", "promise.guaranteed_return"],
    },
    {
        "id": "v2",
        "lang": "zh",
        "kind": "chat",
        "text": "大家加我私人微信详聊",
        "expect": ["conduct.off_channel"],
    },
    {
        "id": "c1",
        "lang": "zh",
        "kind": "chat",
        "text": "欢迎大家来到直播间，今天聊聊风险等级。",
        "expect": [],
    },
    {
        "id": "c2",
        "lang": "en",
        "kind": "chat",
        "text": "Welcome everyone, today we talk about risk levels.",
        "expect": [],
    },
    {
        "id": "v3",
        "lang": "en",
        "kind": "chat",
        "text": "This fund is guaranteed, you can't lose.",
        "expect": ["promise.capital_guarantee"],
    },
]


def login(user) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


def _jsonl(items) -> bytes:
    return "\n".join(json.dumps(item, ensure_ascii=False) for item in items).encode()


# ------------------------------------------------------------------------------------------------
# Measuring


@pytest.mark.django_db
def test_an_uploaded_corpus_is_scored_per_code_as_the_cli_scores_it(officer):
    pack = pack_active("cn")
    zh = [item for item in CORPUS if item["lang"] == "zh"]
    expected = evaluate(zh, "cn")  # the CLI's --eval on the repository pack (the active version is that pack)
    client = login(officer)
    url = reverse("admin:compliance_rulepack_evaluate_version", args=[pack.pk])
    assert (
        client.get(reverse("admin:compliance_rulepack_change", args=[pack.pk])).content.decode().count(url)
        == 1
    )

    response = client.post(url, {"corpus": SimpleUploadedFile("dev.jsonl", _jsonl(zh))})

    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["result"]["summary"] == expected["summary"]
    assert response.context["result"]["per_code"] == expected["per_code"]
    assert "promise.capital_guarantee" in html and "召回率" in html  # Chinese first
    assert AuditEvent.objects.filter(event_type="rulepack.evaluated", actor_id=officer.pk).exists()


@pytest.mark.django_db
def test_without_a_version_each_item_is_scored_with_its_languages_active_pack(officer):
    result = labelled_eval(items=CORPUS, pack=None, actor=officer)
    zh = evaluate([i for i in CORPUS if i["lang"] == "zh"], "cn")
    en = evaluate([i for i in CORPUS if i["lang"] == "en"], "us")
    assert result["summary"]["items"] == len(CORPUS)
    for code in zh["per_code"].keys() | en["per_code"].keys():
        row = result["per_code"][code]
        assert row["tp"] == zh["per_code"].get(code, {}).get("tp", 0) + en["per_code"].get(code, {}).get(
            "tp", 0
        )
    assert sorted(result["packs"]) == sorted([pack_active("cn").label, pack_active("us").label])


@pytest.mark.django_db
def test_a_bad_corpus_line_is_named_and_only_officers_measure(rm, officer):
    with pytest.raises(ApplicationError, match="Line 2"):
        eval_items_parse(b'{"text": "ok", "expect": []}\n{not json}\n')
    with pytest.raises(Forbidden):
        labelled_eval(items=CORPUS, pack=None, actor=rm)
    assert login(rm).get(reverse("admin:compliance_rulepack_evaluate")).status_code in (302, 403)
    response = login(officer).post(
        reverse("admin:compliance_rulepack_evaluate"),
        {"corpus": SimpleUploadedFile("bad.jsonl", b'{"expect": []}\n')},
    )
    assert response.status_code == 200 and response.context["error"]


# ------------------------------------------------------------------------------------------------
# Adding rules


NEW_RULE = {
    "kinds": ["chat", "script"],
    "message_zh": "使用了行内禁用的产品昵称。",
    "lexicon": ["天天涨停宝"],
}


@pytest.mark.django_db
def test_an_officer_adds_a_rule_that_applies_from_the_next_check(officer):
    pack = pack_active("cn")
    assert text_check(text="今天推荐天天涨停宝", kind="chat").findings == []
    client = login(officer)
    add_url = reverse("admin:compliance_rule_add")
    assert client.get(add_url).status_code == 200

    response = client.post(
        add_url,
        {
            "pack": pack.pk,
            "code": "bank.nickname",
            "severity": "review",
            "enabled": "on",
            "definition": json.dumps(NEW_RULE, ensure_ascii=False),
            "note": "新增",
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    active = RulePack.objects.get(name="cn", is_active=True)
    assert active.version == pack.version + 1 and not active.is_draft
    assert Rule.objects.get(pack=active, code="bank.nickname").definition["lexicon"] == ["天天涨停宝"]
    _active_cache.clear()  # the per-process 5 s cache of the active version
    assert {f.code for f in text_check(text="今天推荐天天涨停宝", kind="chat").findings} == {"bank.nickname"}
    event = AuditEvent.objects.get(event_type="rulepack.changed")
    assert event.data["change"]["code"] == "bank.nickname" and event.actor_id == officer.pk
    # The same code twice is refused with a message, and nothing is written.
    again = client.post(
        add_url,
        {
            "pack": active.pk,
            "code": "bank.nickname",
            "severity": "review",
            "enabled": "on",
            "definition": json.dumps(NEW_RULE),
        },
        follow=True,
    )
    assert again.status_code == 200 and RulePack.objects.filter(name="cn").count() == 2


@pytest.mark.django_db
def test_a_rule_added_as_a_draft_does_not_apply_until_activated(officer, rm):
    pack = pack_active("cn")
    with pytest.raises(Forbidden):
        pack_drafts.rule_add(pack=pack, definition={"code": "bank.nickname", **NEW_RULE}, actor=rm)
    draft = pack_drafts.rule_add(
        pack=pack, definition={"code": "bank.nickname", **NEW_RULE}, actor=officer, draft=True
    )
    assert draft.is_draft and not draft.is_active
    assert RulePack.objects.get(name="cn", is_active=True).pk == pack.pk
    assert AuditEvent.objects.filter(event_type="rulepack.draft_saved", subject_id=str(draft.pk)).exists()

    response = login(officer).post(
        reverse("admin:compliance_rulepack_changelist"),
        {"action": "activate_draft", "_selected_action": [draft.pk]},
    )
    assert response.status_code == 302
    active = RulePack.objects.get(name="cn", is_active=True)
    assert active.version == draft.version + 1 and active.data == draft.data


# ------------------------------------------------------------------------------------------------
# Back-testing (a real Celery worker runs the job)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_draft_is_back_tested_over_archived_lines_and_submissions(rm, officer, product, celery_worker):
    session = make_review_session(rm, products=[product])
    texts = [
        "大家好，欢迎来到直播间",
        "今天推荐天天涨停宝",
        "这款产品保本保收益",
        "有问题请在评论区提问",
    ] * 30
    ChatMessage.objects.bulk_create(
        [
            ChatMessage(
                session=session, author=rm, author_role="rm", author_name="RM", text=text, status="published"
            )
            for text in texts
        ]
    )
    ChatMessage.objects.create(
        session=session,
        author=rm,
        author_role="customer",
        author_name="c",
        text="今天推荐天天涨停宝",
        status="published",
    )  # a viewer's line: not the RM pack's
    pack = pack_active("cn")
    draft = pack_drafts.rule_add(
        pack=pack, definition={"code": "bank.nickname", **NEW_RULE}, actor=officer, draft=True
    )
    guarantee = Rule.objects.get(pack=draft, code="promise.capital_guarantee")
    draft = pack_drafts.rule_draft_change(rule=guarantee, actor=officer, enabled=False)

    client = login(officer)
    add_url = reverse("admin:compliance_backtestrun_add")
    assert client.get(add_url + f"?pack={draft.pk}").status_code == 200
    today = timezone.localdate().isoformat()
    response = client.post(add_url, {"pack": draft.pk, "date_from": today, "date_to": today})
    assert response.status_code == 302
    run = BacktestRun.objects.get()
    assert run.baseline_id == pack.pk and run.created_by_id == officer.pk

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        run.refresh_from_db()
        if run.status in ("done", "failed"):
            break
        time.sleep(0.3)
    assert run.status == "done", run.error
    assert run.total == run.done == len(texts) and run.result["counts"] == {
        "chat": len(texts),
        "submission": 0,
    }
    per_code = run.result["per_code"]
    assert per_code["bank.nickname"]["new"] == 30 and per_code["bank.nickname"]["vanished"] == 0
    assert per_code["promise.capital_guarantee"]["vanished"] == 30
    assert per_code["promise.capital_guarantee"]["new"] == 0
    assert len(run.result["examples"]["bank.nickname"]) == 5

    page = client.get(reverse("admin:compliance_backtestrun_change", args=[run.pk]))
    html = page.content.decode()
    assert page.status_code == 200 and "bank.nickname" in html and "天天涨停宝" in html
    assert "新增发现" in html  # Chinese first
    # Nothing was changed by the back-test: the active version is still the one it compared with.
    assert RulePack.objects.get(name="cn", is_active=True).pk == pack.pk
    # Only officers start back-tests.
    assert login(rm).post(add_url, {"pack": draft.pk, "date_from": today, "date_to": today}).status_code in (
        302,
        403,
    )
    assert BacktestRun.objects.count() == 1
