"""Who watched, who was brought by whom, who asked to be reminded, and what the room did with cards.

DESIGN.md places attendance, invitations and share links in ``studio/``; they live in this app so that
its migration history stays apart from the live room's (the two were built at the same time).
Rows are written only by ``audience.services``.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q

from core.models import BaseModel
from studio.models import LiveSession


class Visit(models.Model):
    """One socket's stay in a live room: joined, left (empty while connected).

    ``viewer_key`` identifies the viewer across sockets: ``u:<user id>`` when signed in, ``g:<hash>``
    for a guest (from their browser session, or per connection when they have none). ``process`` is the
    server process (the live room's fan-out hub) holding the socket, so the sampler can close visits of
    a process that died without saying goodbye. ``role`` is the viewer's role in the room (owner, rm,
    officer, customer, guest); audience figures count customers and guests only.
    """

    session = models.ForeignKey("studio.LiveSession", on_delete=models.PROTECT, related_name="visits")
    viewer_key = models.CharField(max_length=80)
    token = models.CharField(
        max_length=32,
        null=True,
        blank=True,
        unique=True,
        help_text="The socket's id, given before the row is written (batched writes).",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    role = models.CharField(max_length=16)
    process = models.CharField(max_length=120, blank=True)
    joined_at = models.DateTimeField()
    left_at = models.DateTimeField(null=True, blank=True)
    closed_by_sweep = models.BooleanField(
        default=False, help_text="Closed by the sampler: its process vanished."
    )

    class Meta:
        ordering = ["session", "joined_at", "id"]
        indexes = [
            models.Index(fields=["session", "joined_at"], name="visit_session_joined_idx"),
            models.Index(fields=["session"], condition=Q(left_at__isnull=True), name="visit_open_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(left_at__isnull=True) | Q(left_at__gte=models.F("joined_at")),
                name="visit_leaves_after_joining",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.viewer_key} in {self.session_id}"


class ConcurrencySample(models.Model):
    """How many audience viewers were in a live room at one 10-second tick (one row per tick).

    ``bucket`` is ``floor(unix time / 10)``: a retried task or a second beat writing the same tick
    collides on the unique constraint and is dropped.
    """

    session = models.ForeignKey(
        "studio.LiveSession", on_delete=models.PROTECT, related_name="concurrency_samples"
    )
    bucket = models.BigIntegerField()
    at = models.DateTimeField()
    viewers = models.PositiveIntegerField(help_text="Distinct audience viewers connected (any process).")
    sockets = models.PositiveIntegerField(help_text="Open audience sockets (a viewer may have several).")

    class Meta:
        ordering = ["session", "bucket"]
        constraints = [models.UniqueConstraint(fields=["session", "bucket"], name="sample_one_per_tick")]

    def __str__(self) -> str:
        return f"{self.viewers} viewers in {self.session_id} at {self.at:%H:%M:%S}"


class ReactionTally(models.Model):
    """Reactions of one kind in one minute of a session, copied from the live counters in Redis."""

    session = models.ForeignKey(
        "studio.LiveSession", on_delete=models.PROTECT, related_name="reaction_tallies"
    )
    minute = models.DateTimeField()
    kind = models.CharField(max_length=16)
    count = models.PositiveIntegerField()

    class Meta:
        ordering = ["session", "minute", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["session", "minute", "kind"], name="reaction_tally_unique")
        ]

    def __str__(self) -> str:
        return f"{self.count} × {self.kind} in {self.session_id}"


class CardInterest(BaseModel):
    """A viewer clicked "interested" on a pushed card whose product suits them (once per card)."""

    push = models.ForeignKey("studio.CardPush", on_delete=models.PROTECT, related_name="interests")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    risk_level = models.CharField(
        max_length=2, blank=True, help_text="The customer's level when they clicked."
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["push", "user"], name="interest_once_per_card")]


class ShareLink(BaseModel):
    """A link to one session that an RM hands out: expiring, revocable, attributed to the RM."""

    session = models.ForeignKey("studio.LiveSession", on_delete=models.PROTECT, related_name="share_links")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="share_links"
    )
    token = models.CharField(max_length=64, unique=True)
    label = models.CharField(max_length=120, blank=True)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    opens_invite_only = models.BooleanField(
        default=False,
        help_text="Made by the host while the room was invite-only: only such a link lets its "
        "holders into an invite-only room (a link made while it was public does not).",
    )

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"link {self.pk} of session {self.session_id}"


class ShareLinkRedemption(models.Model):
    """Somebody opened a share link (signed in or not); one row per opening."""

    link = models.ForeignKey(ShareLink, on_delete=models.PROTECT, related_name="redemptions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    viewer_key = models.CharField(max_length=80)
    at = models.DateTimeField()

    class Meta:
        ordering = ["link", "at", "id"]
        indexes = [models.Index(fields=["user", "link"], name="redemption_user_idx")]

    def __str__(self) -> str:
        return f"{self.viewer_key} via link {self.link_id}"


class Invitation(BaseModel):
    """An RM invited one customer (as part of a segment) to a session; admits them to invite-only rooms."""

    session = models.ForeignKey("studio.LiveSession", on_delete=models.PROTECT, related_name="invitations")
    customer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="invitations"
    )
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    segment = models.CharField(max_length=64)

    class Meta:
        ordering = ["session", "id"]
        constraints = [
            models.UniqueConstraint(fields=["session", "customer"], name="invitation_once_per_customer")
        ]


class Reminder(BaseModel):
    """A customer asked to be reminded of a session; ``sent_at`` is set in the transaction that sends it."""

    session = models.ForeignKey("studio.LiveSession", on_delete=models.CASCADE, related_name="reminders")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_reminders"
    )
    sent_at = models.DateTimeField(null=True, blank=True)
    emailed = models.BooleanField(default=False, help_text="An e-mail went out (the user has an address).")

    class Meta:
        ordering = ["session", "id"]
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="reminder_once_per_user")]
        indexes = [models.Index(fields=["sent_at", "session"], name="reminder_due_idx")]


class EvidenceSession(LiveSession):
    """Proxy for the admin's evidence-bundle page: ended sessions, one download each (officers only)."""

    class Meta:
        proxy = True
        verbose_name = "evidence bundle (ended session)"
        verbose_name_plural = "evidence bundles (ended sessions)"
