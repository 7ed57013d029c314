from django.contrib import admin

from products.models import Product


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "type", "risk_level", "benchmark_min", "benchmark_max", "status")
    list_filter = ("type", "risk_level", "status", "principal_protected")
    search_fields = ("code", "name", "issuer")

    def save_model(self, request, obj, form, change):
        """A changed card text is new content: compliance re-reviews it and its sessions leave 'approved'."""
        super().save_model(request, obj, form, change)
        if change and "card_text" in form.changed_data:
            from compliance.services import product_card_changed

            product_card_changed(product=obj, actor=request.user)
