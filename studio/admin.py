from django.contrib import admin

from studio.models import LiveSession, Studio


@admin.register(Studio)
class StudioAdmin(admin.ModelAdmin):
    list_display = ("name", "owner", "created_at")
    list_select_related = ("owner",)
    raw_id_fields = ("owner",)


@admin.register(LiveSession)
class LiveSessionAdmin(admin.ModelAdmin):
    list_display = ("title", "studio", "state", "scheduled_start")
    list_filter = ("state", "visibility")
    list_select_related = ("studio",)
    readonly_fields = ("state", "started_at", "ended_at")
