"""The roles of Cloud Studio, kept as Django groups so admins manage them in one place.

Branch managers and head office come with organisations (institution → branch → RM).
"""

from enum import StrEnum

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser


class Role(StrEnum):
    RM = "rm"
    CUSTOMER = "customer"
    COMPLIANCE = "compliance"
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


def role_of(user: AbstractBaseUser | AnonymousUser | None) -> str:
    """The single role shown next to a user's name in the live room ("guest" when signed out)."""
    for role in (Role.COMPLIANCE, Role.RM, Role.CUSTOMER):
        if has_role(user, role):
            return role.value
    return "guest"
