"""Superusers set up institutions (rule pack, extension words), branches and who works where.

Officers are not given these models' permissions: the organisation is the bank's configuration, not review work.
Saves go through the services' validation (``full_clean``) like every other write.
"""

from django.contrib import admin

from organisations.models import Branch, Institution, Membership


@admin.register(Institution)
class InstitutionAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "pack_name", "effective_pack_name")
    fields = ("code", "name", "pack_name", "extra_words")

    def save_model(self, request, obj, form, change):
        obj.full_clean()
        super().save_model(request, obj, form, change)


@admin.register(Branch)
class BranchAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "institution")
    list_select_related = ("institution",)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("user", "role", "institution", "branch")
    list_select_related = ("user", "institution", "branch")
    list_filter = ("role", "institution")
    raw_id_fields = ("user",)
    readonly_fields = ("role",)

    def has_add_permission(self, request):
        return False  # memberships are made by organisations.services.membership_assign (it adds the group)
