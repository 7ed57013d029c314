"""Studios (an RM's channel) and their live sessions."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from compliance.sessions import SessionState  # the gate's states (compliance sits below studio)
from core.models import BaseModel
from products.models import Product

# Limits on what an RM writes (issue 17): they bound the review work per submission (the engine's time grows
# with the text), the size of every page and answer that carries the text, and what an officer must read.
STUDIO_DESCRIPTION_MAX_CHARS = 1000
SESSION_DESCRIPTION_MAX_CHARS = 2000
SCRIPT_MAX_CHARS = 20000
CHAT_TEXT_MAX_CHARS = 500


class Studio(BaseModel):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="studios")
    name = models.CharField(max_length=120)
    description = models.TextField(blank=True, validators=[MaxLengthValidator(STUDIO_DESCRIPTION_MAX_CHARS)])

    def __str__(self) -> str:
        return self.name


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    INVITE_ONLY = "invite_only", _("Invite only (by link)")


class LiveSession(BaseModel):
    """One scheduled livestream. Its state moves only through services; the publishing gate decides `approved`."""

    studio = models.ForeignKey(Studio, on_delete=models.PROTECT, related_name="sessions")
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True, validators=[MaxLengthValidator(SESSION_DESCRIPTION_MAX_CHARS)])
    scheduled_start = models.DateTimeField()
    scheduled_end = models.DateTimeField(null=True, blank=True)
    featured_products = models.ManyToManyField(Product, blank=True, related_name="featured_in_sessions")
    script = models.TextField(blank=True, validators=[MaxLengthValidator(SCRIPT_MAX_CHARS)])
    visibility = models.CharField(max_length=16, choices=Visibility.choices, default=Visibility.PUBLIC)
    guests_can_watch = models.BooleanField(default=True)
    slow_mode_seconds = models.PositiveIntegerField(default=0)
    qa_enabled = models.BooleanField(default=True)
    playback_url = models.URLField(blank=True)
    state = models.CharField(
        max_length=16, choices=SessionState.choices, default=SessionState.DRAFT, db_index=True
    )
    started_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    invite_code = models.CharField(
        max_length=32, blank=True, help_text="Secret of the share link (invite-only)."
    )
    # The room's event sequence: the last ``seq`` given to a published line or a removal.
    last_seq = models.PositiveBigIntegerField(default=0)
    pinned_message = models.ForeignKey(
        "studio.ChatMessage", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-scheduled_start"]

    def __str__(self) -> str:
        return self.title


class MessageStatus(models.TextChoices):
    """The verdict a chat line got when it was sent; kept for ever, also after a removal."""

    PUBLISHED = "published", _("Published")
    HELD = "held", _("Held for compliance")
    REJECTED = "rejected", _("Rejected")


class ChatMessage(BaseModel):
    """One chat line as it was stored: raw text (masked for customers), never HTML-escaped here.

    ``seq`` is the session's event sequence number, given when the line becomes visible (published at
    once, or released by an officer); held and rejected lines have none. A removal never deletes the
    row: it stamps ``removed_at`` and takes its own ``removed_seq`` from the same sequence, so a client
    that resumes sees the removal in order. Renderers must escape ``text``.
    """

    session = models.ForeignKey(LiveSession, on_delete=models.PROTECT, related_name="messages")
    # No index of its own: every lookup by author is within a session, served by the (session, author, id) and
    # (session, author, ref) indexes below. An author-only index invited PostgreSQL, planning the prepared insert
    # guard while the table was still empty and without statistics, to read all of an RM's lines in every room
    # for each new line (docs/scaling.md, "Many rooms, fifth pass").
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="chat_messages", db_index=False
    )
    author_role = models.CharField(max_length=16)
    author_name = models.CharField(max_length=150)
    ref = models.CharField(max_length=64, blank=True)
    text = models.TextField()
    status = models.CharField(max_length=16, choices=MessageStatus.choices)
    findings = models.JSONField(default=list, blank=True)
    masked = models.JSONField(
        default=list, blank=True, help_text="Kinds of personal data masked in the text."
    )
    pack = models.CharField(
        max_length=64,
        blank=True,
        help_text="Which rule pack checked the line: name@version, e.g. cn+bank@3 (audience for viewers).",
    )
    seq = models.PositiveBigIntegerField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    removed_at = models.DateTimeField(null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    removed_seq = models.PositiveBigIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["session", "id"]
        constraints = [
            models.UniqueConstraint(fields=["session", "seq"], name="chat_seq_unique_per_session"),
            models.UniqueConstraint(
                fields=["session", "removed_seq"], name="chat_removed_seq_unique_per_session"
            ),
            models.UniqueConstraint(
                fields=["session", "author", "ref"],
                condition=~models.Q(ref=""),
                name="chat_ref_unique_per_author",
            ),
            models.CheckConstraint(
                condition=models.Q(seq__isnull=True) | models.Q(status="published"),
                name="chat_seq_only_when_published",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "removed_at"], name="chat_status_removed_idx"),
            # The host's claim window and the chat insert's guard on it (studio.room_facts).
            models.Index(fields=["session", "author", "id"], name="chat_author_window_idx"),
        ]

    def __str__(self) -> str:
        return f"#{self.seq or '-'} {self.author_name}: {self.text[:40]}"


class HeldMessage(ChatMessage):
    """Proxy for the compliance surveillance queue in the admin (held lines of every live room)."""

    class Meta:
        proxy = True
        verbose_name = "held chat line (surveillance queue)"
        verbose_name_plural = "held chat lines (surveillance queue)"


class RoomMute(BaseModel):
    """A user may not chat or ask in ``session`` until ``until``."""

    session = models.ForeignKey(LiveSession, on_delete=models.PROTECT, related_name="mutes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    muted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    until = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["session", "user", "until"], name="mute_lookup_idx")]


class Question(BaseModel):
    """A viewer's question (Q&A); text masked like chat; ``upvotes`` mirrors the count of QuestionUpvote rows."""

    session = models.ForeignKey(LiveSession, on_delete=models.PROTECT, related_name="questions")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    author_name = models.CharField(max_length=150)
    ref = models.CharField(max_length=64, blank=True)
    text = models.TextField()
    masked = models.JSONField(default=list, blank=True)
    upvotes = models.PositiveIntegerField(default=0)
    answered_at = models.DateTimeField(null=True, blank=True)
    # Screened by the audience pack (studio.screening): a held question is shown to nobody but the host and
    # officers until one of them releases it.
    status = models.CharField(max_length=16, choices=MessageStatus.choices, default=MessageStatus.PUBLISHED)
    findings = models.JSONField(default=list, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    # The host's typed answer: one of their chat lines, checked and gated like any (shown once published).
    answer_line = models.ForeignKey(
        "studio.ChatMessage",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="answered_questions",
    )
    # Taken off the list by the host (off-topic, covered) or merged into a question it duplicates; kept on record.
    dismissed_at = models.DateTimeField(null=True, blank=True)
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    merged_into = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="duplicates"
    )

    class Meta:
        ordering = ["session", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "author", "ref"],
                condition=~models.Q(ref=""),
                name="question_ref_unique_per_author",
            ),
            models.CheckConstraint(
                condition=models.Q(merged_into__isnull=True) | models.Q(dismissed_at__isnull=False),
                name="question_merged_is_dismissed",
            ),
        ]


class QuestionUpvote(BaseModel):
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="upvote_rows")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["question", "user"], name="one_upvote_per_user")]


class CardPush(BaseModel):
    """An RM pushed a featured product's approved card into the room; ``card_text`` is what was shown."""

    session = models.ForeignKey(LiveSession, on_delete=models.PROTECT, related_name="card_pushes")
    product = models.ForeignKey(Product, on_delete=models.PROTECT, related_name="+")
    pushed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    ref = models.CharField(max_length=64, blank=True)
    card_text = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["session", "pushed_by", "ref"],
                condition=~models.Q(ref=""),
                name="card_push_ref_unique",
            ),
        ]


class CardOpen(BaseModel):
    """Who opened a pushed card, and when (``created_at``)."""

    push = models.ForeignKey(CardPush, on_delete=models.PROTECT, related_name="opens")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")


class HeldQuestion(Question):
    """Proxy for the admin queue of viewers' questions the audience pack held."""

    class Meta:
        proxy = True
        verbose_name = _("held question (audience screening)")
        verbose_name_plural = _("held questions (audience screening)")


class PostHocStatus(models.TextChoices):
    OPEN = "open", _("Open")
    CONFIRMED = "confirmed", _("Confirmed (a violation)")
    DISMISSED = "dismissed", _("Dismissed (no violation)")


class TranscriptFinding(BaseModel):
    """A finding of the re-scan of an RM's whole transcript that the inline check of its lines missed.

    A claim split over lines further apart than the inline window ("保" … three lines … "本") reaches
    customers; the re-scan (``studio.transcript_scan``) joins the RM's lines into one text, and each finding
    the lines' own verdicts lack is stored here, on the lines it spans, for an officer to confirm or dismiss.
    ``signature`` (code + line ids + span) makes a re-scan idempotent.
    """

    session = models.ForeignKey(
        LiveSession, on_delete=models.PROTECT, related_name="transcript_findings", verbose_name=_("session")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("RM")
    )
    lines = models.ManyToManyField(
        ChatMessage, related_name="transcript_findings", verbose_name=_("lines involved")
    )
    first_line = models.ForeignKey(
        ChatMessage, on_delete=models.PROTECT, related_name="+", verbose_name=_("first line")
    )
    code = models.CharField(_("code"), max_length=64)
    severity = models.CharField(_("severity"), max_length=8)
    excerpt = models.TextField(_("excerpt"), blank=True)
    message = models.TextField(_("message"), blank=True)
    suggestion = models.TextField(_("suggestion"), blank=True)
    pack = models.CharField(_("rule pack version"), max_length=64, blank=True)
    signature = models.CharField(max_length=64)
    status = models.CharField(
        _("status"), max_length=16, choices=PostHocStatus.choices, default=PostHocStatus.OPEN
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("post-hoc finding (transcript re-scan)")
        verbose_name_plural = _("post-hoc findings (transcript re-scan)")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "signature"], name="transcript_finding_unique_per_session"
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"], name="transcript_finding_queue_idx")]

    def __str__(self) -> str:
        return f"{self.code} in {self.session_id}"


class TranscriptScan(BaseModel):
    """Where the re-scan of a session's RM transcript stands: the last line it covered, and whether the
    final scan after the end has run."""

    session = models.OneToOneField(LiveSession, on_delete=models.PROTECT, related_name="transcript_scan")
    last_message_id = models.PositiveBigIntegerField(default=0)
    scans = models.PositiveIntegerField(default=0)
    final = models.BooleanField(default=False)
