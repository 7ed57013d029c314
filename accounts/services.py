"""Writes for people: creating role users and recording risk assessments."""

from django.contrib.auth.models import Group, User
from django.db import transaction
from django.utils import timezone

from accounts.models import ASSESSMENT_VALIDITY, CustomerProfile, RiskTolerance, RMProfile
from accounts.roles import Role


@transaction.atomic
def rm_create(
    *, username: str, password: str, display_name: str, branch: str, licence_number: str, email: str = ""
) -> User:
    user = User.objects.create_user(username=username, password=password, email=email)
    user.groups.add(Group.objects.get(name=Role.RM))
    profile = RMProfile(user=user, display_name=display_name, branch=branch, licence_number=licence_number)
    profile.full_clean(exclude=["user"])
    profile.save()
    return user


@transaction.atomic
def customer_create(
    *, username: str, password: str, email: str = "", segments: list[str] | None = None
) -> User:
    user = User.objects.create_user(username=username, password=password, email=email)
    user.groups.add(Group.objects.get(name=Role.CUSTOMER))
    CustomerProfile.objects.create(user=user, segments=segments or [])
    return user


@transaction.atomic
def compliance_officer_create(*, username: str, password: str, email: str = "") -> User:
    """Officers work in Django admin, so they are staff (not superusers) in the compliance group."""
    user = User.objects.create_user(username=username, password=password, email=email, is_staff=True)
    user.groups.add(Group.objects.get(name=Role.COMPLIANCE))
    return user


@transaction.atomic
def product_manager_create(*, username: str, password: str, email: str = "") -> User:
    """The product desk writes product facts in the admin or the API, so its members are staff."""
    user = User.objects.create_user(username=username, password=password, email=email, is_staff=True)
    user.groups.add(Group.objects.get(name=Role.PRODUCT))
    return user


def risk_assessment_record(
    *, customer: User, level: RiskTolerance | str, assessed_at=None
) -> CustomerProfile:
    """Store a new assessment; it expires one year after it was made."""
    assessed_at = assessed_at or timezone.now()
    profile, _ = CustomerProfile.objects.get_or_create(user=customer)
    profile.risk_level = RiskTolerance(level).value
    profile.assessed_at = assessed_at
    profile.expires_at = assessed_at + ASSESSMENT_VALIDITY
    profile.full_clean(exclude=["user"])
    profile.save(update_fields=["risk_level", "assessed_at", "expires_at", "updated_at"])
    return profile
