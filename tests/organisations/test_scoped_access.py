"""Officers are scoped to their institution, branch managers to their branch (read only), head office to
its institution; an officer without a membership stays unscoped. Every check goes through the access layer."""

import pytest

from audience.access import access_session_report
from compliance.access import access_submission
from compliance.models import AuditEvent, Submission
from compliance.selectors import audit_event_list, review_queue, submission_list
from compliance.services.audit import audit_record
from compliance.services.gate import session_content_submit
from compliance.services.review import submission_approve
from core.exceptions import Forbidden, NotFound
from organisations.services import institution_create, membership_assign
from studio.access import access_session
from studio.models import ChatMessage, MessageStatus
from studio.services.room import chat_release
from studio.services.sessions import session_go_live
from tests.factories import (
    SCRIPT,
    draft_session,
    make_compliance_officer,
    make_org,
    session_make_approved,
    submissions_check_now,
)

pytestmark = pytest.mark.django_db


def _draft(rm, title="机构场次", script=SCRIPT):
    return draft_session(rm, title=title, script=script)


@pytest.fixture
def org():
    return make_org()


def test_officers_see_sessions_of_their_own_institution_only(org):
    a1, b = _draft(org.rm_a1), _draft(org.rm_b)
    assert access_session(org.officer_a, a1.pk) == a1
    assert access_session(org.officer_b, b.pk) == b
    with pytest.raises(NotFound):
        access_session(org.officer_a, b.pk)
    with pytest.raises(NotFound):
        access_session(org.officer_b, a1.pk)


def test_an_officer_without_institution_stays_unscoped(org):
    unscoped = make_compliance_officer("o-unscoped")
    a1, b = _draft(org.rm_a1), _draft(org.rm_b)
    assert access_session(unscoped, a1.pk) == a1 and access_session(unscoped, b.pk) == b


def test_submissions_and_the_review_queue_are_scoped(org):
    subs_a = session_content_submit(session=_draft(org.rm_a1), author=org.rm_a1)
    subs_b = session_content_submit(session=_draft(org.rm_b), author=org.rm_b)
    submissions_check_now(subs_a + subs_b)
    script_a = next(s for s in subs_a if s.kind == "script")
    script_b = next(s for s in subs_b if s.kind == "script")
    assert access_submission(org.officer_a, script_a.pk, for_decision=True) == script_a
    with pytest.raises(NotFound):
        access_submission(org.officer_a, script_b.pk, for_decision=True)
    with pytest.raises(NotFound):
        access_submission(org.officer_b, script_a.pk)
    listed = set(submission_list(user=org.officer_a).values_list("pk", flat=True))
    assert script_a.pk in listed and script_b.pk not in listed
    queue = set(review_queue(user=org.officer_b).values_list("pk", flat=True))
    assert script_b.pk in queue and script_a.pk not in queue
    assert {script_a.pk, script_b.pk} <= set(review_queue().values_list("pk", flat=True))


def test_branch_manager_sees_their_branch_and_never_decides(org):
    a1, a2 = _draft(org.rm_a1), _draft(org.rm_a2)
    assert access_session(org.manager_b1, a1.pk) == a1
    assert access_session_report(org.manager_b1, a1.pk) == a1
    with pytest.raises(NotFound):
        access_session(org.manager_b1, a2.pk)
    with pytest.raises(NotFound):
        access_session_report(org.manager_b1, a2.pk)
    with pytest.raises(NotFound):
        access_session(org.manager_b1, a1.pk, for_write=True)
    script = next(s for s in session_content_submit(session=a1, author=org.rm_a1) if s.kind == "script")
    assert access_submission(org.manager_b1, script.pk) == script
    with pytest.raises(Forbidden):
        access_submission(org.manager_b1, script.pk, for_decision=True)
    assert set(submission_list(user=org.manager_b1).values_list("pk", flat=True)) == set(
        Submission.objects.filter(session=a1).values_list("pk", flat=True)
    )


def test_head_office_reports_on_its_institution_only(org):
    a1, a2, b = _draft(org.rm_a1), _draft(org.rm_a2), _draft(org.rm_b)
    assert access_session_report(org.head_a, a1.pk) == a1
    assert access_session_report(org.head_a, a2.pk) == a2
    with pytest.raises(NotFound):
        access_session_report(org.head_a, b.pk)


def test_officers_release_held_lines_of_their_institution_only(org):
    officer = org.officer_a
    live = session_make_approved(_draft(org.rm_a1), officer)
    live = session_go_live(session=live, actor=org.rm_a1)
    line = ChatMessage.objects.create(
        session=live,
        author=org.rm_a1,
        author_role="owner",
        author_name="RM",
        text="待审核的一句话",
        status=MessageStatus.HELD,
    )
    with pytest.raises(NotFound):
        chat_release(message_id=line.pk, officer=org.officer_b)
    assert chat_release(message_id=line.pk, officer=officer).status == MessageStatus.PUBLISHED


def test_audit_is_scoped_to_the_institution_people(org):
    audit_record(event_type="test.a", actor=org.rm_a1, subject=None, data={})
    audit_record(event_type="test.b", actor=org.rm_b, subject=None, data={})
    seen_a = set(audit_event_list(user=org.officer_a).values_list("event_type", flat=True))
    seen_b = set(audit_event_list(user=org.officer_b).values_list("event_type", flat=True))
    assert "test.a" in seen_a and "test.b" not in seen_a
    assert "test.b" in seen_b and "test.a" not in seen_b
    assert AuditEvent.objects.filter(event_type__in=["test.a", "test.b"]).count() == 2


def test_each_institution_checks_with_its_own_pack_and_extension(org):
    phrase = "金牛宝典"
    org.bank_a.extra_words = [[phrase, "promise.guaranteed_return"]]
    org.bank_a.save(update_fields=["extra_words"])
    text = SCRIPT + f"本期节目介绍{phrase}。"
    sub_a = next(
        s
        for s in session_content_submit(session=_draft(org.rm_a1, script=text), author=org.rm_a1)
        if s.kind == "script"
    )
    sub_b = next(
        s
        for s in session_content_submit(session=_draft(org.rm_b, script=text), author=org.rm_b)
        if s.kind == "script"
    )
    submissions_check_now([sub_a, sub_b])
    sub_a.refresh_from_db()
    sub_b.refresh_from_db()
    assert sub_a.pack.name == f"cn+{org.bank_a.code}" and sub_a.pack.data["extends"].startswith("cn@")
    assert sub_b.pack.name == "cn"
    assert phrase in {f.excerpt for f in sub_a.findings.all()}
    assert phrase not in {f.excerpt for f in sub_b.findings.all()}


def test_membership_roles_need_a_branch_of_the_same_institution(org):
    other = institution_create(code="o-other", name="丙银行")
    with pytest.raises(Exception):  # noqa: B017 - ApplicationError: the branch belongs to bank A
        membership_assign(user=org.rm_b, institution=other, branch=org.b1, role="rm")


def test_an_officer_cannot_decide_another_institutions_content_through_the_service(org):
    subs = session_content_submit(session=_draft(org.rm_a1), author=org.rm_a1)
    submissions_check_now(subs)
    script = next(s for s in subs if s.kind == "script")
    with pytest.raises(NotFound):
        submission_approve(submission=script, officer=org.officer_b, note="不是我的机构")
    script.refresh_from_db()
    assert script.status in ("passed", "flagged")


def test_the_admin_queue_and_audit_show_the_officers_institution_only(org, client):
    subs_a = session_content_submit(session=_draft(org.rm_a1), author=org.rm_a1)
    subs_b = session_content_submit(session=_draft(org.rm_b), author=org.rm_b)
    client.force_login(org.officer_b)
    page = client.get("/admin/compliance/submission/?status__exact=pending")
    assert page.status_code == 200
    listed = set(page.context["cl"].queryset.values_list("pk", flat=True))
    assert {s.pk for s in subs_b if s.session_id} <= listed
    assert not listed & {s.pk for s in subs_a if s.session_id}
    script_a = next(s for s in subs_a if s.kind == "script")
    assert client.get(f"/admin/compliance/submission/{script_a.pk}/change/").status_code == 404
    audit = client.get("/admin/compliance/auditevent/")
    actors = set(audit.context["cl"].queryset.values_list("actor_id", flat=True))
    assert org.rm_a1.pk not in actors and org.rm_b.pk in actors
