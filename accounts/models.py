"""People: relationship managers (presenters) and customers with their risk profile."""

from datetime import timedelta

from django.conf import settings
from django.db import models

from core.models import BaseModel


class RiskTolerance(models.TextChoices):
    """Customer risk tolerance C1 (conservative) to C5 (aggressive), from the bank's assessment."""

    C1 = "C1", "C1 保守型"
    C2 = "C2", "C2 稳健型"
    C3 = "C3", "C3 平衡型"
    C4 = "C4", "C4 成长型"
    C5 = "C5", "C5 进取型"


ASSESSMENT_VALIDITY = timedelta(days=365)


class RMProfile(BaseModel):
    """What regulators require a presenter to show: name, branch and practising licence number."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="rm_profile")
    display_name = models.CharField(max_length=80)
    branch = models.CharField(max_length=120)
    licence_number = models.CharField(max_length=40, unique=True)

    class Meta:
        verbose_name = "RM profile"

    def __str__(self) -> str:
        return f"{self.display_name} ({self.branch})"


class CustomerProfile(BaseModel):
    """A customer's risk assessment (valid one year) and marketing segment labels."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="customer_profile"
    )
    risk_level = models.CharField(max_length=2, choices=RiskTolerance.choices, blank=True)
    assessed_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    segments = models.JSONField(default=list, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(risk_level="")
                | models.Q(assessed_at__isnull=False, expires_at__isnull=False),
                name="customer_assessed_level_has_dates",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.risk_level or 'unassessed'}"
