"""Live streams in the compliance admin: what is on air, what the ingest said, and the officer's Stop stream."""

from django import forms
from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from broadcast.models import IngestEvent, Stream
from broadcast.services import stream_status, stream_stop
from compliance.officer_admin import OfficerOnlyAdmin
from core.exceptions import ApplicationError


class StopForm(forms.Form):
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=2000,
                             help_text="Recorded in the audit trail with your name.")


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
    list_display = ("session", "viewer_status", "state", "went_live_at", "last_update_at", "stopped_at",
                    "stop_action")
    list_filter = ("state",)
    list_select_related = ("session__studio", "stopped_by")
    search_fields = ("session__title", "public_id")
    readonly_fields = ("session", "public_id", "key_generation", "key_issued_at", "state", "client_id",
                       "accepted_generation", "went_live_at", "last_update_at", "stopped_at", "stopped_by",
                       "stop_reason")
    exclude = ("key_sha256",)
    inlines = [IngestEventInline]

    @admin.display(description="Viewers see")
    def viewer_status(self, obj: Stream) -> str:
        return stream_status(obj.session, obj)

    @admin.display(description="Stop stream")
    def stop_action(self, obj: Stream) -> str:
        if obj.stopped_at is not None:
            return "stopped"
        return format_html('<a class="button" href="{}">Stop stream</a>',
                           reverse("admin:broadcast_stream_stop", args=[obj.pk]))

    def get_urls(self):
        return [path("<int:object_id>/stop/", self.officer_view(self.stop_view), name="broadcast_stream_stop"),
                *super().get_urls()]

    def stop_view(self, request, object_id):
        stream = get_object_or_404(Stream.objects.select_related("session__studio"), pk=object_id)
        form = StopForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                stream_stop(session=stream.session, officer=request.user, reason=form.cleaned_data["reason"])
            except ApplicationError as exc:
                messages.error(request, exc.message)
            else:
                messages.success(request, f"{stream.session}: the stream is stopped; the ingest cuts it within "
                                          "seconds.")
            return HttpResponseRedirect(reverse("admin:broadcast_stream_changelist"))
        return TemplateResponse(request, "admin/broadcast/stream/stop.html", {
            **self.admin_site.each_context(request), "opts": self.opts, "title": f"Stop stream: {stream.session}",
            "stream": stream, "form": form,
        })
