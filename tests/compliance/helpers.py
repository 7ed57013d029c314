"""Test helpers that drive the real compliance services (no shortcuts around the gate)."""

import time

from django.db import OperationalError

from compliance.models import SubmissionStatus
from compliance.services.gate import session_content_submit
from compliance.services.review import submission_approve, submission_check


def submissions_check_now(submissions, *, timeout: float = 30.0) -> None:
    """Run the engine on each pending submission in this process, as the review task would.

    With a Celery worker running (transactional tests), the worker may hold or have done a check:
    then this waits until the submission's check is stored, whoever stores it.
    """
    for sub in submissions:
        deadline = time.monotonic() + timeout
        sub.refresh_from_db()
        while sub.status in (SubmissionStatus.PENDING, SubmissionStatus.CHECKING):
            if time.monotonic() > deadline:
                raise AssertionError(f"submission #{sub.pk} was not checked within {timeout} s")
            if sub.status == SubmissionStatus.PENDING:
                try:
                    submission_check(submission_id=sub.pk, token=f"test-{sub.pk}")
                except OperationalError:  # a worker holds the row (NOWAIT): let it finish
                    pass
            time.sleep(0.02)
            sub.refresh_from_db()


def session_make_approved(session, officer, *, note: str = "approved in a test"):
    """Submit ``session`` as its RM, check every piece of content now, and approve it as ``officer``.

    Returns the session, reloaded: its state is ``approved`` afterwards. Raises ``AssertionError`` naming
    the findings when some content cannot be approved (a ``block`` finding): use compliant test texts.
    """
    submissions = session_content_submit(session=session, author=session.studio.owner)
    submissions_check_now(submissions)
    for sub in submissions:
        if sub.status == SubmissionStatus.APPROVED:
            continue
        blocking = [f"{f.code}: {f.excerpt}" for f in sub.findings.all() if f.severity == "block"]
        assert not blocking, f"{sub.kind} #{sub.pk} has block findings: {blocking}"
        submission_approve(submission=sub, officer=officer, note=note)
    session.refresh_from_db()
    assert session.state == "approved", f"session is {session.state} after approving all its content"
    return session
