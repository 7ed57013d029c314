"""The roles of Cloud Studio, kept as Django groups so admins manage them in one place.

``product`` is the bank's product desk: the only role that writes product facts (risk level, principal
protection, benchmarks, terms), which suitability and the compliance engine rely on.
Branch managers and head office come with organisations (institution → branch → RM).
"""

from enum import StrEnum

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser


class Role(StrEnum):
    RM = "rm"
    CUSTOMER = "customer"
    COMPLIANCE = "compliance"
    PRODUCT = "product"
    BRANCH_MANAGER = "branch_manager"
    HEAD_OFFICE = "head_office"


def has_role(user: AbstractBaseUser | AnonymousUser | None, role: Role) -> bool:
    """True when ``user`` is signed in and belongs to ``role``'s group (cached per user object)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    cached = getattr(user, "_role_names", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._role_names = cached
    return role.value in cached


def is_officer(user: AbstractBaseUser | AnonymousUser | None, *, superuser_too: bool = False) -> bool:
    """The one "is this a compliance officer" check (``superuser_too``: a superuser counts as one, as for rule edits).

    Which sessions an officer oversees is ``organisations.selectors.officer_may_oversee``.
    """
    if superuser_too and getattr(user, "is_superuser", False):
        return True
    return has_role(user, Role.COMPLIANCE)


def role_of(user: AbstractBaseUser | AnonymousUser | None) -> str:
    """The single role shown next to a user's name in the live room ("guest" when signed out)."""
    for role in (Role.COMPLIANCE, Role.PRODUCT, Role.RM, Role.CUSTOMER):
        if has_role(user, role):
            return role.value
    return "guest"
