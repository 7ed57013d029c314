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
    raw_id_fields = ("user",)


@admin.register(CustomerProfile)
class CustomerProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "risk_level", "assessed_at", "expires_at")
    list_filter = ("risk_level",)
    search_fields = ("user__username",)
    list_select_related = ("user",)
    raw_id_fields = ("user",)
