"""Banks at scale: institution → branch → RM, who belongs where, customers' books and leads.

This app sits low (next to ``accounts``): the access functions of studio, compliance and audience consult
it for officers' and branch managers' scope without importing upwards. Live-room objects are referenced
by string (``"studio.LiveSession"``), never imported. Rows are written only by ``organisations.services``.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q

from core.models import BaseModel


class Institution(BaseModel):
    """A bank. It chooses its rule pack (jurisdiction) and may extend it with its own sensitive words.

    ``extra_words`` are ``[phrase, rule code]`` pairs in the engine's word-list shape; when present,
    checks of the institution's content run a derived pack named ``<pack_name>+<code>`` (built and
    versioned by compliance), so every stored check names exactly which rules ran.
    """

    code = models.SlugField(max_length=32, unique=True)
    name = models.CharField(max_length=120)
    pack_name = models.CharField(max_length=32, default="cn")
    extra_words = models.JSONField(default=list, blank=True)

    def __str__(self) -> str:
        return self.name

    @property
    def effective_pack_name(self) -> str:
        return f"{self.pack_name}+{self.code}" if self.extra_words else self.pack_name


class Branch(BaseModel):
    institution = models.ForeignKey(Institution, on_delete=models.PROTECT, related_name="branches")
    code = models.SlugField(max_length=32)
    name = models.CharField(max_length=120)

    class Meta:
        ordering = ["institution", "code"]
        constraints = [models.UniqueConstraint(fields=["institution", "code"], name="branch_code_unique")]
        verbose_name_plural = "branches"

    def __str__(self) -> str:
        return f"{self.institution.name} · {self.name}"


class OrgRole(models.TextChoices):
    RM = "rm", "客户经理"
    BRANCH_MANAGER = "branch_manager", "支行行长"
    OFFICER = "officer", "合规专员"
    HEAD_OFFICE = "head_office", "总行营销"


class Membership(BaseModel):
    """Where one staff user works. RMs and branch managers belong to a branch; officers and head office
    to the institution only. A user without a membership is unscoped (single-bank installs, tests)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership")
    institution = models.ForeignKey(Institution, on_delete=models.PROTECT, related_name="memberships")
    branch = models.ForeignKey(
        Branch, on_delete=models.PROTECT, null=True, blank=True, related_name="memberships"
    )
    role = models.CharField(max_length=16, choices=OrgRole.choices)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~Q(role__in=["rm", "branch_manager"]) | Q(branch__isnull=False),
                name="membership_branch_roles_have_branch",
            ),
        ]
        indexes = [models.Index(fields=["institution", "branch"], name="membership_scope_idx")]

    def __str__(self) -> str:
        return f"{self.user} {self.role} @ {self.branch or self.institution}"


class AssetsBand(models.TextChoices):
    MASS = "mass", "5万以下"
    AFFLUENT = "affluent", "5万–50万"
    HIGH = "high", "50万–600万"
    PRIVATE = "private", "600万以上"


class BookEntry(BaseModel):
    """A customer assigned to one RM (the RM's book), with what the bank's CRM exported about them.

    ``holdings`` maps a product type (deposit, wmp, fund, insurance) to an amount in yuan, as imported.
    """

    customer = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="book_entry"
    )
    rm = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="book")
    institution = models.ForeignKey(Institution, on_delete=models.PROTECT, related_name="book_entries")
    assets_band = models.CharField(max_length=16, choices=AssetsBand.choices, blank=True)
    holdings = models.JSONField(default=dict, blank=True)
    external_id = models.CharField(
        max_length=64, blank=True, help_text="The customer's id in the bank's CRM."
    )

    class Meta:
        ordering = ["rm", "customer"]
        indexes = [models.Index(fields=["rm"], name="book_rm_idx")]

    def __str__(self) -> str:
        return f"{self.customer} → {self.rm}"


class LeadStatus(models.TextChoices):
    NEW = "new", "新线索"
    CONTACTED = "contacted", "已联系"
    CONVERTED = "converted", "已成交"
    DECLINED = "declined", "已放弃"


class Lead(BaseModel):
    """A customer said "interested" on a card and consented to be contacted: work for their RM.

    The source (session, card push, product, and the share link that brought the customer, if any) is
    kept so a conversion is credited to the session, its campaign, the RM and the link.
    """

    customer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="leads")
    rm = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="lead_list")
    session = models.ForeignKey("studio.LiveSession", on_delete=models.CASCADE, related_name="leads")
    push = models.ForeignKey("studio.CardPush", on_delete=models.CASCADE, related_name="leads")
    product = models.ForeignKey("products.Product", on_delete=models.PROTECT, related_name="leads")
    share_link = models.ForeignKey(
        "audience.ShareLink", on_delete=models.SET_NULL, null=True, blank=True, related_name="leads"
    )
    consent_text = models.TextField(help_text="What the customer agreed to, word for word.")
    consented_at = models.DateTimeField()
    status = models.CharField(max_length=16, choices=LeadStatus.choices, default=LeadStatus.NEW)
    status_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["push", "customer"], name="lead_once_per_card")]
        indexes = [
            models.Index(fields=["rm", "status"], name="lead_rm_status_idx"),
            models.Index(fields=["session", "status"], name="lead_session_status_idx"),
        ]

    def __str__(self) -> str:
        return f"lead {self.customer} → {self.rm} ({self.status})"
