"""Head-office campaigns run across many studios: one reviewed template, many sessions made from it.

The template is a session of its own (in a head-office studio, invite-only with no invite code, so no
viewer can open it): officers review its script and announcement through the ordinary gate, once. Each
RM's session made from the campaign copies that content; ``compliance`` approves a copy whose hash
matches the approved template without a second review (see ``campaigns.apps``), and an edited copy
goes back to review as any session does.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q

from core.models import BaseModel
from organisations.models import Branch, Institution
from products.models import Product


class Campaign(BaseModel):
    institution = models.ForeignKey(Institution, on_delete=models.PROTECT, related_name="campaigns")
    name = models.CharField(max_length=120)
    starts_on = models.DateField()
    ends_on = models.DateField()
    products = models.ManyToManyField(Product, blank=True, related_name="campaigns")
    segments = models.JSONField(default=list, blank=True, help_text="Target segment labels.")
    title = models.CharField(max_length=200, help_text="The sessions' title.")
    description = models.TextField(blank=True)
    script = models.TextField(blank=True)
    poster_text = models.TextField(
        blank=True, help_text="The share poster's text (reviewed with the announcement)."
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    template_session = models.OneToOneField(
        "studio.LiveSession", on_delete=models.PROTECT, null=True, blank=True, related_name="template_of"
    )

    class Meta:
        ordering = ["-starts_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="campaign_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return self.name


class CampaignSession(BaseModel):
    """An RM's session made from a campaign; ``rm`` and ``branch`` are copied for fast roll-ups."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="session_links")
    session = models.OneToOneField(
        "studio.LiveSession", on_delete=models.CASCADE, related_name="campaign_link"
    )
    rm = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    branch = models.ForeignKey(Branch, on_delete=models.PROTECT, null=True, blank=True, related_name="+")

    class Meta:
        indexes = [models.Index(fields=["campaign", "branch"], name="campaign_session_branch_idx")]
