"""Compliance records: versioned rule packs, review submissions with their findings and decisions,
notifications to RMs, and the hash-chained audit trail.

Rows here are written only by ``compliance.services``; admin and APIs call those services.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.models import BaseModel


class Severity(models.TextChoices):
    BLOCK = "block", _("Block")
    REVIEW = "review", _("Review")
    INFO = "info", _("Info")


class ContentKind(models.TextChoices):
    SCRIPT = "script", _("Script")
    ANNOUNCEMENT = "announcement", _("Announcement")
    PRODUCT_CARD = "product_card", _("Product card")


class SubmissionStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    CHECKING = "checking", _("Checking")
    FLAGGED = "flagged", _("Flagged")
    PASSED = "passed", _("Passed")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


#: Statuses of a submission that is still waiting for the engine or for an officer.
UNDECIDED_STATUSES = (
    SubmissionStatus.PENDING,
    SubmissionStatus.CHECKING,
    SubmissionStatus.FLAGGED,
    SubmissionStatus.PASSED,
)


class RulePack(BaseModel):
    """One immutable version of a rule pack (``cn``, ``us``): the JSON the engine compiles, plus its rules.

    A change to a rule never edits a version: ``compliance.services.rule_packs.rule_change`` writes a new version and
    makes it the active one, so every check can name the exact rules it ran.
    """

    name = models.CharField(max_length=32)
    version = models.PositiveIntegerField()
    source_version = models.CharField(
        max_length=64, blank=True, help_text="The version named in the pack file."
    )
    data = models.JSONField(help_text="The pack in the engine's data shape (header and rules).")
    digest = models.CharField(max_length=64, help_text="SHA-256 of the canonical JSON of data.")
    is_active = models.BooleanField(default=False)
    is_draft = models.BooleanField(
        default=False,
        help_text="A version officers are preparing: back-tested, never used for checks until activated.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["name", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["name", "version"], name="rulepack_name_version_unique"),
            models.UniqueConstraint(
                fields=["name"], condition=Q(is_active=True), name="rulepack_one_active_per_name"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} v{self.version}"

    @property
    def label(self) -> str:
        return f"{self.name}@{self.version}"


class Rule(models.Model):
    """One rule of one pack version; ``definition`` is the engine's rule dict (detection fields included)."""

    pack = models.ForeignKey(RulePack, on_delete=models.CASCADE, related_name="rules")
    code = models.CharField(max_length=64)
    severity = models.CharField(max_length=8, choices=Severity.choices)
    enabled = models.BooleanField(default=True)
    definition = models.JSONField()

    class Meta:
        ordering = ["pack", "code"]
        constraints = [models.UniqueConstraint(fields=["pack", "code"], name="rule_code_unique_per_pack")]

    def __str__(self) -> str:
        return f"{self.code} ({self.pack})"


class Submission(BaseModel):
    """An immutable version of content that reaches customers, checked by the engine and decided by an officer."""

    kind = models.CharField(max_length=16, choices=ContentKind.choices)
    text = models.TextField()
    sha256 = models.CharField(max_length=64, db_index=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="submissions")
    session = models.ForeignKey(
        "studio.LiveSession", null=True, blank=True, on_delete=models.PROTECT, related_name="submissions"
    )
    product = models.ForeignKey(
        "products.Product", null=True, blank=True, on_delete=models.PROTECT, related_name="card_submissions"
    )
    status = models.CharField(
        max_length=16, choices=SubmissionStatus.choices, default=SubmissionStatus.PENDING, db_index=True
    )
    pack = models.ForeignKey(
        RulePack,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="submissions",
        help_text="The rule pack version of the last check.",
    )
    checking_since = models.DateTimeField(null=True, blank=True)
    check_token = models.CharField(
        max_length=64, blank=True, help_text="Which task delivery holds the check."
    )
    checked_at = models.DateTimeField(null=True, blank=True)
    check_count = models.PositiveIntegerField(
        default=0, help_text="How many times the engine's result was stored."
    )
    last_error = models.TextField(blank=True)
    withdrawn_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Set when newer content supersedes this version or a rule change pulls its approval back.",
    )
    withdrawn_reason = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(kind=ContentKind.PRODUCT_CARD) & Q(product__isnull=False) & Q(session__isnull=True)
                )
                | (~Q(kind=ContentKind.PRODUCT_CARD) & Q(session__isnull=False) & Q(product__isnull=True)),
                name="submission_subject_matches_kind",
            ),
            models.CheckConstraint(
                condition=Q(status__in=SubmissionStatus.values), name="submission_status_valid"
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"], name="submission_queue_idx")]

    def __str__(self) -> str:
        return f"#{self.pk} {self.get_kind_display()} ({self.get_status_display()})"

    @property
    def subject_label(self) -> str:
        if self.product_id:
            return gettext("card of %(product)s") % {"product": self.product}
        return gettext("%(kind)s of “%(session)s”") % {
            "kind": self.get_kind_display().lower(),
            "session": self.session,
        }

    @property
    def status_label(self) -> str:
        """The status as a reader should take it: a withdrawn version is no longer "flagged" or "passed"."""
        if self.withdrawn_at is not None:
            if self.withdrawn_reason.startswith("superseded"):
                return gettext("Superseded by a newer version")
            return gettext("Approval withdrawn (rule change)")
        return self.get_status_display()


class Finding(models.Model):
    submission = models.ForeignKey(Submission, on_delete=models.PROTECT, related_name="findings")
    code = models.CharField(max_length=64)
    severity = models.CharField(max_length=8, choices=Severity.choices)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    excerpt = models.TextField(blank=True)
    message = models.TextField(blank=True)
    suggestion = models.TextField(blank=True)

    class Meta:
        ordering = ["start", "end", "code"]
        constraints = [
            models.CheckConstraint(condition=Q(start__lte=models.F("end")), name="finding_span_ordered")
        ]

    def __str__(self) -> str:
        return f"{self.code} [{self.start}:{self.end}]"


class DecisionAction(models.TextChoices):
    APPROVE = "approve", _("Approve")
    REJECT = "reject", _("Reject")


class Decision(models.Model):
    """An officer's approval or rejection of one submission (officer is empty for a pack's auto-publish)."""

    submission = models.OneToOneField(Submission, on_delete=models.PROTECT, related_name="decision")
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="decisions"
    )
    action = models.CharField(max_length=8, choices=DecisionAction.choices)
    note = models.TextField(blank=True)
    decided_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~Q(action=DecisionAction.REJECT) | ~Q(note=""), name="decision_reject_has_note"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.action} #{self.submission_id}"


class Notification(BaseModel):
    """A message to one user (an RM) that the dashboard lists, e.g. approval pulled back by a rule change."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=48)
    message = models.TextField()
    session = models.ForeignKey(
        "studio.LiveSession", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    submission = models.ForeignKey(
        Submission, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.kind} → {self.recipient}"


class AuditEvent(models.Model):
    """One append-only, hash-chained event. Never updated or deleted; ``audit_verify`` proves it.

    ``hash`` is SHA-256 over the canonical JSON of (seq, at, event_type, actor, subject, data, prev_hash).
    The actor is kept as id + username inside the hashed payload, with no foreign key, so deleting a user
    cannot touch the trail.
    """

    seq = models.PositiveBigIntegerField(unique=True)
    at = models.DateTimeField()
    event_type = models.CharField(max_length=64, db_index=True)
    actor_id = models.BigIntegerField(null=True, blank=True)
    actor_name = models.CharField(max_length=150, blank=True)
    subject_type = models.CharField(max_length=64, blank=True)
    subject_id = models.CharField(max_length=64, blank=True, db_index=True)
    data = models.JSONField(default=dict)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["seq"]

    def __str__(self) -> str:
        return f"{self.seq} {self.event_type}"


class AuditChainHead(models.Model):
    """A single row naming the last event of the chain; appends lock it, so the chain never forks.

    It also lets ``audit_verify`` see events deleted from, or added after, the end of the chain.
    """

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    last_seq = models.PositiveBigIntegerField(default=0)
    last_hash = models.CharField(max_length=64, default="0" * 64)

    class Meta:
        constraints = [models.CheckConstraint(condition=Q(id=1), name="audit_head_singleton")]

    def __str__(self) -> str:
        return f"audit head at seq {self.last_seq}"


class HoldScope(models.TextChoices):
    SESSION = "session", _("One session")
    RM = "rm", _("Every session of one RM")
    PERIOD = "period", _("Every session in a date range")


class LegalHold(BaseModel):
    """A legal hold: while it is not lifted, retention deletes nothing it covers (``compliance.retention``).

    It covers one session, every session of one RM, or every session that started (or was scheduled to)
    in ``[starts_on, ends_on]``. Set and lifted only by officers, each time with a reason and an audit event;
    a lifted hold stays as a record.
    """

    scope = models.CharField(max_length=16, choices=HoldScope.choices)
    session = models.ForeignKey(
        "studio.LiveSession", null=True, blank=True, on_delete=models.PROTECT, related_name="legal_holds"
    )
    rm = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="legal_holds"
    )
    starts_on = models.DateField(null=True, blank=True)
    ends_on = models.DateField(null=True, blank=True)
    reason = models.TextField()
    set_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    lifted_at = models.DateTimeField(null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    lift_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(scope="session", session__isnull=False, rm__isnull=True, starts_on__isnull=True)
                    | Q(scope="rm", rm__isnull=False, session__isnull=True, starts_on__isnull=True)
                    | Q(
                        scope="period",
                        starts_on__isnull=False,
                        ends_on__isnull=False,
                        session__isnull=True,
                        rm__isnull=True,
                    )
                ),
                name="legal_hold_scope_matches_target",
            ),
            models.CheckConstraint(condition=~Q(reason=""), name="legal_hold_has_reason"),
        ]
        indexes = [models.Index(fields=["lifted_at"], name="legal_hold_active_idx")]

    def __str__(self) -> str:
        target = {
            HoldScope.SESSION: f"session {self.session_id}",
            HoldScope.RM: f"RM {self.rm_id}",
            HoldScope.PERIOD: f"{self.starts_on}..{self.ends_on}",
        }.get(self.scope, "")
        return f"hold on {target}" + (" (lifted)" if self.lifted_at else "")


class BacktestStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class BacktestRun(BaseModel):
    """A back-test: a pack version (usually a draft) run over archived lines and submissions of a date range,
    compared with the active version of the same pack. ``result`` holds new and vanished findings per code
    with a few examples each; ``done``/``total`` is the progress the admin page shows while it runs."""

    pack = models.ForeignKey(
        RulePack, on_delete=models.PROTECT, related_name="backtests", verbose_name=_("pack version tested")
    )
    baseline = models.ForeignKey(
        RulePack, on_delete=models.PROTECT, related_name="+", verbose_name=_("compared with")
    )
    date_from = models.DateField(_("from (date)"))
    date_to = models.DateField(_("to (date, inclusive)"))
    status = models.CharField(
        _("status"), max_length=16, choices=BacktestStatus.choices, default=BacktestStatus.PENDING
    )
    total = models.PositiveIntegerField(_("items to check"), default=0)
    done = models.PositiveIntegerField(_("items checked"), default=0)
    result = models.JSONField(_("result"), default=dict, blank=True)
    error = models.TextField(_("error"), blank=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("started by")
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("back-test of a rule pack")
        verbose_name_plural = _("back-tests of rule packs")
        constraints = [
            models.CheckConstraint(
                condition=Q(date_from__lte=models.F("date_to")), name="backtest_range_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.pack} vs {self.baseline}"

    @property
    def percent(self) -> int:
        return (
            100
            if self.status == BacktestStatus.DONE
            else int(100 * self.done / self.total)
            if self.total
            else 0
        )
