"""Admin for compliance officers: evidence bundles of ended sessions, share links, invitations, reminders.

Everything here is read-only; the evidence download is the same builder as ``GET /api/sessions/<id>/evidence/``
and records the same audit event.
"""

from django.contrib import admin, messages
from django.http import Http404, HttpResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from audience.access import access_session_evidence
from audience.evidence import evidence_bundle_build
from audience.models import EvidenceSession, Invitation, Reminder, ShareLink
from compliance.officer_admin import OfficerOnlyAdmin, officer_may_open
from core.exceptions import ApplicationError
from studio.models import SessionState


def _zip_response(request, session_id: int) -> HttpResponse:
    try:
        session = access_session_evidence(request.user, session_id)
    except ApplicationError as exc:
        raise Http404 from exc
    filename, body = evidence_bundle_build(session=session, officer=request.user)
    response = HttpResponse(body, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@admin.register(EvidenceSession)
class EvidenceSessionAdmin(OfficerOnlyAdmin):
    list_display = ("title", "studio", "started_at", "ended_at", "download")
    list_select_related = ("studio",)
    search_fields = ("title",)
    actions = ["download_bundle"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(state=SessionState.ENDED)

    def get_urls(self):
        view = self.admin_site.admin_view(self.evidence_view)
        return [
            path("<int:session_id>/evidence/", view, name="audience_evidence_download"),
            *super().get_urls(),
        ]

    def evidence_view(self, request, session_id: int):
        if not officer_may_open(request):
            raise Http404
        return _zip_response(request, session_id)

    @admin.display(description=_("evidence"))
    def download(self, obj):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:audience_evidence_download", args=[obj.pk]),
            gettext("Download zip"),
        )

    @admin.action(description=_("Download the evidence bundle (one session)"))
    def download_bundle(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, gettext("Select exactly one session."), level=messages.WARNING)
            return None
        return _zip_response(request, queryset.get().pk)


@admin.register(ShareLink)
class ShareLinkAdmin(OfficerOnlyAdmin):
    list_display = ("id", "session", "created_by", "label", "expires_at", "revoked_at", "created_at")
    list_select_related = ("session", "created_by")
    exclude = ("token",)


@admin.register(Invitation)
class InvitationAdmin(OfficerOnlyAdmin):
    list_display = ("session", "customer", "segment", "invited_by", "created_at")
    list_select_related = ("session", "customer", "invited_by")


@admin.register(Reminder)
class ReminderAdmin(OfficerOnlyAdmin):
    list_display = ("session", "user", "sent_at", "emailed", "created_at")
    list_select_related = ("session", "user")
