"""Who may see and act on compliance records: the one place for these checks.

A submission the caller may not see raises ``NotFound``, the same as one that does not exist.
"""

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Q

from accounts.roles import Role, has_role, is_officer
from compliance.errors import ComplianceError
from compliance.models import Submission
from compliance.sessions import is_session_host
from core.exceptions import Forbidden, NotFound
from organisations.selectors import (
    head_office_may_see,
    manager_may_see,
    membership_of,
    officer_may_oversee,
    owner_scope_q,
    user_ids_of_institution,
)


def officer_workspace_open(user: User | AnonymousUser | None) -> bool:
    """The officers' workspace (admin pages, the live view of held lines): active staff who are officers;
    superusers may read it. Decisions additionally need ``is_officer``."""
    return bool(
        user is not None and user.is_active and user.is_staff and (is_officer(user) or user.is_superuser)
    )


def officer_submission_scope(user: User | AnonymousUser | None) -> Q | None:
    """The submissions an officer oversees as a filter (``None``: all): their institution's and product cards."""
    if getattr(user, "is_superuser", False):
        return None
    scope = owner_scope_q(user, "session__studio__owner")
    return None if scope is None else scope | Q(session__isnull=True)


def officer_audit_scope(user: User | AnonymousUser | None) -> Q | None:
    """The audit events an officer of an institution sees: those its own people caused (``None``: all)."""
    membership = membership_of(user)
    if membership is None or getattr(user, "is_superuser", False):
        return None
    return Q(actor_id__in=user_ids_of_institution(membership.institution_id))


def submission_visible_to(user: User | AnonymousUser, submission: Submission) -> bool:
    """Officers see their institution's submissions (product cards: all); an RM what they wrote and what
    belongs to their sessions; branch managers and head office (read only) their branch's or institution's."""
    owner_id = submission.session.studio.owner_id if submission.session_id else None
    if is_officer(user):
        return submission.session_id is None or officer_may_oversee(user, owner_id)
    if manager_may_see(user, owner_id) or head_office_may_see(user, owner_id):
        return True
    if not has_role(user, Role.RM):
        return False
    if submission.author_id == user.pk:
        return True
    return bool(submission.session_id and is_session_host(user, submission.session))


def access_submission(
    user: User | AnonymousUser, submission_id: int, *, for_decision: bool = False
) -> Submission:
    """Fetch a submission the caller may see; ``for_decision``: that the caller may also decide on.

    Raises ``NotFound`` when the caller may not see it, and ``Forbidden`` when they may see it but not
    decide (an RM, or the author themselves).
    """
    submission = (
        Submission.objects.select_related("author", "session__studio", "product", "pack", "decision__officer")
        .filter(pk=submission_id)
        .first()
    )
    if submission is None or not submission_visible_to(user, submission):
        raise NotFound("Submission not found.")
    if for_decision:
        if not is_officer(user):
            raise Forbidden(
                "Only compliance officers decide on submissions.", code=ComplianceError.NOT_COMPLIANCE
            )
        if submission.author_id == user.pk:
            raise Forbidden(
                "Authors never approve or reject their own content.", code=ComplianceError.OWN_SUBMISSION
            )
    return submission
