"""The review task on a real Celery worker over Redis: enqueued on commit, idempotent, retried when transient."""

import time

import psycopg
import pytest
from django.db import connection

from compliance.models import AuditEvent, Finding, Notification, Rule, Submission, SubmissionStatus
from compliance.selectors import gate_blockers
from compliance.services.audit import content_sha256
from compliance.services.gate import session_content_submit
from compliance.services.rule_packs import pack_active, rule_change
from compliance.services.submissions import content_submit
from compliance.tasks import submission_review_task
from studio.models import SessionState
from tests.factories import VIOLATING_SCRIPT, make_review_session, session_make_approved
from tests.support.markers import requires_postgresql

# serialized_rollback: the flush between transactional tests would drop the role groups and rule packs
# that migrations create; this restores them.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def wait_for(predicate, *, timeout=60.0, interval=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError("condition not reached in time")


def status_of(sub) -> str:
    return Submission.objects.values_list("status", flat=True).get(pk=sub.pk)


def test_a_submitted_session_is_checked_by_the_worker(celery_worker, rm, product):
    session = make_review_session(rm, script=VIOLATING_SCRIPT, products=[product])

    subs = session_content_submit(session=session, author=rm)  # commits: the tasks go out on commit

    wait_for(lambda: all(status_of(s) in ("flagged", "passed") for s in subs))
    script = Submission.objects.get(session=session, kind="script")
    assert script.status == SubmissionStatus.FLAGGED and script.check_count == 1
    assert {"promise.capital_guarantee"} <= set(script.findings.values_list("code", flat=True))
    assert [(b.kind, b.code) for b in gate_blockers(session)][0][1] == "awaiting_decision"


def test_the_same_task_delivered_twice_checks_once(celery_worker, rm, product):
    session = make_review_session(rm, script=VIOLATING_SCRIPT, products=[])
    sub = content_submit(kind="script", text=session.script, author=rm, session=session)
    # Two more deliveries of the same task (as a broker redelivery would send), besides the on-commit one.
    first = submission_review_task.apply_async(args=[sub.pk], task_id=f"dup-{sub.pk}")
    second = submission_review_task.apply_async(args=[sub.pk], task_id=f"dup-{sub.pk}")

    outcomes = sorted([first.get(timeout=60), second.get(timeout=60)])
    wait_for(lambda: status_of(sub) == "flagged")

    sub.refresh_from_db()
    assert sub.check_count == 1
    assert "skipped" in outcomes
    assert AuditEvent.objects.filter(event_type="submission.checked", subject_id=str(sub.pk)).count() == 1
    codes = list(Finding.objects.filter(submission=sub).values_list("code", "start", "end"))
    assert len(codes) == len(set(codes))  # no finding stored twice


@requires_postgresql
def test_a_locked_row_is_a_transient_error_retried_until_it_succeeds(celery_worker, rm):
    session = make_review_session(rm, products=[])
    # Stored directly (no on-commit task), so the only delivery is the one below, sent while the row is held.
    sub = Submission.objects.create(
        kind="script", text=session.script, sha256=content_sha256(session.script), author=rm, session=session
    )
    # Hold the row from another connection so the task's SELECT … NOWAIT fails with OperationalError.
    db = connection.settings_dict
    with psycopg.connect(
        host=db["HOST"] or "127.0.0.1",
        port=db["PORT"] or 5432,
        user=db["USER"],
        password=db["PASSWORD"] or None,
        dbname=db["NAME"],
        autocommit=False,
    ) as other:
        other.execute("SELECT id FROM compliance_submission WHERE id = %s FOR UPDATE", [sub.pk])
        result = submission_review_task.apply_async(args=[sub.pk])
        time.sleep(2.5)
        assert status_of(sub) == "pending"
        other.rollback()

    assert result.get(timeout=60) == "checked"  # the one delivery, after its retries
    wait_for(lambda: status_of(sub) == "passed")
    assert Submission.objects.get(pk=sub.pk).check_count == 1


def test_a_missing_submission_is_permanent_and_not_retried(celery_worker):
    result = submission_review_task.apply_async(args=[987654321])
    assert result.get(timeout=60) == "missing"
    assert result.state == "SUCCESS"


def test_a_rule_change_pulls_approved_content_back_and_notifies_the_rm(celery_worker, rm, officer, product):
    session = make_review_session(
        rm,
        script="今天的理财产品风险等级为R2，理财非存款、产品有风险、投资须谨慎。上车！",
        products=[product],
    )
    session_make_approved(session, officer)
    script = Submission.objects.get(session=session, kind="script", status="approved")
    pack = pack_active("cn")
    assert script.pack == pack
    rule = Rule.objects.get(pack=pack, code="style.hype_slang")
    assert script.findings.filter(code=rule.code, severity="info").exists(), (
        "the script needs an info finding"
    )

    new_pack = rule_change(rule=rule, actor=officer, severity="review", note="hype now needs review")

    assert new_pack.version == pack.version + 1 and new_pack.is_active
    wait_for(lambda: Notification.objects.filter(recipient=rm, kind="approval_withdrawn").exists())
    session.refresh_from_db()
    script.refresh_from_db()
    assert session.state == SessionState.IN_REVIEW
    assert script.withdrawn_at is not None
    replacement = Submission.objects.get(session=session, kind="script", withdrawn_at__isnull=True)
    assert replacement.status == SubmissionStatus.FLAGGED and replacement.pack == new_pack
    assert replacement.findings.filter(code="style.hype_slang", severity="review").exists()
    assert [(b.kind, b.code) for b in gate_blockers(session)] == [("script", "awaiting_decision")]
    # The rest (announcement, card) had no new findings: still approved, now recorded under the new pack.
    wait_for(lambda: Submission.objects.filter(session=session, kind="announcement", pack=new_pack).exists())
    assert AuditEvent.objects.filter(event_type="rulepack.changed").count() == 1


def test_a_check_lost_before_the_broker_is_requeued_by_the_sweeper(celery_worker, rm):
    from datetime import timedelta

    from django.utils import timezone

    from compliance.services.review import submissions_requeue_stale

    session = make_review_session(rm, products=[])
    lost = Submission.objects.create(
        kind="script", text=session.script, sha256=content_sha256(session.script), author=rm, session=session
    )  # as if the on-commit enqueue never happened
    Submission.objects.filter(pk=lost.pk).update(created_at=timezone.now() - timedelta(minutes=10))
    fresh = Submission.objects.create(
        kind="announcement",
        text=session.title,
        sha256=content_sha256(session.title),
        author=rm,
        session=session,
    )

    assert submissions_requeue_stale() == 1

    wait_for(lambda: status_of(lost) == "passed")
    assert status_of(fresh) == "pending"  # young pending work is left to its own task
