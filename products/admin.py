from django.contrib import admin

from products.models import Product


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "type", "risk_level", "benchmark_min", "benchmark_max", "status")
    list_filter = ("type", "risk_level", "status", "principal_protected")
    search_fields = ("code", "name", "issuer")
