"""The audit log (filter by session, verify the chain, export CSV) and officers' notifications."""

import json

from django.contrib import admin, messages
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from compliance.access import officer_audit_scope
from compliance.apis import audit_csv_response
from compliance.models import (
    AuditEvent,
    Notification,
)
from compliance.officer_admin import (
    OfficerOnlyAdmin,
)
from compliance.selectors import audit_session_q
from compliance.services.audit import audit_verify
from compliance.sessions import session_model


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
