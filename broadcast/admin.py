"""Live streams in the compliance admin: what is on air, what the ingest said, and the officer's Stop stream."""

from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from broadcast.models import IngestEvent, IngestState, Stream
from broadcast.services import stream_status, stream_stop
from compliance.officer_admin import OfficerOnlyAdmin, OfficerQueue, officer_queue_register
from core.exceptions import ApplicationError
from organisations.selectors import owner_scope_q

VIEWER_STATUS = {
    "ended": _("ended"),
    "stopped": _("stopped by compliance"),
    "waiting": _("waiting for the stream"),
    "live": _("live"),
    "interrupted": _("interrupted"),
}


class StopForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        label=_("Reason"),
        help_text=_("Recorded in the audit trail with your name."),
    )


class IngestEventInline(admin.TabularInline):
    model = IngestEvent
    fields = ("created_at", "kind", "reason", "client_id", "addr", "path")
    readonly_fields = fields
    extra = 0
    can_delete = False
    ordering = ("-id",)

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Stream)
class StreamAdmin(OfficerOnlyAdmin):
    list_display = (
        "session",
        "viewer_status",
        "state",
        "went_live_at",
        "last_update_at",
        "stopped_at",
        "stop_action",
    )
    list_filter = ("state",)
    list_select_related = ("session__studio", "stopped_by")
    search_fields = ("session__title", "public_id")
    readonly_fields = (
        "session",
        "public_id",
        "key_generation",
        "key_issued_at",
        "state",
        "client_id",
        "accepted_generation",
        "went_live_at",
        "last_update_at",
        "stopped_at",
        "stopped_by",
        "stop_reason",
    )
    exclude = ("key_sha256",)
    inlines = [IngestEventInline]

    @admin.display(description=_("Viewers see"))
    def viewer_status(self, obj: Stream) -> str:
        status = stream_status(obj.session, obj)
        return str(VIEWER_STATUS.get(status, status))

    @admin.display(description=_("Stop stream"))
    def stop_action(self, obj: Stream) -> str:
        if obj.stopped_at is not None:
            return gettext("stopped")
        return format_html(
            '<a class="button" href="{}">{}</a>',
            reverse("admin:broadcast_stream_stop", args=[obj.pk]),
            gettext("Stop stream"),
        )

    def get_urls(self):
        return [
            path("<int:object_id>/stop/", self.officer_view(self.stop_view), name="broadcast_stream_stop"),
            *super().get_urls(),
        ]

    def stop_view(self, request, object_id):
        stream = get_object_or_404(Stream.objects.select_related("session__studio"), pk=object_id)
        form = StopForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                stream_stop(session=stream.session, officer=request.user, reason=form.cleaned_data["reason"])
            except ApplicationError as exc:
                messages.error(request, gettext(exc.message))
            else:
                messages.success(
                    request,
                    gettext("%(session)s: the stream is stopped; the ingest cuts it within seconds.")
                    % {"session": stream.session},
                )
            return HttpResponseRedirect(reverse("admin:broadcast_stream_changelist"))
        return TemplateResponse(
            request,
            "admin/broadcast/stream/stop.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": gettext("Stop stream: %(session)s") % {"session": stream.session},
                "stream": stream,
                "form": form,
            },
        )


# -------------------------------------------------------------------------------------------------------
# What waits for officers (the admin's landing page)


def _streams_on_air(request) -> OfficerQueue:
    live = Stream.objects.filter(state=IngestState.LIVE, stopped_at__isnull=True)
    if (
        not request.user.is_superuser
        and (scope := owner_scope_q(request.user, "session__studio__owner")) is not None
    ):
        live = live.filter(scope)
    oldest = live.order_by("went_live_at").values_list("went_live_at", flat=True).first()
    return OfficerQueue(
        label=_("Streams on air now"),
        count=live.count(),
        oldest=oldest,
        url=reverse("admin:broadcast_stream_changelist") + f"?state__exact={IngestState.LIVE}",
    )


def _streams_stopped(request) -> OfficerQueue:
    since = timezone.now() - timedelta(days=7)
    stopped = Stream.objects.filter(stopped_at__gte=since)
    if (
        not request.user.is_superuser
        and (scope := owner_scope_q(request.user, "session__studio__owner")) is not None
    ):
        stopped = stopped.filter(scope)
    return OfficerQueue(
        label=_("Streams stopped by compliance (last 7 days)"),
        count=stopped.count(),
        url=reverse("admin:broadcast_stream_changelist") + f"?state__exact={IngestState.STOPPED}",
    )


officer_queue_register(_streams_on_air, order=30)
officer_queue_register(_streams_stopped, order=35)
