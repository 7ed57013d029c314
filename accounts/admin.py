from django.contrib import admin

from accounts.models import CustomerProfile, RMProfile
from accounts.views import ThrottledAdminAuthenticationForm

# The admin's sign-in counts failures like the site's (accounts.views): password guessing gets nowhere there either.
admin.site.login_form = ThrottledAdminAuthenticationForm


@admin.register(RMProfile)
class RMProfileAdmin(admin.ModelAdmin):
    list_display = ("display_name", "user", "branch", "licence_number")
    search_fields = ("display_name", "user__username", "licence_number")
    list_select_related = ("user",)
    # The presenter's name, branch and licence reach every customer in the room: written by ``rm_create``, shown here.
    readonly_fields = ("user", "display_name", "branch", "licence_number")

    def has_add_permission(self, request):
        return False


@admin.register(CustomerProfile)
class CustomerProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "risk_level", "assessed_at", "expires_at")
    list_filter = ("risk_level",)
    search_fields = ("user__username",)
    list_select_related = ("user",)
    # Suitability reads these: written by ``risk_assessment_record`` (the bank's assessment), shown here.
    readonly_fields = ("user", "risk_level", "assessed_at", "expires_at", "segments")

    def has_add_permission(self, request):
        return False
