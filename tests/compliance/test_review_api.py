"""The compliance HTTP API: who may list, read, decide, check and read the audit trail."""

import csv
import io

import pytest
from rest_framework.test import APIClient

from compliance.models import AuditEvent, Submission, SubmissionStatus
from compliance.services.gate import session_content_submit
from tests.factories import VIOLATING_SCRIPT, ProductFactory, make_review_session, submissions_check_now
from tests.support.audit import audit_guard_lifted

pytestmark = pytest.mark.django_db


def client_for(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


@pytest.fixture
def checked(session, rm):
    subs = session_content_submit(session=session, author=rm)
    submissions_check_now(subs)
    return {s.kind: s for s in subs}


@pytest.fixture
def others_submission(other_rm, product):
    session = make_review_session(other_rm, title="别人的场次", products=[product])
    subs = session_content_submit(session=session, author=other_rm)
    submissions_check_now(subs)
    return next(s for s in subs if s.kind == "script")


def test_an_rm_lists_only_own_submissions(rm, checked, others_submission):
    response = client_for(rm).get("/api/submissions/")
    assert response.status_code == 200
    ids = {item["id"] for item in response.json()["results"]}
    assert ids == {s.pk for s in checked.values()}


def test_an_officer_lists_all_and_filters_by_status(officer, checked, others_submission):
    response = client_for(officer).get("/api/submissions/")
    assert response.json()["count"] == Submission.objects.count()
    passed = client_for(officer).get("/api/submissions/", {"status": "passed"}).json()["results"]
    assert passed and all(item["status"] == "passed" for item in passed)
    assert all(item["finding_counts"]["block"] == 0 for item in passed)
    bad = client_for(officer).get("/api/submissions/", {"status": "bogus"})
    assert bad.status_code == 400 and bad.json()["code"] == "invalid"


def test_customers_and_anonymous_cannot_list(customer):
    assert client_for(customer).get("/api/submissions/").status_code == 403
    assert client_for().get("/api/submissions/").status_code in (401, 403)


def test_detail_has_findings_and_hides_others_content(rm, other_rm, customer, officer, product):
    session = make_review_session(rm, script=VIOLATING_SCRIPT, products=[product])
    subs = session_content_submit(session=session, author=rm)
    submissions_check_now(subs)
    script = next(s for s in subs if s.kind == "script")

    body = client_for(rm).get(f"/api/submissions/{script.pk}/").json()
    assert body["status"] == "flagged" and body["text"] == VIOLATING_SCRIPT
    assert body["pack"]["name"] == "cn" and body["pack"]["version"] >= 1
    finding = body["findings"][0]
    assert set(finding) == {"code", "severity", "start", "end", "excerpt", "message", "suggestion"}
    assert finding["excerpt"] == VIOLATING_SCRIPT[finding["start"] : finding["end"]]
    assert client_for(officer).get(f"/api/submissions/{script.pk}/").status_code == 200
    for outsider in (other_rm, customer):
        response = client_for(outsider).get(f"/api/submissions/{script.pk}/")
        assert response.status_code == 404 and response.json()["code"] == "not_found"
    assert client_for(officer).get("/api/submissions/999999/").status_code == 404


def test_approve_is_for_compliance_only_and_never_the_author(rm, other_rm, customer, officer, checked):
    sub = checked["script"]
    url = f"/api/submissions/{sub.pk}/approve/"

    author = client_for(rm).post(url, {"note": "self"}, format="json")
    assert author.status_code == 403 and author.json()["code"] == "not_compliance"
    assert client_for(other_rm).post(url, {}, format="json").status_code == 404
    assert client_for(customer).post(url, {}, format="json").status_code == 404
    assert Submission.objects.get(pk=sub.pk).status == SubmissionStatus.PASSED

    response = client_for(officer).post(url, {"note": "ok"}, format="json")
    assert response.status_code == 200
    assert (
        response.json()["status"] == "approved" and response.json()["decision"]["officer"] == officer.username
    )
    again = client_for(officer).post(url, {}, format="json")
    assert again.status_code == 409 and again.json()["code"] == "already_decided"


def test_an_officer_who_wrote_content_gets_403(officer, other_officer):
    session = make_review_session(officer, products=[])
    subs = session_content_submit(session=session, author=officer)
    submissions_check_now(subs)
    response = client_for(officer).post(f"/api/submissions/{subs[0].pk}/approve/", {}, format="json")
    assert response.status_code == 403 and response.json()["code"] == "own_submission"
    assert (
        client_for(other_officer)
        .post(f"/api/submissions/{subs[0].pk}/approve/", {}, format="json")
        .status_code
        == 200
    )


def test_reject_needs_a_note(officer, checked):
    url = f"/api/submissions/{checked['script'].pk}/reject/"
    missing = client_for(officer).post(url, {}, format="json")
    assert missing.status_code == 400 and "note" in missing.json()["details"]
    blank = client_for(officer).post(url, {"note": "  "}, format="json")
    assert blank.status_code == 400
    assert Submission.objects.get(pk=checked["script"].pk).status == SubmissionStatus.PASSED
    ok = client_for(officer).post(url, {"note": "请补充风险揭示"}, format="json")
    assert ok.status_code == 200 and ok.json()["decision"]["note"] == "请补充风险揭示"


def test_ad_hoc_check_returns_findings_and_stores_nothing(rm, officer, customer):
    product = ProductFactory(risk_level="R3", benchmark_min="3.200", benchmark_max="4.500")
    before = (Submission.objects.count(), AuditEvent.objects.count())

    response = client_for(rm).post(
        "/api/compliance/check/",
        {"text": "本产品年化4.8%稳稳到手，保本保收益！", "kind": "script", "product_ids": [product.pk]},
        format="json",
    )

    assert response.status_code == 200
    body = response.json()
    assert body["pack"]["name"] == "cn"
    codes = {f["code"] for f in body["findings"]}
    assert {"promise.capital_guarantee", "claim.yield_exceeds_benchmark"} <= codes
    assert (Submission.objects.count(), AuditEvent.objects.count()) == before
    assert (
        client_for(officer)
        .post(
            "/api/compliance/check/", {"text": "It's risk-free.", "kind": "chat", "lang": "en"}, format="json"
        )
        .json()["pack"]["name"]
        == "us"
    )


def test_ad_hoc_check_refuses_bad_input_and_other_roles(rm, customer):
    assert (
        client_for(customer)
        .post("/api/compliance/check/", {"text": "x", "kind": "script"}, format="json")
        .status_code
        == 403
    )
    assert client_for().post(
        "/api/compliance/check/", {"text": "x", "kind": "script"}, format="json"
    ).status_code in (401, 403)
    bad_kind = client_for(rm).post("/api/compliance/check/", {"text": "x", "kind": "poem"}, format="json")
    assert bad_kind.status_code == 400 and "kind" in bad_kind.json()["details"]
    unknown = client_for(rm).post(
        "/api/compliance/check/", {"text": "x", "kind": "script", "product_ids": [999999]}, format="json"
    )
    assert unknown.status_code == 400 and unknown.json()["code"] == "unknown_product"
    huge = client_for(rm).post(
        "/api/compliance/check/", {"text": "字" * 20_001, "kind": "script"}, format="json"
    )
    assert huge.status_code == 400


def test_audit_is_for_officers_as_json_and_csv(officer, rm, customer, checked):
    response = client_for(officer).get("/api/audit/")
    assert response.status_code == 200
    events = response.json()["results"]
    assert [e["seq"] for e in events] == sorted(e["seq"] for e in events)
    assert {"submission.created", "submission.checked"} <= {e["event_type"] for e in events}

    exported = client_for(officer).get("/api/audit/?format=csv")
    assert exported.status_code == 200 and exported["Content-Type"].startswith("text/csv")
    text = b"".join(exported.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == AuditEvent.objects.count()
    assert rows[0]["hash"] == AuditEvent.objects.order_by("seq").first().hash

    for user in (rm, customer):  # the trail answers other roles as if it did not exist
        assert client_for(user).get("/api/audit/").status_code == 404
        assert client_for(user).get("/api/audit/?format=csv").status_code == 404
    assert client_for().get("/api/audit/").status_code in (401, 403)


def test_csv_cells_cannot_become_spreadsheet_formulas(officer):
    from compliance.services.audit import audit_record

    audit_record(event_type="test.event", actor=None, subject=None, data={})
    with audit_guard_lifted():
        AuditEvent.objects.update(actor_name="=HYPERLINK(1)")  # what a hostile username would look like
    text = b"".join(client_for(officer).get("/api/audit/?format=csv").streaming_content).decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in text


def test_rm_reads_own_notifications(rm, other_rm, officer, checked):
    from compliance.services.review import submission_reject

    submission_reject(submission=checked["script"], officer=officer, note="请修改")
    mine = client_for(rm).get("/api/notifications/").json()["results"]
    assert [n["kind"] for n in mine] == ["submission_rejected"]
    assert client_for(other_rm).get("/api/notifications/").json()["results"] == []
    assert client_for(other_rm).post(f"/api/notifications/{mine[0]['id']}/read/").status_code == 404
    read = client_for(rm).post(f"/api/notifications/{mine[0]['id']}/read/")
    assert read.status_code == 200 and read.json()["read_at"]
