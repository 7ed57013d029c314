"""Back-tests: a candidate pack run over past content, and what would have changed."""

from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from compliance import backtest
from compliance.models import (
    BacktestRun,
    BacktestStatus,
    RulePack,
)
from compliance.officer_admin import (
    OfficerOnlyAdmin,
    officer_may_decide,
    officer_may_open,
)


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
