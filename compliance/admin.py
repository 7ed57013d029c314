"""Django admin for compliance officers: the review queue, submission pages with highlighted findings,
decisions, rule packs with a "try a text" box, rule edits (each makes a new pack version) and the audit log.

Admin is another interface: every write goes through ``compliance.services``. Only users in the
compliance group (and superusers, read-only for decisions) can open these pages; RMs and customers are
not staff, and a staff user of another role gets 403. (One module of ~800 lines: one admin class per compliance
model, registered together; the logic they call is in ``compliance.services``.)
"""

import json
from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Q
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.timesince import timesince
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts.roles import is_officer
from compliance import backtest, pack_drafts
from compliance.access import officer_audit_scope, officer_submission_scope, submission_visible_to
from compliance.apis import CHECK_KINDS, audit_csv_response
from compliance.highlight import highlight_html
from compliance.models import (
    UNDECIDED_STATUSES,
    AuditEvent,
    BacktestRun,
    BacktestStatus,
    HoldScope,
    LegalHold,
    Notification,
    Rule,
    RulePack,
    Severity,
    Submission,
    SubmissionStatus,
)
from compliance.officer_admin import (
    OfficerOnlyAdmin,
    OfficerQueue,
    officer_may_decide,
    officer_may_open,
    officer_queue_register,
)
from compliance.retention import legal_hold_lift, legal_hold_set
from compliance.screening import pack_compiled
from compliance.selectors import audit_session_q
from compliance.services.audit import audit_verify
from compliance.services.review import submission_approve, submission_reject
from compliance.services.rule_packs import rule_change, rule_change_validate
from compliance.sessions import session_model, studio_model
from core.exceptions import ApplicationError
from products.models import Product

# -------------------------------------------------------------------------------------------------------
# Review queue and submission page


class StudioFilter(admin.SimpleListFilter):
    title = _("studio")
    parameter_name = "studio"

    def lookups(self, request, model_admin):
        return [
            (s.pk, f"{s.name} ({s.owner.username})")
            for s in studio_model().objects.select_related("owner").order_by("name", "id")[:200]
        ]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        # A subquery, not a join: joining featured sessions here would multiply the findings counts.
        matching = Submission.objects.filter(
            Q(session__studio_id=self.value()) | Q(product__featured_in_sessions__studio_id=self.value())
        ).values("pk")
        return queryset.filter(pk__in=matching)


class AgeFilter(admin.SimpleListFilter):
    title = _("age")
    parameter_name = "age"
    BUCKETS = {"1h": timedelta(hours=1), "1d": timedelta(days=1), "3d": timedelta(days=3)}

    def lookups(self, request, model_admin):
        return [
            ("lt1h", _("under 1 hour")),
            ("lt1d", _("under 1 day")),
            ("gt1d", _("over 1 day")),
            ("gt3d", _("over 3 days")),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        cutoff = timezone.now() - self.BUCKETS[value[2:]] if value[2:] in self.BUCKETS else None
        if cutoff is None:
            return queryset
        return (
            queryset.filter(created_at__gte=cutoff)
            if value.startswith("lt")
            else queryset.filter(created_at__lt=cutoff)
        )


class QueueFilter(admin.SimpleListFilter):
    """By default the queue shows what still needs an officer: undecided, current versions."""

    title = _("queue")
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return [("open", _("To review (default)")), ("all", _("All, with decided and withdrawn"))]

    def choices(self, changelist):
        value = self.value() or "open"
        for lookup, title in self.lookup_choices:
            yield {
                "selected": value == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        if (self.value() or "open") == "open" and not request.GET.get("status__exact"):
            return queryset.filter(status__in=UNDECIDED_STATUSES, withdrawn_at__isnull=True)
        return queryset


class DecisionForm(forms.Form):
    action = forms.ChoiceField(
        choices=[("approve", _("Approve")), ("reject", _("Reject"))], label=_("Decision")
    )
    note = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80}),
        max_length=4000,
        label=_("Note to the author"),
    )

    def clean(self):
        data = super().clean()
        if data.get("action") == "reject" and not (data.get("note") or "").strip():
            self.add_error("note", _("A note is required to reject: say what the author must change."))
        return data


@admin.register(Submission)
class SubmissionAdmin(OfficerOnlyAdmin):
    list_display = (
        "id",
        "kind",
        "subject",
        "studio",
        "author",
        "status_shown",
        "findings_summary",
        "age",
        "pack",
    )
    list_filter = (QueueFilter, "status", "kind", StudioFilter, AgeFilter)
    list_select_related = ("author", "session__studio", "product", "pack")
    ordering = ("created_at", "id")
    search_fields = ("text", "sha256", "author__username")
    actions = ["recheck_selected"]
    list_per_page = 50

    def get_queryset(self, request):
        scope = officer_submission_scope(request.user)  # an officer of an institution: its queue only
        qs = super().get_queryset(request) if scope is None else super().get_queryset(request).filter(scope)
        return qs.annotate(
            blocks=Count("findings", filter=Q(findings__severity=Severity.BLOCK)),
            reviews=Count("findings", filter=Q(findings__severity=Severity.REVIEW)),
        )

    @admin.display(description=_("subject"))
    def subject(self, obj):
        return str(obj.product) if obj.product_id else str(obj.session)

    @admin.display(description=_("studio"))
    def studio(self, obj):
        return obj.session.studio.name if obj.session_id else "—"

    @admin.display(description=_("status"), ordering="status")
    def status_shown(self, obj):
        return obj.status_label

    @admin.display(description=_("findings"))
    def findings_summary(self, obj):
        if obj.status in (SubmissionStatus.PENDING, SubmissionStatus.CHECKING):
            return "—"
        return format_html(
            '<span class="sev-block">{}</span> · <span class="sev-review">{}</span>',
            gettext("%(count)d block") % {"count": obj.blocks},
            gettext("%(count)d review") % {"count": obj.reviews},
        )

    @admin.display(description=_("age"), ordering="created_at")
    def age(self, obj):
        return timesince(obj.created_at)

    @admin.action(description=_("Run the compliance check again (pending or failed only)"))
    def recheck_selected(self, request, queryset):
        from compliance.tasks import submission_review_task

        ids = list(queryset.filter(status=SubmissionStatus.PENDING).values_list("id", flat=True))
        for submission_id in ids:
            submission_review_task.delay(submission_id)
        self.message_user(request, gettext("%(count)d check(s) enqueued.") % {"count": len(ids)})

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(request, {"title": gettext("Review queue"), **(extra_context or {})})

    def get_urls(self):
        return [
            path(
                "<int:object_id>/decide/",
                self.officer_view(self.decide_view),
                name="compliance_submission_decide",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if not officer_may_open(request):
            raise PermissionDenied
        submission = get_object_or_404(
            Submission.objects.select_related(
                "author", "session__studio", "product", "pack", "decision__officer"
            ),
            pk=object_id,
        )
        if not request.user.is_superuser and not submission_visible_to(request.user, submission):
            raise Http404
        return self._render_review(request, submission, DecisionForm())

    def _render_review(self, request, submission, form):
        findings = list(submission.findings.all())
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": gettext("Review %(subject)s") % {"subject": submission.subject_label},
            "submission": submission,
            "findings": findings,
            "highlighted": highlight_html(submission.text, findings),
            "decision": getattr(submission, "decision", None),
            "form": form,
            "can_decide": (
                is_officer(request.user)
                and submission.author_id != request.user.pk
                and submission.status in (SubmissionStatus.PASSED, SubmissionStatus.FLAGGED)
                and submission.withdrawn_at is None
            ),
            "own": submission.author_id == request.user.pk,
            "has_block": any(f.severity == Severity.BLOCK for f in findings),
            "products": [submission.product]
            if submission.product_id
            else (
                list(submission.session.featured_products.order_by("code")) if submission.session_id else []
            ),
        }
        return TemplateResponse(request, "admin/compliance/submission/review.html", context)

    def decide_view(self, request, object_id):
        submission = get_object_or_404(Submission, pk=object_id)
        back = reverse("admin:compliance_submission_change", args=[submission.pk])
        if request.method != "POST":
            return HttpResponseRedirect(back)
        form = DecisionForm(request.POST)
        if not form.is_valid():
            return self._render_review(request, submission, form)
        try:
            if form.cleaned_data["action"] == "approve":
                submission_approve(
                    submission=submission, officer=request.user, note=form.cleaned_data["note"]
                )
            else:
                submission_reject(submission=submission, officer=request.user, note=form.cleaned_data["note"])
        except ApplicationError as exc:
            messages.error(request, gettext(exc.message))
            return HttpResponseRedirect(back)
        submission.refresh_from_db(fields=["status"])
        messages.success(
            request,
            gettext("%(subject)s: %(status)s.")
            % {"subject": submission.subject_label, "status": submission.status_label},
        )
        return HttpResponseRedirect(reverse("admin:compliance_submission_changelist"))


# -------------------------------------------------------------------------------------------------------
# Rule packs and rules


CHECK_KIND_LABELS = {
    "script": _("Script"),
    "announcement": _("Announcement"),
    "product_card": _("Product card"),
    "chat": _("Chat line"),
}


class TryTextForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6, "cols": 100}), max_length=20_000, strip=False, label=_("Text")
    )
    kind = forms.ChoiceField(
        choices=[(k, CHECK_KIND_LABELS.get(k, k)) for k in CHECK_KINDS],
        initial="script",
        label=_("Kind of text"),
    )
    product = forms.ModelChoiceField(
        queryset=Product.objects.order_by("code"),
        required=False,
        label=_("Product"),
        help_text=_("Check the text against this product's facts."),
    )
    customer_risk = forms.ChoiceField(
        choices=[("", "—")] + [(f"C{i}", f"C{i}") for i in range(1, 6)],
        required=False,
        label=_("Customer risk level"),
    )


class EvalUploadForm(forms.Form):
    corpus = forms.FileField(
        label=_("Labelled corpus (JSON lines)"),
        help_text=_(
            "One JSON object per line: text, kind, lang, product, customer_risk and "
            "expect (the codes it should get; empty for a clean item)."
        ),
    )

    def clean_corpus(self):
        upload = self.cleaned_data["corpus"]
        if upload.size > 10 * 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        return upload


class RuleInline(admin.TabularInline):
    model = Rule
    fields = ("code", "severity", "enabled")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return officer_may_open(request)


@admin.register(RulePack)
class RulePackAdmin(OfficerOnlyAdmin):
    list_display = (
        "name",
        "version",
        "is_active",
        "is_draft",
        "source_version",
        "rule_count",
        "created_by",
        "created_at",
        "note",
    )
    list_filter = ("name", "is_active", "is_draft")
    list_select_related = ("created_by",)
    readonly_fields = (
        "name",
        "version",
        "source_version",
        "is_active",
        "is_draft",
        "digest",
        "created_by",
        "created_at",
        "note",
    )
    fields = readonly_fields
    inlines = [RuleInline]
    actions = ["activate_draft"]

    @admin.action(description=_("Activate the selected draft (its rules become the next active version)"))
    def activate_draft(self, request, queryset):
        if not is_officer(request.user):
            raise PermissionDenied
        for draft in queryset:
            try:
                pack = pack_drafts.pack_draft_activate(draft=draft, actor=request.user)
            except ApplicationError as exc:
                messages.error(request, f"{draft}: {gettext(exc.message)}")
            else:
                messages.success(
                    request, _("%(draft)s is now in force as %(pack)s.") % {"draft": draft, "pack": pack}
                )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(rules_n=Count("rules"))

    @admin.display(description=_("rules"))
    def rule_count(self, obj):
        return obj.rules_n

    def get_urls(self):
        return [
            path("<int:object_id>/try/", self.officer_view(self.try_view), name="compliance_rulepack_try"),
            path("evaluate/", self.officer_view(self.evaluate_view), name="compliance_rulepack_evaluate"),
            path(
                "<int:object_id>/evaluate/",
                self.officer_view(self.evaluate_view),
                name="compliance_rulepack_evaluate_version",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "try_form": TryTextForm(),
            "try_url": reverse("admin:compliance_rulepack_try", args=[object_id]),
            "evaluate_url": reverse("admin:compliance_rulepack_evaluate_version", args=[object_id]),
            "backtest_url": reverse("admin:compliance_backtestrun_add") + f"?pack={object_id}",
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "evaluate_url": reverse("admin:compliance_rulepack_evaluate"),
        }
        return super().changelist_view(request, extra_context)

    def evaluate_view(self, request, object_id=None):
        """Score an uploaded labelled corpus (JSON lines with ``expect``) with this version, or with the
        active packs by each item's language; per-code precision and recall as ``--eval`` prints them."""
        pack = get_object_or_404(RulePack, pk=object_id) if object_id is not None else None
        form = EvalUploadForm(request.POST or None, request.FILES or None)
        result, error = None, None
        if request.method == "POST" and form.is_valid():
            try:
                items = backtest.eval_items_parse(form.cleaned_data["corpus"].read())
                result = backtest.labelled_eval(items=items, pack=pack, actor=request.user)
            except ApplicationError as exc:
                error = gettext(exc.message)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "pack": pack,
            "form": form,
            "title": _("Measure %(pack)s on a labelled corpus") % {"pack": pack or _("the active packs")},
            "result": result,
            "error": error,
            "misses": (result or {}).get("misses", [])[:200],
        }
        return TemplateResponse(request, "admin/compliance/rulepack/evaluate.html", context)

    def try_view(self, request, object_id):
        """Run the engine with this pack version on a text; nothing is stored."""
        pack = get_object_or_404(RulePack, pk=object_id)
        form = TryTextForm(request.POST or None)
        findings, highlighted, error = [], None, None
        if request.method == "POST" and form.is_valid():
            from compliance.engine import check

            product = form.cleaned_data["product"]
            try:
                findings = list(
                    check(
                        form.cleaned_data["text"],
                        kind=form.cleaned_data["kind"],
                        products=[product.facts()] if product else [],
                        customer_risk=form.cleaned_data["customer_risk"] or None,
                        pack=pack_compiled(pack),
                    )
                )
            except Exception as exc:  # show the engine's complaint to the officer rather than a 500
                error = gettext("The engine could not check this text: %(error)s") % {
                    "error": f"{type(exc).__name__}: {exc}"
                }
            highlighted = highlight_html(form.cleaned_data["text"], findings)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "pack": pack,
            "title": gettext("Try a text with %(pack)s") % {"pack": pack},
            "form": form,
            "findings": findings,
            "highlighted": highlighted,
            "error": error,
            "checked": request.method == "POST" and form.is_valid(),
        }
        return TemplateResponse(request, "admin/compliance/rulepack/try.html", context)


class RuleForm(forms.ModelForm):
    definition = forms.JSONField(
        widget=forms.Textarea(attrs={"rows": 18, "cols": 100}),
        label=_("Definition"),
        help_text=_("The engine's rule definition (detection fields). The code cannot change."),
    )
    note = forms.CharField(
        required=False,
        max_length=500,
        label=_("Note"),
        help_text=_("Why the rule changes (kept in the audit trail)."),
    )
    as_draft = forms.BooleanField(
        required=False,
        label=_("Save as a draft"),
        help_text=_("Write a draft version to back-test; the active version stays in use."),
    )

    class Meta:
        model = Rule
        fields = ("severity", "enabled", "definition")

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        try:
            data["definition"] = rule_change_validate(
                rule=self.instance,
                severity=data.get("severity"),
                enabled=data.get("enabled"),
                definition=data.get("definition"),
            )
        except ApplicationError as exc:
            raise forms.ValidationError(gettext(exc.message)) from exc
        return data


class RuleAddForm(forms.ModelForm):
    """A new rule for an active or draft pack version; saving writes the next version (or a draft)."""

    pack = forms.ModelChoiceField(
        queryset=RulePack.objects.filter(Q(is_active=True) | Q(is_draft=True)).order_by("name", "-version"),
        label=_("Rule pack version"),
    )
    definition = forms.JSONField(
        widget=forms.Textarea(attrs={"rows": 14, "cols": 100}),
        initial=dict,
        label=_("Definition"),
        help_text=_(
            'The engine\'s rule fields, e.g. {"kinds": ["chat"], "message_zh": "…", "lexicon": ["…"], '
            '"patterns": [{"re": "…", "any": ["…"]}]}. Code and severity come from the fields above.'
        ),
    )
    note = forms.CharField(
        required=False,
        max_length=500,
        label=_("Note"),
        help_text=_("Why the rule is added (kept in the audit trail)."),
    )
    as_draft = forms.BooleanField(
        required=False,
        label=_("Save as a draft"),
        help_text=_("Write a draft version to back-test; the active version stays in use."),
    )

    class Meta:
        model = Rule
        fields = ("pack", "code", "severity", "enabled")

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        if not isinstance(data.get("definition"), dict):
            raise forms.ValidationError(_("The definition must be a JSON object."))
        data["definition"] = {
            **data["definition"],
            "code": data["code"].strip(),
            "severity": data["severity"],
            "enabled": bool(data.get("enabled")),
        }
        self.instance.definition = data["definition"]  # the model's own validation runs after this
        return data

    def validate_unique(self):
        """The service refuses a duplicate code with its own message; the form's check would name the model."""


@admin.register(Rule)
class RuleAdmin(OfficerOnlyAdmin):
    """Rules of the active pack or of a draft may be edited, and officers add rules. Saving writes a new pack
    version or a new draft (old versions never change)."""

    form = RuleForm
    list_display = ("code", "pack", "severity", "enabled")
    list_filter = ("pack__is_active", "pack__is_draft", "pack__name", "severity", "enabled")
    list_select_related = ("pack",)
    search_fields = ("code",)
    ordering = ("pack__name", "-pack__version", "code")

    @staticmethod
    def _editable(obj) -> bool:
        return obj.pack.is_active or obj.pack.is_draft

    def _may_write(self, request) -> bool:
        return bool(officer_may_decide(request) or request.user.is_superuser)

    def has_add_permission(self, request):
        return self._may_write(request)

    def has_change_permission(self, request, obj=None):
        if not self._may_write(request):
            return False
        return obj is None or self._editable(obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = RuleAddForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        return (
            ("code", "pack") if self._editable(obj) else ("code", "pack", "severity", "enabled", "definition")
        )

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["pack", "code", "severity", "enabled", "definition", "note", "as_draft"]
        fields = ["code", "pack", "severity", "enabled", "definition"]
        return [*fields, "note", "as_draft"] if self._editable(obj) else fields

    def save_model(self, request, obj, form, change):
        """Never saves ``obj``: the services write a new pack version (or draft) with the rule."""
        data = form.cleaned_data
        if not change:
            try:
                pack = pack_drafts.rule_add(
                    pack=data["pack"],
                    definition=data["definition"],
                    actor=request.user,
                    draft=data.get("as_draft", False),
                    note=data.get("note", ""),
                )
            except ApplicationError as exc:
                request._compliance_error = gettext(exc.message)
                return
            request._compliance_new_rule = pack.rules.get(code=data["definition"]["code"])
            return
        original = Rule.objects.select_related("pack").get(pk=obj.pk)
        if data.get("as_draft") or original.pack.is_draft:
            pack = pack_drafts.rule_draft_change(
                rule=original,
                actor=request.user,
                severity=data["severity"],
                enabled=data["enabled"],
                definition=data["definition"],
                note=data.get("note", ""),
            )
        else:
            pack = rule_change(
                rule=original,
                actor=request.user,
                severity=data["severity"],
                enabled=data["enabled"],
                definition=data["definition"],
                note=data.get("note", ""),
            )
        request._compliance_new_rule = pack.rules.get(code=original.code)

    def save_related(self, request, form, formsets, change):
        return None  # nothing of ``obj`` is saved (see save_model)

    def log_addition(self, request, obj, message):
        return None  # the audit trail records the addition (rulepack.changed / rulepack.draft_saved)

    def log_change(self, request, obj, message):
        return None  # the audit trail records the change (rulepack.changed), with before and after

    def response_add(self, request, obj, post_url_continue=None):
        error = getattr(request, "_compliance_error", None)
        if error:
            self.message_user(request, error, messages.ERROR)
            return HttpResponseRedirect(reverse("admin:compliance_rule_add"))
        new_rule = request._compliance_new_rule
        self.message_user(
            request,
            _("Rule %(code)s added in %(pack)s.") % {"code": new_rule.code, "pack": new_rule.pack},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:compliance_rule_change", args=[new_rule.pk]))

    def response_change(self, request, obj):
        new_rule = getattr(request, "_compliance_new_rule", obj)
        if new_rule.pk == obj.pk:
            self.message_user(request, gettext("Nothing changed."), messages.INFO)
        elif new_rule.pack.is_draft:
            self.message_user(
                request,
                _("Saved as a draft: %(pack)s. Back-test it, then activate it from the rule pack list.")
                % {"pack": new_rule.pack},
                messages.SUCCESS,
            )
        else:
            self.message_user(
                request,
                gettext(
                    "Saved as a new version: %(pack)s. Approved content of sessions "
                    "not ended is being re-checked."
                )
                % {"pack": new_rule.pack},
                messages.SUCCESS,
            )
        return HttpResponseRedirect(reverse("admin:compliance_rule_change", args=[new_rule.pk]))


# -------------------------------------------------------------------------------------------------------
# Back-tests


class BacktestForm(forms.ModelForm):
    pack = forms.ModelChoiceField(
        queryset=RulePack.objects.order_by("-is_draft", "name", "-version"),
        label=_("Pack version to test"),
        help_text=_("Usually a draft; it is compared with the active version of its pack."),
    )

    class Meta:
        model = BacktestRun
        fields = ("pack", "date_from", "date_to")
        labels = {"date_from": _("From (date)"), "date_to": _("To (date, inclusive)")}

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            raise forms.ValidationError(_("The start date is after the end date."))
        return data


@admin.register(BacktestRun)
class BacktestRunAdmin(OfficerOnlyAdmin):
    """Back-tests: start one (a Celery job), watch its progress, read new and vanished findings per code."""

    form = BacktestForm
    list_display = (
        "id",
        "pack",
        "baseline",
        "date_from",
        "date_to",
        "status",
        "progress",
        "created_by",
        "created_at",
    )
    list_filter = ("status",)
    list_select_related = ("pack", "baseline", "created_by")
    change_form_template = "admin/compliance/backtestrun/change_form.html"

    def has_add_permission(self, request):
        return officer_may_decide(request)

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        today = timezone.localdate()
        return {"date_from": today - timedelta(days=30), "date_to": today, **initial}

    @admin.display(description=_("progress"))
    def progress(self, obj):
        return f"{obj.done}/{obj.total} ({obj.percent}%)"

    def save_model(self, request, obj, form, change):
        """Never saves ``obj`` itself: the service records the run and enqueues the job after commit."""
        data = form.cleaned_data
        request._compliance_run = backtest.backtest_start(
            pack=data["pack"], date_from=data["date_from"], date_to=data["date_to"], actor=request.user
        )

    def save_related(self, request, form, formsets, change):
        return None

    def log_addition(self, request, obj, message):
        return None  # audited as rulepack.backtest_started

    def response_add(self, request, obj, post_url_continue=None):
        run = request._compliance_run
        self.message_user(request, _("Back-test started; this page follows its progress."), messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:compliance_backtestrun_change", args=[run.pk]))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if not officer_may_open(request):
            raise PermissionDenied
        run = get_object_or_404(
            BacktestRun.objects.select_related("pack", "baseline", "created_by"), pk=object_id
        )
        result = run.result or {}
        rows = [
            {"code": code, **row, "examples": (result.get("examples") or {}).get(code, [])}
            for code, row in (result.get("per_code") or {}).items()
        ]
        rows.sort(key=lambda r: (-(r["new"] + r["vanished"]), r["code"]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "run": run,
            "rows": rows,
            "changed": [r for r in rows if r["new"] or r["vanished"]],
            "running": run.status in (BacktestStatus.PENDING, BacktestStatus.RUNNING),
            "title": _("Back-test %(run)s") % {"run": run},
            "counts": result.get("counts") or {},
        }
        return TemplateResponse(request, self.change_form_template, context)


# -------------------------------------------------------------------------------------------------------
# Audit log


class AuditSessionFilter(admin.SimpleListFilter):
    """``?session=<id>``: the whole story of one live session, its live moderation included."""

    title = _("live session")
    parameter_name = "session"

    def lookups(self, request, model_admin):
        return [(s.pk, f"#{s.pk} {s.title}") for s in session_model().objects.order_by("-id")[:30]]

    def queryset(self, request, queryset):
        value = self.value()
        if not value or not str(value).isdigit():
            return queryset
        return queryset.filter(audit_session_q(int(value)))


@admin.register(AuditEvent)
class AuditEventAdmin(OfficerOnlyAdmin):
    list_display = ("seq", "at", "event_type", "actor_name", "subject_type", "subject_id", "short_data")
    list_filter = (AuditSessionFilter, "event_type", "subject_type")
    search_fields = ("subject_id", "actor_name", "event_type")
    ordering = ("-seq",)
    readonly_fields = (
        "seq",
        "at",
        "event_type",
        "actor_id",
        "actor_name",
        "subject_type",
        "subject_id",
        "data",
        "prev_hash",
        "hash",
    )
    fields = readonly_fields
    actions = ["export_selected_csv"]
    change_list_template = "admin/compliance/auditevent/change_list.html"

    def get_queryset(self, request):
        scope = officer_audit_scope(request.user)  # an officer of an institution: its people's events
        return super().get_queryset(request) if scope is None else super().get_queryset(request).filter(scope)

    @admin.display(description=_("data"))
    def short_data(self, obj):
        text = json.dumps(obj.data, ensure_ascii=False, sort_keys=True, cls=DjangoJSONEncoder)
        return text if len(text) <= 120 else text[:117] + "…"

    def get_urls(self):
        return [
            path("export.csv", self.officer_view(self.export_view), name="compliance_auditevent_export"),
            path("verify/", self.officer_view(self.verify_view), name="compliance_auditevent_verify"),
            *super().get_urls(),
        ]

    def export_view(self, request):
        """The events the current filters show, oldest first, as CSV."""
        changelist = self.get_changelist_instance(request)
        return audit_csv_response(changelist.get_queryset(request).order_by("seq"))

    @admin.action(description=_("Export the selected events as CSV"))
    def export_selected_csv(self, request, queryset):
        return audit_csv_response(queryset.order_by("seq"))

    def verify_view(self, request):
        problems = audit_verify()
        if problems:
            for problem in problems[:50]:
                messages.error(request, problem.message)
        else:
            messages.success(
                request,
                gettext("The audit chain is intact (%(count)d events).")
                % {"count": AuditEvent.objects.count()},
            )
        return HttpResponseRedirect(reverse("admin:compliance_auditevent_changelist"))


@admin.register(Notification)
class NotificationAdmin(OfficerOnlyAdmin):
    list_display = ("created_at", "recipient", "kind", "message", "read_at")
    list_filter = ("kind",)
    list_select_related = ("recipient",)
    readonly_fields = ("recipient", "kind", "message", "session", "submission", "read_at", "created_at")
    fields = readonly_fields


# -------------------------------------------------------------------------------------------------------
# Legal holds


class LegalHoldAddForm(forms.ModelForm):
    class Meta:
        model = LegalHold
        fields = ("scope", "session", "rm", "starts_on", "ends_on", "reason")

    def clean(self):
        data = super().clean()
        needed = {
            HoldScope.SESSION: ("session",),
            HoldScope.RM: ("rm",),
            HoldScope.PERIOD: ("starts_on", "ends_on"),
        }.get(data.get("scope"), ())
        for name in needed:
            if not data.get(name):
                self.add_error(name, _("Required for this kind of hold."))
        if (
            data.get("scope") == HoldScope.PERIOD
            and data.get("starts_on")
            and data.get("ends_on")
            and data["ends_on"] < data["starts_on"]
        ):
            self.add_error("ends_on", _("The last day comes before the first."))
        return data

    def _post_clean(self):
        """The service creates the row (``save_model``); skip the model's own validation of a half-filled hold."""


class LegalHoldLiftForm(forms.ModelForm):
    lift_reason = forms.CharField(widget=forms.Textarea, required=True, label=_("Reason for lifting"))

    class Meta:
        model = LegalHold
        fields = ("lift_reason",)


@admin.register(LegalHold)
class LegalHoldAdmin(OfficerOnlyAdmin):
    """Officers set a hold (one session, one RM or a date range, with a reason) and lift it with a reason.

    Both go through ``compliance.retention`` (audited); a hold is never deleted, a lifted one stays on record.
    """

    list_display = (
        "id",
        "scope",
        "session",
        "rm",
        "starts_on",
        "ends_on",
        "set_by",
        "created_at",
        "lifted_at",
    )
    list_filter = ("scope", ("lifted_at", admin.EmptyFieldListFilter))
    list_select_related = ("session", "rm", "set_by")
    raw_id_fields = ("session", "rm")
    search_fields = ("reason", "lift_reason")

    def has_add_permission(self, request):
        return officer_may_decide(request)

    def has_change_permission(self, request, obj=None):
        return officer_may_decide(request) and (obj is None or obj.lifted_at is None)

    def get_form(self, request, obj=None, change=False, **kwargs):
        kwargs["form"] = LegalHoldLiftForm if obj is not None else LegalHoldAddForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("scope", "session", "rm", "starts_on", "ends_on", "reason")
        readonly = self.get_readonly_fields(request, obj)
        return (*readonly, "lift_reason") if obj.lifted_at is None else readonly

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        return (
            "scope",
            "session",
            "rm",
            "starts_on",
            "ends_on",
            "reason",
            "set_by",
            "created_at",
            "lifted_at",
            "lifted_by",
            *(("lift_reason",) if obj.lifted_at else ()),
        )

    def save_model(self, request, obj, form, change):
        try:
            if change:
                legal_hold_lift(hold=obj, officer=request.user, reason=form.cleaned_data["lift_reason"])
            else:
                data = form.cleaned_data
                scope = data["scope"]
                saved = legal_hold_set(
                    officer=request.user,
                    reason=data["reason"],
                    session=data["session"] if scope == HoldScope.SESSION else None,
                    rm=data["rm"] if scope == HoldScope.RM else None,
                    starts_on=data["starts_on"] if scope == HoldScope.PERIOD else None,
                    ends_on=data["ends_on"] if scope == HoldScope.PERIOD else None,
                )
                obj.pk = saved.pk
        except ApplicationError as exc:
            raise PermissionDenied(gettext(exc.message)) from exc


# -------------------------------------------------------------------------------------------------------
# What waits for officers (the admin's landing page)


def _review_queue(request) -> OfficerQueue:
    waiting = Submission.objects.filter(status__in=UNDECIDED_STATUSES, withdrawn_at__isnull=True)
    if (scope := officer_submission_scope(request.user)) is not None:
        waiting = waiting.filter(scope)
    oldest = waiting.order_by("created_at").values_list("created_at", flat=True).first()
    return OfficerQueue(
        label=_("Scripts, announcements and product cards to review"),
        count=waiting.count(),
        oldest=oldest,
        urgent=True,
        url=reverse("admin:compliance_submission_changelist"),
    )


officer_queue_register(_review_queue, order=0)
