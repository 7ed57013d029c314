"""Who is in whose scope: the one place that answers it for every access function.

An officer with a membership sees only their institution's rooms, queues, held lines and audit; one
without is unscoped (a single-bank install). A branch manager sees their branch's studios and reports,
and never decides on content. Results are cached on the user object for one request.
"""

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Q

from accounts.roles import Role, has_role, is_officer
from organisations.models import Branch, Institution, Membership

_UNSET = object()


def membership_of(user: User | AnonymousUser | None) -> Membership | None:
    if user is None or not user.is_authenticated:
        return None
    cached = getattr(user, "_membership_cache", _UNSET)
    if cached is _UNSET:
        cached = Membership.objects.select_related("institution", "branch").filter(user_id=user.pk).first()
        user._membership_cache = cached
    return cached


def is_branch_manager(user: User | AnonymousUser | None) -> bool:
    return has_role(user, Role.BRANCH_MANAGER) and membership_of(user) is not None


def is_head_office(user: User | AnonymousUser | None) -> bool:
    return has_role(user, Role.HEAD_OFFICE) and membership_of(user) is not None


def _owner_scope(owner_id: int) -> tuple[int | None, int | None]:
    row = Membership.objects.filter(user_id=owner_id).values_list("institution_id", "branch_id").first()
    return row if row else (None, None)


def officer_may_oversee(user: User | AnonymousUser | None, owner_id: int | None) -> bool:
    """An officer may oversee content and rooms of ``owner_id`` (an RM): same institution, or unscoped."""
    if not is_officer(user):
        return False
    membership = membership_of(user)
    if membership is None:
        return True
    if owner_id is None:
        return False
    return _owner_scope(owner_id)[0] == membership.institution_id


def manager_may_see(user: User | AnonymousUser | None, owner_id: int | None) -> bool:
    """A branch manager sees the studios (sessions, reports) of RMs of their own branch."""
    if owner_id is None or not is_branch_manager(user):
        return False
    return _owner_scope(owner_id)[1] == membership_of(user).branch_id


def head_office_may_see(user: User | AnonymousUser | None, owner_id: int | None) -> bool:
    """Head office reports on every studio of its institution."""
    if owner_id is None or not is_head_office(user):
        return False
    return _owner_scope(owner_id)[0] == membership_of(user).institution_id


def owner_scope_q(user: User | AnonymousUser | None, owner_field: str) -> Q | None:
    """A filter on ``owner_field`` (a path to a user id) for what ``user`` oversees; ``None``: everything.

    Officers: their institution (or everything, unscoped); branch managers: their branch; head office:
    their institution. Anybody else oversees nothing (``Q(pk__in=[])``).
    """
    membership = membership_of(user)
    if is_officer(user):
        if membership is None:
            return None
        return Q(**{f"{owner_field}__membership__institution_id": membership.institution_id})
    if is_branch_manager(user):
        return Q(**{f"{owner_field}__membership__branch_id": membership.branch_id})
    if is_head_office(user):
        return Q(**{f"{owner_field}__membership__institution_id": membership.institution_id})
    return Q(pk__in=[])


def user_ids_of_institution(institution_id: int) -> list[int]:
    return list(Membership.objects.filter(institution_id=institution_id).values_list("user_id", flat=True))


def branch_list(*, institution: Institution) -> list[Branch]:
    return list(Branch.objects.filter(institution=institution).order_by("code"))


def institution_of_user_id(user_id: int | None) -> Institution | None:
    """The institution of a content author or studio owner (``None``: unscoped, the default pack)."""
    if user_id is None:
        return None
    return Institution.objects.filter(memberships__user_id=user_id).first()
