"""Recordings of broadcasts and the review that gates their replay.

A ``Recording`` is one publish as the ingest recorded it (a reconnect makes another), remuxed to MP4 and
stored with its SHA-256. A ``Replay`` is the one per-session thing customers may watch after the end: the
session's recordings joined (its *source*, which the officer reviews) and, once an officer decides, the
*published* file (the source, or the source with cut ranges removed), each with its own hash. Rows change
only through ``recordings.services``; every change is also an audit event on the compliance hash chain.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.models import BaseModel
from studio.models import LiveSession


class RecordingStatus(models.TextChoices):
    PENDING = "pending", _("Pending (being remuxed)")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")
    PURGED = "purged", _("Purged (retention ended)")


class Recording(BaseModel):
    """One publish of a session, as recorded by the ingest.

    ``source_path`` (the ingest's file) is unique: a callback delivered twice registers one row.
    ``started_at`` is on the server clock (the ingest's unique-file timestamp, else end minus duration),
    which orders several publishes of a session and places the timeline's events in the picture.
    """

    session = models.ForeignKey(LiveSession, on_delete=models.PROTECT, related_name="recordings")
    source_path = models.CharField(max_length=500, unique=True)
    stream_name = models.CharField(max_length=120, blank=True)
    status = models.CharField(
        max_length=16, choices=RecordingStatus.choices, default=RecordingStatus.PENDING, db_index=True
    )
    started_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    duration = models.FloatField(null=True, blank=True, help_text="Seconds, read by ffprobe.")
    size = models.BigIntegerField(null=True, blank=True, help_text="Bytes of the stored MP4.")
    sha256 = models.CharField(max_length=64, blank=True)
    storage_key = models.CharField(max_length=300, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["session", "started_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="ready")
                | (Q(duration__isnull=False) & ~Q(sha256="") & ~Q(storage_key="")),
                name="recording_ready_has_file",
            ),
        ]

    def __str__(self) -> str:
        return f"recording {self.pk} of session {self.session_id}"


class ReplayState(models.TextChoices):
    RECORDING = "recording", _("Waiting for recordings")
    IN_REVIEW = "in_review", _("Awaiting compliance review")
    PUBLISHING = "publishing", _("Being published")
    PUBLISHED = "published", _("Published")
    WITHHELD = "withheld", _("Withheld")
    FAILED = "failed", _("Failed")


#: States in which customers can see nothing of the replay (all but published).
UNPUBLISHED_STATES = tuple(s for s in ReplayState if s != ReplayState.PUBLISHED)


class Replay(BaseModel):
    """The replay of one session and the officer's decision on it.

    The decision is bound to ``source_sha256``: the officer publishes the file they reviewed, and the
    publishing task refuses to cut a source whose bytes no longer hash to ``approved_sha256``.
    ``legal_hold``: while set, nothing of the session's recordings is purged (a minimal flag, to be joined
    to the records app's holds when they land).
    """

    session = models.OneToOneField(LiveSession, on_delete=models.PROTECT, related_name="replay")
    state = models.CharField(
        max_length=16, choices=ReplayState.choices, default=ReplayState.RECORDING, db_index=True
    )
    parts = models.JSONField(
        default=list,
        blank=True,
        help_text="The recordings joined into the source, in order, with their hashes.",
    )
    source_key = models.CharField(max_length=300, blank=True)
    source_sha256 = models.CharField(max_length=64, blank=True)
    source_duration = models.FloatField(null=True, blank=True)
    source_size = models.BigIntegerField(null=True, blank=True)
    approved_sha256 = models.CharField(max_length=64, blank=True)
    requested_cuts = models.JSONField(default=list, blank=True)
    effective_cuts = models.JSONField(default=list, blank=True, help_text="Cuts widened to keyframes.")
    reviewed_moments = models.JSONField(default=list, blank=True)
    published_key = models.CharField(max_length=300, blank=True)
    published_sha256 = models.CharField(max_length=64, blank=True)
    published_duration = models.FloatField(null=True, blank=True)
    published_size = models.BigIntegerField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(blank=True)
    error = models.TextField(blank=True)
    legal_hold = models.BooleanField(default=False)
    purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~Q(state="published") | (~Q(published_sha256="") & ~Q(approved_sha256="")),
                name="replay_published_has_hash",
            ),
            models.CheckConstraint(
                condition=~Q(state="withheld") | ~Q(reason=""), name="replay_withheld_has_reason"
            ),
        ]

    def __str__(self) -> str:
        return f"replay of session {self.session_id}"


class ReplayView(models.Model):
    """A viewer opened the published replay (one row per viewer and day): replay views, apart from live ones."""

    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="replay_views")
    viewer_key = models.CharField(max_length=80)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    day = models.DateField()
    at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "viewer_key", "day"], name="replay_view_once_a_day")
        ]

    def __str__(self) -> str:
        return f"replay view of session {self.session_id} on {self.day}"
