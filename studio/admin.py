"""Admin for studios, sessions and the officers' queues of the live rooms: held lines (a live view across every
room, and each line's page in its conversation), held questions and the transcript re-scan's findings.

The admin is another interface: its actions and buttons call the same services as the API and the consumer,
so a release is broadcast to the room in ``seq`` order and a removal never deletes a record. Officer pages
subclass the one ``compliance.officer_admin.OfficerOnlyAdmin``.
"""

from types import SimpleNamespace

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from compliance.highlight import highlight_html
from compliance.labels import rule_name
from compliance.officer_admin import (
    OfficerOnlyAdmin,
    OfficerQueue,
    officer_may_decide,
    officer_may_open,
    officer_queue_register,
)
from core.exceptions import ApplicationError
from organisations.selectors import owner_scope_q
from studio import held_lines, transcript_scan
from studio.access import session_officer
from studio.models import (
    CardPush,
    ChatMessage,
    HeldMessage,
    HeldQuestion,
    LiveSession,
    MessageStatus,
    PostHocStatus,
    Question,
    SessionState,
    Studio,
    TranscriptFinding,
)
from studio.services.room import chat_release, chat_remove, question_release


class _ShownReadOnly(admin.ModelAdmin):
    """Every field of these rows reaches customers or the gate's records: the RM's dashboard and the API
    write them through ``studio.services`` (gated, audited); the admin only shows them."""

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in self.model._meta.fields] + [f.name for f in self.model._meta.many_to_many]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Studio)
class StudioAdmin(_ShownReadOnly):
    list_display = ("name", "owner", "created_at")
    list_select_related = ("owner",)


@admin.register(LiveSession)
class LiveSessionAdmin(_ShownReadOnly):
    list_display = ("title", "studio", "state", "scheduled_start", "last_seq")
    list_filter = ("state", "visibility")
    list_select_related = ("studio",)


@admin.register(ChatMessage)
class ChatMessageAdmin(OfficerOnlyAdmin):
    """Lines are evidence: nobody adds, edits or deletes them here; verdict fields are read-only."""

    list_display = (
        "id",
        "session",
        "seq",
        "author_name",
        "author_role",
        "status",
        "pack",
        "removed_at",
        "text_plain",
    )
    list_filter = ("status", "author_role", "pack")
    list_select_related = ("session", "author")
    readonly_fields = [f.name for f in ChatMessage._meta.fields]
    search_fields = ("text", "author_name")
    actions = ["remove_lines"]

    @admin.display(description=_("text"))
    def text_plain(self, obj):
        return format_html("{}", obj.text[:120])  # escaped: chat text is raw user input

    @admin.action(description=_("Remove selected lines from their rooms (kept on record)"))
    def remove_lines(self, request, queryset):
        _apply(
            request,
            queryset,
            lambda line: chat_remove(session_id=line.session_id, actor=request.user, message_id=line.pk),
            REMOVED,
        )


REMOVED = _("%(count)d line(s) removed.")
RELEASED = _("%(count)d item(s) released.")
SEVERITY_LABELS = {"block": _("Block"), "review": _("Review"), "info": _("Info")}


def _finding_views(findings: list[dict]) -> list[SimpleNamespace]:
    """Stored finding dicts as objects the highlighter and the templates read (``start``, ``severity``…)."""
    return [
        SimpleNamespace(
            start=int(f.get("start") or 0),
            end=int(f.get("end") or 0),
            severity=str(f.get("severity") or "review"),
            severity_label=SEVERITY_LABELS.get(str(f.get("severity")), f.get("severity")),
            code=f.get("code", ""),
            name=rule_name(f.get("code", "")),
            message=f.get("message", ""),
            excerpt=f.get("excerpt", ""),
            suggestion=f.get("suggestion", ""),
        )
        for f in findings or []
    ]


@admin.register(HeldMessage)
class HeldMessageAdmin(OfficerOnlyAdmin):
    """Held lines across every room, live: nothing leaves until an officer releases, removes or closes it.

    The list is one page that updates itself (``studio.officer_consumers`` says when the queue changed; the
    page reloads its rows from ``held_lines.held_line_queue``). A line's page shows it in its conversation
    with its findings highlighted and named, and the decisions as buttons; all through the services.
    """

    list_display = ("id", "created_at", "session", "author_name", "text_plain", "pack")
    list_select_related = ("session__studio",)
    change_list_template = "admin/studio/heldmessage/live.html"
    actions = ["release_lines", "remove_lines"]

    @admin.display(description=_("text"))
    def text_plain(self, obj):
        return format_html("{}", obj.text[:120])

    @admin.action(description=_("Release selected lines to their rooms"))
    def release_lines(self, request, queryset):
        _apply(
            request, queryset, lambda line: chat_release(message_id=line.pk, officer=request.user), RELEASED
        )

    @admin.action(description=_("Remove selected lines (never shown; kept on record)"))
    def remove_lines(self, request, queryset):
        _apply(
            request,
            queryset,
            lambda line: chat_remove(session_id=line.session_id, actor=request.user, message_id=line.pk),
            REMOVED,
        )

    def get_queryset(self, request):
        return held_lines.held_line_queue(user=request.user)

    def get_urls(self):
        return [
            path(
                "<int:object_id>/decide/",
                self.officer_view(self.decide_view),
                name="studio_heldmessage_decide",
            ),
            *super().get_urls(),
        ]

    def _rows(self, request) -> list[dict]:
        rows = []
        for line in self.get_queryset(request)[:500]:
            findings = _finding_views(line.findings)
            rows.append(
                {
                    "line": line,
                    "findings": findings,
                    "highlighted": highlight_html(line.text, findings),
                    "live": line.session.state == SessionState.LIVE,
                    "url": reverse("admin:studio_heldmessage_change", args=[line.pk]),
                    "decide_url": reverse("admin:studio_heldmessage_decide", args=[line.pk]),
                }
            )
        return rows

    def changelist_view(self, request, extra_context=None):
        if not officer_may_open(request):
            raise PermissionDenied
        if request.method == "POST" and request.POST.get("action") in self.actions:
            if not officer_may_decide(request):
                raise PermissionDenied
            return super().changelist_view(request, extra_context)  # bulk actions, then back here
        rows = self._rows(request)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "rows": rows,
            "title": _("Held lines across live rooms"),
            "can_decide": officer_may_decide(request),
            "socket_path": "/ws/officer/held/",
        }
        if request.GET.get("fragment"):
            return TemplateResponse(request, "admin/studio/heldmessage/_rows.html", context)
        return TemplateResponse(request, self.change_list_template, context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if not officer_may_open(request):
            raise PermissionDenied
        line = get_object_or_404(
            ChatMessage.objects.select_related("session__studio__owner", "reviewed_by", "removed_by"),
            pk=object_id,
        )
        if not request.user.is_superuser and not session_officer(request.user, line.session):
            raise Http404
        findings = _finding_views(line.findings)
        context_lines = [
            {
                "line": item,
                "is_target": item.pk == line.pk,
                "highlighted": highlight_html(item.text, findings) if item.pk == line.pk else None,
            }
            for item in held_lines.held_line_context(message=line)
        ]
        undecided = line.status == MessageStatus.HELD and line.removed_at is None and line.reviewed_at is None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "line": line,
            "title": _("Held line in %(room)s") % {"room": line.session.title},
            "findings": findings,
            "context_lines": context_lines,
            "undecided": undecided,
            "live": line.session.state == SessionState.LIVE,
            "can_decide": undecided and officer_may_decide(request) and line.author_id != request.user.pk,
            "decide_url": reverse("admin:studio_heldmessage_decide", args=[line.pk]),
            "back_url": reverse("admin:studio_heldmessage_changelist"),
        }
        return TemplateResponse(request, "admin/studio/heldmessage/review.html", context)

    def decide_view(self, request, object_id):
        back = reverse("admin:studio_heldmessage_change", args=[object_id])
        if request.method != "POST":
            return HttpResponseRedirect(back)
        if not officer_may_decide(request):
            raise PermissionDenied
        line = get_object_or_404(ChatMessage.objects.select_related("session"), pk=object_id)
        action = request.POST.get("action")
        try:
            if action == "release":
                chat_release(message_id=line.pk, officer=request.user)
                messages.success(request, _("The line is released to its room."))
            elif action == "remove":
                chat_remove(session_id=line.session_id, actor=request.user, message_id=line.pk)
                messages.success(request, _("The line is removed: viewers never see it; it stays on record."))
            elif action == "close":
                held_lines.held_line_close(message_id=line.pk, officer=request.user)
                messages.success(request, _("Decided: the line stays unseen and on record."))
            else:
                messages.error(request, _("Choose release or remove."))
        except ApplicationError as exc:
            messages.error(request, _(exc.message))
            return HttpResponseRedirect(back)
        return HttpResponseRedirect(reverse("admin:studio_heldmessage_changelist"))


def _apply(request, queryset, action, verb) -> None:
    done, failed = 0, []
    for line in queryset:
        try:
            action(line)
            done += 1
        except ApplicationError as exc:
            failed.append(f"#{line.pk}: {gettext(exc.message)}")
    if done:
        messages.success(request, verb % {"count": done})
    for problem in failed:
        messages.error(request, problem)


@admin.register(CardPush)
class CardPushAdmin(_ShownReadOnly):
    list_display = ("id", "session", "product", "pushed_by", "created_at")
    list_select_related = ("session", "product", "pushed_by")
    readonly_fields = ("session", "product", "pushed_by", "ref", "card_text")

    def has_add_permission(self, request):
        return False


@admin.register(HeldQuestion)
class HeldQuestionAdmin(OfficerOnlyAdmin):
    """Viewers' questions the audience pack held, in every room, oldest first."""

    list_display = ("id", "created_at", "session", "author_name", "question_text", "finding_codes")
    list_select_related = ("session",)
    readonly_fields = [f.name for f in Question._meta.fields]
    actions = ["release_questions"]
    ordering = ("created_at",)

    def get_queryset(self, request):
        return super().get_queryset(request).filter(status=MessageStatus.HELD)

    @admin.display(description=_("question"))
    def question_text(self, obj):
        return format_html("{}", obj.text[:120])

    @admin.display(description=_("findings"))
    def finding_codes(self, obj):
        return gettext(", ").join(rule_name(f.get("code", "")) for f in obj.findings)

    @admin.action(description=_("Release the selected questions to their rooms"))
    def release_questions(self, request, queryset):
        _apply(request, queryset, lambda q: question_release(question_id=q.pk, actor=request.user), RELEASED)


@admin.register(TranscriptFinding)
class TranscriptFindingAdmin(OfficerOnlyAdmin):
    """The post-hoc queue: what the re-scan of RMs' whole transcripts found that the inline check missed."""

    list_display = (
        "id",
        "created_at",
        "session",
        "author",
        "code",
        "severity",
        "excerpt_plain",
        "lines_plain",
        "status",
    )
    list_filter = ("status", "severity", "code")
    list_select_related = ("session", "author")
    readonly_fields = (
        "session",
        "author",
        "code",
        "severity",
        "excerpt",
        "message",
        "suggestion",
        "pack",
        "status",
        "reviewed_by",
        "reviewed_at",
        "created_at",
        "lines_plain",
    )
    fields = readonly_fields
    actions = ["confirm_findings", "dismiss_findings", "remove_lines"]
    ordering = ("-created_at",)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("lines")

    @admin.display(description=_("excerpt"))
    def excerpt_plain(self, obj):
        return format_html("{}", obj.excerpt.replace("\n", " ⏎ ")[:120])

    @admin.display(description=_("lines involved"))
    def lines_plain(self, obj):
        return format_html("{}", " | ".join(f"#{line.pk} {line.text[:40]}" for line in obj.lines.all()))

    @admin.action(description=_("Confirm: a violation reached customers"))
    def confirm_findings(self, request, queryset):
        _apply(
            request,
            queryset,
            lambda f: transcript_scan.transcript_finding_review(
                finding_id=f.pk, officer=request.user, status=PostHocStatus.CONFIRMED
            ),
            _("%(count)d finding(s) confirmed."),
        )

    @admin.action(description=_("Dismiss: no violation"))
    def dismiss_findings(self, request, queryset):
        _apply(
            request,
            queryset,
            lambda f: transcript_scan.transcript_finding_review(
                finding_id=f.pk, officer=request.user, status=PostHocStatus.DISMISSED
            ),
            _("%(count)d finding(s) dismissed."),
        )

    @admin.action(description=_("Remove the lines involved from their rooms (kept on record)"))
    def remove_lines(self, request, queryset):
        lines = ChatMessage.objects.filter(transcript_findings__in=queryset).distinct()
        _apply(
            request,
            lines,
            lambda line: chat_remove(session_id=line.session_id, actor=request.user, message_id=line.pk),
            REMOVED,
        )


# -------------------------------------------------------------------------------------------------------
# What waits for officers (the admin's landing page)


def _held_lines_queue(request) -> OfficerQueue:
    count, oldest = held_lines.held_line_counts(user=request.user)
    return OfficerQueue(
        label=_("Held lines across live rooms"),
        count=count,
        oldest=oldest,
        urgent=True,
        url=reverse("admin:studio_heldmessage_changelist"),
    )


def _held_questions_queue(request) -> OfficerQueue:
    questions = HeldQuestion.objects.filter(status=MessageStatus.HELD)
    if (
        not request.user.is_superuser
        and (scope := owner_scope_q(request.user, "session__studio__owner")) is not None
    ):
        questions = questions.filter(scope)
    oldest = questions.order_by("created_at").values_list("created_at", flat=True).first()
    return OfficerQueue(
        label=_("Held viewer questions"),
        count=questions.count(),
        oldest=oldest,
        url=reverse("admin:studio_heldquestion_changelist"),
    )


def _transcript_findings_queue(request) -> OfficerQueue:
    findings = TranscriptFinding.objects.filter(status=PostHocStatus.OPEN)
    if (
        not request.user.is_superuser
        and (scope := owner_scope_q(request.user, "session__studio__owner")) is not None
    ):
        findings = findings.filter(scope)
    oldest = findings.order_by("created_at").values_list("created_at", flat=True).first()
    return OfficerQueue(
        label=_("Transcript findings to confirm"),
        count=findings.count(),
        oldest=oldest,
        url=reverse("admin:studio_transcriptfinding_changelist") + "?status__exact=open",
    )


officer_queue_register(_held_lines_queue, order=10)
officer_queue_register(_held_questions_queue, order=20)
officer_queue_register(_transcript_findings_queue, order=40)
