"""Studios (an RM's channel) and their live sessions."""

from django.conf import settings
from django.db import models

from accounts.models import BaseModel
from products.models import Product


class Studio(BaseModel):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="studios")
    name = models.CharField(max_length=120)
    description = models.TextField(blank=True)

    def __str__(self) -> str:
        return self.name


class SessionState(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    APPROVED = "approved", "Approved"
    LIVE = "live", "Live"
    ENDED = "ended", "Ended"


class Visibility(models.TextChoices):
    PUBLIC = "public", "Public"
    INVITE_ONLY = "invite_only", "Invite only (by link)"


class LiveSession(BaseModel):
    """One scheduled livestream. Its state moves only through services; the publishing gate decides `approved`."""

    studio = models.ForeignKey(Studio, on_delete=models.PROTECT, related_name="sessions")
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    scheduled_start = models.DateTimeField()
    scheduled_end = models.DateTimeField(null=True, blank=True)
    featured_products = models.ManyToManyField(Product, blank=True, related_name="featured_in_sessions")
    script = models.TextField(blank=True)
    visibility = models.CharField(max_length=16, choices=Visibility.choices, default=Visibility.PUBLIC)
    guests_can_watch = models.BooleanField(default=True)
    slow_mode_seconds = models.PositiveIntegerField(default=0)
    qa_enabled = models.BooleanField(default=True)
    playback_url = models.URLField(blank=True)
    state = models.CharField(max_length=16, choices=SessionState.choices, default=SessionState.DRAFT, db_index=True)
    started_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-scheduled_start"]

    def __str__(self) -> str:
        return self.title
