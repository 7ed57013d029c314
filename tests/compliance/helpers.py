"""Test helpers that drive the real compliance services (no shortcuts around the gate)."""

from compliance.models import SubmissionStatus
from compliance.services import session_content_submit, submission_approve, submission_check


def submissions_check_now(submissions) -> None:
    """Run the engine on each pending submission in this process, as the review task would."""
    for sub in submissions:
        if sub.status == SubmissionStatus.PENDING:
            submission_check(submission_id=sub.pk, token=f"test-{sub.pk}")
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
