"""Who may work a lead: the one place for that check."""

from django.contrib.auth.models import AbstractBaseUser

from accounts.roles import Role, has_role
from core.exceptions import NotFound
from organisations.models import Lead


def access_lead(user: AbstractBaseUser, lead_id: int) -> Lead:
    """A lead is its RM's to work; anybody else gets ``NotFound``."""
    lead = Lead.objects.filter(pk=lead_id, rm_id=getattr(user, "pk", None)).first()
    if lead is None or not has_role(user, Role.RM):
        raise NotFound("Lead not found.")
    return lead
