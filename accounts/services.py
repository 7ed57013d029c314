"""Writes for people: creating role users and recording risk assessments."""

from django.contrib.auth.models import Group, User
from django.db import transaction
from django.utils import timezone

from accounts.models import ASSESSMENT_VALIDITY, CustomerProfile, RiskTolerance, RMProfile
from accounts.roles import Role


@transaction.atomic
def rm_create(*, username: str, password: str, display_name: str, branch: str, licence_number: str,
              email: str = "") -> User:
    user = User.objects.create_user(username=username, password=password, email=email)
    user.groups.add(Group.objects.get(name=Role.RM))
    profile = RMProfile(user=user, display_name=display_name, branch=branch, licence_number=licence_number)
    profile.full_clean(exclude=["user"])
    profile.save()
    return user


@transaction.atomic
def customer_create(*, username: str, password: str, email: str = "", segments: list[str] | None = None) -> User:
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


def risk_assessment_record(*, customer: User, level: RiskTolerance | str, assessed_at=None) -> CustomerProfile:
    """Store a new assessment; it expires one year after it was made."""
    assessed_at = assessed_at or timezone.now()
    profile, _ = CustomerProfile.objects.get_or_create(user=customer)
    profile.risk_level = RiskTolerance(level).value
    profile.assessed_at = assessed_at
    profile.expires_at = assessed_at + ASSESSMENT_VALIDITY
    profile.full_clean(exclude=["user"])
    profile.save(update_fields=["risk_level", "assessed_at", "expires_at", "updated_at"])
    return profile


# Browser sign-in: failed attempts are counted per address and per username (in Redis, shared by every
# process); past the limit, sign-in is refused for the rest of the window, even with the right password.
LOGIN_FAILURES_PER_USERNAME = 10
LOGIN_FAILURES_PER_ADDRESS = 30
LOGIN_FAILURE_WINDOW_SECONDS = 900


def _login_keys(*, address: str, username: str) -> list[tuple[str, int]]:
    return [(f"login-fail:user:{username.strip().lower()[:150]}", LOGIN_FAILURES_PER_USERNAME),
            (f"login-fail:addr:{address}", LOGIN_FAILURES_PER_ADDRESS)]


def login_attempt_allowed(*, address: str, username: str) -> bool:
    """False once this username or this address has failed too often in the current window."""
    from core import ratelimit

    return not any(ratelimit.blocked(key, limit=limit, window_seconds=LOGIN_FAILURE_WINDOW_SECONDS)
                   for key, limit in _login_keys(address=address, username=username))


def login_failure_record(*, address: str, username: str) -> None:
    """Count one failed sign-in against the username and the address."""
    from core import ratelimit

    for key, limit in _login_keys(address=address, username=username):
        try:
            ratelimit.hit(key, limit=limit, window_seconds=LOGIN_FAILURE_WINDOW_SECONDS)
        except ratelimit.RateLimited:
            pass
