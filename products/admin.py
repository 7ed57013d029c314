"""Products in the admin: the product desk writes them through ``products.services``; other staff only read.

``save_model`` calls the service, so an admin edit is audited and re-checks the approvals that relied on the
old facts or card text, exactly like the API. Deleting is not offered: submissions and pushed cards refer to
products.
"""

from django.contrib import admin, messages
from django.utils.translation import gettext

from core.exceptions import ApplicationError
from products.models import Product
from products.services import WRITABLE_FIELDS, may_write_products, product_create, product_update


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "type", "risk_level", "benchmark_min", "benchmark_max", "status")
    list_filter = ("type", "risk_level", "status", "principal_protected")
    search_fields = ("code", "name", "issuer")
    fields = WRITABLE_FIELDS

    def has_add_permission(self, request):
        return may_write_products(request.user)

    def has_change_permission(self, request, obj=None):
        return may_write_products(request.user)

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return bool(request.user.is_active and request.user.is_staff)

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    def save_model(self, request, obj, form, change):
        """Through the service: the product desk only, audited, approvals re-checked."""
        values = {name: form.cleaned_data[name] for name in form.changed_data if name in WRITABLE_FIELDS}
        try:
            if change:
                saved = product_update(product=Product.objects.get(pk=obj.pk), actor=request.user, **values)
            else:
                saved = product_create(
                    actor=request.user,
                    **{
                        name: form.cleaned_data[name] for name in WRITABLE_FIELDS if name in form.cleaned_data
                    },
                )
        except ApplicationError as exc:
            messages.error(request, gettext(exc.message))
            return
        obj.pk = saved.pk
