"""Wealth products as the bank registers them: the facts that marketing claims are checked against."""

from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from core.models import BaseModel


class ProductType(models.TextChoices):
    DEPOSIT = "deposit", _("存款 Deposit")
    WMP = "wmp", _("理财 Wealth management product")
    FUND = "fund", _("基金 Fund")
    INSURANCE = "insurance", _("保险 Insurance")


class RiskLevel(models.TextChoices):
    R1 = "R1", "R1 低风险"
    R2 = "R2", "R2 中低风险"
    R3 = "R3", "R3 中风险"
    R4 = "R4", "R4 中高风险"
    R5 = "R5", "R5 高风险"


class ProductStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    ON_SALE = "on_sale", _("On sale")
    SUSPENDED = "suspended", _("Suspended")
    CLOSED = "closed", _("Closed")


CARD_TEXT_MAX_CHARS = 1000  # a card is read on a phone in a live room; it also bounds the card's review


class Product(BaseModel):
    code = models.CharField(max_length=32, unique=True)
    name = models.CharField(max_length=120)
    type = models.CharField(max_length=16, choices=ProductType.choices)
    issuer = models.CharField(max_length=120)
    risk_level = models.CharField(max_length=2, choices=RiskLevel.choices)
    benchmark_min = models.DecimalField(
        max_digits=6, decimal_places=3, null=True, blank=True, help_text="Performance benchmark, % p.a."
    )
    benchmark_max = models.DecimalField(
        max_digits=6, decimal_places=3, null=True, blank=True, help_text="Performance benchmark, % p.a."
    )
    principal_protected = models.BooleanField(default=False)
    term_days = models.PositiveIntegerField(null=True, blank=True)
    min_investment = models.DecimalField(max_digits=14, decimal_places=2, default=1)
    sale_start = models.DateTimeField(null=True, blank=True)
    sale_end = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=16, choices=ProductStatus.choices, default=ProductStatus.DRAFT)
    card_text = models.TextField(
        blank=True,
        validators=[MaxLengthValidator(CARD_TEXT_MAX_CHARS)],
        help_text="The product card shown in live rooms; published only after compliance approval.",
    )

    class Meta:
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=Q(benchmark_min__isnull=True)
                | Q(benchmark_max__isnull=True)
                | Q(benchmark_min__lte=F("benchmark_max")),
                name="product_benchmark_min_le_max",
            ),
            models.CheckConstraint(
                condition=Q(sale_start__isnull=True)
                | Q(sale_end__isnull=True)
                | Q(sale_start__lt=F("sale_end")),
                name="product_sale_window_ordered",
            ),
            models.CheckConstraint(
                condition=Q(risk_level__in=RiskLevel.values), name="product_risk_level_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    def facts(self) -> dict:
        """The product facts in the compliance engine's shape (rules.md §3.1)."""
        return {
            "code": self.code,
            "name": self.name,
            "type": self.type,
            "risk_level": self.risk_level,
            "benchmark_min": float(self.benchmark_min) if self.benchmark_min is not None else None,
            "benchmark_max": float(self.benchmark_max) if self.benchmark_max is not None else None,
            "principal_protected": self.principal_protected,
        }
