"""The publishing gate in services: submit → check → decide, edits withdraw approval, authors never approve."""

import pytest

from compliance.models import (
    AuditEvent,
    ContentKind,
    Decision,
    Notification,
    Submission,
    SubmissionStatus,
)
from compliance.selectors import gate_blockers, gate_is_open, product_card_approved
from compliance.services.audit import audit_verify, content_sha256
from compliance.services.gate import product_card_changed, session_content_changed, session_content_submit
from compliance.services.review import submission_approve, submission_reject
from compliance.services.rule_packs import pack_active, rule_pack_create
from compliance.services.submissions import content_submit
from core.exceptions import ApplicationError, Conflict, Forbidden
from studio.lifecycle import session_state_transition
from studio.models import SessionState
from tests.factories import (
    VIOLATING_SCRIPT,
    make_review_session,
    session_make_approved,
    submissions_check_now,
)

pytestmark = pytest.mark.django_db


def by_kind(submissions):
    return {s.kind: s for s in submissions}


def test_submitting_a_session_creates_one_submission_per_piece_of_content(session, rm, product):
    submissions = session_content_submit(session=session, author=rm)

    subs = by_kind(submissions)
    assert set(subs) == {"script", "announcement", "product_card"}
    assert subs["script"].text == session.script and subs["script"].sha256 == content_sha256(session.script)
    assert subs["announcement"].text == f"{session.title}\n{session.description}\n{session.studio.name}"
    assert subs["product_card"].product == product and subs["product_card"].session is None
    assert all(s.status == SubmissionStatus.PENDING and s.author == rm for s in submissions)
    session.refresh_from_db()
    assert session.state == SessionState.IN_REVIEW
    assert {(b.kind, b.code) for b in gate_blockers(session)} == {
        ("script", "awaiting_check"),
        ("announcement", "awaiting_check"),
        ("product_card", "awaiting_check"),
    }
    assert not gate_is_open(session)


def test_submitting_twice_creates_nothing_new(session, rm):
    first = session_content_submit(session=session, author=rm)
    second = session_content_submit(session=session, author=rm)
    assert [s.pk for s in first] == [s.pk for s in second]
    assert Submission.objects.count() == 3


def test_only_the_owner_submits_a_session(session, other_rm):
    from core.exceptions import NotFound

    with pytest.raises(NotFound):
        session_content_submit(session=session, author=other_rm)
    assert not Submission.objects.exists()


def test_the_check_stores_findings_at_their_spans_with_the_pack_version(rm, product):
    session = make_review_session(rm, script=VIOLATING_SCRIPT, products=[product])
    subs = by_kind(session_content_submit(session=session, author=rm))
    submissions_check_now(subs.values())

    script = subs["script"]
    assert script.status == SubmissionStatus.FLAGGED
    assert script.pack == pack_active("cn") and script.check_count == 1
    findings = list(script.findings.all())
    codes = {f.code for f in findings}
    assert "promise.capital_guarantee" in codes and "promise.guaranteed_return" in codes
    for f in findings:
        assert f.excerpt == script.text[f.start : f.end]
        assert f.message
    checked = AuditEvent.objects.get(event_type="submission.checked", subject_id=str(script.pk))
    assert checked.data["pack"] == script.pack.label
    assert subs["product_card"].status == SubmissionStatus.PASSED


def test_the_author_cannot_approve_own_content_even_as_an_officer(officer, product):
    session = make_review_session(officer, products=[])  # an officer who also wrote content
    sub = content_submit(kind=ContentKind.SCRIPT, text=session.script, author=officer, session=session)
    submissions_check_now([sub])

    with pytest.raises(Forbidden) as caught:
        submission_approve(submission=sub, officer=officer, note="mine")
    assert caught.value.code == "own_submission"
    with pytest.raises(Forbidden):
        submission_reject(submission=sub, officer=officer, note="mine")
    sub.refresh_from_db()
    assert sub.status != SubmissionStatus.APPROVED and not Decision.objects.exists()


def test_an_rm_cannot_approve(session, rm, other_rm):
    subs = session_content_submit(session=session, author=rm)
    submissions_check_now(subs)
    for user in (rm, other_rm):
        with pytest.raises(Forbidden):
            submission_approve(submission=subs[0], officer=user)
    assert not Decision.objects.exists()


def test_approval_of_everything_opens_the_gate_and_is_audited(session, rm, officer):
    subs = session_content_submit(session=session, author=rm)
    submissions_check_now(subs)
    for sub in subs[:-1]:
        submission_approve(submission=sub, officer=officer, note="ok")
        session.refresh_from_db()
        assert session.state == SessionState.IN_REVIEW
    assert len(gate_blockers(session)) == 1

    submission_approve(submission=subs[-1], officer=officer, note="ok")

    session.refresh_from_db()
    assert session.state == SessionState.APPROVED and gate_is_open(session) and gate_blockers(session) == []
    decision = Decision.objects.get(submission=subs[-1])
    assert decision.officer == officer and decision.action == "approve" and decision.decided_at
    types = list(AuditEvent.objects.values_list("event_type", flat=True))
    assert types.count("submission.created") == 3 and types.count("submission.checked") == 3
    assert types.count("submission.approved") == 3
    assert "session.submitted" in types and "session.gate_opened" in types
    assert audit_verify() == []


def test_block_findings_cannot_be_approved_and_a_rejection_needs_a_note(rm, officer, product):
    session = make_review_session(rm, script=VIOLATING_SCRIPT, products=[product])
    script = by_kind(session_content_submit(session=session, author=rm))["script"]
    submissions_check_now([script])

    with pytest.raises(Conflict) as caught:
        submission_approve(submission=script, officer=officer)
    assert caught.value.code == "has_block_findings"
    with pytest.raises(ApplicationError) as caught:
        submission_reject(submission=script, officer=officer, note="   ")
    assert caught.value.code == "note_required"
    script.refresh_from_db()
    assert script.status == SubmissionStatus.FLAGGED

    submission_reject(submission=script, officer=officer, note="删除保本保收益的表述")

    script.refresh_from_db()
    session.refresh_from_db()
    assert script.status == SubmissionStatus.REJECTED and script.decision.note == "删除保本保收益的表述"
    assert session.state == SessionState.DRAFT  # back to the RM to fix
    assert {(b.kind, b.code) for b in gate_blockers(session)} >= {("script", "rejected")}
    assert Notification.objects.get(recipient=rm, kind="submission_rejected").session == session


def test_a_decision_is_taken_once(session, rm, officer, other_officer):
    sub = session_content_submit(session=session, author=rm)[0]
    submissions_check_now([sub])
    submission_approve(submission=sub, officer=officer)
    with pytest.raises(Conflict) as caught:
        submission_reject(submission=sub, officer=other_officer, note="late")
    assert caught.value.code == "already_decided"


def test_an_unchecked_submission_cannot_be_decided(session, rm, officer):
    sub = session_content_submit(session=session, author=rm)[0]
    with pytest.raises(Conflict) as caught:
        submission_approve(submission=sub, officer=officer)
    assert caught.value.code == "not_checked"


def test_an_edit_after_approval_withdraws_it_and_closes_the_gate(session, rm, officer):
    session_make_approved(session, officer)
    old_script = Submission.objects.get(session=session, kind="script")

    session.script = session.script + "欢迎提问。"
    session.save(update_fields=["script"])
    new = session_content_changed(session=session, actor=rm)

    session.refresh_from_db()
    old_script.refresh_from_db()
    assert session.state == SessionState.IN_REVIEW
    assert old_script.withdrawn_at is not None and old_script.status == SubmissionStatus.APPROVED
    assert [(b.kind, b.code) for b in gate_blockers(session)] == [("script", "awaiting_check")]
    assert by_kind(new)["script"].text == session.script
    assert AuditEvent.objects.filter(event_type="session.gate_closed", subject_id=str(session.pk)).exists()
    with pytest.raises(Conflict):  # go-live is the studio's, but it can no longer pass the gate
        session_state_transition(session=session, to=SessionState.LIVE)

    submissions_check_now(new)
    submission_approve(submission=by_kind(new)["script"], officer=officer)
    session.refresh_from_db()
    assert session.state == SessionState.APPROVED


def test_a_product_card_edit_pulls_the_session_back(session, rm, officer, product):
    session_make_approved(session, officer)
    assert product_card_approved(product)

    product.card_text = product.card_text + "详见产品说明书。"
    product.save(update_fields=["card_text"])
    product_card_changed(product=product, actor=rm)

    session.refresh_from_db()
    assert session.state == SessionState.IN_REVIEW
    assert not product_card_approved(product)
    assert [(b.kind, b.code, b.product_id) for b in gate_blockers(session)] == [
        ("product_card", "awaiting_check", product.pk)
    ]


def test_adding_a_featured_product_needs_its_card_approved(session, rm, officer):
    from tests.factories import ProductFactory

    session_make_approved(session, officer)
    extra = ProductFactory()
    session.featured_products.add(extra)
    session_content_changed(session=session, actor=rm)

    session.refresh_from_db()
    assert session.state == SessionState.IN_REVIEW
    assert [(b.kind, b.product_id) for b in gate_blockers(session)] == [("product_card", extra.pk)]


def test_an_approved_card_is_reused_by_another_session(session, rm, officer, product):
    session_make_approved(session, officer)
    second = make_review_session(rm, title="第二场", products=[product])

    subs = session_content_submit(session=second, author=rm)

    card = Submission.objects.get(product=product, status=SubmissionStatus.APPROVED)
    assert card in subs and Submission.objects.filter(product=product).count() == 1


def test_a_pack_may_let_a_kind_auto_publish(session, rm, officer):
    pack = pack_active("cn")
    rule_pack_create(name="cn", data={**pack.data, "auto_publish_kinds": ["announcement"]}, actor=officer)
    subs = by_kind(session_content_submit(session=session, author=rm))
    submissions_check_now(subs.values())

    assert subs["announcement"].status == SubmissionStatus.APPROVED
    assert subs["announcement"].decision.officer is None
    assert subs["script"].status == SubmissionStatus.PASSED  # still needs a human


def test_an_engine_failure_is_recorded_and_not_retried(session, rm, monkeypatch):
    import compliance.engine
    from compliance.services.review import submission_check

    sub = session_content_submit(session=session, author=rm)[0]

    def broken(*args, **kwargs):
        raise RuntimeError("engine bug")

    monkeypatch.setattr(compliance.engine, "check", broken)
    assert submission_check(submission_id=sub.pk, token="t1") == "failed"

    sub.refresh_from_db()
    assert sub.status == SubmissionStatus.PENDING and "engine bug" in sub.last_error and sub.check_count == 0
    assert AuditEvent.objects.filter(event_type="submission.check_failed", subject_id=str(sub.pk)).exists()
    monkeypatch.undo()
    assert submission_check(submission_id=sub.pk, token="t2") == "checked"  # a later, deliberate re-run works
    sub.refresh_from_db()
    assert sub.last_error == "" and sub.check_count == 1


def test_a_stale_claim_is_reclaimed_and_a_fresh_one_is_not(session, rm):
    from datetime import timedelta

    from django.utils import timezone

    from compliance.services.review import submission_check

    sub = session_content_submit(session=session, author=rm)[0]
    Submission.objects.filter(pk=sub.pk).update(
        status="checking", checking_since=timezone.now(), check_token="dead"
    )
    assert submission_check(submission_id=sub.pk, token="other") == "skipped"
    Submission.objects.filter(pk=sub.pk).update(checking_since=timezone.now() - timedelta(minutes=5))
    assert submission_check(submission_id=sub.pk, token="other") == "checked"
    assert Submission.objects.get(pk=sub.pk).check_count == 1


def test_editing_a_card_in_the_product_admin_withdraws_its_approval(session, officer, product):
    from django.contrib.auth.models import User
    from django.test import Client

    from tests.factories import make_product_manager

    session_make_approved(session, officer)
    url = f"/admin/products/product/{product.pk}/change/"
    for staff in (User.objects.create_superuser("root", password="pw-123456"), officer):
        client = Client()
        client.force_login(staff)  # products are the product desk's: anybody else reads, and may not post
        assert client.get(url).status_code == 200
        assert client.post(url, {"card_text": "保本保收益"}).status_code == 403
    client = Client()
    client.force_login(make_product_manager("desk"))
    form = client.get(url).context["adminform"].form
    data = {name: ("" if value is None else value) for name, value in form.initial.items()}
    data.update(
        {
            "card_text": product.card_text + "详见产品说明书。",
            "sale_start_0": "",
            "sale_start_1": "",
            "sale_end_0": "",
            "sale_end_1": "",
        }
    )
    data = {k: v for k, v in data.items() if k not in ("sale_start", "sale_end") and not isinstance(v, list)}

    response = client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    session.refresh_from_db()
    assert session.state == SessionState.IN_REVIEW
    assert [(b.kind, b.code) for b in gate_blockers(session)] == [("product_card", "awaiting_check")]


def test_go_live_is_refused_until_the_gate_opens_and_again_after_an_edit(session, rm, officer):
    from studio.services.sessions import session_go_live, session_update

    with pytest.raises(Conflict) as caught:
        session_go_live(session=session, actor=rm)
    assert caught.value.code == "gate_closed"

    session_make_approved(session, officer)
    session = session_update(
        session=session, actor=rm, script=session.script + "欢迎提问。"
    )  # the studio's edit path
    with pytest.raises(Conflict) as caught:
        session_go_live(session=session, actor=rm)
    assert caught.value.code == "gate_closed"
    assert [b["kind"] for b in caught.value.details["blockers"]] == ["script"]

    new_script = Submission.objects.get(session=session, kind="script", withdrawn_at__isnull=True)
    submissions_check_now([new_script])
    submission_approve(submission=new_script, officer=officer)
    session.refresh_from_db()
    assert session_go_live(session=session, actor=rm).state == SessionState.LIVE


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_sessions_with_one_product_submitted_at_once_share_one_card_submission(
    rm, other_rm, product, monkeypatch
):
    import threading
    import time

    from django.db import connection

    from compliance.services import submissions as submissions_module

    real_withdraw = submissions_module._withdraw_stale

    def slow_withdraw(item, *args, **kwargs):  # widen the window between "is there one?" and "create one"
        if item.product is not None:
            time.sleep(0.3)
        return real_withdraw(item, *args, **kwargs)

    monkeypatch.setattr(submissions_module, "_withdraw_stale", slow_withdraw)
    sessions = [
        make_review_session(rm, products=[product]),
        make_review_session(other_rm, products=[product]),
    ]
    barrier = threading.Barrier(2)

    def submit(session):
        try:
            barrier.wait(timeout=10)
            session_content_submit(session=session, author=session.studio.owner)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(s,)) for s in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert Submission.objects.filter(kind="product_card", product=product).count() == 1
    assert Submission.objects.filter(kind="script").count() == 2
