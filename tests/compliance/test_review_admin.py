"""Django admin for compliance officers: queue, highlighted submission page, decisions, packs, audit log."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from compliance.labels import rule_name
from compliance.models import AuditEvent, Rule, RulePack, Submission, SubmissionStatus
from compliance.services.gate import session_content_submit
from compliance.services.rule_packs import pack_active
from tests.factories import PASSWORD, VIOLATING_SCRIPT, make_review_session, submissions_check_now

pytestmark = pytest.mark.django_db


def login(user) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


@pytest.fixture
def flagged(rm, product):
    session = make_review_session(rm, script=VIOLATING_SCRIPT, products=[product])
    subs = session_content_submit(session=session, author=rm)
    submissions_check_now(subs)
    return {s.kind: s for s in subs}


def test_the_queue_lists_open_submissions_oldest_first(officer, flagged):
    response = login(officer).get(reverse("admin:compliance_submission_changelist"))
    assert response.status_code == 200
    assert "审核队列" in response.content.decode()
    shown = [row.pk for row in response.context["cl"].result_list]
    assert shown == sorted(s.pk for s in flagged.values())

    only_flagged = login(officer).get(
        reverse("admin:compliance_submission_changelist"), {"status__exact": "flagged"}
    )
    assert [row.pk for row in only_flagged.context["cl"].result_list] == [flagged["script"].pk]
    for params in (
        {"kind__exact": "script"},
        {"age": "lt1h"},
        {"age": "gt3d"},
        {"studio": flagged["script"].session.studio_id},
    ):
        assert (
            login(officer).get(reverse("admin:compliance_submission_changelist"), params).status_code == 200
        )


def test_the_submission_page_highlights_every_finding_with_escaped_text(officer, flagged):
    script = flagged["script"]
    response = login(officer).get(reverse("admin:compliance_submission_change", args=[script.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert script.session.featured_products.get().code in html  # the facts the claims were checked against
    findings = list(script.findings.all())
    marked = {
        int(i)
        for ids in re.findall(r'<mark class="finding[^"]*" data-findings="([^"]+)"', html)
        for i in ids.split()
    }
    assert marked == set(range(1, len(findings) + 1))  # every finding is highlighted somewhere
    for index, finding in enumerate(findings, start=1):
        assert f'id="finding-{index}"' in html
        assert rule_name(finding.code) in html and finding.message in html and finding.suggestion in html


def test_an_officer_rejects_with_a_note_and_cannot_approve_blocked_text(officer, flagged):
    script = flagged["script"]
    url = reverse("admin:compliance_submission_decide", args=[script.pk])
    client = login(officer)

    no_note = client.post(url, {"action": "reject", "note": ""})
    assert no_note.status_code == 200 and "驳回时必须填写说明" in no_note.content.decode()
    blocked = client.post(url, {"action": "approve", "note": ""}, follow=True)
    assert "不能批准" in blocked.content.decode()
    assert Submission.objects.get(pk=script.pk).status == SubmissionStatus.FLAGGED

    client.post(url, {"action": "reject", "note": "删除保本承诺"})
    assert Submission.objects.get(pk=script.pk).status == SubmissionStatus.REJECTED


def test_an_officer_approves_from_the_page(officer, flagged):
    card = flagged["product_card"]
    response = login(officer).post(
        reverse("admin:compliance_submission_decide", args=[card.pk]), {"action": "approve", "note": ""}
    )
    assert response.status_code == 302
    assert Submission.objects.get(pk=card.pk).status == SubmissionStatus.APPROVED


def test_rms_and_customers_cannot_open_the_compliance_admin(rm, customer, flagged):
    pages = [
        reverse("admin:compliance_submission_changelist"),
        reverse("admin:compliance_submission_change", args=[flagged["script"].pk]),
        reverse("admin:compliance_auditevent_changelist"),
        reverse("admin:compliance_rulepack_changelist"),
    ]
    for user in (rm, customer):
        for page in pages:
            response = login(user).get(page)
            assert response.status_code == 302 and "/admin/login/" in response["Location"]
    decide = login(rm).post(
        reverse("admin:compliance_submission_decide", args=[flagged["script"].pk]), {"action": "approve"}
    )
    assert decide.status_code == 302 and Submission.objects.get(pk=flagged["script"].pk).status == "flagged"


def test_a_staff_user_without_the_compliance_role_is_refused(rm, flagged):
    rm.is_staff = True
    rm.save(update_fields=["is_staff"])
    client = login(rm)
    assert (
        client.get(reverse("admin:compliance_submission_change", args=[flagged["script"].pk])).status_code
        == 403
    )
    assert client.get(reverse("admin:compliance_submission_changelist")).status_code == 403
    assert (
        client.post(
            reverse("admin:compliance_submission_decide", args=[flagged["script"].pk]), {"action": "approve"}
        ).status_code
        == 403
    )
    assert client.get(reverse("admin:compliance_auditevent_export")).status_code == 403


def test_the_rule_pack_try_box_shows_findings_and_stores_nothing(officer):
    pack = pack_active("cn")
    before = (Submission.objects.count(), AuditEvent.objects.count())
    client = login(officer)
    page = client.get(reverse("admin:compliance_rulepack_change", args=[pack.pk]))
    assert page.status_code == 200 and 'id="try-a-text"' in page.content.decode()

    response = client.post(
        reverse("admin:compliance_rulepack_try", args=[pack.pk]),
        {"text": "这款产品保本保收益 <b>", "kind": "script"},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert rule_name("promise.capital_guarantee") in html and '<mark class="finding sev-block"' in html
    assert "promise.capital_guarantee" not in html  # named, never by its internal code
    assert "&lt;b&gt;" in html
    assert (Submission.objects.count(), AuditEvent.objects.count()) == before


def test_editing_a_rule_in_admin_makes_a_new_pack_version(officer):
    pack = pack_active("cn")
    rule = Rule.objects.get(pack=pack, code="style.hype_slang")
    client = login(officer)
    url = reverse("admin:compliance_rule_change", args=[rule.pk])
    assert client.get(url).status_code == 200
    import json

    response = client.post(
        url,
        {
            "severity": "review",
            "enabled": "on",
            "definition": json.dumps(rule.definition),
            "note": "stricter",
        },
    )

    assert response.status_code == 302
    new_pack = RulePack.objects.get(name="cn", is_active=True)
    assert new_pack.version == pack.version + 1
    assert Rule.objects.get(pack=new_pack, code="style.hype_slang").severity == "review"
    assert Rule.objects.get(pk=rule.pk).severity == rule.severity  # the old version is untouched
    event = AuditEvent.objects.get(event_type="rulepack.changed")
    assert event.actor_id == officer.pk and event.data["change"]["after"]["severity"] == "review"
    # an old version's rule is read-only
    old = client.post(url, {"severity": "block", "definition": json.dumps(rule.definition)})
    assert old.status_code == 403 and RulePack.objects.filter(name="cn").count() == 2


def test_a_broken_rule_definition_is_refused_with_a_message(officer):
    pack = pack_active("cn")
    rule = Rule.objects.get(pack=pack, code="promise.capital_guarantee")
    response = login(officer).post(
        reverse("admin:compliance_rule_change", args=[rule.pk]),
        {"severity": "bogus", "enabled": "on", "definition": "{not json"},
    )
    assert response.status_code == 200 and RulePack.objects.filter(name="cn").count() == 1


def test_the_audit_log_is_read_only_exports_csv_and_verifies(officer, flagged):
    client = login(officer)
    listing = client.get(reverse("admin:compliance_auditevent_changelist"))
    assert listing.status_code == 200 and "导出 CSV" in listing.content.decode()
    event = AuditEvent.objects.first()
    detail = client.get(reverse("admin:compliance_auditevent_change", args=[event.pk]))
    assert detail.status_code == 200 and 'name="data"' not in detail.content.decode()  # no editable form
    assert client.post(reverse("admin:compliance_auditevent_delete", args=[event.pk])).status_code == 403

    exported = client.get(
        reverse("admin:compliance_auditevent_export"), {"event_type__exact": "submission.checked"}
    )
    text = b"".join(exported.streaming_content).decode("utf-8-sig")
    assert exported["Content-Type"].startswith("text/csv")
    assert (
        text.count("submission.checked") == AuditEvent.objects.filter(event_type="submission.checked").count()
    )
    assert "submission.created" not in text

    verified = client.get(reverse("admin:compliance_auditevent_verify"), follow=True)
    assert "审计链完整" in verified.content.decode()
