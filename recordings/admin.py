"""Django admin for compliance officers: recordings, and the replay review page.

The review page lists the session's flagged moments (held, rejected and removed lines, lines with findings,
officer stream stops and ingest refusals) with a player that jumps to each, and offers the three decisions:
publish, publish with cut ranges, withhold with a reason. Every write goes through ``recordings.services``;
the publish form carries the hash of the file on the page and the moments shown, so a decision is bound to
what the officer actually reviewed.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from compliance.officer_admin import OfficerOnlyAdmin, OfficerQueue, officer_may_open, officer_queue_register
from core.exceptions import ApplicationError
from organisations.selectors import owner_scope_q
from recordings.models import Recording, Replay, ReplayState
from recordings.selectors import flagged_moments, recording_list, session_timeline
from recordings.services import replay_legal_hold_set, replay_publish, replay_withhold
from recordings.streaming import ranged_file_response


def parse_cuts(text: str) -> list[tuple[float, float]]:
    """``"12.5-20, 1:05-1:30"`` → ``[(12.5, 20.0), (65.0, 90.0)]`` (seconds or m:ss, one range per comma/line)."""

    def seconds(value: str) -> float:
        parts = [float(p) for p in value.strip().split(":")]
        total = 0.0
        for part in parts:
            total = total * 60 + part
        return total

    cuts = []
    for chunk in text.replace("\n", ",").split(","):
        if chunk.strip():
            start, _sep, end = chunk.partition("-")
            if not _sep:
                raise forms.ValidationError(
                    gettext_lazy("Write each cut as start-end, e.g. 12-20 or 1:05-1:30.")
                )
            try:
                cuts.append((seconds(start), seconds(end)))
            except ValueError as exc:
                raise forms.ValidationError(
                    gettext_lazy("Write each cut as start-end, e.g. 12-20 or 1:05-1:30.")
                ) from exc
    return cuts


class PublishForm(forms.Form):
    source_sha256 = forms.CharField(widget=forms.HiddenInput, max_length=64)
    moments = forms.MultipleChoiceField(required=False, widget=forms.CheckboxSelectMultiple)
    cuts = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        label=gettext_lazy("Cut ranges (seconds or m:ss, e.g. 12-20)"),
    )

    def __init__(self, *args, moments=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["moments"].choices = [
            (
                m["key"],
                f"{m['offset']:.1f} s · {m['label']}"
                + (f" · {m['text'][:40]}" if m.get("text") else "")
                + (f" · {m['event_type']}" if m.get("event_type") else ""),
            )
            for m in moments
        ]

    def clean_cuts(self):
        return parse_cuts(self.cleaned_data["cuts"])


class WithholdForm(forms.Form):
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), label=gettext_lazy("Reason"))


@admin.register(Recording)
class RecordingAdmin(OfficerOnlyAdmin):
    list_display = ("id", "session", "status", "started_at", "duration", "size", "sha256")
    list_filter = ("status",)
    list_select_related = ("session",)
    raw_id_fields = ("session",)
    readonly_fields = [f.name for f in Recording._meta.fields]


@admin.register(Replay)
class ReplayAdmin(OfficerOnlyAdmin):
    list_display = (
        "session",
        "state",
        "source_duration",
        "published_duration",
        "decided_by",
        "decided_at",
        "legal_hold",
    )
    list_filter = ("state", "legal_hold")
    list_select_related = ("session", "decided_by")
    raw_id_fields = ("session", "decided_by")

    def get_urls(self):
        return [
            path(
                "<int:object_id>/decide/",
                self.officer_view(self.decide_view),
                name="recordings_replay_decide",
            ),
            path(
                "<int:object_id>/source/",
                self.officer_view(self.source_view),
                name="recordings_replay_source",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if not officer_may_open(request):
            raise PermissionDenied
        replay = get_object_or_404(
            Replay.objects.select_related("session__studio__owner", "decided_by"), pk=object_id
        )
        return self._render(request, replay)

    def _render(self, request, replay, publish_form=None, withhold_form=None):
        moments = flagged_moments(replay.session)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Review the replay of “%(title)s”") % {"title": replay.session.title},
            "replay": replay,
            "session": replay.session,
            "moments": moments,
            "timeline": session_timeline(replay.session),
            "recordings": recording_list(replay.session),
            "can_decide": replay.state == ReplayState.IN_REVIEW,
            "publish_form": publish_form
            or PublishForm(initial={"source_sha256": replay.source_sha256}, moments=moments),
            "withhold_form": withhold_form or WithholdForm(),
            "source_url": reverse("admin:recordings_replay_source", args=[replay.pk]),
            "decide_url": reverse("admin:recordings_replay_decide", args=[replay.pk]),
        }
        return TemplateResponse(request, "admin/recordings/replay/review.html", context)

    def source_view(self, request, object_id):
        """The file under review (officers only), with byte ranges so the player can jump to a moment."""
        replay = get_object_or_404(Replay, pk=object_id)
        key = replay.published_key if replay.state == ReplayState.PUBLISHED else replay.source_key
        if not key or replay.purged_at:
            raise PermissionDenied
        return ranged_file_response(request, key)

    def decide_view(self, request, object_id):
        replay = get_object_or_404(Replay.objects.select_related("session"), pk=object_id)
        back = reverse("admin:recordings_replay_change", args=[replay.pk])
        if request.method != "POST":
            return HttpResponseRedirect(back)
        action = request.POST.get("action")
        try:
            if action == "withhold":
                form = WithholdForm(request.POST)
                if not form.is_valid():
                    return self._render(request, replay, withhold_form=form)
                replay_withhold(replay=replay, officer=request.user, reason=form.cleaned_data["reason"])
                messages.success(request, _("The replay is withheld."))
            elif action in ("hold", "release"):
                replay_legal_hold_set(
                    session=replay.session,
                    on=action == "hold",
                    actor=request.user,
                    reason=request.POST.get("hold_reason", ""),
                )
            else:
                form = PublishForm(request.POST, moments=flagged_moments(replay.session))
                if not form.is_valid():
                    return self._render(request, replay, publish_form=form)
                replay_publish(
                    replay=replay,
                    officer=request.user,
                    source_sha256=form.cleaned_data["source_sha256"],
                    reviewed_moments=form.cleaned_data["moments"],
                    cuts=form.cleaned_data["cuts"],
                )
                messages.success(request, _("The replay is being published."))
        except ApplicationError as exc:
            messages.error(request, _(exc.message))
        return HttpResponseRedirect(back)


# -------------------------------------------------------------------------------------------------------
# What waits for officers (the admin's landing page)


def _replays_in_review(request) -> OfficerQueue:
    waiting = Replay.objects.filter(state=ReplayState.IN_REVIEW)
    if (
        not request.user.is_superuser
        and (scope := owner_scope_q(request.user, "session__studio__owner")) is not None
    ):
        waiting = waiting.filter(scope)
    oldest = waiting.order_by("updated_at").values_list("updated_at", flat=True).first()
    return OfficerQueue(
        label=gettext_lazy("Replays awaiting review"),
        count=waiting.count(),
        oldest=oldest,
        urgent=True,
        url=reverse("admin:recordings_replay_changelist") + f"?state__exact={ReplayState.IN_REVIEW}",
    )


officer_queue_register(_replays_in_review, order=25)
