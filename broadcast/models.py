"""A session's stream: its public id, its hashed stream key and what the ingest last said about it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import BaseModel
from studio.models import LiveSession


class IngestState(models.TextChoices):
    IDLE = "idle", _("No signal yet")
    LIVE = "live", _("On air")
    INTERRUPTED = "interrupted", _("Interrupted")
    CUT = "cut", _("Cut by the gate")
    STOPPED = "stopped", _("Stopped by compliance")


class Stream(BaseModel):
    """One per session. The key is shown once to its owner and stored as SHA-256 only.

    Publishers push ``<public_id>?key=<secret>``: the stream's name on the ingest (its HLS directory and
    recording name) is the public id, so no viewer URL ever carries the key. ``key_generation`` grows at
    each rotation; a publisher accepted under an older generation is cut at the next re-ask.
    """

    session = models.OneToOneField(LiveSession, on_delete=models.CASCADE, related_name="stream")
    public_id = models.CharField(max_length=32, unique=True)
    key_sha256 = models.CharField(max_length=64, blank=True)
    key_generation = models.PositiveIntegerField(default=0)
    key_issued_at = models.DateTimeField(null=True, blank=True)
    state = models.CharField(max_length=16, choices=IngestState.choices, default=IngestState.IDLE)
    client_id = models.CharField(
        max_length=64, blank=True, help_text="The ingest's id of the accepted publisher."
    )
    accepted_generation = models.PositiveIntegerField(null=True, blank=True)
    went_live_at = models.DateTimeField(null=True, blank=True)
    last_update_at = models.DateTimeField(null=True, blank=True)
    stopped_at = models.DateTimeField(null=True, blank=True)
    stopped_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    stop_reason = models.TextField(blank=True)

    def __str__(self) -> str:
        return f"{self.session} ({self.public_id})"


class IngestEventKind(models.TextChoices):
    PUBLISH_ACCEPTED = "publish_accepted", _("Publish accepted")
    PUBLISH_REFUSED = "publish_refused", _("Publish refused")
    CUT = "cut", _("Cut while on air")
    PUBLISH_DONE = "publish_done", _("Publisher gone")
    RECORD_DONE = "record_done", _("Recording closed")
    STOP_REQUESTED = "stop_requested", _("Stop requested by compliance")


class IngestEvent(BaseModel):
    """What the ingest told us (and what we answered), kept for the record; ``stream`` is null for a
    publish under a name that matches no stream. ``record_done`` rows carry the recording's ``path``."""

    stream = models.ForeignKey(Stream, on_delete=models.CASCADE, null=True, blank=True, related_name="events")
    kind = models.CharField(max_length=24, choices=IngestEventKind.choices)
    reason = models.CharField(max_length=32, blank=True)
    client_id = models.CharField(max_length=64, blank=True)
    addr = models.CharField(max_length=64, blank=True)
    path = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["stream", "kind"], name="ingest_event_stream_kind_idx")]
