"""A Celery worker SIGKILLed in the middle of a review: after a new worker starts, the review completes, once.

The task is ``acks_late`` + ``reject_on_worker_lost``: the killed worker never acknowledged the message, so
the broker hands it out again (Redis: once the visibility timeout has passed, here 2 s, checked when a worker
starts). The redelivered task finds the submission still ``checking`` under its own claim token and takes it
over; findings, the check count and the audit event are stored exactly once.
"""

import time

import pytest

from compliance.engine import check
from compliance.models import AuditEvent, Finding, Submission, SubmissionStatus
from compliance.screening import pack_compiled
from compliance.services.audit import audit_verify
from compliance.services.gate import session_content_submit
from compliance.services.review import submission_products
from compliance.services.rule_packs import pack_active, pack_name_for
from config.celery import app as celery_app
from tests.factories import ProductFactory, make_review_session

pytestmark = [
    pytest.mark.faults,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.timeout(150),
]

DONE = (SubmissionStatus.PASSED, SubmissionStatus.FLAGGED, SubmissionStatus.APPROVED)


def _wait(predicate, *, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def test_a_review_survives_its_worker_being_killed(rm, no_celery_worker, processes, tmp_path):
    celery_app.control.purge()
    mark = tmp_path / "engine-started"
    worker_env = {
        "SLOW_ENGINE_MARK": str(mark),
        "SLOW_ENGINE_SECONDS": "120",
        "CELERY_VISIBILITY_TIMEOUT": "2",
    }
    doomed = processes.celery_worker(
        app="tests.reliability.slow_engine_worker", hostname=f"doomed-{time.time_ns()}@t", **worker_env
    )

    session = make_review_session(rm, products=[ProductFactory()])
    submissions = session_content_submit(session=session, author=rm)
    ids = [s.pk for s in submissions]
    assert len(ids) >= 2

    _wait(mark.exists, timeout=40, what="the first engine check to start")
    [caught] = _wait(
        lambda: list(Submission.objects.filter(pk__in=ids, status=SubmissionStatus.CHECKING)),
        timeout=10,
        what="a submission in checking",
    )
    processes.kill(doomed)
    caught.refresh_from_db()
    assert caught.status == SubmissionStatus.CHECKING and caught.check_count == 0

    time.sleep(
        2.5
    )  # past the visibility timeout: the new worker restores the unacknowledged message at start
    processes.celery_worker(
        app="tests.reliability.slow_engine_worker", hostname=f"rescuer-{time.time_ns()}@t", **worker_env
    )
    _wait(
        lambda: Submission.objects.filter(pk__in=ids, status__in=DONE).count() == len(ids),
        timeout=60,
        what="every submission to be checked after the restart",
    )

    pack = pack_compiled(pack_active(pack_name_for()))
    for sub in Submission.objects.filter(pk__in=ids).select_related("session", "product"):
        assert sub.check_count == 1, f"{sub.kind} checked {sub.check_count} times"
        expected = check(
            sub.text, kind=sub.kind, products=submission_products(sub), customer_risk=None, pack=pack
        )
        stored = Finding.objects.filter(submission=sub)
        assert sorted((f.code, f.start, f.end) for f in stored) == sorted(
            (f.code, f.start, f.end) for f in expected
        )
        assert AuditEvent.objects.filter(event_type="submission.checked", subject_id=str(sub.pk)).count() == 1
    assert audit_verify() == []
