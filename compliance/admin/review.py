"""The review queue and the submission page: findings highlighted in the text, and the officer's decision."""

from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
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
from compliance.access import officer_submission_scope, submission_visible_to
from compliance.highlight import highlight_html
from compliance.models import (
    UNDECIDED_STATUSES,
    Severity,
    Submission,
    SubmissionStatus,
)
from compliance.officer_admin import (
    OfficerOnlyAdmin,
    officer_may_open,
)
from compliance.services.review import submission_approve, submission_reject
from compliance.sessions import studio_model
from core.exceptions import ApplicationError


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
