"""Admin for studios, sessions and the compliance surveillance queue of held chat lines.

The admin is another interface: its actions call the same services as the API and the consumer,
so a release is broadcast to the room in ``seq`` order and a removal never deletes a record.
"""

from django.contrib import admin, messages
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from accounts.roles import Role, has_role
from core.exceptions import ApplicationError
from organisations.selectors import owner_scope_q
from studio import transcript_scan
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


class _ReadOnlyMessageAdmin(admin.ModelAdmin):
    """Lines are evidence: nobody adds, edits or deletes them here; verdict fields are read-only."""

    list_select_related = ("session", "author")
    readonly_fields = [f.name for f in ChatMessage._meta.fields]
    search_fields = ("text", "author_name")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="text")
    def text_plain(self, obj):
        return format_html("{}", obj.text[:120])  # escaped: chat text is raw user input


@admin.register(ChatMessage)
class ChatMessageAdmin(_ReadOnlyMessageAdmin):
    list_display = ("id", "session", "seq", "author_name", "author_role", "status", "pack", "removed_at",
                    "text_plain")
    list_filter = ("status", "author_role", "pack")
    actions = ["remove_lines"]

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser or has_role(request.user, Role.COMPLIANCE)

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    @admin.action(description="Remove selected lines from their rooms (kept on record)")
    def remove_lines(self, request, queryset):
        _apply(request, queryset, lambda line: chat_remove(
            session_id=line.session_id, actor=request.user, message_id=line.pk), "removed")


@admin.register(HeldMessage)
class HeldMessageAdmin(_ReadOnlyMessageAdmin):
    """The surveillance queue: RM lines the engine held for review, in every live room, oldest first."""

    list_display = ("id", "created_at", "session", "author_name", "text_plain", "finding_codes", "pack")
    actions = ["release_lines", "remove_lines"]
    ordering = ("created_at",)

    def get_queryset(self, request):
        held = (super().get_queryset(request)
                .filter(status=MessageStatus.HELD, removed_at__isnull=True, session__state=SessionState.LIVE))
        scope = None if request.user.is_superuser else owner_scope_q(request.user, "session__studio__owner")
        return held if scope is None else held.filter(scope)

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser or has_role(request.user, Role.COMPLIANCE)

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    @admin.display(description="findings")
    def finding_codes(self, obj):
        return ", ".join(f"{f.get('code')} ({f.get('severity')})" for f in obj.findings)

    @admin.action(description="Release selected lines to their rooms")
    def release_lines(self, request, queryset):
        _apply(request, queryset, lambda line: chat_release(message_id=line.pk, officer=request.user),
               "released")

    @admin.action(description="Remove selected lines (never shown; kept on record)")
    def remove_lines(self, request, queryset):
        _apply(request, queryset, lambda line: chat_remove(
            session_id=line.session_id, actor=request.user, message_id=line.pk), "removed")


def _apply(request, queryset, action, verb: str) -> None:
    done, failed = 0, []
    for line in queryset:
        try:
            action(line)
            done += 1
        except ApplicationError as exc:
            failed.append(f"#{line.pk}: {exc.message}")
    if done:
        messages.success(request, f"{done} line(s) {verb}.")
    for problem in failed:
        messages.error(request, problem)


@admin.register(CardPush)
class CardPushAdmin(_ShownReadOnly):
    list_display = ("id", "session", "product", "pushed_by", "created_at")
    list_select_related = ("session", "product", "pushed_by")
    readonly_fields = ("session", "product", "pushed_by", "ref", "card_text")

    def has_add_permission(self, request):
        return False


class _OfficerQueueAdmin(admin.ModelAdmin):
    """Officer-only, read-only pages whose writes are admin actions calling services."""

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser or has_role(request.user, Role.COMPLIANCE)

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(HeldQuestion)
class HeldQuestionAdmin(_OfficerQueueAdmin):
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
        return ", ".join(f.get("code", "") for f in obj.findings)

    @admin.action(description=_("Release the selected questions to their rooms"))
    def release_questions(self, request, queryset):
        _apply(request, queryset, lambda q: question_release(question_id=q.pk, actor=request.user),
               "released")


@admin.register(TranscriptFinding)
class TranscriptFindingAdmin(_OfficerQueueAdmin):
    """The post-hoc queue: what the re-scan of RMs' whole transcripts found that the inline check missed."""

    list_display = ("id", "created_at", "session", "author", "code", "severity", "excerpt_plain", "lines_plain",
                    "status")
    list_filter = ("status", "severity", "code")
    list_select_related = ("session", "author")
    readonly_fields = ("session", "author", "code", "severity", "excerpt", "message", "suggestion", "pack",
                       "status", "reviewed_by", "reviewed_at", "created_at", "lines_plain")
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
        _apply(request, queryset, lambda f: transcript_scan.transcript_finding_review(
            finding_id=f.pk, officer=request.user, status=PostHocStatus.CONFIRMED), "confirmed")

    @admin.action(description=_("Dismiss: no violation"))
    def dismiss_findings(self, request, queryset):
        _apply(request, queryset, lambda f: transcript_scan.transcript_finding_review(
            finding_id=f.pk, officer=request.user, status=PostHocStatus.DISMISSED), "dismissed")

    @admin.action(description=_("Remove the lines involved from their rooms (kept on record)"))
    def remove_lines(self, request, queryset):
        lines = ChatMessage.objects.filter(transcript_findings__in=queryset).distinct()
        _apply(request, lines, lambda line: chat_remove(
            session_id=line.session_id, actor=request.user, message_id=line.pk), "removed")
