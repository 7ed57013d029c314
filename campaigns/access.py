"""Who may see and act on a campaign, a branch's roll-up and a book: the one place for these checks.

Anything the caller may not see raises ``NotFound``, the same as a missing id.
"""

from django.contrib.auth.models import AnonymousUser, User

from accounts.roles import Role, has_role, is_officer
from campaigns.models import Campaign
from core.exceptions import Forbidden, NotFound
from organisations.models import Branch
from organisations.selectors import is_branch_manager, is_head_office, membership_of


def access_campaign(user: User | AnonymousUser, campaign_id: int, *, for_write: bool = False) -> Campaign:
    """Everyone of the campaign's institution (staff) sees it; head office changes it.

    ``for_write`` on a visible campaign by somebody else raises ``Forbidden``.
    """
    campaign = (
        Campaign.objects.select_related("institution", "template_session").filter(pk=campaign_id).first()
    )
    membership = membership_of(user)
    if campaign is None or membership is None or membership.institution_id != campaign.institution_id:
        raise NotFound("Campaign not found.")
    if for_write and not is_head_office(user):
        raise Forbidden("Only head office changes a campaign.", code="campaign_forbidden")
    return campaign


def access_branch_report(user: User | AnonymousUser, branch_id: int) -> Branch:
    """A branch's roll-up: its branch manager, and head office and officers of its institution."""
    branch = Branch.objects.select_related("institution").filter(pk=branch_id).first()
    membership = membership_of(user)
    if branch is None or membership is None or membership.institution_id != branch.institution_id:
        raise NotFound("Branch not found.")
    if is_head_office(user) or is_officer(user):
        return branch
    if is_branch_manager(user) and membership.branch_id == branch.pk:
        return branch
    raise NotFound("Branch not found.")


def require_book_owner(user: User | AnonymousUser) -> None:
    """A book is an RM's own: only RMs of an institution have one."""
    if not (has_role(user, Role.RM) and membership_of(user) is not None):
        raise Forbidden(
            "Only relationship managers of an institution have a customer book.", code="campaign_forbidden"
        )
