"""Who may see and act on compliance records: the one place for these checks.

A submission the caller may not see raises ``NotFound``, the same as one that does not exist.
"""

from django.contrib.auth.models import AnonymousUser, User

from accounts.roles import Role, has_role
from compliance.errors import ComplianceError
from compliance.models import Submission
from core.exceptions import Forbidden, NotFound


def is_officer(user: User | AnonymousUser | None) -> bool:
    return has_role(user, Role.COMPLIANCE)


def submission_visible_to(user: User | AnonymousUser, submission: Submission) -> bool:
    """Officers see every submission; an RM sees what they wrote and what belongs to their sessions."""
    if is_officer(user):
        return True
    if not has_role(user, Role.RM):
        return False
    if submission.author_id == user.pk:
        return True
    return bool(submission.session_id and submission.session.studio.owner_id == user.pk)


def access_submission(user: User | AnonymousUser, submission_id: int, *, for_decision: bool = False) -> Submission:
    """Fetch a submission the caller may see; ``for_decision``: that the caller may also decide on.

    Raises ``NotFound`` when the caller may not see it, and ``Forbidden`` when they may see it but not
    decide (an RM, or the author themselves).
    """
    submission = (
        Submission.objects.select_related("author", "session__studio", "product", "pack", "decision__officer")
        .filter(pk=submission_id).first()
    )
    if submission is None or not submission_visible_to(user, submission):
        raise NotFound("Submission not found.")
    if for_decision:
        if not is_officer(user):
            raise Forbidden("Only compliance officers decide on submissions.", code=ComplianceError.NOT_COMPLIANCE)
        if submission.author_id == user.pk:
            raise Forbidden("Authors never approve or reject their own content.",
                            code=ComplianceError.OWN_SUBMISSION)
    return submission
